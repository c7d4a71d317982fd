package extract

// Stage 8 — article copy: a clean copy of the visible article for the html
// field (export, the sidebar's reader copy). Hidden clutter, scripts, styles,
// forms and our data-lede-* marks are left out, event handlers and styling
// attributes dropped, lazy images given their real source, links and images
// resolved to absolute URLs. The page itself is never modified.

import (
	"strings"

	"lede/internal/dom"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tunables of the article copy.
var (
	// copyDropTags are left out with their content.
	copyDropTags = atomSet(atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Link, atom.Meta, atom.Form, atom.Input,
		atom.Button, atom.Select, atom.Textarea, atom.Option, atom.Svg, atom.Canvas, atom.Dialog, atom.Frame, atom.Frameset, atom.Base, atom.Title)
	// copyKeepAttrs are the attributes a copied element keeps.
	copyKeepAttrs = map[string]bool{"href": true, "src": true, "alt": true, "title": true, "colspan": true, "rowspan": true,
		"datetime": true, "cite": true, "lang": true, "dir": true, "start": true, "reversed": true, "scope": true, "headers": true,
		"abbr": true, "width": true, "height": true, "controls": true, "poster": true, "allowfullscreen": true}
)

// articleCopy builds the cleaned copy of the visible units.
func (p *page) articleCopy(o *outcome, units []*dom.Elem, extra []bool) *html.Node {
	art := &html.Node{Type: html.ElementNode, Data: "article", DataAtom: atom.Article}
	base := p.baseURL()
	for _, u := range units {
		if c := p.copyElem(o, u, extra, base); c != nil {
			art.AppendChild(c)
		}
	}
	return art
}

func (p *page) copyElem(o *outcome, e *dom.Elem, extra []bool, base string) *html.Node {
	if o.gone(p, e) || (extra != nil && extra[e.Index]) || copyDropTags[e.Tag()] {
		return nil
	}
	n := e.Node
	switch e.Tag() {
	case atom.Iframe, atom.Embed, atom.Object:
		if !isVideo(e) {
			return nil
		}
	}
	c := &html.Node{Type: html.ElementNode, Data: n.Data, DataAtom: n.DataAtom, Namespace: n.Namespace}
	if e.Tag() == atom.Body || e.Tag() == atom.Html {
		c.Data, c.DataAtom = "div", atom.Div
	}
	for _, a := range n.Attr {
		if !copyKeepAttrs[a.Key] || a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "href":
			v := strings.TrimSpace(a.Val)
			if strings.HasPrefix(strings.ToLower(v), "javascript:") {
				continue
			}
			a.Val = resolveURL(base, v)
		case "src", "poster":
			if e.Tag() == atom.Img {
				continue // set below from the real source
			}
			a.Val = resolveURL(base, a.Val)
		case "width", "height":
			if e.Tag() != atom.Img && e.Tag() != atom.Video && e.Tag() != atom.Iframe {
				continue
			}
		}
		c.Attr = append(c.Attr, html.Attribute{Key: a.Key, Val: a.Val})
	}
	if e.Tag() == atom.Img {
		src := p.imageSource(e)
		if src == "" {
			return nil
		}
		c.Attr = append(c.Attr, html.Attribute{Key: "src", Val: resolveURL(base, src)})
	}
	if e.Tag() == atom.A && dom.Attr(c, "href") == "" && len(c.Attr) == 0 {
		c.Data, c.DataAtom = "span", atom.Span // a script link keeps its text
	}
	kids := p.doc.ChildElems(e)
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			c.AppendChild(&html.Node{Type: html.TextNode, Data: ch.Data})
		case html.ElementNode:
			ce := kids.Of(ch)
			if ce == nil {
				continue
			}
			if cc := p.copyElem(o, ce, extra, base); cc != nil {
				c.AppendChild(cc)
			}
		}
	}
	return c
}
