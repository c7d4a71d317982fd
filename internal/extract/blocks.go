package extract

// Blocks of text: every maximal run of phrasing content (text and inline
// elements) inside a block element, split at <br>. Runs are what the score
// stage scores (Readability's paragraphs and "divs that are paragraphs") and
// what the text stage prints, so both agree on what a paragraph is. They are
// built in one pass over the tree; each text node is read once.

import (
	"lede/internal/dom"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// run is one line of phrasing content inside a block element.
type run struct {
	owner       *dom.Elem  // the block element holding the run
	first, last *html.Node // child nodes of owner.Node spanned by the run (inclusive)
	st          dom.Stats  // text statistics (hidden and non-content text excluded)
	brBefore    int        // <br> elements between the previous run of the owner and this one
	afterBlock  bool       // a block child (not a <br>) separates it from the previous run
}

// leaf reports whether the run's owner has no block children: the owner is
// itself a paragraph (a p, or a div used as one).
func (p *page) leaf(e *dom.Elem) bool { return !p.mixed[e.Index] }

// buildBase computes per-element statistics with hidden and non-content
// subtrees left out (one reverse pass: children before parents).
func (p *page) buildBase() {
	elems := p.doc.Elems
	p.base = make([]dom.Stats, len(elems))
	for i := len(elems) - 1; i >= 0; i-- {
		e := elems[i]
		s := &p.base[i]
		o := e.Own
		s.TextLen += o.TextLen
		s.Punct += o.Punct
		s.Commas += o.Commas
		s.HanLen += o.HanLen
		s.Words += o.Words
		e.Rollup(s)
		if e.Parent != nil && p.m.flags[i]&(fHidden|fNonContent) == 0 {
			p.base[e.Parent.Index].Add(s)
		}
	}
}

// buildRuns collects the runs of every visible block element.
func (p *page) buildRuns() {
	p.mixed = make([]bool, len(p.doc.Elems))
	for _, e := range p.doc.Elems {
		f := p.m.flags[e.Index]
		if f&fBlock == 0 || f&(fHidden|fNonContent) != 0 {
			continue
		}
		p.collectRuns(e)
	}
}

func (p *page) collectRuns(e *dom.Elem) {
	var cur run
	open := false
	brs := 0
	afterBlock := false
	inLink := p.m.flags[e.Index]&fInLink != 0
	closeRun := func() {
		if !open {
			return
		}
		open = false
		if cur.st.Words+cur.st.HanLen+cur.st.Punct > 0 || cur.st.TextLen > 2 {
			if inLink && !dom.IsProse(&cur.st) {
				cur.st.LinkLen = cur.st.TextLen
			}
			p.runs = append(p.runs, cur)
			return
		}
		// whitespace only: what separated it from the previous run still counts
		brs += cur.brBefore
		afterBlock = afterBlock || cur.afterBlock
	}
	add := func(n *html.Node) {
		if !open {
			cur = run{owner: e, first: n, brBefore: brs, afterBlock: afterBlock}
			open = true
			brs = 0
			afterBlock = false
		}
		cur.last = n
	}
	for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			add(c)
			cur.st.AddText(c.Data)
		case html.ElementNode:
			ce := p.doc.Elem(c)
			if ce == nil {
				continue
			}
			f := p.m.flags[ce.Index]
			if f&(fHidden|fNonContent) != 0 {
				continue
			}
			if c.DataAtom == atom.Br {
				if open {
					closeRun()
				}
				brs++
				continue
			}
			if f&fBlock != 0 {
				closeRun()
				p.mixed[e.Index] = true
				afterBlock = true
				brs = 0
				continue
			}
			add(c)
			cur.st.Add(&p.base[ce.Index])
		}
	}
	closeRun()
}
