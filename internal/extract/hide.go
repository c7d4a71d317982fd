package extract

// The hide list: everything on the page that is neither inside a visible unit
// (article parts and kept nodes) nor an ancestor of one, plus the clutter
// hidden inside the units. Only outermost elements are listed, and never an
// ancestor of a visible unit.

import (
	"lede/internal/dom"

	"golang.org/x/net/html/atom"
)

// neverRendered elements need no hiding.
var neverRendered = atomSet(atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Link, atom.Meta, atom.Base, atom.Title)

// hideList computes the outermost elements to hide.
func (p *page) hideList(o *outcome, units []*dom.Elem, extra []bool) []int {
	n := len(p.doc.Elems)
	role := make([]uint8, n) // 1: unit, 2: ancestor of a unit
	for _, u := range units {
		role[u.Index] = 1
		for a := u.Parent; a != nil && role[a.Index] == 0; a = a.Parent {
			role[a.Index] = 2
		}
	}
	var hide []int
	var inside func(e *dom.Elem)
	inside = func(e *dom.Elem) {
		for _, c := range e.Children {
			if o.cl.hidden[c.Index] || (extra != nil && extra[c.Index]) {
				if !neverRendered[c.Tag()] {
					hide = append(hide, c.ID)
				}
				continue
			}
			inside(c)
		}
	}
	var outside func(e *dom.Elem)
	outside = func(e *dom.Elem) {
		for _, c := range e.Children {
			switch role[c.Index] {
			case 1:
				inside(c)
			case 2:
				outside(c)
			default:
				if !neverRendered[c.Tag()] {
					hide = append(hide, c.ID)
				}
			}
		}
	}
	if p.body != nil {
		if role[p.body.Index] == 1 {
			inside(p.body)
		} else {
			outside(p.body)
		}
	}
	return hide
}
