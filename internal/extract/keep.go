package extract

// Stage 3b — keep: what stays visible outside the article root. Pages often
// put the headline, the byline and date line, a lead image and a standfirst
// in a header above the body container. The headline is found by its text
// (similar to the title); between it and the root, blocks that are a byline,
// a picture or prose are kept, furniture is not.

import (
	"strings"
	"unicode/utf8"

	"lede/internal/dom"

	"golang.org/x/net/html/atom"
)

// Tunables of the keep stage.
const (
	// keepMaxGap: when more than this much text (weighted) lies between the
	// headline and the root, the headline is too far away to take anything
	// but itself.
	keepMaxGap = 2000
	// keepLeadMinLen: a block in the gap with this much prose (weighted) is
	// a lead paragraph.
	keepLeadMinLen = 60
	// keepLeadMaxLinks: … and at most this link density.
	keepLeadMaxLinks = 0.3
	// keepBylineMaxLen: a short block in the gap (weighted) may be a byline…
	keepBylineMaxLen = 160
	// keepBylineMaxLinks: …with at most this many links, and unless named as
	// a byline, at most this link density.
	keepBylineMaxLinks       = 3
	keepBylineMaxLinkDensity = 0.7
	// keepImageMinSize: an image in the gap with a declared width or height
	// below this (pixels) is an icon, not a lead image.
	keepImageMinSize = 150
)

// headlineTags may hold the headline.
var headlineTags = []atom.Atom{atom.H1, atom.H2, atom.H3}

// keepRole is why an element outside the root stays visible.
type keepRole uint8

const (
	keepHeadline keepRole = iota + 1 // the headline (shown, not text)
	keepByline                       // byline or date line (shown, not text)
	keepImage                        // lead image
	keepLead                         // lead paragraph (text)
)

// keeps returns the elements to keep visible outside the parts, in document
// order, with their roles, and the headline element (nil when none was
// found).
func (p *page) keeps(o *outcome, parts []*dom.Elem) (keep []*dom.Elem, roles map[*dom.Elem]keepRole, headline *dom.Elem) {
	roles = map[*dom.Elem]keepRole{}
	first := parts[0]
	h := p.findHeadline(o, parts)
	if h == nil {
		return nil, roles, nil
	}
	for _, part := range parts {
		if part.Contains(h) {
			return nil, roles, h
		}
	}
	if h.Index > first.Index {
		return nil, roles, h // a headline after the article is not ours to show
	}
	// the outermost element holding h but not the root: take the headline
	// with its wrapper when the wrapper is the headline alone
	hk := h
	for a := h.Parent; a != nil && !a.Contains(first) && p.base[a.Index].TextLen == p.base[h.Index].TextLen && p.base[a.Index].Imgs == 0; a = a.Parent {
		hk = a
	}
	keep = append(keep, hk)
	roles[hk] = keepHeadline
	gap := 0
	for i := hk.End; i < first.Index; {
		e := p.doc.Elems[i]
		if e.End > first.Index { // an ancestor of the root
			i++
			continue
		}
		i = e.End
		if p.m.flags[e.Index]&(fHidden|fNonContent) != 0 {
			continue
		}
		gap += wlen(&p.base[e.Index])
	}
	if gap > keepMaxGap {
		return keep, roles, h
	}
	images := 0
	for i := hk.End; i < first.Index; {
		e := p.doc.Elems[i]
		if e.End > first.Index {
			i++
			continue
		}
		if r := p.keepGapBlock(e, &images); r != 0 {
			if r == keepLead && len(keep) == 1 {
				r = keepHeadline // right under the headline: a dek, shown but not text
			}
			keep = append(keep, e)
			roles[e] = r
			i = e.End
			continue
		}
		// a wrapper that is not kept as a whole (a table row holding the
		// date line beside the font-size buttons): look inside it
		if len(e.Children) > 0 && p.m.flags[e.Index]&(fHidden|fNonContent|fUnlikely|fInUnlikely|fClutter|fFixed) == 0 {
			i++
			continue
		}
		i = e.End
	}
	return keep, roles, h
}

// keepGapBlock decides one block between the headline and the root (0: not
// kept).
func (p *page) keepGapBlock(e *dom.Elem, images *int) keepRole {
	f := p.m.flags[e.Index]
	if f&(fHidden|fNonContent|fUnlikely|fInUnlikely|fClutter|fFixed) != 0 || neverRendered[e.Tag()] {
		return 0
	}
	st := &p.base[e.Index]
	if st.Inputs > 0 || st.Embeds > 0 {
		return 0
	}
	if st.TextLen <= 1 {
		if st.Imgs == 0 || *images > 0 || !p.bigImage(e) {
			return 0
		}
		*images++
		return keepImage
	}
	if st.Imgs > 0 && st.LinkDensity() <= keepLeadMaxLinks && (e.Tag() == atom.Figure || p.captionOnly(e)) {
		if *images > 0 || !p.bigImage(e) {
			return 0
		}
		*images++
		return keepImage // a lead picture with its caption (shown, with the picture)
	}
	if e.Tag() == atom.A || f&fInLink != 0 {
		return 0 // a teaser link ("Up next: …"), never a lead or a byline
	}
	n := wlen(st)
	// a byline or date line may be linked (the author's page, the source's
	// site); a row of several links is navigation
	if n <= keepBylineMaxLen && st.Links <= keepBylineMaxLinks &&
		(f&fByline != 0 || st.LinkDensity() <= keepBylineMaxLinkDensity && isBylineLine(strings.ToLower(trimBullets(dom.Text(e.Node))), st.TextLen)) {
		return keepByline
	}
	if st.LinkDensity() > keepLeadMaxLinks {
		return 0
	}
	if n >= keepLeadMinLen && st.Commas > 0 {
		if st.HeadingLen*2 > st.TextLen {
			return keepHeadline // a subheading (dek): shown, not text
		}
		return keepLead
	}
	return 0
}

// bigImage reports whether e holds an image that is not declared small.
func (p *page) bigImage(e *dom.Elem) bool {
	for _, d := range p.doc.Elems[e.Index:e.End] {
		if d.Tag() != atom.Img {
			continue
		}
		w, h := atoiSmall(dom.Attr(d.Node, "width")), atoiSmall(dom.Attr(d.Node, "height"))
		if (w == 0 || w >= keepImageMinSize) && (h == 0 || h >= keepImageMinSize) {
			return true
		}
	}
	return false
}

// findHeadline is the visible heading most similar to the title, the one
// nearest before the article when several match.
func (p *page) findHeadline(o *outcome, parts []*dom.Elem) *dom.Elem {
	title := p.meta.Title
	if title == "" {
		return nil
	}
	first := parts[0]
	var best *dom.Elem
	for _, tag := range headlineTags {
		for _, e := range p.doc.Elems {
			if e.Tag() != tag || e.TextLen == 0 || e.TextLen > 400 {
				continue
			}
			if p.m.flags[e.Index]&(fHidden|fNonContent|fInUnlikely) != 0 {
				continue
			}
			if similarText(dom.Text(e.Node), title) < headlineSimilarity {
				continue
			}
			if e.Index > first.End && best != nil {
				break
			}
			best = e
			if e.Index > first.Index {
				break
			}
		}
		if best != nil {
			return best
		}
	}
	// no heading element: the nearest element before the article whose
	// whole text is the title (<span id="title">, <td class="bt">)
	for _, e := range p.doc.Elems[:first.Index] {
		if e.TextLen == 0 || e.TextLen > 2*utf8.RuneCountInString(title)+10 || e.Contains(first) {
			continue
		}
		if p.m.flags[e.Index]&(fHidden|fNonContent|fInUnlikely|fInLink) != 0 || e.Tag() == atom.Title || e.Tag() == atom.A {
			continue
		}
		if similarText(dom.Text(e.Node), title) >= headlineSimilarity {
			best = e
		}
	}
	return best
}

// captionOnly reports a block whose text is all inside figcaptions or
// caption-named elements: a picture box.
func (p *page) captionOnly(e *dom.Elem) bool {
	n := 0
	for i := e.Index + 1; i < e.End; {
		d := p.doc.Elems[i]
		if d.Tag() == atom.Figcaption || classIDHas(d.Node, cpCaption) {
			n += p.base[d.Index].TextLen
			i = d.End
			continue
		}
		i++
	}
	return n > 0 && n >= p.base[e.Index].TextLen
}
