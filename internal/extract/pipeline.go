package extract

import (
	"fmt"
	"sort"
	"strings"

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
	mixed []bool // per element: has block children
	// Readability's div-to-p conversion, counted rather than done: vpOwn is
	// the number of paragraphs a div becomes, paraDiv marks divs that are
	// paragraphs themselves.
	vpOwn   []int
	paraDiv []bool
	meta    Meta
	// titleSquashed caches squashSpace(meta.Title) (squashedTitle).
	titleSquashed *string
}

// outcome is one attempt's article.
type outcome struct {
	sc *scores
	ch *choice
	cl *cleaner
	n  int // weighted text length after cleaning
	// free is n without what the strict pass calls furniture (comments,
	// sidebars): what a retry must gain to replace the strict pass.
	free int
}

// Extract runs the extraction stages on doc: mark (with meta and section
// titles) → blocks → per attempt score → choose → clean → keep → text → lines
// → verdict → metadata from the text → hide list → pictures → article copy.
func Extract(doc *dom.Doc, opt Options) *Result {
	res := &Result{Root: -1}
	if len(doc.Elems) == 0 {
		res.Reason = "empty page"
		return res
	}
	p := &page{doc: doc, opt: opt, body: doc.Body()}
	p.m = mark(doc, newClassifier())
	p.buildBase()
	p.meta = p.readMeta()
	res.Meta = p.meta
	p.markSections()
	p.buildRuns()

	var best *outcome
	for _, at := range attempts {
		sc := p.score(at)
		ch := p.choose(sc)
		cl := p.clean(sc, ch)
		o := &outcome{sc: sc, ch: ch, cl: cl, n: cl.textLen()}
		for _, part := range ch.parts {
			o.free += p.freeLen(o, part, true)
		}
		if p.opt.Trace != nil {
			p.traceAttempt(o)
		}
		switch {
		case best == nil:
			best = o
		case o.n > best.n && best.ch.top.Contains(o.ch.top):
			// the same article, cleaned less: the strict cleaning took text
			best = o
		case best.n < retryKeepMin || !p.inFurniture(o.ch.top) && o.ch.top != p.body && float64(o.free) > retryGainRatio*float64(best.free):
			// elsewhere on the page: a retry wins when the strict pass found
			// almost nothing, or when it finds far more text outside
			// comments and sidebars
			best = o
		}
		if best.n >= articleMinWeightedText {
			break
		}
	}
	p.finish(res, best)
	return res
}

// finish turns the chosen outcome into the Result: verdict, root, keep, hide,
// paragraphs, pictures and the article copy.
func (p *page) finish(res *Result, o *outcome) {
	parts := o.ch.parts
	root := commonAncestor(parts)
	res.Root = root.ID
	keep, roles, headline := p.keeps(o, parts)
	units := mergeUnits(keep, parts)
	for _, k := range keep {
		res.Keep = append(res.Keep, k.ID)
		if p.opt.Trace != nil { // (describe formats even when nothing is traced)
			p.tracef("  keep %s", p.describe(k))
		}
	}
	p.hideClutterInKeeps(o, keep)
	ls := p.lines(o, units)
	p.classifyLines(ls)
	applyKeepRoles(ls, units, roles)
	extra := p.hideClutterLines(o, units, ls)
	res.Paras = textParas(ls)
	res.Pictures = p.pictures(o, units, extra)
	metaFromLines(ls, &res.Meta)
	var photo bool
	res.IsArticle, res.Reason, photo = p.verdict(ls, photoStory{pictures: len(res.Pictures), headline: headline != nil || hasHeadlineLine(ls),
		dated: res.Meta.Published != "" || res.Meta.Byline != ""})
	if photo {
		// in a photo story the captions tell the story: they are text
		for i := range ls {
			if ls[i].kind == lineCaption {
				ls[i].kind = lineText
			}
		}
		res.Paras = textParas(ls)
	}
	res.Meta.NextPage = p.nextPage(units)
	// the article's direction: the nearest dir attribute on the element
	// holding its paragraphs or an ancestor (a page may say ltr on <html>
	// and rtl on its article)
	holder := root
	if len(ls) > 0 {
		var es []*dom.Elem
		for i := range ls {
			if ls[i].kind == lineText {
				es = append(es, ls[i].elem)
			}
		}
		if len(es) > 0 {
			holder = commonAncestor(es)
		}
	}
	for a := holder; a != nil; a = a.Parent {
		if d := strings.ToLower(strings.TrimSpace(dom.Attr(a.Node, "dir"))); d == "rtl" || d == "ltr" {
			res.Meta.Dir = d
			break
		}
	}
	if res.Meta.Dir == "" {
		res.Meta.Dir = textDirection(res.Paras)
	}
	res.Hide = p.hideList(o, units, extra)
	if p.opt.Trace != nil {
		for _, l := range ls {
			if l.kind != lineText || p.opt.TraceAll {
				p.tracef("  line %s [%d] links %d/%d %.60q", [...]string{"text", "headline", "byline", "caption", "clutter"}[l.kind], l.Node, l.linkRunes, l.runes, l.Text)
			}
		}
	}
	if !res.IsArticle {
		res.Root = -1 // the page stays as it is: nothing to keep or hide
		res.Hide = nil
		res.Keep = nil
	}
	if res.Meta.LeadImage == "" && len(res.Pictures) > 0 {
		res.Meta.LeadImage = res.Pictures[0].Src
	}
	if !p.opt.NoArticle {
		res.Article = p.articleCopy(o, units, extra)
	}
}

// hideClutterInKeeps hides share bars and other clutter-named blocks inside
// the kept elements (a date line often carries share buttons).
func (p *page) hideClutterInKeeps(o *outcome, keep []*dom.Elem) {
	for _, k := range keep {
		for _, e := range p.doc.Elems[k.Index+1 : k.End] {
			if p.m.flags[e.Index]&fClutter != 0 && p.base[e.Index].TextLen < shareMaxLen {
				o.cl.hidden[e.Index] = true
			}
		}
	}
}

// mergeUnits lists the kept elements and the article parts in document order.
func mergeUnits(keep, parts []*dom.Elem) []*dom.Elem {
	out := make([]*dom.Elem, 0, len(keep)+len(parts))
	out = append(out, keep...)
	out = append(out, parts...)
	sort.Slice(out, func(a, b int) bool { return out[a].Index < out[b].Index })
	return out
}

// freeLen is the weighted text of e shown by outcome o, leaving out blocks
// that are furniture by name, role or tag.
func (p *page) freeLen(o *outcome, e *dom.Elem, root bool) int {
	if o.gone(p, e) || !root && p.m.flags[e.Index]&fUnlikely != 0 {
		return 0
	}
	n := e.Own.TextLen + hanExtraWeight*e.Own.HanLen
	for _, c := range e.Children {
		n += p.freeLen(o, c, false)
	}
	return n
}

// inFurniture reports whether e is, or is inside, page furniture by name,
// role or tag (comments, sidebars, footers).
func (p *page) inFurniture(e *dom.Elem) bool {
	return p.m.flags[e.Index]&(fUnlikely|fInUnlikely) != 0
}

// tracef writes a trace line when tracing is on.
func (p *page) tracef(format string, args ...any) {
	if p.opt.Trace != nil {
		fmt.Fprintf(p.opt.Trace, format+"\n", args...)
	}
}

// describe names an element for traces: tag#id.class [node id] text length.
func (p *page) describe(e *dom.Elem) string {
	if e == nil {
		return "<nil>"
	}
	s := e.Node.Data
	if id := dom.Attr(e.Node, "id"); id != "" {
		s += "#" + id
	}
	if c := dom.Attr(e.Node, "class"); c != "" {
		s += "." + strings.Join(strings.Fields(c), ".")
	}
	if len(s) > 60 {
		s = s[:60]
	}
	return fmt.Sprintf("%s [%d] len=%d wlen=%d", s, e.ID, e.TextLen, wlen(&p.base[e.Index]))
}

func (p *page) traceAttempt(o *outcome) {
	p.tracef("attempt %+v: text %d", o.sc.at, o.n)
	type cs struct {
		e *dom.Elem
		s float64
	}
	var top []cs
	for i, ok := range o.sc.cand {
		if ok {
			top = append(top, cs{p.doc.Elems[i], o.sc.score[i]})
		}
	}
	sort.Slice(top, func(a, b int) bool { return top[a].s > top[b].s })
	for i, c := range top {
		if i == 8 {
			break
		}
		p.tracef("  candidate %.1f %s", c.s, p.describe(c.e))
	}
	p.tracef("  top %s", p.describe(o.ch.top))
	for _, part := range o.ch.parts {
		p.tracef("  part %s", p.describe(part))
	}
	for _, e := range p.doc.Elems {
		if o.cl.hidden[e.Index] && (e.Parent == nil || !o.cl.hidden[e.Parent.Index]) {
			p.tracef("  clean hides %s", p.describe(e))
		}
	}
}
