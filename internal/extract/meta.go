package extract

// Stage 5 — meta: title, byline, published time, site name, lead image,
// excerpt, language and direction. Priority: JSON-LD, then meta tags
// (OpenGraph, Dublin Core, parsely, weibo, twitter, plain names), then the
// document (<title> cleaned of its site suffix, headline element, byline and
// date lines found by their text).

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"lede/internal/dom"

	"golang.org/x/net/html/atom"
)

// Tunables of the meta stage: meta tag names by field, in priority order.
var (
	metaTitleKeys     = []string{"dc.title", "dcterms.title", "og:title", "weibo:article:title", "weibo:webpage:title", "twitter:title", "parsely-title", "sailthru.title", "headline"}
	metaBylineKeys    = []string{"dc.creator", "dcterms.creator", "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl", "byline", "citation_author"}
	metaPublishedKeys = []string{"article:published_time", "og:article:published_time", "article:published", "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date", "pubdate", "publishdate", "publish-date", "publish_date", "pubtime", "publishtime", "og:release_date", "weibo:article:create_at", "citation_publication_date", "article.published", "article_date_original", "originalpublicationdate"}
	metaSiteKeys      = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "site_name", "sitename"}
	metaImageKeys     = []string{"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "weibo:article:image", "thumbnail", "image"}
	metaExcerptKeys   = []string{"og:description", "description", "dc.description", "dcterms.description", "twitter:description", "weibo:article:description"}
	metaLangKeys      = []string{"content-language", "og:locale", "dc.language", "language"}
	// jsonLDArticleTypes are schema.org types that describe the article.
	jsonLDArticleTypes = []string{"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
		"BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report",
		"ScholarlyArticle", "TechArticle", "MedicalScholarlyArticle", "SatiricalArticle", "AdvertiserContentArticle", "DiscussionForumPosting", "Review", "Recipe", "Story"}
	// titleSeparators split a <title> into headline and site parts. Spaced
	// separators always split; '_', '｜', '丨', '|' split anywhere; an unspaced
	// '-' or '—' splits only next to a Han character.
	titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " / ", " · ", "_", "｜", "丨", "|", " ｜ ", "--"}
	// titleMinShare: the headline segment must hold this share of the
	// title's segments.
	titleMinShare = 0.3
)

// metaTags collects <meta> values by lower-cased name/property/itemprop.
func (p *page) metaTags() map[string]string {
	m := map[string]string{}
	for _, e := range p.doc.Elems {
		if e.Tag() != atom.Meta {
			continue
		}
		content, ok := dom.AttrOK(e.Node, "content")
		content = strings.TrimSpace(content)
		if !ok || content == "" {
			continue
		}
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			if v := strings.ToLower(strings.TrimSpace(dom.Attr(e.Node, k))); v != "" {
				for _, key := range strings.Fields(v) {
					if _, dup := m[key]; !dup {
						m[key] = content
					}
				}
			}
		}
	}
	return m
}

func firstOf(m map[string]string, keys []string, accept func(string) bool) string {
	for _, k := range keys {
		if v := strings.TrimSpace(m[k]); v != "" && (accept == nil || accept(v)) {
			return v
		}
	}
	return ""
}

func notURL(s string) bool {
	return !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") && !strings.HasPrefix(s, "//")
}

// readMeta runs the meta stage.
func (p *page) readMeta() Meta {
	var m Meta
	ld := p.jsonLD()
	tags := p.metaTags()

	docTitle := ""
	for _, e := range p.doc.Elems {
		if e.Tag() == atom.Title {
			docTitle = collapse(scriptText(e)) // <title> holds raw text
			break
		}
		if e.Tag() == atom.Body {
			break
		}
	}
	m.Site = firstNonEmpty(ld.site, firstOf(tags, metaSiteKeys, notURL))
	rawTitle := firstNonEmpty(ld.title, firstOf(tags, metaTitleKeys, nil), docTitle)
	m.Title = p.cleanTitle(rawTitle, m.Site)
	if m.Title == "" && docTitle != "" {
		m.Title = p.cleanTitle(docTitle, m.Site)
	}
	if m.Title == "" {
		if h := p.firstHeading(); h != nil {
			m.Title = collapse(dom.Text(h.Node))
		}
	}
	m.Byline = firstNonEmpty(ld.author, firstOf(tags, metaBylineKeys, notURL))
	m.Published = firstNonEmpty(ld.published, firstOf(tags, metaPublishedKeys, nil), p.timeElement())
	m.LeadImage = resolveURL(p.opt.URL, firstNonEmpty(ld.image, firstOf(tags, metaImageKeys, nil), p.linkImageSrc()))
	m.Excerpt = firstNonEmpty(ld.description, firstOf(tags, metaExcerptKeys, nil))
	if e := p.doc.Elems[0]; e.Tag() == atom.Html {
		m.Lang = strings.TrimSpace(dom.Attr(e.Node, "lang"))
		if m.Lang == "" {
			m.Lang = strings.TrimSpace(dom.Attr(e.Node, "xml:lang"))
		}
		m.Dir = strings.ToLower(strings.TrimSpace(dom.Attr(e.Node, "dir")))
	}
	if m.Lang == "" {
		m.Lang = firstNonEmpty(ld.lang, firstOf(tags, metaLangKeys, nil))
	}
	if m.Dir == "" && p.body != nil {
		m.Dir = strings.ToLower(strings.TrimSpace(dom.Attr(p.body.Node, "dir")))
	}
	if m.Dir != "rtl" && m.Dir != "ltr" {
		m.Dir = ""
	}
	return m
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// timeElement is the first <time datetime> or itemprop=datePublished value.
func (p *page) timeElement() string {
	for _, e := range p.doc.Elems {
		if e.Tag() == atom.Time || dom.Attr(e.Node, "itemprop") == "datePublished" {
			if v := firstNonEmpty(dom.Attr(e.Node, "datetime"), dom.Attr(e.Node, "content")); v != "" {
				return v
			}
		}
	}
	return ""
}

func (p *page) linkImageSrc() string {
	for _, e := range p.doc.Elems {
		if e.Tag() == atom.Link && strings.EqualFold(dom.Attr(e.Node, "rel"), "image_src") {
			return dom.Attr(e.Node, "href")
		}
	}
	return ""
}

// firstHeading is the first visible h1 (or, without one, h2).
func (p *page) firstHeading() *dom.Elem {
	for _, tag := range []atom.Atom{atom.H1, atom.H2} {
		for _, e := range p.doc.Elems {
			if e.Tag() == tag && p.m.flags[e.Index]&(fHidden|fNonContent) == 0 && e.TextLen > 0 {
				return e
			}
		}
	}
	return nil
}

// cleanTitle strips the site name and section parts from a title: when an
// on-page heading matches part of the title, that part; otherwise the longest
// segment between separators when it holds enough of the title.
func (p *page) cleanTitle(raw, site string) string {
	raw = collapse(raw)
	if raw == "" {
		return ""
	}
	segs := splitTitle(raw)
	if len(segs) <= 1 {
		return raw
	}
	// a heading on the page equal to a run of segments
	for _, e := range p.doc.Elems {
		if e.Tag() != atom.H1 && e.Tag() != atom.H2 {
			continue
		}
		if p.m.flags[e.Index]&(fHidden|fNonContent) != 0 || e.TextLen == 0 || e.TextLen > 300 {
			continue
		}
		h := collapse(dom.Text(e.Node))
		if len(h) >= 4 && h != raw && strings.Contains(squashSpace(raw), squashSpace(h)) && utf8.RuneCountInString(h)*3 >= utf8.RuneCountInString(raw) {
			return h
		}
	}
	// drop segments naming the site
	var keep []string
	for _, s := range segs {
		if site != "" && (strings.EqualFold(s, site) || strings.Contains(strings.ToLower(site), strings.ToLower(s))) {
			continue
		}
		keep = append(keep, s)
	}
	if len(keep) == 0 {
		return raw
	}
	// the first segment unless a later one is longer (section names and
	// site names trail; a few sites lead with them)
	best, sum := keep[0], 0
	for _, s := range keep {
		sum += titleWeight(s)
		if titleWeight(s) > titleWeight(best) {
			best = s
		}
	}
	if float64(titleWeight(best)) < titleMinShare*float64(sum) {
		return raw
	}
	return best
}

func titleWeight(s string) int {
	n := 0
	for _, r := range s {
		if dom.IsHan(r) {
			n += 3
		} else {
			n++
		}
	}
	return n
}

func squashSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if dom.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// splitTitle cuts a title at its separators. It walks the string's bytes
// rune by rune (no conversion to runes and back at every position).
func splitTitle(t string) []string {
	if !utf8.ValidString(t) {
		t = string([]rune(t)) // each invalid byte as U+FFFD, as a rune walk reads it
	}
	var segs []string
	start := 0
	prev := rune(-1) // the rune before i
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		matched := 0 // bytes
		for _, sep := range titleSeparators {
			if strings.HasPrefix(t[i:], sep) {
				matched = len(sep)
				break
			}
		}
		if matched == 0 && (r == '-' || r == '—' || r == '–') {
			next, _ := utf8.DecodeRuneInString(t[i+size:])
			if prev >= 0 && dom.IsHan(prev) || i+size < len(t) && dom.IsHan(next) {
				matched = size
			}
		}
		if matched == 0 {
			prev = r
			i += size
			continue
		}
		if s := strings.TrimSpace(t[start:i]); s != "" {
			segs = append(segs, s)
		}
		i += matched
		start = i
		prev, _ = utf8.DecodeLastRuneInString(t[:i])
	}
	if s := strings.TrimSpace(t[start:]); s != "" {
		segs = append(segs, s)
	}
	return segs
}

// ldMeta is what JSON-LD says about the article.
type ldMeta struct {
	title, author, published, site, image, description, lang string
}

// jsonLD reads the first article object of the page's JSON-LD scripts.
func (p *page) jsonLD() ldMeta {
	var out ldMeta
	for _, e := range p.doc.Elems {
		if e.Tag() != atom.Script || !strings.Contains(strings.ToLower(dom.Attr(e.Node, "type")), "ld+json") {
			continue
		}
		src := scriptText(e)
		src = strings.TrimSpace(src)
		src = strings.TrimPrefix(src, "<![CDATA[")
		src = strings.TrimSuffix(src, "]]>")
		var v any
		if err := json.Unmarshal([]byte(src), &v); err != nil {
			continue
		}
		if obj := findArticleLD(v, 0); obj != nil {
			out.title = ldString(obj["headline"])
			if out.title == "" {
				out.title = ldString(obj["name"])
			}
			out.author = ldNames(obj["author"])
			if out.author == "" {
				out.author = ldNames(obj["creator"])
			}
			out.published = ldString(obj["datePublished"])
			if out.published == "" {
				out.published = ldString(obj["dateCreated"])
			}
			if pub, ok := obj["publisher"].(map[string]any); ok {
				out.site = ldString(pub["name"])
			}
			out.image = ldImage(obj["image"])
			if out.image == "" {
				out.image = ldImage(obj["thumbnailUrl"])
			}
			out.description = ldString(obj["description"])
			out.lang = ldString(obj["inLanguage"])
			return out
		}
	}
	return out
}

func scriptText(e *dom.Elem) string {
	var b strings.Builder
	for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(c.Data)
	}
	return b.String()
}

func findArticleLD(v any, depth int) map[string]any {
	if depth > 6 {
		return nil
	}
	switch t := v.(type) {
	case []any:
		for _, x := range t {
			if o := findArticleLD(x, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(t["@type"]) {
			return t
		}
		if g, ok := t["@graph"]; ok {
			if o := findArticleLD(g, depth+1); o != nil {
				return o
			}
		}
		if me, ok := t["mainEntity"]; ok {
			if o := findArticleLD(me, depth+1); o != nil {
				return o
			}
		}
	}
	return nil
}

func isArticleType(v any) bool {
	switch t := v.(type) {
	case string:
		for _, a := range jsonLDArticleTypes {
			if t == a || strings.TrimPrefix(t, "http://schema.org/") == a || strings.TrimPrefix(t, "https://schema.org/") == a {
				return true
			}
		}
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return collapse(t)
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		if s := ldString(t["@value"]); s != "" {
			return s
		}
		return ldString(t["name"])
	}
	return ""
}

func ldNames(v any) string {
	switch t := v.(type) {
	case string:
		if notURL(t) {
			return collapse(t)
		}
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var names []string
		for _, x := range t {
			if n := ldNames(x); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

func ldImage(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		if s := ldImage(t["url"]); s != "" {
			return s
		}
		return ldImage(t["contentUrl"])
	case []any:
		for _, x := range t {
			if s := ldImage(x); s != "" {
				return s
			}
		}
	}
	return ""
}
