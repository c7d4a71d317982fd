package extract

import (
	"lede/internal/dom"
)

// page is the state the stages share for one document.
type page struct {
	doc   *dom.Doc
	opt   Options
	body  *dom.Elem
	m     *marks
	base  []dom.Stats // statistics without hidden and non-content subtrees
	runs  []run
	mixed []bool // per element: has both block children and phrasing runs
	meta  Meta
}

// outcome is one attempt's article.
type outcome struct {
	sc *scores
	ch *choice
	cl *cleaner
	n  int // weighted text length after cleaning
}

// Extract runs the extraction stages on doc: mark → score → choose → clean →
// meta → text → pictures → article HTML.
func Extract(doc *dom.Doc, opt Options) *Result {
	res := &Result{Root: -1}
	if len(doc.Elems) == 0 {
		res.Reason = "empty page"
		return res
	}
	p := &page{doc: doc, opt: opt, body: doc.Body()}
	p.m = mark(doc, newClassifier())
	p.buildBase()
	p.buildRuns()
	p.meta = p.readMeta()
	res.Meta = p.meta

	var best *outcome
	for _, at := range attempts {
		sc := p.score(at)
		ch := p.choose(sc)
		cl := p.clean(sc, ch)
		o := &outcome{sc: sc, ch: ch, cl: cl, n: cl.textLen()}
		if o.n >= articleMinWeightedText {
			best = o
			break
		}
		if best == nil || o.n > best.n {
			best = o
		}
	}
	p.finish(res, best)
	return res
}

// finish turns the chosen outcome into the Result: verdict, root, keep, hide,
// paragraphs, pictures and the article copy.
func (p *page) finish(res *Result, o *outcome) {
	parts := o.ch.parts
	root := parts[0]
	if len(parts) > 1 {
		root = parts[0].Parent
	}
	res.Root = root.ID
	res.IsArticle, res.Reason = p.verdict(o)
	res.Paras = p.paragraphs(o, parts, nil)
	res.Hide = p.hideList(o, parts, nil)
	if !res.IsArticle {
		res.Root = -1
		res.Hide = nil
	}
	res.Pictures = p.pictures(o, parts)
	res.Article = p.articleCopy(o, parts, nil)
}
