package extract

// Stage 7 — pictures: the article's images with their captions, their real
// sources found behind lazy-loading placeholders (data-src, data-original,
// data-actualsrc, data-lazy-src, srcset variants, extension-less URLs) and
// resolved against the page's address (and its <base href>).

import (
	"net/url"
	"strconv"
	"strings"

	"lede/internal/dom"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tunables of the pictures stage.
var (
	// lazySrcAttrs hold an image's real source, best first. Their values are
	// trusted without a file extension.
	lazySrcAttrs = []string{"data-src", "data-original", "data-actualsrc", "data-lazy-src", "data-lazyload", "data-lazy",
		"data-original-src", "data-hi-res-src", "data-full-src", "data-url", "data-echo", "data-croporisrc", "data-img",
		"data-image", "data-srcs", "original", "file", "_src", "real_src", "data-ks-lazyload"}
	// lazySrcsetAttrs hold srcset lists.
	lazySrcsetAttrs = []string{"data-srcset", "data-lazy-srcset", "srcset"}
	// placeholderParts in a src mark a placeholder, not the picture.
	placeholderParts = []string{"data:image", "placeholder", "blank.", "spacer", "pixel.", "lazy", "loading", "grey.gif", "transparent", "1x1", "empty."}
	// tinyImage: an image declared smaller than this (pixels) is an icon.
	tinyImage = 50
)

// pictures lists the images of the visible article in document order.
func (p *page) pictures(o *outcome, units []*dom.Elem, extra []bool) []Picture {
	var out []Picture
	seen := map[string]int{} // source → index in out
	base := p.baseURL()
	for _, u := range units {
		p.walkVisible(o, u, extra, func(e *dom.Elem) {
			if e.Tag() != atom.Img {
				return
			}
			src := p.imageSource(e)
			if src == "" {
				return
			}
			src = resolveURL(base, src)
			if isTinyImage(e) {
				return
			}
			if k, ok := seen[src]; ok {
				if out[k].Caption == "" {
					out[k].Caption = p.caption(e) // the same picture again, captioned
				}
				return
			}
			pic := Picture{Src: src, Alt: strings.TrimSpace(dom.Attr(e.Node, "alt")), Caption: p.caption(e), Node: e.ID}
			// a low-resolution placeholder followed by the same picture
			if k := len(out) - 1; k >= 0 && fileName(out[k].Src) == fileName(src) && fileName(src) != "" && p.near(out[k].Node, e) {
				if pic.Caption == "" {
					pic.Caption = out[k].Caption
				}
				out[k] = pic
				seen[src] = k
				return
			}
			seen[src] = len(out)
			out = append(out, pic)
		})
	}
	return out
}

// walkVisible calls fn for e and every descendant still shown.
func (p *page) walkVisible(o *outcome, e *dom.Elem, extra []bool, fn func(*dom.Elem)) {
	if o.gone(p, e) || (extra != nil && extra[e.Index]) {
		return
	}
	fn(e)
	for _, c := range e.Children {
		p.walkVisible(o, c, extra, fn)
	}
}

// imageSource is the real source of an image.
func (p *page) imageSource(e *dom.Elem) string {
	n := e.Node
	if v := p.noscriptImage(e); v != "" {
		return v
	}
	src := strings.TrimSpace(dom.Attr(n, "src"))
	// a lazy-loading class says the src is a stand-in until a script swaps
	// in the data-* source ("missing-image.svg", a blurred thumbnail)
	lazy := strings.Contains(strings.ToLower(dom.Attr(n, "class")), "lazy")
	if src != "" && !isPlaceholder(src) && !lazy {
		return src
	}
	for _, a := range lazySrcAttrs {
		if v := strings.TrimSpace(dom.Attr(n, a)); looksLikeURL(v) && !isPlaceholder(v) {
			return v
		}
	}
	if src != "" && !isPlaceholder(src) {
		return src // named lazy, but nothing else to swap in
	}
	for _, a := range lazySrcsetAttrs {
		if v := bestFromSrcset(dom.Attr(n, a)); v != "" {
			return v
		}
	}
	// <picture><source srcset> alternatives
	if par := e.Parent; par != nil && par.Tag() == atom.Picture {
		for _, c := range par.Children {
			if c.Tag() == atom.Source {
				if v := bestFromSrcset(firstNonEmpty(dom.Attr(c.Node, "srcset"), dom.Attr(c.Node, "data-srcset"))); v != "" {
					return v
				}
			}
		}
	}
	// any other attribute holding an image URL
	for _, a := range n.Attr {
		v := strings.TrimSpace(a.Val)
		if strings.HasPrefix(a.Key, "data-") && looksLikeURL(v) && hasImageExt(v) && !isPlaceholder(v) {
			return v
		}
	}
	if src != "" && !strings.HasPrefix(src, "data:") {
		return src
	}
	return ""
}

func isPlaceholder(s string) bool {
	l := strings.ToLower(s)
	for _, p := range placeholderParts {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

func looksLikeURL(s string) bool {
	if s == "" || strings.ContainsAny(s, " \n\t<>{}") {
		return false
	}
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//") || strings.HasPrefix(s, "/") || hasImageExt(s)
}

func hasImageExt(s string) bool {
	l := strings.ToLower(s)
	if i := strings.IndexAny(l, "?#"); i >= 0 {
		l = l[:i]
	}
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".svg"} {
		if strings.HasSuffix(l, ext) {
			return true
		}
	}
	return false
}

// bestFromSrcset picks the widest (or densest) candidate of a srcset. URLs
// may contain commas (image CDNs put their options there), so candidates are
// read as the HTML standard does: a URL runs to the next whitespace, its
// descriptors to the next comma.
func bestFromSrcset(s string) string {
	best, bestW := "", -1.0
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ',' || isASCIISpace(s[i])) {
			i++
		}
		start := i
		for i < len(s) && !isASCIISpace(s[i]) {
			i++
		}
		u := strings.TrimRight(s[start:i], ",")
		dstart := i
		for i < len(s) && s[i] != ',' {
			i++
		}
		if u == "" || isPlaceholder(u) || !looksLikeURL(u) {
			continue
		}
		w := 1.0
		if f := strings.Fields(s[dstart:i]); len(f) > 0 {
			if v, err := strconv.ParseFloat(strings.TrimRight(f[0], "wxWX"), 64); err == nil {
				w = v
			}
		}
		if w > bestW {
			best, bestW = u, w
		}
	}
	return best
}

func isASCIISpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// noscriptImage returns the source of an image in a <noscript> right after
// img (or after its only-child wrapper): the fallback that lazy-loading
// scripts replace, and the real picture.
func (p *page) noscriptImage(img *dom.Elem) string {
	for e, level := img, 0; e != nil && level < 2; e, level = e.Parent, level+1 {
		for n := e.Node.NextSibling; n != nil; n = n.NextSibling {
			if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
				continue
			}
			if n.Type == html.ElementNode && n.DataAtom == atom.Noscript {
				return imageInMarkup(noscriptText(n))
			}
			break
		}
		if e.Parent == nil || len(e.Parent.Children) != 1 {
			break
		}
	}
	return ""
}

func noscriptText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// imageInMarkup finds the first <img> in an HTML fragment and returns its
// best source.
func imageInMarkup(s string) string {
	if !strings.Contains(s, "<img") && !strings.Contains(s, "<IMG") {
		return ""
	}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom != atom.Img {
				continue
			}
			n := &html.Node{Type: html.ElementNode, DataAtom: atom.Img, Data: "img", Attr: t.Attr}
			if src := strings.TrimSpace(dom.Attr(n, "src")); src != "" && !isPlaceholder(src) {
				return src
			}
			return bestFromSrcset(dom.Attr(n, "srcset"))
		}
	}
}

// fileName is the last path segment of a URL, without its query.
// near reports whether the image with node id prev sits within three levels
// of img's parents: a placeholder and its picture share a box, while two
// pictures of one CDN may share a file name ("960x0.jpg") across the page.
func (p *page) near(prev int, img *dom.Elem) bool {
	pe := p.doc.ByID(prev)
	for a, level := img.Parent, 0; a != nil && level < 3; a, level = a.Parent, level+1 {
		if pe != nil && a.Contains(pe) {
			return true
		}
	}
	return false
}

func fileName(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.LastIndexByte(u, '/'); i >= 0 {
		u = u[i+1:]
	}
	return u
}

func isTinyImage(e *dom.Elem) bool {
	w, h := atoiSmall(dom.Attr(e.Node, "width")), atoiSmall(dom.Attr(e.Node, "height"))
	return (w > 0 && w < tinyImage) || (h > 0 && h < tinyImage)
}

// caption finds an image's caption: the figcaption of its figure, or a
// caption-named element next to it within two levels.
func (p *page) caption(img *dom.Elem) string {
	for a, level := img.Parent, 0; a != nil && level < 6; a, level = a.Parent, level+1 {
		if a.Tag() == atom.Figure { // (templates nest the image deep inside its figure)
			for _, d := range p.doc.Elems[a.Index:a.End] {
				if d.Tag() == atom.Figcaption {
					return dom.Text(d.Node)
				}
			}
		}
		if level >= 3 {
			continue
		}
		// a caption after the picture in its box: a figcaption or a
		// caption-named block (some templates set the figcaption beside the
		// figure that holds the image)
		for _, c := range a.Children {
			if c.Index <= img.Index || c.TextLen == 0 {
				continue
			}
			if (c.Tag() == atom.Figcaption || level < 2 && classIDHas(c.Node, cpCaption)) && c.TextLen < 400 && c.Imgs == 0 {
				return dom.Text(c.Node)
			}
			break // the first block with text after the picture is its caption or none is
		}
	}
	return ""
}

// baseURL is the page's address, adjusted by a <base href>.
func (p *page) baseURL() string {
	for _, e := range p.doc.Elems {
		if e.Tag() == atom.Base {
			if h := strings.TrimSpace(dom.Attr(e.Node, "href")); h != "" {
				return resolveURL(p.opt.URL, h)
			}
		}
		if e.Tag() == atom.Body {
			break
		}
	}
	return p.opt.URL
}

// resolveURL resolves ref against base (ref unchanged when either fails).
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || base == "" {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}
