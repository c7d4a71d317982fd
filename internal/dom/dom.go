// Package dom parses HTML into a tree whose elements carry stable node ids and
// cached text statistics, so the extraction stages can score every element in
// one pass without recomputing text content (no O(n²) textContent walks).
//
// Node ids: the content script serialises the live page with a data-lede-id
// attribute on every element (its index in document order) plus the facts only
// the live page knows (data-lede-hidden for elements that are not rendered,
// data-lede-fixed for fixed/sticky overlays). A plain HTML file has no such
// attributes; its elements are numbered in document order, which is the order
// of document.getElementsByTagName('*') in a browser.
package dom

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Attribute names shared with extension/content.js. Keep them in sync.
const (
	AttrID     = "data-lede-id"     // element's node id (document order)
	AttrHidden = "data-lede-hidden" // present when the live page does not render the element
	AttrFixed  = "data-lede-fixed"  // "fixed" or "sticky": a positioned overlay in the live page
)

// TextStats are the statistics of some text. Lengths count characters
// (runes) with whitespace runs collapsed to one.
type TextStats struct {
	TextLen int // characters of visible-ish text
	Punct   int // sentence/comma punctuation: , ， 、 ； ; 。 . ! ？ … :
	Commas  int // clause punctuation only: , ， 、 ； ; 。
	HanLen  int // Han characters (CJK ideographs)
	Words   int // latin-script word count (runs of letters/digits)
}

// Stats are text and element statistics over a subtree. Text excludes
// script, style, template and other non-content elements.
type Stats struct {
	TextStats
	LinkLen     int // characters of text inside <a href>
	HashLinkLen int // characters of text inside in-page links (<a href="#…">)

	// Element counts in the subtree, the element itself included.
	Ps, Imgs, Lis, Inputs, Embeds, Links int
	HeadingLen                           int // characters inside h1–h6
}

// Add accumulates o into s.
func (s *Stats) Add(o *Stats) {
	s.TextLen += o.TextLen
	s.LinkLen += o.LinkLen
	s.HashLinkLen += o.HashLinkLen
	s.Punct += o.Punct
	s.Commas += o.Commas
	s.HanLen += o.HanLen
	s.Words += o.Words
	s.Ps += o.Ps
	s.Imgs += o.Imgs
	s.Lis += o.Lis
	s.Inputs += o.Inputs
	s.Embeds += o.Embeds
	s.Links += o.Links
	s.HeadingLen += o.HeadingLen
}

// LinkDensity is the share of the text inside links, in-page (#) links
// weighing 0.3 as in Readability.
func (s *Stats) LinkDensity() float64 {
	if s.TextLen == 0 {
		return 0
	}
	return (float64(s.LinkLen-s.HashLinkLen) + 0.3*float64(s.HashLinkLen)) / float64(s.TextLen)
}

// Elem is one element of the document with its cached statistics.
type Elem struct {
	Node   *html.Node
	ID     int   // node id used to address the element in the live page
	Index  int   // position in Doc.Elems (document order)
	Parent *Elem // nil for the root element
	Depth  int
	// End is the index after the element's last descendant: the subtree of
	// Elems[i] is Elems[i:Elems[i].End].
	End int

	// Live-page facts (only set when the content script supplied them).
	Hidden bool   // not rendered (display:none, visibility:hidden, zero size…)
	Fixed  string // "fixed" or "sticky" when positioned as an overlay

	Stats           // over the subtree
	Own   TextStats // text directly inside the element
	// NonContent is set on elements whose text is not reader-visible content
	// (script, style, template, head, …); their Stats are kept but not added
	// to their ancestors.
	NonContent bool
	Children   []*Elem
}

// Doc is a parsed document.
type Doc struct {
	Root   *html.Node // the document node
	Elems  []*Elem    // every element in document order
	byNode map[*html.Node]*Elem
	byID   map[int]*Elem
	// HasLiveIDs reports whether ids came from data-lede-id attributes.
	HasLiveIDs bool
}

// Parse parses src and builds the element index with cached statistics.
// x/net/html refuses documents nested deeper than 512 elements, which
// browsers render; such a document is parsed again with the elements below
// depth MaxDepth unwrapped (their content kept in place).
func Parse(src string) (*Doc, error) {
	root, err := html.Parse(strings.NewReader(src))
	// the tree builder adds implied elements (tbody, html, body…) to the
	// tokenizer's count: clamp harder until it fits
	for depth := MaxDepth; err != nil && strings.Contains(err.Error(), "exceeds 512") && depth >= 32; depth /= 2 {
		root, err = html.Parse(strings.NewReader(ClampDepth(src, depth)))
	}
	if err != nil {
		return nil, err
	}
	return FromNode(root), nil
}

// MaxDepth is the nesting ClampDepth keeps first: below x/net/html's limit of
// 512 with room for the elements the tree builder adds.
const MaxDepth = 400

// ClampDepth drops the start and end tags of elements nested deeper than max
// (by a tokenizer's count of open tags), keeping their content.
func ClampDepth(src string, max int) string {
	type open struct {
		name    string
		dropped bool
	}
	var stack []open
	var out strings.Builder
	out.Grow(len(src))
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				out.Write(raw)
				continue
			}
			drop := len(stack) >= max
			stack = append(stack, open{string(name), drop})
			if !drop {
				out.Write(raw)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(stack) - 1
			for i >= 0 && stack[i].name != string(name) {
				i--
			}
			if i < 0 {
				out.Write(raw)
				continue
			}
			dropped := stack[i].dropped
			stack = stack[:i]
			if !dropped {
				out.Write(raw)
			}
		default:
			out.Write(raw)
		}
	}
}

var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true, "keygen": true}

// FromNode indexes an already parsed tree. It counts the elements first, so
// that they, the document-order index and every element's list of children
// each take one allocation of the right size.
func FromNode(root *html.Node) *Doc {
	n := countElements(root)
	d := &Doc{Root: root, Elems: make([]*Elem, 0, n)}
	slab := make([]Elem, n)
	kids := make([]*Elem, n) // every element is one element's child (or the root's)
	var walk func(n *html.Node, parent *Elem, depth int)
	walk = func(n *html.Node, parent *Elem, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				if c.Type == html.TextNode && parent != nil {
					parent.Own.AddText(c.Data)
				}
				continue
			}
			e := &slab[len(d.Elems)]
			*e = Elem{Node: c, Index: len(d.Elems), Parent: parent, Depth: depth}
			e.ID = e.Index
			e.NonContent = skipText(c.DataAtom)
			for _, a := range c.Attr {
				switch a.Key {
				case AttrID:
					if v, err := strconv.Atoi(a.Val); err == nil {
						e.ID = v
						d.HasLiveIDs = true
					}
				case AttrHidden:
					e.Hidden = true
				case AttrFixed:
					e.Fixed = a.Val
				}
			}
			d.Elems = append(d.Elems, e)
			if parent != nil {
				parent.Children = append(parent.Children, e)
			}
			if k := countChildElements(c); k > 0 {
				e.Children, kids = kids[:0:k], kids[k:]
			}
			walk(c, e, depth+1)
			e.End = len(d.Elems)
			e.finish()
			if parent != nil && !e.NonContent {
				parent.Stats.Add(&e.Stats)
			}
		}
	}
	walk(root, nil, 0)
	return d
}

// countElements counts the elements under n.
func countElements(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k += 1 + countElements(c)
		}
	}
	return k
}

func countChildElements(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k
}

// finish adds the element's own text and its own counts to its subtree
// statistics (its children were added as they closed).
func (e *Elem) finish() {
	e.AddOwn(&e.Stats)
	e.Rollup(&e.Stats)
}

// AddOwn adds the element's own text to s.
func (e *Elem) AddOwn(s *Stats) {
	s.TextLen += e.Own.TextLen
	s.Punct += e.Own.Punct
	s.Commas += e.Own.Commas
	s.HanLen += e.Own.HanLen
	s.Words += e.Own.Words
}

// Rollup applies what the element itself contributes to s, the statistics of
// its own text plus its children: element counts and link text. Stages that
// recompute statistics over a pruned tree call it to stay consistent.
func (e *Elem) Rollup(s *Stats) {
	switch e.Node.DataAtom {
	case atom.P:
		s.Ps++
	case atom.Img, atom.Picture:
		s.Imgs++
	case atom.Li:
		s.Lis++
	case atom.Input, atom.Textarea, atom.Select, atom.Button:
		s.Inputs++
	case atom.Embed, atom.Object, atom.Iframe:
		s.Embeds++
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		s.HeadingLen = s.TextLen
	case atom.A:
		if href, ok := AttrOK(e.Node, "href"); ok {
			s.Links++
			if IsProse(s) {
				break // a whole article wrapped in a link is not link text
			}
			s.LinkLen = s.TextLen
			if strings.HasPrefix(strings.TrimSpace(href), "#") {
				s.HashLinkLen = s.TextLen
			}
		}
	}
}

// A link holding at least ProseLinkMinLen weighted characters (Han count
// triple) and ProseLinkMinCommas clause marks is prose that happens to be
// clickable, not navigation: its text does not count as link text.
const (
	ProseLinkMinLen    = 300
	ProseLinkMinCommas = 4
)

// IsProse reports whether statistics s describe prose rather than a link label.
func IsProse(s *Stats) bool {
	return s.TextLen+2*s.HanLen >= ProseLinkMinLen && s.Commas >= ProseLinkMinCommas
}

// skipText reports elements whose text is not reader-visible content.
func skipText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title, atom.Iframe, atom.Object, atom.Svg, atom.Math, atom.Select, atom.Textarea, atom.Option,
		atom.Rt, atom.Rp: // ruby annotations (furigana, pinyin) are not the text
		return true
	}
	return false
}

// IsPunct reports punctuation that marks clauses and sentences in English and
// Chinese text; it feeds the punctuation density scores.
func IsPunct(r rune) bool {
	switch r {
	case ',', ';', '.', '!', '?', '，', '、', '；', '。', '！', '？', '…', '：', ':', '．':
		return true
	}
	return false
}

// IsComma reports clause punctuation: the commas of Readability's scoring,
// with the Chinese comma, enumeration comma, semicolon and full stop counted
// alike (a Chinese sentence carries fewer commas than an English one of the
// same content).
func IsComma(r rune) bool {
	switch r {
	case ',', '，', '、', '；', ';', '。', '،', '﹐', '﹑', '︐', '︑':
		return true
	}
	return false
}

// IsHan reports CJK ideographs.
func IsHan(r rune) bool {
	if r < 0x2e80 {
		return false
	}
	if r >= 0x4e00 && r <= 0x9fff {
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// IsSpace reports the whitespace that text collapsing folds into one space:
// ASCII space, \n, \t, \r, \f (not \v), and Unicode's other white space.
func IsSpace(r rune) bool {
	if r < 0x80 {
		return uint32(r) <= ' ' && asciiSpaces&(1<<uint32(r)) != 0
	}
	return isSpaceNonASCII(r)
}

// asciiSpaces has a bit set for each ASCII space IsSpace reports.
const asciiSpaces = 1<<' ' | 1<<'\n' | 1<<'\t' | 1<<'\r' | 1<<'\f'

// isSpaceNonASCII is IsSpace above ASCII: U+0085, U+00A0, and Unicode's
// White_Space from U+1680 to U+3000 (none between or above). It is not
// inlined, so that IsSpace is.
//
//go:noinline
func isSpaceNonASCII(r rune) bool {
	switch {
	case r < 0x1680:
		return r == 0x85 || r == 0xa0
	case r > 0x3000:
		return false
	}
	return unicode.IsSpace(r)
}

// ASCII character classes for AddText.
const (
	aOther = iota
	aSpace
	aPunct // sentence punctuation: . ! ? :
	aComma // clause punctuation: , ;
	aWord  // letters and digits
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		r := rune(c)
		switch {
		case IsSpace(r):
			t[c] = aSpace
		case r == ',' || r == ';':
			t[c] = aComma
		case IsPunct(r):
			t[c] = aPunct
		case r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			t[c] = aWord
		}
	}
	return t
}()

// AddText adds the statistics of the text str (one text node) to s. A comma
// counts only after a word in the same text node: separators between links
// ("A 、 B 、 C" in a tag cloud) are not clause punctuation.
func (s *TextStats) AddText(str string) {
	t := *s // counted in a local copy, written back at the end: the fields stay out of memory in the loop
	space := true
	inWord := false
	word := false // a letter or ideograph since the last counted comma
	for i := 0; i < len(str); {
		c := str[i]
		if c < utf8.RuneSelf {
			i++
			switch asciiClass[c] {
			case aSpace:
				if !space {
					t.TextLen++
					space = true
				}
				inWord = false
			case aComma:
				space = false
				t.TextLen++
				if word {
					t.Punct++
					t.Commas++
					word = false
				}
				inWord = false
			case aPunct:
				space = false
				t.TextLen++
				if word {
					t.Punct++
				}
				inWord = false
			case aWord:
				space = false
				t.TextLen++
				word = true
				if !inWord {
					t.Words++
				}
				inWord = true
			default:
				space = false
				t.TextLen++
				inWord = false
			}
			continue
		}
		if c >= 0xe4 && c <= 0xe9 && i+2 < len(str) && str[i+1]&0xc0 == 0x80 && str[i+2]&0xc0 == 0x80 &&
			rune(c&0x0f)<<12|rune(str[i+1]&0x3f)<<6 >= 0x4e00 {
			// U+4E00–U+9FFF, the main block of ideographs, the usual
			// character of a Chinese page (decoded here: it is well formed
			// and in the block): no space or punctuation, Han (as below)
			i += 3
			space = false
			t.TextLen++
			t.HanLen++
			word = true
			inWord = false
			continue
		}
		r, size := utf8.DecodeRuneInString(str[i:])
		i += size
		if IsSpace(r) {
			if !space {
				t.TextLen++
				space = true
			}
			inWord = false
			continue
		}
		space = false
		t.TextLen++
		if IsPunct(r) || IsComma(r) {
			if word {
				t.Punct++
				if IsComma(r) {
					t.Commas++
					word = false
				}
			}
			inWord = false
		} else if IsHan(r) {
			t.HanLen++
			word = true
			inWord = false
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = true
			if !inWord {
				t.Words++
			}
			inWord = true
		} else {
			inWord = false
		}
	}
	*s = t
}

// Elem returns the indexed element for n, or nil. The map behind it is made
// on the first call: loops over an element's children use ChildElems.
func (d *Doc) Elem(n *html.Node) *Elem {
	if d.byNode == nil {
		d.byNode = make(map[*html.Node]*Elem, len(d.Elems))
		for _, e := range d.Elems {
			d.byNode[e.Node] = e
		}
	}
	return d.byNode[n]
}

// ChildElems hands out the Elems of a node's element children while a loop
// walks its child nodes in order: they are the parent Elem's Children, in
// order, so no node is looked up (in WASM, hashing a pointer is slow).
type ChildElems struct {
	doc  *Doc
	next []*Elem
}

// ChildElems returns the Elems of e's element children, for a walk of
// e.Node's children.
func (d *Doc) ChildElems(e *Elem) ChildElems { return ChildElems{d, e.Children} }

// SiblingElemsAfter returns the Elems of the element siblings after e, for
// a walk from e.Node.NextSibling on.
func (d *Doc) SiblingElemsAfter(e *Elem) ChildElems {
	if e.Parent == nil {
		return ChildElems{doc: d}
	}
	sibs := e.Parent.Children
	k := sort.Search(len(sibs), func(i int) bool { return sibs[i].Index > e.Index })
	return ChildElems{d, sibs[k:]}
}

// Of returns the Elem of c, the next element node of the walk (looked up in
// the Doc when the walk's nodes are not where its Elems say).
func (ce *ChildElems) Of(c *html.Node) *Elem {
	if len(ce.next) > 0 && ce.next[0].Node == c {
		e := ce.next[0]
		ce.next = ce.next[1:]
		return e
	}
	return ce.doc.Elem(c)
}

// ByID returns the element with node id id, or nil.
func (d *Doc) ByID(id int) *Elem {
	if d.byID == nil {
		d.byID = make(map[int]*Elem, len(d.Elems))
		for _, e := range d.Elems {
			d.byID[e.ID] = e
		}
	}
	return d.byID[id]
}

// Body returns the <body> element, or the root element when there is none.
func (d *Doc) Body() *Elem {
	for _, e := range d.Elems {
		if e.Node.DataAtom == atom.Body {
			return e
		}
	}
	if len(d.Elems) > 0 {
		return d.Elems[0]
	}
	return nil
}

// Contains reports whether o is e or one of its descendants.
func (e *Elem) Contains(o *Elem) bool {
	return o != nil && o.Index >= e.Index && o.Index < e.End
}

// Tag is the element's tag atom.
func (e *Elem) Tag() atom.Atom { return e.Node.DataAtom }

// Attr returns the value of attribute key on n ("" when absent).
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// AttrOK returns the value of attribute key on n and whether it is present.
func AttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// ClassID returns the element's class and id joined, lower-cased, for the
// class/id pattern tables of the extraction stages.
func ClassID(n *html.Node) string {
	var b strings.Builder
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(a.Val)
		}
	}
	return strings.ToLower(b.String())
}

// Text returns the reader-visible text of n's subtree with whitespace runs
// collapsed to single spaces and trimmed.
func Text(n *html.Node) string {
	var b strings.Builder
	b.Grow(textBytes(n)) // one allocation instead of the builder's doublings
	AppendText(&b, n)
	return strings.TrimSpace(b.String())
}

// textBytes is the length of the text AppendText reads under n: at least
// what it writes.
func textBytes(n *html.Node) int {
	switch n.Type {
	case html.TextNode:
		return len(n.Data)
	case html.ElementNode:
		if skipText(n.DataAtom) {
			return 0
		}
	}
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += textBytes(c)
	}
	return k
}

// AppendText appends n's collapsed text to b (not trimmed; a pending space is
// written only when b does not already end in one).
func AppendText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		AppendCollapsed(b, n.Data)
		return
	case html.ElementNode:
		if skipText(n.DataAtom) {
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		AppendText(b, c)
	}
}

// spaceLeadByte reports the first bytes of the UTF-8 forms of the white
// space above ASCII: U+0085 and U+00A0 (0xC2), U+1680 (0xE1), U+2000–U+205F
// (0xE2) and U+3000 (0xE3).
func spaceLeadByte(c byte) bool { return c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3 }

// AppendCollapsed appends s to b with whitespace runs collapsed to one space,
// never writing a space after a space already at the end of b. Text between
// whitespace is copied in one piece.
func AppendCollapsed(b *strings.Builder, s string) {
	str := b.String()
	space := len(str) == 0 || str[len(str)-1] == ' '
	run := -1 // start of the pending text without whitespace
	for i := 0; i < len(s); {
		c, size := s[i], 1
		white := false
		switch {
		case c < utf8.RuneSelf:
			white = IsSpace(rune(c))
		case spaceLeadByte(c):
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			white = IsSpace(r)
			// Any other byte is not white space, nor part of it: the
			// loop steps over a character's bytes without decoding it.
		}
		if white {
			if run >= 0 {
				b.WriteString(s[run:i])
				run, space = -1, false
			}
			if !space {
				b.WriteByte(' ')
				space = true
			}
		} else if run < 0 {
			run = i
		}
		i += size
	}
	if run >= 0 {
		b.WriteString(s[run:])
	}
}
