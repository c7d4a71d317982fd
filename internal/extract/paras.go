package extract

// Stage 6 — text: the article as paragraphs, each with the node id of the
// element that holds it, in document order, exactly as the cleaned page shows
// it (hidden clutter left out). Paragraph breaks come from block elements and
// <br>; whitespace is collapsed as a browser renders it, except in <pre>.

import (
	"strings"

	"lede/internal/dom"
	"lede/internal/text"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tunables of the text stage.
const (
	// captionsInText: figure captions are reported with their pictures; they
	// stay visible but are not article prose.
	captionsInText = false
)

// gone reports whether e is not shown in the cleaned view.
func (o *outcome) gone(p *page, e *dom.Elem) bool {
	return o.cl.hidden[e.Index] || p.pruned(o.sc.at, e)
}

type paraWalker struct {
	p     *page
	o     *outcome
	out   []text.Para
	buf   strings.Builder
	extra []bool // per element index: hidden by a later stage (nil: none)
}

// paragraphs returns the paragraphs of the visible units, in document order.
func (p *page) paragraphs(o *outcome, units []*dom.Elem, extra []bool) []text.Para {
	w := &paraWalker{p: p, o: o, extra: extra}
	for _, u := range units {
		if w.skip(u) {
			continue
		}
		w.block(u, kindOf(u, ""))
	}
	return w.out
}

func (w *paraWalker) skip(e *dom.Elem) bool {
	if w.o.gone(w.p, e) {
		return true
	}
	if w.extra != nil && w.extra[e.Index] {
		return true
	}
	if !captionsInText && e.Tag() == atom.Figcaption {
		return true
	}
	return false
}

func kindOf(e *dom.Elem, outer string) string {
	switch e.Tag() {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return "h"
	case atom.Li, atom.Dd, atom.Dt:
		if outer == "quote" {
			return outer
		}
		return "li"
	case atom.Blockquote:
		return "quote"
	case atom.Figcaption, atom.Caption:
		return "caption"
	case atom.Pre:
		return "pre"
	case atom.Td, atom.Th:
		return "table"
	}
	if outer != "" {
		return outer
	}
	return "p"
}

// block walks a block element: phrasing runs become paragraphs held by e,
// block children are walked in turn.
func (w *paraWalker) block(e *dom.Elem, kind string) {
	if e.Tag() == atom.Pre {
		w.pre(e)
		return
	}
	for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			dom.AppendCollapsed(&w.buf, c.Data)
		case html.ElementNode:
			ce := w.p.doc.Elem(c)
			if ce == nil || w.skip(ce) {
				continue
			}
			if c.DataAtom == atom.Br {
				w.flush(e, kind)
				continue
			}
			if w.p.m.flags[ce.Index]&fBlock != 0 {
				w.flush(e, kind)
				w.block(ce, kindOf(ce, innerKind(kind)))
				continue
			}
			w.inline(ce, e, kind)
		}
	}
	w.flush(e, kind)
}

// innerKind is the kind passed to nested blocks: quotes stay quotes.
func innerKind(k string) string {
	if k == "quote" {
		return k
	}
	return ""
}

// inline appends the text of a phrasing element; a <br> inside it still
// breaks the paragraph of block, the element that holds it.
func (w *paraWalker) inline(e, block *dom.Elem, kind string) {
	for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			dom.AppendCollapsed(&w.buf, c.Data)
		case html.ElementNode:
			ce := w.p.doc.Elem(c)
			if ce == nil || w.skip(ce) {
				continue
			}
			if c.DataAtom == atom.Br {
				w.flush(block, kind)
				continue
			}
			w.inline(ce, block, kind)
		}
	}
}

func (w *paraWalker) flush(e *dom.Elem, kind string) {
	t := strings.TrimSpace(w.buf.String())
	w.buf.Reset()
	if t == "" {
		return
	}
	w.out = append(w.out, text.Para{Text: t, Node: e.ID, Kind: kind})
}

// pre keeps the lines of preformatted text.
func (w *paraWalker) pre(e *dom.Elem) {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				ce := w.p.doc.Elem(c)
				if ce == nil || w.skip(ce) {
					continue
				}
				if c.DataAtom == atom.Br {
					b.WriteByte('\n')
					continue
				}
				walk(c)
			}
		}
	}
	walk(e.Node)
	for _, line := range strings.Split(b.String(), "\n") {
		if t := strings.TrimRight(line, " \t\r"); strings.TrimSpace(t) != "" {
			w.out = append(w.out, text.Para{Text: t, Node: e.ID, Kind: "pre"})
		}
	}
}
