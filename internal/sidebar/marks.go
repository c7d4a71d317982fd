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

// placer maps Analysis text offsets to marks. It decodes only the
// paragraphs that hold something to place.
type placer struct {
	paras []text.Para
	runes [][]rune      // paragraph index → its text as code points, once asked for
	sents [][]text.Span // paragraph index → its sentences, once asked for
	// One element can hold several paragraphs (lines split at <br>): a
	// mark counts occurrences over all of the element's text, as the live
	// page has it.
	prevSame, nextSame []int              // paragraph index → the element's previous / next paragraph (-1: none)
	nodeText           map[int][]rune     // node id → its paragraphs' text, joined by "\n", once asked for
	base               []int              // paragraph index → offset of its text in nodeText
	indexes            map[int]*runeIndex // node id → the index of a long nodeText
}

func newPlacer(paras []text.Para) *placer {
	n := len(paras)
	p := &placer{paras: paras, runes: make([][]rune, n), sents: make([][]text.Span, n),
		prevSame: make([]int, n), nextSame: make([]int, n), nodeText: map[int][]rune{}, base: make([]int, n)}
	last := make(map[int]int, n) // node id → its last paragraph so far
	for i, para := range paras {
		p.prevSame[i], p.nextSame[i] = -1, -1
		if j, ok := last[para.Node]; ok {
			p.prevSame[i], p.nextSame[j] = j, i
		}
		last[para.Node] = i
	}
	return p
}

// nodeTextOf returns the text of paragraph i's element (see nodeText) and
// sets base for its paragraphs.
func (p *placer) nodeTextOf(i int) []rune {
	node := p.paras[i].Node
	if t, ok := p.nodeText[node]; ok {
		return t
	}
	first := i
	for p.prevSame[first] >= 0 {
		first = p.prevSame[first]
	}
	var t []rune
	if p.nextSame[first] < 0 {
		t = p.textOf(first) // the element's only paragraph
	} else {
		for j := first; j >= 0; j = p.nextSame[j] {
			if j != first {
				t = append(t, '\n')
			}
			p.base[j] = len(t)
			t = append(t, p.textOf(j)...)
		}
	}
	p.nodeText[node] = t
	return t
}

// para returns the index of the paragraph holding offset off, or -1.
func (p *placer) para(off int) int {
	i := sort.Search(len(p.paras), func(i int) bool { return p.paras[i].End > off })
	if i < len(p.paras) && p.paras[i].Start <= off {
		return i
	}
	return -1
}

// textOf is paragraph i's text as code points (not to be modified).
func (p *placer) textOf(i int) []rune {
	if p.runes[i] == nil {
		p.runes[i] = []rune(p.paras[i].Text)
	}
	rs := p.runes[i]
	return rs[:len(rs):len(rs)]
}

// mark describes [s, e) of paragraph i (offsets relative to the paragraph);
// Nth, Of and At count in the text of the paragraph's element.
func (p *placer) mark(i, s, e int) Mark {
	s, e = max(0, s), min(len(p.textOf(i)), e)
	needle := p.textOf(i)[s:e]
	rs := p.nodeTextOf(i)
	s += p.base[i]
	m := Mark{Node: p.paras[i].Node, Text: string(needle), At: s}
	if len(rs) >= indexedTextMin && len(needle) > 0 {
		m.Nth, m.Of = p.index(m.Node, rs).occurrences(rs, needle, s)
	} else {
		m.Nth, m.Of = occurrences(rs, needle, s)
	}
	return m
}

// indexedTextMin is the length (code points) from which an element's text
// is searched through a runeIndex: a page that holds its whole article in
// one element has a mark for each figure and quote in it.
const indexedTextMin = 2048

// index returns the runeIndex of the text rs of element node, made on
// first use.
func (p *placer) index(node int, rs []rune) *runeIndex {
	if p.indexes == nil {
		p.indexes = map[int]*runeIndex{}
	}
	x := p.indexes[node]
	if x == nil {
		x = newRuneIndex(rs)
		p.indexes[node] = x
	}
	return x
}

// runeIndexBuckets is the number of buckets of a runeIndex (a power of 2).
const runeIndexBuckets = 1024

// runeIndex lists the positions of a text's code points by bucket (the
// code point's low bits), each bucket in text order: a search visits the
// positions whose code point may start the needle, not every position.
type runeIndex struct {
	start [runeIndexBuckets + 1]int32 // bucket b is pos[start[b]:start[b+1]]
	pos   []int32
}

func newRuneIndex(rs []rune) *runeIndex {
	x := &runeIndex{pos: make([]int32, len(rs))}
	// a counting sort: sizes, then starts, then the positions in order
	for _, r := range rs {
		x.start[r&(runeIndexBuckets-1)+1]++
	}
	for b := 1; b <= runeIndexBuckets; b++ {
		x.start[b] += x.start[b-1]
	}
	next := x.start
	for k, r := range rs {
		b := r & (runeIndexBuckets - 1)
		x.pos[next[b]] = int32(k)
		next[b]++
	}
	return x
}

// occurrences is occurrences(rs, needle, before) for the indexed text rs
// and a non-empty needle.
func (x *runeIndex) occurrences(rs, needle []rune, before int) (nth, of int) {
	b := needle[0] & (runeIndexBuckets - 1)
	from := 0 // matches do not overlap: the next may start here
	for _, k32 := range x.pos[x.start[b]:x.start[b+1]] {
		k := int(k32)
		if k < from || k+len(needle) > len(rs) || rs[k] != needle[0] || !equalRunes(rs[k:k+len(needle)], needle) {
			continue
		}
		if k < before {
			nth++
		}
		of++
		from = k + len(needle)
	}
	return nth, of
}

// occurrences counts the non-overlapping occurrences of needle in rs (of)
// and those of them that start before offset before (nth). The loop tests
// the first rune before comparing the rest: most positions fail there.
func occurrences(rs, needle []rune, before int) (nth, of int) {
	if len(needle) == 0 {
		// the empty needle is found at every position
		of = len(rs) + 1
		return min(max(before, 0), of), of
	}
	first := needle[0]
	for k := 0; k+len(needle) <= len(rs); {
		if rs[k] == first && equalRunes(rs[k:k+len(needle)], needle) {
			if k < before {
				nth++
			}
			of++
			k += len(needle)
			continue
		}
		k++
	}
	return nth, of
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
	if p.sents[i] == nil {
		p.sents[i] = text.Sentences(p.paras[i].Text)
		if p.sents[i] == nil {
			p.sents[i] = []text.Span{}
		}
	}
	return p.sents[i]
}

func equalRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
