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

// singlePLinkDensity: a div wrapping a single <p> with fewer links than this
// is that paragraph (Readability replaces the div by the p).
const singlePLinkDensity = 0.25

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
		e.AddOwn(s)
		e.Rollup(s)
		if e.Parent != nil && p.m.flags[i]&(fHidden|fNonContent) == 0 {
			p.base[e.Parent.Index].Add(s)
		}
	}
}

// buildRuns collects the runs of every visible block element, then counts
// the paragraphs Readability would see: a div without block children is a
// paragraph, and each phrasing run between the blocks of a div is wrapped in
// one. Those virtual paragraphs join the <p> counts of the statistics.
func (p *page) buildRuns() {
	n := len(p.doc.Elems)
	p.mixed = make([]bool, n)
	p.runs = make([]run, 0, n/2+16)
	for _, e := range p.doc.Elems {
		f := p.m.flags[e.Index]
		if f&fBlock == 0 || f&(fHidden|fNonContent) != 0 {
			continue
		}
		p.collectRuns(e)
	}
	p.vpOwn = make([]int, n)
	p.paraDiv = make([]bool, n)
	for i := range p.runs {
		r := &p.runs[i]
		if r.owner.Tag() != atom.Div {
			continue
		}
		if p.leaf(r.owner) {
			if !p.paraDiv[r.owner.Index] {
				p.paraDiv[r.owner.Index] = true
				p.vpOwn[r.owner.Index] = 1
			}
		} else if r.afterBlock || i == 0 || p.runs[i-1].owner != r.owner {
			p.vpOwn[r.owner.Index]++
		}
	}
	// a div holding nothing but one <p> is replaced by it in Readability
	for _, e := range p.doc.Elems {
		if e.Tag() != atom.Div || p.paraDiv[e.Index] || e.Own.Words+e.Own.HanLen > 0 {
			continue
		}
		var only *dom.Elem
		count := 0
		for _, c := range e.Children {
			if p.m.flags[c.Index]&(fHidden|fNonContent) != 0 {
				continue
			}
			count++
			only = c
		}
		if count == 1 && only.Tag() == atom.P && p.base[e.Index].LinkDensity() < singlePLinkDensity {
			p.paraDiv[e.Index] = true
		}
	}
	sum := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		e := p.doc.Elems[i]
		sum[i] += p.vpOwn[i]
		p.base[i].Ps += sum[i]
		if e.Parent != nil && p.m.flags[i]&(fHidden|fNonContent) == 0 {
			sum[e.Parent.Index] += sum[i]
		}
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
	// Without a break or a block among the children, the element makes at
	// most one run, whose text is all of the element's own text: its
	// statistics, made when the tree was indexed, are added once at the end
	// instead of reading every text node again.
	oneRun := !p.hasRunBreak(e)
	kids := p.doc.ChildElems(e)
	for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			add(c)
			if !oneRun {
				cur.st.AddText(c.Data)
			}
		case html.ElementNode:
			ce := kids.Of(c)
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
	if oneRun && open {
		e.AddOwn(&cur.st)
	}
	closeRun()
}

// hasRunBreak reports whether a visible child of e ends a run (a <br> or a
// block), as collectRuns reads them.
func (p *page) hasRunBreak(e *dom.Elem) bool {
	for _, c := range e.Children {
		f := p.m.flags[c.Index]
		if f&(fHidden|fNonContent) == 0 && (c.Tag() == atom.Br || f&fBlock != 0) {
			return true
		}
	}
	return false
}
