package extract

// Stage 6 — text: the article as paragraphs, each with the node id of the
// element that holds it, in document order, exactly as the cleaned page shows
// it (hidden clutter left out). Paragraph breaks come from block elements and
// <br>; whitespace is collapsed as a browser renders it, except in <pre>. The
// lines stage (lines.go) then sorts the paragraphs into text, headline,
// byline, caption and clutter.

import (
	"strings"
	"unicode/utf8"

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

// pictureBoxWords name a block holding a picture; its short text is the
// caption (pictureBoxMaxLen, weighted).
var pictureBoxWords = []string{"image", "img", "photo", "picture", "pic", "figure", "media", "thumbnail", "thumb", "tupian"}

const pictureBoxMaxLen = 400

// bylineBlockMaxLen: an element named as a byline holds at most this much
// text (weighted).
const bylineBlockMaxLen = 300

// altCaptionSimilarity: the first line after a picture that says what the
// picture's alt (or title) text says, at this character-bigram similarity,
// is its caption, whatever the markup around it (a centred <p>, a <span>
// under the image, a table cell) — unless the line is a link: a picture with
// a linked headline under it is a teaser.
const altCaptionSimilarity = 0.8

// captionParts in a class or id name a caption or credit.
var captionParts = []string{"caption", "credit", "img-desc", "imgdesc", "pic-desc", "picdesc", "photo-desc", "image-desc", "pictext", "pic_text", "imgtext", "img_text", "wp-caption-text"}

// gone reports whether e is not shown in the cleaned view.
func (o *outcome) gone(p *page, e *dom.Elem) bool {
	return o.cl.hidden[e.Index] || p.pruned(o.sc.at, e)
}

type paraWalker struct {
	p       *page
	o       *outcome
	out     []line
	buf     strings.Builder
	links   int // runes of link text in buf
	nlinks  int // links begun in buf
	tags    int // rel="tag" links begun in buf
	punct   int // clause and sentence punctuation outside links in buf
	link    int // depth inside <a href>
	caption int // depth inside caption blocks
	byline  int // depth inside byline-named blocks
	roots   map[*dom.Elem]bool
	// the last picture met and not yet followed by a line: its alt or
	// title text, and whether it came after text in the current line
	pic, picAfter bool
	alt           string
}

// lines returns the paragraphs of the visible units, in document order.
func (p *page) lines(o *outcome, units []*dom.Elem) []line {
	w := &paraWalker{p: p, o: o, roots: map[*dom.Elem]bool{}}
	for _, u := range units {
		w.roots[u] = true
	}
	for _, u := range units {
		if w.o.gone(w.p, u) {
			continue
		}
		w.enter(u)
		w.block(u, kindOf(u, ""))
		w.leave(u)
	}
	return w.out
}

// enter and leave track the context flags of element e.
func (w *paraWalker) enter(e *dom.Elem) {
	if e.Tag() == atom.A && w.p.m.flags[e.Index]&fInLink != 0 && !dom.IsProse(&w.p.base[e.Index]) {
		w.link++
		if w.p.base[e.Index].TextLen > 0 {
			w.nlinks++
			if hasToken(dom.Attr(e.Node, "rel"), "tag") {
				w.tags++
			}
		}
	}
	if w.isCaption(e) {
		w.caption++
	}
	if w.bylineElem(e) {
		w.byline++
	}
	if e.Tag() == atom.Img {
		w.pic = true
		w.alt = strings.TrimSpace(dom.Attr(e.Node, "alt"))
		if w.alt == "" {
			w.alt = strings.TrimSpace(dom.Attr(e.Node, "title"))
		}
		w.picAfter = strings.TrimSpace(w.buf.String()) != ""
	}
}

// bylineElem: an element named as a byline that is short enough to be one (a
// big container named "info" or "meta" is not).
func (w *paraWalker) bylineElem(e *dom.Elem) bool {
	return w.p.m.flags[e.Index]&fByline != 0 && wlen(&w.p.base[e.Index]) <= bylineBlockMaxLen
}

func (w *paraWalker) leave(e *dom.Elem) {
	if e.Tag() == atom.A && w.p.m.flags[e.Index]&fInLink != 0 && !dom.IsProse(&w.p.base[e.Index]) {
		w.link--
	}
	if w.isCaption(e) {
		w.caption--
	}
	if w.bylineElem(e) {
		w.byline--
	}
}

// isCaption reports caption blocks: figcaption and caption-named elements.
// (Guessing captions from layout — a short block next to an image — was
// measured and dropped: it took how-to steps and formulas for captions.)
func (w *paraWalker) isCaption(e *dom.Elem) bool {
	switch e.Tag() {
	case atom.Figcaption:
		return true
	case atom.Caption, atom.A, atom.Span, atom.Em, atom.I, atom.Strong, atom.B, atom.Img:
		return false
	}
	cid := dom.ClassID(e.Node)
	if classParts.get().has(cid, cpCaption) {
		return true
	}
	// a picture box: named as one, holding an image and a little text
	if !w.roots[e] && w.p.m.flags[e.Index]&fBlock != 0 && anyWord(tokens(cid), pictureBoxWords) {
		st := &w.p.base[e.Index]
		if st.Imgs > 0 && st.HeadingLen == 0 && wlen(st) <= pictureBoxMaxLen {
			return true
		}
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
	if e.Tag() == atom.Tr && w.dataRow(e) {
		w.row(e)
		return
	}
	kids := w.p.doc.ChildElems(e)
	for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.appendText(c.Data)
		case html.ElementNode:
			ce := kids.Of(c)
			if ce == nil || w.o.gone(w.p, ce) {
				continue
			}
			if c.DataAtom == atom.Br {
				w.flush(e, kind)
				continue
			}
			if w.p.m.flags[ce.Index]&fBlock != 0 {
				w.flush(e, kind)
				k := kindOf(ce, innerKind(kind))
				if w.p.m.class[ce.Index].quote {
					k = "quote"
				}
				w.enter(ce)
				w.block(ce, k)
				w.leave(ce)
				continue
			}
			w.enter(ce)
			w.inline(ce, e, kind)
			w.leave(ce)
		}
	}
	w.flush(e, kind)
}

func (w *paraWalker) appendText(s string) {
	if w.link == 0 {
		w.punct += wordPunct(s)
	}
	if w.link > 0 {
		before := w.buf.Len()
		dom.AppendCollapsed(&w.buf, s)
		w.links += utf8.RuneCountInString(strings.TrimSpace(w.buf.String()[before:]))
		return
	}
	dom.AppendCollapsed(&w.buf, s)
}

// wordPunct counts the punctuation marks of s that follow a word (", "
// between links is a separator, not prose). It decodes only the characters
// that may be a mark or a space (see markLeadByte): any other byte is part
// of a word.
func wordPunct(s string) int {
	word := false
	punct := 0
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			if !markLeadByte(c) {
				word = true
				i++
				continue
			}
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if isWordPunct(r) {
			if word {
				punct++
			}
			word = false
		} else if !dom.IsSpace(r) {
			word = true
		}
	}
	return punct
}

func isWordPunct(r rune) bool {
	return dom.IsComma(r) || r == '.' || r == '!' || r == '?' || r == '！' || r == '？'
}

// markLeadByte reports the first bytes of the UTF-8 forms of the marks
// isWordPunct reports and of the white space above ASCII: 0xC2 (U+0085,
// U+00A0), 0xD8 (U+060C), 0xE1 (U+1680), 0xE2 (U+2000–U+205F), 0xE3 (U+3000,
// 、 and 。) and 0xEF (the full-width and small forms).
func markLeadByte(c byte) bool {
	switch c {
	case 0xc2, 0xd8, 0xe1, 0xe2, 0xe3, 0xef:
		return true
	}
	return false
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
	kids := w.p.doc.ChildElems(e)
	for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.appendText(c.Data)
		case html.ElementNode:
			ce := kids.Of(c)
			if ce == nil || w.o.gone(w.p, ce) {
				continue
			}
			if c.DataAtom == atom.Br {
				w.flush(block, kind)
				continue
			}
			w.enter(ce)
			w.inline(ce, block, kind)
			w.leave(ce)
		}
	}
}

func (w *paraWalker) flush(e *dom.Elem, kind string) {
	t := strings.TrimSpace(w.buf.String())
	links, nlinks, punct, tags := w.links, w.nlinks, w.punct, w.tags
	w.buf.Reset()
	w.links, w.nlinks, w.punct, w.tags = 0, 0, 0, 0
	if t == "" {
		return
	}
	runes := utf8.RuneCountInString(t)
	caption := w.caption > 0
	if w.pic && !w.picAfter {
		// (a linked line under a picture is a teaser, not a caption)
		caption = caption || 2*links < runes && w.alt != "" && similarText(t, w.alt) >= altCaptionSimilarity
		w.pic, w.alt = false, ""
	}
	w.picAfter = false
	w.out = append(w.out, line{
		Para:      text.Para{Text: t, Node: e.ID, Kind: kind},
		elem:      e,
		runes:     runes,
		linkRunes: links,
		links:     nlinks,
		punct:     punct,
		tags:      tags,
		caption:   caption,
		byline:    w.byline > 0,
	})
}

// dataRow reports a row of a data table whose cells hold only phrasing
// content: it reads as one line.
func (w *paraWalker) dataRow(tr *dom.Elem) bool {
	var table *dom.Elem
	for a := tr.Parent; a != nil; a = a.Parent {
		if a.Tag() == atom.Table {
			table = a
			break
		}
	}
	if table == nil || !w.o.cl.data[table.Index] {
		return false
	}
	for _, c := range tr.Children {
		if (c.Tag() == atom.Td || c.Tag() == atom.Th) && w.p.mixed[c.Index] {
			return false
		}
	}
	return true
}

// row writes a table row as one paragraph, cells separated by " | ".
func (w *paraWalker) row(tr *dom.Elem) {
	first := true
	for _, c := range tr.Children {
		if (c.Tag() != atom.Td && c.Tag() != atom.Th) || w.o.gone(w.p, c) {
			continue
		}
		if !first {
			w.buf.WriteString(" | ")
		}
		first = false
		w.enter(c)
		w.inline(c, tr, "table")
		w.leave(c)
		s := w.buf.String()
		if strings.HasSuffix(s, " ") && !strings.HasSuffix(s, " | ") {
			w.buf.Reset()
			w.buf.WriteString(strings.TrimRight(s, " "))
		}
	}
	w.flush(tr, "table")
}

// pre keeps the lines of preformatted text.
func (w *paraWalker) pre(e *dom.Elem) {
	var b strings.Builder
	var walk func(pe *dom.Elem)
	walk = func(pe *dom.Elem) {
		kids := w.p.doc.ChildElems(pe)
		for c := pe.Node.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				ce := kids.Of(c)
				if ce == nil || w.o.gone(w.p, ce) {
					continue
				}
				if c.DataAtom == atom.Br {
					b.WriteByte('\n')
					continue
				}
				walk(ce)
			}
		}
	}
	walk(e)
	for _, ln := range strings.Split(b.String(), "\n") {
		if t := strings.TrimRight(ln, " \t\r"); strings.TrimSpace(t) != "" {
			w.out = append(w.out, line{Para: text.Para{Text: t, Node: e.ID, Kind: "pre"}, elem: e, runes: utf8.RuneCountInString(t)})
		}
	}
}

// textParas keeps the lines that are article text.
func textParas(ls []line) []text.Para {
	var out []text.Para
	for _, l := range ls {
		if l.kind == lineText || (captionsInText && l.kind == lineCaption) {
			out = append(out, l.Para)
		}
	}
	return out
}

// hideClutterLines marks, for each clutter line, the outermost element inside
// the units that holds nothing but clutter (no kept line, no media).
func (p *page) hideClutterLines(o *outcome, units []*dom.Elem, ls []line) []bool {
	n := len(p.doc.Elems)
	inUnit := make([]bool, n)
	for _, u := range units {
		for _, e := range p.doc.Elems[u.Index:u.End] {
			inUnit[e.Index] = true
		}
	}
	good := make([]bool, n)
	for _, l := range ls {
		if l.kind == lineClutter {
			continue
		}
		for a := l.elem; a != nil && inUnit[a.Index] && !good[a.Index]; a = a.Parent {
			good[a.Index] = true
		}
	}
	extra := make([]bool, n)
	isUnit := func(e *dom.Elem) bool {
		for _, u := range units {
			if u == e {
				return true
			}
		}
		return false
	}
	for _, l := range ls {
		if l.kind != lineClutter || good[l.elem.Index] || isUnit(l.elem) {
			continue
		}
		top := l.elem
		for a := l.elem.Parent; a != nil && inUnit[a.Index] && !isUnit(a) && !good[a.Index] && p.base[a.Index].Imgs == 0 && p.base[a.Index].Embeds == 0; a = a.Parent {
			top = a
		}
		extra[top.Index] = true
	}
	return extra
}
