package extract

// Stage 3 — choose: the article root. Readability's logic: the best-scoring
// candidate; a common ancestor when several near-best candidates share one;
// climb to a parent that scores higher; climb through only-children; then
// take in siblings that score well or read like paragraphs.

import (
	"sort"
	"strings"

	"lede/internal/dom"

	"golang.org/x/net/html/atom"
)

// Tunables of the choose stage.
const (
	topCandidates           = 5    // candidates considered for a shared ancestor
	alternativeScoreRatio   = 0.75 // a candidate this close to the best is an alternative
	minAlternatives         = 3    // alternatives sharing an ancestor make it the root
	alternativeMinTextShare = 0.2  // an alternative holds at least this share of the best candidate's text
	parentClimbRatio        = 1.0 / 3
	// climbMaxExtraLinkDensity: a parent is climbed to only when its text
	// beyond the candidate is less linked than this.
	climbMaxExtraLinkDensity = 0.5
	siblingScoreMin          = 10  // a sibling needs at least this score…
	siblingScoreRatio        = 0.2 // …or this share of the root's score
	siblingSameClassBonus    = 0.2 // share of the root's score added to a sibling with the root's class
	siblingParagraphLen      = 80  // a sibling <p> longer than this (weighted) with few links joins
	siblingParagraphLinks    = 0.25
	siblingShortParagraph    = true // a short sibling <p> without links that ends a sentence joins
	continuationScoreRatio   = 0.3  // a same-class section scoring this share of the best joins…
	continuationWrapperRatio = 1.5  // …with wrappers holding at most this much more text
	// controlBoxMaxLen: a sibling this short (weighted) holding a control (a
	// button, a link to "#" or "javascript:" standing alone) is part of the
	// page's interface — a legend, a toggle, a tip — not of the article.
	controlBoxMaxLen       = 300
	articleMinWeightedText = 500 // below this the next attempt runs (Readability's charThreshold)
	retryKeepMin           = 150 // a first-pass article this long is only replaced by a retry…
	retryGainRatio         = 3.0 // …that finds this many times more text outside furniture
)

// choice is the choose stage's result.
type choice struct {
	top      *dom.Elem   // best candidate after climbing
	parts    []*dom.Elem // top and the siblings taken in, in document order
	topScore float64
}

// choose picks the article root for one attempt.
func (p *page) choose(sc *scores) *choice {
	var cands []*dom.Elem
	for i, ok := range sc.cand {
		if ok {
			cands = append(cands, p.doc.Elems[i])
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return sc.score[cands[a].Index] > sc.score[cands[b].Index] })
	if len(cands) > topCandidates {
		cands = cands[:topCandidates]
	}
	body := p.body
	if len(cands) == 0 || cands[0] == body || body.Contains(cands[0]) == false {
		return &choice{top: body, parts: []*dom.Elem{body}}
	}
	top := cands[0]
	topScore := sc.score[top.Index]
	best, bestScore := top, topScore

	// several near-best candidates under one ancestor: take the ancestor
	var alts [][]*dom.Elem
	for _, c := range cands[1:] {
		if c.Contains(top) || top.Contains(c) {
			continue // the best candidate's own container or part
		}
		if topScore > 0 && sc.score[c.Index]/topScore >= alternativeScoreRatio && float64(wlen(&sc.eff[c.Index])) >= alternativeMinTextShare*float64(wlen(&sc.eff[top.Index])) {
			alts = append(alts, ancestors(c))
		}
	}
	if len(alts) >= minAlternatives {
		for a := top.Parent; a != nil && a != body; a = a.Parent {
			n := 0
			for _, as := range alts {
				if containsElem(as, a) {
					n++
				}
			}
			if n >= minAlternatives {
				top = a
				break
			}
		}
	}
	if !sc.cand[top.Index] {
		sc.cand[top.Index] = true
		sc.score[top.Index] = p.initScore(sc.at, top)
	}

	// climb while the parent scores higher (a root split in parts)
	last := sc.score[top.Index]
	threshold := last * parentClimbRatio
	for a := top.Parent; a != nil && a != body; a = a.Parent {
		if !sc.cand[a.Index] {
			continue
		}
		s := sc.score[a.Index]
		if s < threshold {
			break
		}
		if s > last && p.extraIsProse(sc, a, top) {
			top = a
			break
		}
		last = s
	}
	// climb through only children
	for a := top.Parent; a != nil && a != body && len(elementChildren(a)) == 1; a = a.Parent {
		top = a
	}
	topScore = sc.score[top.Index]

	ch := &choice{top: top, topScore: topScore}
	parent := top.Parent
	if parent == nil {
		ch.parts = []*dom.Elem{top}
		return ch
	}
	threshold = max(siblingScoreMin, topScore*siblingScoreRatio)
	topClass := dom.Attr(top.Node, "class")
	for _, s := range parent.Children {
		if s == top {
			ch.parts = append(ch.parts, s)
			continue
		}
		if p.pruned(sc.at, s) {
			continue
		}
		bonus := 0.0
		if topClass != "" && dom.Attr(s.Node, "class") == topClass {
			bonus = topScore * siblingSameClassBonus
		}
		if sc.cand[s.Index] && sc.score[s.Index]+bonus >= threshold && !p.controlBox(s) {
			ch.parts = append(ch.parts, s)
			continue
		}
		if s.Tag() == atom.P {
			st := &sc.eff[s.Index]
			n := wlen(st)
			ld := st.LinkDensity()
			if n > siblingParagraphLen && ld < siblingParagraphLinks {
				ch.parts = append(ch.parts, s)
			} else if siblingShortParagraph && n > 0 && n < siblingParagraphLen && ld == 0 && p.endsSentence(s) {
				ch.parts = append(ch.parts, s)
			}
		}
	}
	p.addContinuations(sc, ch, best, bestScore)
	return ch
}

// addContinuations takes in the other sections of an article split into
// several containers of one class (around ads, pull quotes, pictures): scored
// candidates with the best candidate's class, outside the parts so far. Each
// is taken with its wrappers up to the common ancestor when they add little.
func (p *page) addContinuations(sc *scores, ch *choice, best *dom.Elem, bestScore float64) {
	class := strings.TrimSpace(dom.Attr(best.Node, "class"))
	if class == "" {
		return
	}
	for i, ok := range sc.cand {
		e := p.doc.Elems[i]
		if !ok || e == best || sc.score[i] < continuationScoreRatio*bestScore || sameClass(dom.Attr(e.Node, "class")) != sameClass(class) {
			continue
		}
		overlap := false
		for _, part := range ch.parts {
			if part.Contains(e) || e.Contains(part) {
				overlap = true
				break
			}
		}
		if overlap {
			continue
		}
		branch := e
		for a := e.Parent; a != nil && !a.Contains(ch.top) && wlen(&sc.eff[a.Index]) <= int(continuationWrapperRatio*float64(wlen(&sc.eff[e.Index]))); a = a.Parent {
			branch = a
		}
		if p.opt.Trace != nil { // (describe formats even when nothing is traced)
			p.tracef("  continuation %s", p.describe(branch))
		}
		ch.parts = append(ch.parts, branch)
	}
	sort.Slice(ch.parts, func(a, b int) bool { return ch.parts[a].Index < ch.parts[b].Index })
}

// sameClass is a class string without digits: numbered sections of one
// article ("story-body-1", "story-body-2") share their class.
func sameClass(c string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, strings.TrimSpace(c))
}

// commonAncestor is the lowest element holding all of es.
func commonAncestor(es []*dom.Elem) *dom.Elem {
	a := es[0]
	for _, e := range es[1:] {
		for a != nil && !a.Contains(e) {
			a = a.Parent
		}
	}
	return a
}

// extraIsProse reports whether what ancestor a holds beyond e reads as text
// rather than links: climbing to a higher-scoring parent must not pull in
// navigation that happens to sit next to the article.
func (p *page) extraIsProse(sc *scores, a, e *dom.Elem) bool {
	as, es := &sc.eff[a.Index], &sc.eff[e.Index]
	text := as.TextLen - es.TextLen
	if text <= 0 {
		return true
	}
	links := (as.LinkLen - as.HashLinkLen) - (es.LinkLen - es.HashLinkLen)
	return float64(links)/float64(text) < climbMaxExtraLinkDensity
}

// endsSentence reports whether e's text has a sentence end: ". " or a final
// period in English, 。！？ in Chinese.
func (p *page) endsSentence(e *dom.Elem) bool {
	t := dom.Text(e.Node)
	for i := 0; i < len(t); i++ {
		if t[i] == '.' && (i+1 == len(t) || t[i+1] == ' ') {
			return true
		}
	}
	for _, r := range t {
		if r == '。' || r == '！' || r == '？' {
			return true
		}
	}
	return false
}

func ancestors(e *dom.Elem) []*dom.Elem {
	var out []*dom.Elem
	for a := e.Parent; a != nil; a = a.Parent {
		out = append(out, a)
	}
	return out
}

func containsElem(es []*dom.Elem, e *dom.Elem) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// elementChildren counts as Readability's children: element children.
func elementChildren(e *dom.Elem) []*dom.Elem { return e.Children }

// controlBox reports a short block without pictures holding an interface
// control.
func (p *page) controlBox(e *dom.Elem) bool {
	if wlen(&p.base[e.Index]) >= controlBoxMaxLen || p.base[e.Index].Imgs > 0 {
		return false
	}
	for _, d := range p.doc.Elems[e.Index:e.End] {
		if p.isControl(d) {
			return true
		}
	}
	return false
}

// isControl reports a visible button, or a link that does nothing but run
// script ("#", "javascript:") and stands alone in its parent.
func (p *page) isControl(e *dom.Elem) bool {
	if p.m.flags[e.Index]&(fHidden|fNonContent) != 0 || p.base[e.Index].TextLen == 0 {
		return false
	}
	if e.Tag() == atom.Button || dom.Attr(e.Node, "role") == "button" {
		return true
	}
	if e.Tag() != atom.A || e.Parent == nil {
		return false
	}
	href := strings.TrimSpace(dom.Attr(e.Node, "href"))
	if href != "#" && !strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return false
	}
	return 10*p.base[e.Index].TextLen >= 9*p.base[e.Parent.Index].TextLen
}
