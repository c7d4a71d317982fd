package sidebar

import (
	"sort"

	"lede/internal/text"
)

// Places on the page. The Analysis gives offsets in code points into its
// plain text; the live page has its own text nodes, whitespace and maybe
// UTF-16 surrogates. So a place names the paragraph element (its node id),
// the words to find there, and which occurrence of those words in the
// paragraph's text it is; the content script finds the same occurrence in
// the element's live text (falling back to the one nearest At when the live
// text holds a different number of them) and highlights it with a Range.

// Mark is one run of words inside one paragraph element.
type Mark struct {
	Node int    `json:"node"` // node id of the paragraph element
	Text string `json:"text"` // the words, as in the Analysis text
	Nth  int    `json:"nth"`  // which occurrence of Text in the element's text (0: the first)
	Of   int    `json:"of"`   // how many occurrences the element's text has
	At   int    `json:"at"`   // code-point offset of this occurrence in the element's text
}

// Place is where an item is: the words to highlight (Focus; a quote over
// several paragraphs has one mark per paragraph) and, lighter, the
// sentence around them (Context). The page scrolls to the first focus mark.
type Place struct {
	Focus   []Mark `json:"focus"`
	Context []Mark `json:"context,omitempty"`
}

// placer maps Analysis text offsets to marks.
type placer struct {
	paras []text.Para
	runes map[int][]rune      // paragraph index → its text as code points
	sents map[int][]text.Span // paragraph index → its sentences
	// One element can hold several paragraphs (lines split at <br>): a
	// mark counts occurrences over all of the element's text, as the live
	// page has it.
	nodeText map[int][]rune // node id → its paragraphs' text, joined by "\n"
	base     []int          // paragraph index → offset of its text in nodeText
}

func newPlacer(paras []text.Para) *placer {
	p := &placer{paras: paras, runes: map[int][]rune{}, sents: map[int][]text.Span{}, nodeText: map[int][]rune{}, base: make([]int, len(paras))}
	for i, para := range paras {
		t, ok := p.nodeText[para.Node]
		if ok {
			t = append(t, '\n')
		}
		p.base[i] = len(t)
		p.nodeText[para.Node] = append(t, []rune(para.Text)...)
	}
	return p
}

// para returns the index of the paragraph holding offset off, or -1.
func (p *placer) para(off int) int {
	i := sort.Search(len(p.paras), func(i int) bool { return p.paras[i].End > off })
	if i < len(p.paras) && p.paras[i].Start <= off {
		return i
	}
	return -1
}

func (p *placer) textOf(i int) []rune {
	rs, ok := p.runes[i]
	if !ok {
		rs = []rune(p.paras[i].Text)
		p.runes[i] = rs
	}
	return rs
}

// mark describes [s, e) of paragraph i (offsets relative to the paragraph);
// Nth, Of and At count in the text of the paragraph's element.
func (p *placer) mark(i, s, e int) Mark {
	s, e = max(0, s), min(len(p.textOf(i)), e)
	needle := p.textOf(i)[s:e]
	rs := p.nodeText[p.paras[i].Node]
	s += p.base[i]
	m := Mark{Node: p.paras[i].Node, Text: string(needle), At: s}
	for k := 0; k+len(needle) <= len(rs); {
		if equalRunes(rs[k:k+len(needle)], needle) {
			if k < s {
				m.Nth++
			}
			m.Of++
			k += max(1, len(needle))
			continue
		}
		k++
	}
	return m
}

// span places [start, end) of the Analysis text: one focus mark per
// paragraph it crosses; with sentence set, the sentence around its start
// as context.
func (p *placer) span(start, end int, sentence bool) Place {
	pl := Place{Focus: []Mark{}}
	first := sort.Search(len(p.paras), func(i int) bool { return p.paras[i].End > start })
	for i := first; i < len(p.paras) && p.paras[i].Start < end; i++ {
		para := p.paras[i]
		s, e := max(start, para.Start)-para.Start, min(end, para.End)-para.Start
		if e > s {
			pl.Focus = append(pl.Focus, p.mark(i, s, e))
		}
	}
	if i := p.para(start); sentence && len(pl.Focus) == 1 && i >= 0 {
		off := start - p.paras[i].Start
		for _, sp := range p.sentences(i) {
			if sp.Start <= off && off < sp.End {
				if c := p.mark(i, sp.Start, sp.End); c.Text != pl.Focus[0].Text {
					pl.Context = []Mark{c}
				}
				break
			}
		}
	}
	return pl
}

// narrow returns the span of words inside [start, end) of the Analysis
// text (a quote's span may hold its quotation marks and cue; the sidebar
// highlights the words), or the span itself when the words are not there.
func (p *placer) narrow(start, end int, words string) (int, int) {
	w := []rune(words)
	if len(w) == 0 {
		return start, end
	}
	var span []rune
	first := sort.Search(len(p.paras), func(i int) bool { return p.paras[i].End > start })
	from := start
	for i := first; i < len(p.paras) && p.paras[i].Start < end; i++ {
		para := p.paras[i]
		if i > first {
			span = append(span, '\n')
		} else {
			from = max(start, para.Start)
		}
		s, e := max(start, para.Start)-para.Start, min(end, para.End)-para.Start
		if e > s {
			span = append(span, p.textOf(i)[s:e]...)
		}
	}
	for k := 0; k+len(w) <= len(span); k++ {
		if equalRunes(span[k:k+len(w)], w) {
			return from + k, from + k + len(w)
		}
	}
	return start, end
}

func (p *placer) sentences(i int) []text.Span {
	ss, ok := p.sents[i]
	if !ok {
		ss = text.Sentences(p.paras[i].Text)
		p.sents[i] = ss
	}
	return ss
}

func equalRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
