package extract

// Issue 3's checklist on the real corpus pages: one test per item the older
// corpus tests did not cover. Each finds the pages that exercise its item by
// what is in them (an attribute, a tag, a phrase), never by naming a page,
// reports how many it found and asserts a share of them.

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"sync"
	"testing"

	"lede/internal/corpustest"
	"lede/internal/dom"

	"golang.org/x/net/html/atom"
)

// extracted is one corpus page run through the extractor (memoised: several
// tests walk the same pages).
type extracted struct {
	pg  corpustest.Page
	doc *dom.Doc
	res *Result
}

var (
	memoMu sync.Mutex
	memo   = map[string]*extracted{}
)

// corpusRun extracts every page of the given sets.
func corpusRun(t *testing.T, sets ...string) []*extracted {
	t.Helper()
	var out []*extracted
	for _, set := range sets {
		for _, pg := range corpustest.Pages(t, set) {
			key := pg.Set + "/" + pg.ID
			memoMu.Lock()
			x := memo[key]
			memoMu.Unlock()
			if x == nil {
				doc, res := extractHTML(t, pg.HTML(t), pg.Gold.URL)
				x = &extracted{pg, doc, res}
				memoMu.Lock()
				memo[key] = x
				memoMu.Unlock()
			}
			out = append(out, x)
		}
	}
	return out
}

// goldHas reports whether the gold body holds s (whitespace ignored).
func (x *extracted) goldHas(s string) bool {
	return x.pg.Gold.Body != nil && strings.Contains(squash(*x.pg.Gold.Body), squash(s))
}

// shown reports whether any text of e stays visible: e sits in the root or a
// kept element, and a text node of e has no hidden element between it and
// the page.
func (x *extracted) shown(e *dom.Elem) bool {
	res := x.res
	if !res.IsArticle {
		return false
	}
	hidden := map[int]bool{}
	for _, id := range res.Hide {
		hidden[id] = true
	}
	units := map[int]bool{res.Root: true}
	for _, id := range res.Keep {
		units[id] = true
	}
	inUnit := false
	for a := e; a != nil; a = a.Parent {
		if hidden[a.ID] || a.Hidden {
			return false
		}
		if units[a.ID] {
			inUnit = true
		}
	}
	if !inUnit {
		return false
	}
	for _, d := range x.doc.Elems[e.Index:x.doc.Elems[e.Index].End] {
		if d.Own.TextLen == 0 || d.NonContent {
			continue
		}
		visible := true
		for a := d; a != e; a = a.Parent {
			if hidden[a.ID] || a.Hidden {
				visible = false
				break
			}
		}
		if visible {
			return true
		}
	}
	return false
}

// inText reports whether s is in the extracted text (whitespace ignored).
func (x *extracted) inText(s string) bool {
	return strings.Contains(squash(resultText(x.res)), squash(s))
}

// share is n/of, 1 when there is nothing to count.
func share(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// TestCorpusBylinesAndDates: byline, source, editor and date lines are read
// as text patterns (作者：, 记者 X, 来源：, 责任编辑：, 2024年1月18日,
// 2024-01-26 15:02): on the Chinese sets, such short lines above or below
// the body are not article text, and the date comes out as the published
// time.
func TestCorpusBylinesAndDates(t *testing.T) {
	lineRe := regexp.MustCompile(`^[\[【（(]?\s*(作者[：:]|记者[：:]?\s*\p{Han}{2,3}[\s　]|来源[：:]|來源[：:]|责任编辑|責任編輯|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2})`)
	lines, inText, pages, dated := 0, 0, 0, 0
	for _, x := range corpusRun(t, "daniel_zh", "gne_zh") {
		if !x.res.IsArticle {
			continue
		}
		has := false
		for _, e := range x.doc.Elems {
			if len(e.Children) > 0 || e.NonContent {
				continue
			}
			s := strings.TrimSpace(dom.Text(e.Node))
			if n := len([]rune(s)); n == 0 || n > 60 || !lineRe.MatchString(s) || x.goldHas(s) {
				continue
			}
			has = true
			lines++
			if x.inText(s) {
				inText++
				t.Logf("%s: byline in the text: %q", x.pg.ID, s)
			}
		}
		if has {
			pages++
			if x.res.Meta.Published != "" {
				dated++
			}
		}
	}
	t.Logf("%d byline/source/editor/date lines on %d pages: %d in the text; %d pages dated", lines, pages, inText, dated)
	if lines < 100 || share(inText, lines) > 0.03 {
		t.Errorf("%d of %d byline lines in the text", inText, lines)
	}
	if share(dated, pages) < 0.9 {
		t.Errorf("published time found on %d of %d pages with a date line", dated, pages)
	}
}

// TestCorpusTraditionalChinese: pages in Traditional Chinese (gold script
// Hant) score like the others and lose their title suffixes.
func TestCorpusTraditionalChinese(t *testing.T) {
	var sum float64
	n, suffixed, cleaned := 0, 0, 0
	for _, x := range corpusRun(t, "daniel_zh") {
		if x.pg.Gold.Script != "Hant" || x.pg.Gold.Body == nil {
			continue
		}
		n++
		sum += f1Of(*x.pg.Gold.Body, resultText(x.res))
		if splitTitleCount(x.pg.Gold.Title) > 1 {
			suffixed++
			if len([]rune(x.res.Meta.Title)) < len([]rune(x.pg.Gold.Title)) {
				cleaned++
			}
		}
	}
	mean := sum / float64(max(n, 1))
	t.Logf("%d Traditional Chinese pages: mean F1 %.3f; %d of %d titles with a suffix cleaned", n, mean, cleaned, suffixed)
	if n < 10 || mean < 0.9 || cleaned < suffixed*9/10 {
		t.Errorf("Traditional Chinese: %d pages, mean F1 %.3f, %d of %d titles cleaned", n, mean, cleaned, suffixed)
	}
}

func splitTitleCount(s string) int { return len(splitTitle(s)) }

// f1Of is one page's shingle F1 (FORMAT.md) — the eval's metric, restated
// here so this package does not import the eval.
func f1Of(gold, pred string) float64 {
	g, p := shingleCounts(gold), shingleCounts(pred)
	tp, fp, fn := 0, 0, 0
	for k, pv := range p {
		tp += min(pv, g[k])
		fp += max(0, pv-g[k])
	}
	for k, gv := range g {
		fn += max(0, gv-p[k])
	}
	if tp == 0 {
		return 0
	}
	pr, re := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	return 2 * pr * re / (pr + re)
}

func shingleCounts(s string) map[string]int {
	var toks []string
	var w []rune
	flush := func() {
		if len(w) > 0 {
			toks = append(toks, string(w))
			w = w[:0]
		}
	}
	for _, r := range s {
		switch {
		case dom.IsHan(r) || r >= 0x3040 && r <= 0x30ff || r >= 0xac00 && r <= 0xd7a3:
			flush()
			toks = append(toks, string(r))
		case r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r > 0x7f && !dom.IsSpace(r) && !dom.IsPunct(r):
			w = append(w, r)
		default:
			flush()
		}
	}
	flush()
	m := map[string]int{}
	if len(toks) < 4 {
		if len(toks) > 0 {
			m[strings.Join(toks, "\x00")]++
		}
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], "\x00")]++
	}
	return m
}

// TestCorpusMetaPriority: on real pages, each field comes from the first
// source that has it — JSON-LD, then meta tags (OpenGraph, Dublin Core,
// parsely, weibo…), then the document — and the language from <html lang>;
// right-to-left pages say so.
func TestCorpusMetaPriority(t *testing.T) {
	var fromLD, fromMeta, fromDoc, pubLD, pubMeta, rtl, rtlOK int
	for _, x := range corpusRun(t, "zyte_aeb", "readability", "gne_zh", "daniel_zh") {
		p := &page{doc: x.doc, m: mark(x.doc, newClassifier()), body: x.doc.Body()}
		p.buildBase()
		ld, tags := p.jsonLD(), p.metaTags()
		site := firstNonEmpty(ld.site, firstOf(tags, metaSiteKeys, notURL))
		want, from := "", &fromDoc
		switch {
		case ld.title != "":
			want, from = p.cleanTitle(ld.title, site), &fromLD
		case firstOf(tags, metaTitleKeys, nil) != "":
			want, from = p.cleanTitle(firstOf(tags, metaTitleKeys, nil), site), &fromMeta
		}
		if want != "" {
			if x.res.Meta.Title != want {
				t.Errorf("%s/%s: title %q, want %q from the first source that has one", x.pg.Set, x.pg.ID, x.res.Meta.Title, want)
			}
			*from++
		}
		if ld.published != "" {
			pubLD++
			if x.res.Meta.Published != ld.published {
				t.Errorf("%s/%s: published %q, JSON-LD says %q", x.pg.Set, x.pg.ID, x.res.Meta.Published, ld.published)
			}
		} else if v := firstOf(tags, metaPublishedKeys, nil); v != "" {
			pubMeta++
			if x.res.Meta.Published != v {
				t.Errorf("%s/%s: published %q, the meta tags say %q", x.pg.Set, x.pg.ID, x.res.Meta.Published, v)
			}
		}
		if html := x.doc.Elems[0]; html.Tag() == atom.Html && dom.Attr(html.Node, "lang") != "" && x.res.Meta.Lang != strings.TrimSpace(dom.Attr(html.Node, "lang")) {
			t.Errorf("%s/%s: lang %q, <html lang=%q>", x.pg.Set, x.pg.ID, x.res.Meta.Lang, dom.Attr(html.Node, "lang"))
		}
		if strings.HasPrefix(x.pg.ID, "rtl-") { // Readability's pages with dir=rtl on <html>, <body>, <main> or <article>
			rtl++
			if x.res.Meta.Dir == "rtl" {
				rtlOK++
			}
		}
	}
	t.Logf("title from JSON-LD %d, meta tags %d, document %d; published from JSON-LD %d, meta tags %d; right-to-left %d of %d", fromLD, fromMeta, fromDoc, pubLD, pubMeta, rtlOK, rtl)
	if fromLD < 20 || fromMeta < 20 || pubLD < 20 || pubMeta < 10 || rtl < 4 || rtlOK < rtl {
		t.Errorf("too few pages exercise the priority, or right-to-left missed")
	}
}

// TestCorpusLeadOutsideRoot: lead paragraphs set above the body container
// (under the headline, outside the root) are article text: of the gold's
// prose lines that sit before the root, outside it, most are kept.
func TestCorpusLeadOutsideRoot(t *testing.T) {
	n, kept, pages := 0, 0, 0
	for _, x := range corpusRun(t, "zyte_aeb", "daniel_zh", "gne_zh", "readability") {
		root := x.doc.ByID(x.res.Root)
		if root == nil || x.pg.Gold.Body == nil {
			continue
		}
		found := false
		for _, e := range x.doc.Elems[:root.Index] {
			if e.Tag() != atom.P && e.Tag() != atom.Div || e.Own.TextLen < 40 || e.NonContent || e.Contains(root) {
				continue
			}
			s := strings.TrimSpace(dom.Text(e.Node))
			if !strings.ContainsAny(s, ".,;。，；") || !x.goldHas(s) || similarText(s, x.res.Meta.Title) >= headlineSimilarity {
				continue
			}
			n++
			found = true
			if x.inText(s) {
				kept++
			} else {
				t.Logf("%s/%s: lead above the root lost: %.60q", x.pg.Set, x.pg.ID, s)
			}
		}
		if found {
			pages++
		}
	}
	t.Logf("gold prose above the root on %d pages: %d of %d paragraphs kept", pages, kept, n)
	if pages < 5 || share(kept, n) < 0.8 {
		t.Errorf("leads above the root: %d of %d kept", kept, n)
	}
}

// TestCorpusOneLinkParagraphs: a paragraph that is one link (a linked
// sentence, a "read the report" line the gold keeps) is text, not link
// clutter.
func TestCorpusOneLinkParagraphs(t *testing.T) {
	n, kept := 0, 0
	// (human gold only: Readability's own output keeps "Related: …" links,
	// which Lede hides as clutter)
	for _, x := range corpusRun(t, "zyte_aeb", "daniel_zh", "gne_zh") {
		if x.pg.Gold.Body == nil {
			continue
		}
		for _, e := range x.doc.Elems {
			if e.Tag() != atom.P || len(e.Children) != 1 || e.Children[0].Tag() != atom.A || e.TextLen < 30 || e.Children[0].TextLen != e.TextLen {
				continue
			}
			s := dom.Text(e.Node)
			if !x.goldHas(s) || x.doc.ByID(x.res.Root) == nil || !x.doc.ByID(x.res.Root).Contains(e) {
				continue
			}
			n++
			if x.inText(s) {
				kept++
			} else {
				t.Logf("%s/%s: one-link paragraph lost: %.60q", x.pg.Set, x.pg.ID, s)
			}
		}
	}
	t.Logf("gold paragraphs that are one link: %d of %d kept", kept, n)
	if n < 3 || share(kept, n) < 0.9 {
		t.Errorf("one-link paragraphs: %d of %d kept", kept, n)
	}
}

// TestCorpusTextBeforeTables: the paragraph right before a table (its
// introduction) and the table's data are kept.
func TestCorpusTextBeforeTables(t *testing.T) {
	n, kept, rows, rowsKept := 0, 0, 0, 0
	for _, x := range corpusRun(t, "zyte_aeb", "readability", "daniel_zh", "gne_zh") {
		if x.pg.Gold.Body == nil {
			continue
		}
		for _, e := range x.doc.Elems {
			if e.Tag() != atom.Table || e.Parent == nil {
				continue
			}
			var prev *dom.Elem
			for _, s := range e.Parent.Children {
				if s == e {
					break
				}
				if s.TextLen > 0 {
					prev = s
				}
			}
			if prev != nil && prev.TextLen >= 10 && prev.TextLen < 1000 && x.goldHas(dom.Text(prev.Node)) && !headOrByline(x, dom.Text(prev.Node)) {
				n++
				if x.inText(dom.Text(prev.Node)) {
					kept++
				} else {
					t.Logf("%s/%s: text before a table lost: %.60q", x.pg.Set, x.pg.ID, dom.Text(prev.Node))
				}
			}
			for _, tr := range x.doc.Elems[e.Index:e.End] {
				if tr.Tag() != atom.Tr || tr.TextLen < 10 {
					continue
				}
				cells := 0
				for _, c := range tr.Children {
					if c.Tag() == atom.Td || c.Tag() == atom.Th {
						cells++
					}
				}
				if cells < 2 || !x.goldHas(dom.Text(tr.Node)) {
					continue
				}
				rows++
				if x.inText(dom.Text(tr.Node)) {
					rowsKept++
				}
			}
		}
	}
	t.Logf("text before tables: %d of %d kept; gold table rows: %d of %d kept", kept, n, rowsKept, rows)
	if n < 5 || share(kept, n) < 0.9 || rows < 50 || share(rowsKept, rows) < 0.9 {
		t.Errorf("text before tables %d/%d, table rows %d/%d", kept, n, rowsKept, rows)
	}
}

// headOrByline: the headline and byline lines stay shown but are not text.
func headOrByline(x *extracted, s string) bool {
	s = strings.TrimSpace(s)
	return similarText(s, x.res.Meta.Title) >= headlineSimilarity || isBylineLine(strings.ToLower(s), len([]rune(s)))
}

// TestCorpusPullQuotes: pull quotes (class pullquote, pull-quote) are the
// article's own words: those of the gold are kept, even when set in an
// <aside>.
func TestCorpusPullQuotes(t *testing.T) {
	n, kept := 0, 0
	for _, x := range corpusRun(t, "zyte_aeb", "readability") {
		for _, e := range x.doc.Elems {
			if !hiddenByMarkup(e) && x.pg.Gold.Body != nil && anyPart(strings.ToLower(dom.ClassID(e.Node)), pullQuoteParts[:4]) && e.TextLen >= 20 && x.goldHas(dom.Text(e.Node)) {
				n++
				if x.inText(dom.Text(e.Node)) {
					kept++
				} else {
					t.Logf("%s/%s: pull quote lost: %.60q", x.pg.Set, x.pg.ID, dom.Text(e.Node))
				}
			}
		}
	}
	t.Logf("pull quotes of the gold: %d of %d kept", kept, n)
	if n < 3 || share(kept, n) < 0.9 {
		t.Errorf("pull quotes: %d of %d kept", kept, n)
	}
}

// hiddenByMarkup: e or an ancestor is hidden by its markup (aria-hidden
// pull quotes repeat a sentence of the body for the eye only).
func hiddenByMarkup(e *dom.Elem) bool {
	for a := e; a != nil; a = a.Parent {
		if isHiddenNode(a) {
			return true
		}
	}
	return false
}

// TestCorpusFiguresAndCaptions: pictures inside figure wrappers are found,
// each with its figcaption.
func TestCorpusFiguresAndCaptions(t *testing.T) {
	figs, found, capts, captFound := 0, 0, 0, 0
	for _, x := range corpusRun(t, "zyte_aeb", "readability", "gne_zh", "daniel_zh") {
		if !x.res.IsArticle {
			continue
		}
		pg := &page{doc: x.doc, m: mark(x.doc, newClassifier())}
		byNode := map[int]Picture{}
		for _, p := range x.res.Pictures {
			byNode[p.Node] = p
		}
		for _, e := range x.doc.Elems {
			if e.Tag() != atom.Figure || !x.shown(e) {
				continue
			}
			var img *dom.Elem
			var capt string
			for _, d := range x.doc.Elems[e.Index+1 : e.End] {
				if d.Tag() == atom.Img && img == nil && !d.Hidden {
					img = d
				}
				if d.Tag() == atom.Figcaption && capt == "" {
					capt = strings.TrimSpace(dom.Text(d.Node))
				}
			}
			if img == nil {
				continue
			}
			figs++
			pic, ok := byNode[img.ID]
			if !ok {
				// a low-resolution placeholder followed by the picture is
				// reported once, by the later image; a picture shown twice,
				// once
				src := resolveURL(x.pg.Gold.URL, pg.imageSource(img))
				for _, p := range x.res.Pictures {
					if d := x.doc.ByID(p.Node); d != nil && e.Contains(d) || p.Src == src {
						pic, ok = p, true
					}
				}
			}
			if ok {
				found++
			} else {
				t.Logf("%s/%s: figure picture missing (%s)", x.pg.Set, x.pg.ID, dom.Attr(img.Node, "src"))
			}
			if capt != "" {
				capts++
				if ok && squash(pic.Caption) == squash(capt) {
					captFound++
				} else if ok {
					t.Logf("%s/%s: caption %.50q, figcaption %.50q", x.pg.Set, x.pg.ID, pic.Caption, capt)
				}
			}
		}
	}
	t.Logf("shown figures with a picture: %d of %d found; figcaptions: %d of %d reported", found, figs, captFound, capts)
	if figs < 30 || share(found, figs) < 0.9 || capts < 20 || share(captFound, capts) < 0.9 {
		t.Errorf("figures %d/%d, captions %d/%d", found, figs, captFound, capts)
	}
}

// TestCorpusLazyImageSources: each lazy-loading scheme the extractor reads
// gives the real picture on real pages: data-src, data-original,
// data-lazy-src, data-srcset, <picture><source>, extension-less URLs.
// (data-actualsrc appears in no corpus page, and a plain srcset is never
// needed there — the src is real; the hand-made testdata/lazy-images.html
// has both, see TestLazyImageAttributes.)
func TestCorpusLazyImageSources(t *testing.T) {
	counts := map[string]int{}
	for _, x := range corpusRun(t, "zyte_aeb", "readability", "gne_zh", "daniel_zh") {
		base := x.pg.Gold.URL
		for _, p := range x.res.Pictures {
			img := x.doc.ByID(p.Node)
			if img == nil {
				continue
			}
			src := strings.TrimSpace(dom.Attr(img.Node, "src"))
			if src != "" && p.Src == resolveURL(base, src) {
				counts["src"]++
			}
			for _, a := range []string{"data-src", "data-original", "data-lazy-src", "data-actualsrc"} {
				if v := strings.TrimSpace(dom.Attr(img.Node, a)); v != "" && p.Src == resolveURL(base, v) && resolveURL(base, v) != resolveURL(base, src) {
					counts[a]++
				}
			}
			for _, a := range []string{"data-srcset", "srcset"} {
				if v := dom.Attr(img.Node, a); v != "" && srcsetHas(v, base, p.Src) && !(src != "" && p.Src == resolveURL(base, src)) {
					counts[a]++
				}
			}
			if pic := img.Parent; pic != nil && pic.Tag() == atom.Picture {
				for _, s := range pic.Children {
					if s.Tag() == atom.Source && (srcsetHas(dom.Attr(s.Node, "srcset"), base, p.Src) || srcsetHas(dom.Attr(s.Node, "data-srcset"), base, p.Src)) {
						counts["picture source"]++
						break
					}
				}
			}
			if u, err := url.Parse(p.Src); err == nil && u.Path != "" && path.Ext(u.Path) == "" {
				counts["extension-less"]++
			}
		}
	}
	t.Logf("pictures by where their source came from: %v", counts)
	counts["srcset variants"] = counts["srcset"] + counts["data-srcset"]
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "srcset variants", "picture source", "extension-less"} {
		if counts[k] == 0 {
			t.Errorf("no picture found through %s", k)
		}
	}
}

// srcsetHas reports whether src is the srcset list's pick (resolved).
func srcsetHas(srcset, base, src string) bool {
	best := bestFromSrcset(srcset)
	return best != "" && resolveURL(base, best) == src
}

// TestCorpusCodeBlocks: <pre> blocks of the gold are kept line by line.
func TestCorpusCodeBlocks(t *testing.T) {
	n, kept := 0, 0
	for _, x := range corpusRun(t, "readability", "gne_zh", "zyte_aeb") {
		for _, e := range x.doc.Elems {
			if e.Tag() != atom.Pre || e.TextLen < 10 || !x.goldHas(dom.Text(e.Node)) {
				continue
			}
			n++
			if x.inText(dom.Text(e.Node)) {
				kept++
			} else {
				t.Logf("%s/%s: code block lost: %.60q", x.pg.Set, x.pg.ID, dom.Text(e.Node))
			}
		}
	}
	t.Logf("code blocks of the gold: %d of %d kept", kept, n)
	if n < 5 || share(kept, n) < 0.9 {
		t.Errorf("code blocks: %d of %d kept", kept, n)
	}
}

// TestCorpusMultiPage: an article split over pages reports its next page
// (a "next page" / 下一页 link or rel=next with a page number in the
// address), and the pager is not text.
func TestCorpusMultiPage(t *testing.T) {
	withNext, pagerInText := 0, 0
	for _, x := range corpusRun(t, "daniel_zh", "gne_zh", "zyte_aeb", "readability") {
		if x.res.Meta.NextPage == "" {
			continue
		}
		withNext++
		for _, p := range x.res.Paras {
			if strings.Contains(p.Text, "下一页") || strings.Contains(strings.ToLower(p.Text), "next page") {
				pagerInText++
				t.Logf("%s/%s: pager in the text: %q", x.pg.Set, x.pg.ID, p.Text)
			}
		}
	}
	t.Logf("%d pages with a next page; %d pager lines in the text", withNext, pagerInText)
	if withNext < 3 || pagerInText > 0 {
		t.Errorf("next page found on %d pages; %d pager lines in the text", withNext, pagerInText)
	}
}

// clutterCase finds clutter of one kind on a page: elements (outside the
// gold) that must not stay visible.
type clutterCase struct {
	name string
	min  int     // at least this many must be found over the corpus
	max  float64 // at most this share may stay visible
	find func(x *extracted, e *dom.Elem) bool
}

// TestCorpusClutter: share bars, related/hot lists, newsletter boxes,
// "return to top", copyright footers and sitemap link farms are hidden on
// real pages (editor lines and disclaimers: TestCorpusEditorAndDisclaimerLines;
// overlays: TestLiveMarks).
func TestCorpusClutter(t *testing.T) {
	textOf := func(e *dom.Elem) string { return strings.TrimSpace(dom.Text(e.Node)) }
	classHas := func(e *dom.Elem, words ...string) bool {
		for _, tok := range tokens(strings.ToLower(dom.ClassID(e.Node))) {
			for _, w := range words {
				if tok == w {
					return true
				}
			}
		}
		return false
	}
	topRe := regexp.MustCompile(`^(返回顶部|回到顶部|返回頂部|回到頂部|(?i)back to top|return to top|top ?↑|↑ ?top)$`)
	copyRe := regexp.MustCompile(`版权所有|版權所有|(?i)all rights reserved|^©|^copyright`)
	cases := []clutterCase{
		{"share bars", 30, 0.05, func(x *extracted, e *dom.Elem) bool {
			return classHas(e, "share", "sharing", "bdshare", "jiathis", "social") && e.TextLen > 0 && e.TextLen < 300
		}},
		{"related and hot lists", 50, 0.05, func(x *extracted, e *dom.Elem) bool {
			if e.Tag() != atom.Ul && e.Tag() != atom.Ol || e.Links < 3 || e.LinkDensity() < 0.7 {
				return false
			}
			for a, up := e.Parent, 0; a != nil && up < 3; a, up = a.Parent, up+1 {
				for _, c := range a.Children {
					if c.Index < e.Index && c.TextLen > 0 && c.TextLen <= 30 && isFurnitureTitleText(textOf(c)) {
						return true
					}
				}
			}
			return false
		}},
		{"newsletter boxes", 20, 0.05, func(x *extracted, e *dom.Elem) bool {
			return classHas(e, "newsletter", "newsletters") && e.TextLen > 0 && e.TextLen < 600
		}},
		{"return to top", 10, 0, func(x *extracted, e *dom.Elem) bool {
			return e.TextLen <= 12 && topRe.MatchString(textOf(e))
		}},
		{"copyright footers", 50, 0.03, func(x *extracted, e *dom.Elem) bool {
			return len(e.Children) <= 3 && e.TextLen < 200 && copyRe.MatchString(textOf(e))
		}},
		{"sitemap link farms", 50, 0.03, func(x *extracted, e *dom.Elem) bool {
			return e.Links >= 20 && e.LinkDensity() > 0.8 && (e.Parent == nil || e.Parent.Links < 2*e.Links)
		}},
	}
	pages := corpusRun(t, "zyte_aeb", "daniel_zh", "gne_zh", "readability", "seed")
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			found, visible := 0, 0
			for _, x := range pages {
				if !x.res.IsArticle {
					continue
				}
				for _, e := range x.doc.Elems {
					if e.Hidden || e.NonContent || !c.find(x, e) || x.goldHas(textOf(e)) {
						continue
					}
					found++
					if x.shown(e) {
						visible++
						t.Logf("%s/%s: visible: %.80q", x.pg.Set, x.pg.ID, textOf(e))
					}
				}
			}
			t.Logf("%s: %d found, %d visible", c.name, found, visible)
			if found < c.min || share(visible, found) > c.max {
				t.Errorf("%s: %d found (want ≥ %d), %d visible (want ≤ %.0f%%)", c.name, found, c.min, visible, 100*c.max)
			}
		})
	}
}

// TestCorpusSnippets: the snippet-gold pages (trafilatura_cjk) — an
// encyclopaedia entry's summary and key facts, a Japanese page's interface
// notes — hold what they must and lack what they must not.
func TestCorpusSnippets(t *testing.T) {
	for _, x := range corpusRun(t, "trafilatura_cjk") {
		text := squash(resultText(x.res))
		for _, s := range x.pg.Gold.With {
			if !strings.Contains(text, squash(s)) {
				t.Errorf("%s: missing %q", x.pg.ID, s)
			}
		}
		for _, s := range x.pg.Gold.Without {
			if strings.Contains(text, squash(s)) {
				t.Errorf("%s: holds %q", x.pg.ID, s)
			}
		}
	}
}
