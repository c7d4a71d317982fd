package extract

// Stage 2 — score: Readability's content scoring, counted in characters and
// made CJK-aware. Every paragraph (a leaf block, or a run of phrasing content
// inside a block that also has block children) earns points for its clause
// punctuation and its length, and hands them to its ancestors: all to the
// parent, half to the grandparent, a third of a level to the others. A
// candidate starts from its tag and its class/id weight and ends multiplied by
// (1 − link density).

import (
	"lede/internal/dom"

	"golang.org/x/net/html/atom"
)

// Tunables of the score stage.
const (
	// hanExtraWeight: a Han character counts 1+hanExtraWeight characters in
	// length thresholds. A Chinese word is ~1.7 characters, an English one ~6
	// with its space, so one Han character carries about what three Latin
	// characters carry.
	hanExtraWeight = 2
	// minParagraphLen: shorter paragraphs are not scored (weighted characters;
	// Readability uses 25 Latin characters). Han counts double here, not
	// triple, so a 13-character Chinese sentence still scores.
	minParagraphLen = 25
	// lengthPointChars: one point per this many weighted characters…
	lengthPointChars = 100
	// maxLengthPoints: …up to this many points.
	maxLengthPoints = 3
	// ancestorLevels: how many ancestors receive a paragraph's score.
	ancestorLevels = 5
	// classWeightUnit is Readability's ±25 per matching class or id.
	classWeightUnit = 25
	// listItemWeight scales the score of list-item paragraphs (Readability
	// does not score them at all; bodies made of lists would get nothing).
	listItemWeight = 0.5
)

// tagInitScore is the starting score of a candidate by tag (Readability's
// _initializeNode).
var tagInitScore = map[atom.Atom]float64{
	atom.Div: 5, atom.Article: 5, atom.Main: 5,
	atom.Pre: 3, atom.Td: 3, atom.Blockquote: 3,
	atom.Address: -3, atom.Ol: -3, atom.Ul: -3, atom.Dl: -3, atom.Dd: -3, atom.Dt: -3, atom.Li: -3, atom.Form: -3,
	atom.H1: -5, atom.H2: -5, atom.H3: -5, atom.H4: -5, atom.H5: -5, atom.H6: -5, atom.Th: -5,
}

// unscoredLeafTags never act as paragraphs: labels, captions, terms, links.
var unscoredLeafTags = atomSet(atom.Th, atom.Dt, atom.Caption, atom.Figcaption, atom.Label, atom.Legend, atom.Summary,
	atom.Button, atom.Option, atom.Select, atom.H1, atom.Nav, atom.Aside, atom.Footer, atom.Header, atom.Form, atom.A, atom.Address)

// attempt is one pass of the score and choose stages. Like Readability, the
// extractor retries with fewer assumptions when a pass finds too little text.
type attempt struct {
	stripUnlikely bool // leave out furniture by class/id/role/tag
	weightClasses bool // use class/id weights
	cleanClutter  bool // prune clutter inside the article conditionally
}

var attempts = []attempt{
	{true, true, true},
	{false, true, true},
	{false, false, true},
	{false, false, false},
}

// scores is the result of the score stage for one attempt.
type scores struct {
	at    attempt
	eff   []dom.Stats // statistics with this attempt's pruning
	score []float64   // content score per element index (after link density)
	cand  []bool      // received a score
}

// wlen is a text length with Han characters weighed by hanExtraWeight.
func wlen(s *dom.Stats) int { return s.TextLen + hanExtraWeight*s.HanLen }

// pruned reports whether element e is left out of this attempt.
func (p *page) pruned(at attempt, e *dom.Elem) bool {
	f := p.m.flags[e.Index]
	if f&(fHidden|fNonContent) != 0 {
		return true
	}
	return at.stripUnlikely && f&(fUnlikely|fInUnlikely) != 0
}

// score runs the score stage for one attempt.
func (p *page) score(at attempt) *scores {
	elems := p.doc.Elems
	sc := &scores{at: at, score: make([]float64, len(elems)), cand: make([]bool, len(elems))}
	// statistics with unlikely subtrees left out
	if at.stripUnlikely {
		sc.eff = make([]dom.Stats, len(elems))
		for i := len(elems) - 1; i >= 0; i-- {
			e := elems[i]
			s := &sc.eff[i]
			e.AddOwn(s)
			e.Rollup(s)
			s.Ps += p.vpOwn[i]
			if e.Parent != nil && !p.pruned(at, e) {
				sc.eff[e.Parent.Index].Add(s)
			}
		}
	} else {
		sc.eff = p.base
	}

	// paragraphs: group runs of one owner
	for i := 0; i < len(p.runs); {
		r := &p.runs[i]
		owner := r.owner
		leaf := p.leaf(owner)
		var st dom.Stats
		j := i
		for ; j < len(p.runs) && p.runs[j].owner == owner; j++ {
			if j > i && !leaf && (p.runs[j].afterBlock || p.runs[j].brBefore >= 2) {
				break
			}
			st.Add(&p.runs[j].st)
		}
		i = j
		if p.pruned(at, owner) {
			continue
		}
		var weight float64 = 1
		start := owner
		if leaf {
			if unscoredLeafTags[owner.Tag()] {
				continue
			}
			if owner.Tag() == atom.Li {
				weight = listItemWeight
			}
			start = owner.Parent
		}
		if wlen(&st)-st.HanLen < minParagraphLen {
			continue
		}
		points := 1 + float64(st.Commas) + float64(min(wlen(&st)/lengthPointChars, maxLengthPoints))
		points *= weight
		level := 0
		for a := start; a != nil && a.Parent != nil && level < ancestorLevels; a = a.Parent {
			if !sc.cand[a.Index] {
				sc.cand[a.Index] = true
				sc.score[a.Index] = p.initScore(at, a)
			}
			switch level {
			case 0:
				sc.score[a.Index] += points
			case 1:
				sc.score[a.Index] += points / 2
			default:
				sc.score[a.Index] += points / float64(level*3)
			}
			level++
		}
	}
	for i, ok := range sc.cand {
		if ok {
			sc.score[i] *= 1 - sc.eff[i].LinkDensity()
		}
	}
	return sc
}

// initScore is a candidate's starting score: its tag and class weight.
func (p *page) initScore(at attempt, e *dom.Elem) float64 {
	s := tagInitScore[e.Tag()]
	if at.weightClasses {
		s += float64(p.m.class[e.Index].weight)
	}
	return s
}

// classWeight is the class/id weight of e in this attempt.
func (p *page) classWeight(at attempt, e *dom.Elem) int {
	if !at.weightClasses {
		return 0
	}
	return p.m.class[e.Index].weight
}
