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

// Elem is one element of the document with its cached statistics.
type Elem struct {
	Node   *html.Node
	ID     int   // node id used to address the element in the live page
	Index  int   // position in Doc.Elems (document order)
	Parent *Elem // nil for the root element
	Depth  int

	// Live-page facts (only set when the content script supplied them).
	Hidden bool   // not rendered (display:none, visibility:hidden, zero size…)
	Fixed  string // "fixed" or "sticky" when positioned as an overlay

	// Text statistics over the element's subtree, excluding script, style,
	// template and other non-content text. Lengths count characters (runes)
	// with whitespace runs collapsed to one.
	TextLen  int // characters of visible-ish text
	LinkLen  int // characters of text inside <a href>
	Punct    int // sentence/comma punctuation: , ， 、 ； ; 。 . ! ？ …
	HanLen   int // Han characters (CJK ideographs)
	Words    int // latin-script word count (runs of letters/digits)
	Children []*Elem
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
func Parse(src string) (*Doc, error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, err
	}
	return FromNode(root), nil
}

// FromNode indexes an already parsed tree.
func FromNode(root *html.Node) *Doc {
	d := &Doc{Root: root, byNode: make(map[*html.Node]*Elem, 1024)}
	var walk func(n *html.Node, parent *Elem, depth int)
	walk = func(n *html.Node, parent *Elem, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				if c.Type == html.TextNode && parent != nil && !skipText(parent) {
					parent.addText(c.Data)
				}
				continue
			}
			e := &Elem{Node: c, Index: len(d.Elems), Parent: parent, Depth: depth}
			e.ID = e.Index
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
			d.byNode[c] = e
			if parent != nil {
				parent.Children = append(parent.Children, e)
			}
			walk(c, e, depth+1)
			if parent != nil && !skipText(e) {
				parent.TextLen += e.TextLen
				parent.LinkLen += e.LinkLen
				parent.Punct += e.Punct
				parent.HanLen += e.HanLen
				parent.Words += e.Words
			}
			if c.DataAtom == atom.A && hasAttr(c, "href") {
				e.LinkLen = e.TextLen
			}
		}
	}
	walk(root, nil, 0)
	return d
}

// skipText reports elements whose text is not reader-visible content.
func skipText(e *Elem) bool {
	switch e.Node.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title, atom.Iframe, atom.Object, atom.Svg, atom.Math, atom.Select, atom.Textarea:
		return true
	}
	return false
}

// IsPunct reports punctuation that marks clauses and sentences in English and
// Chinese text; it feeds the comma/punctuation density scores.
func IsPunct(r rune) bool {
	switch r {
	case ',', ';', '.', '!', '?', '，', '、', '；', '。', '！', '？', '…', '：', ':':
		return true
	}
	return false
}

// IsHan reports CJK ideographs.
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func (e *Elem) addText(s string) {
	space := true
	inWord := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == 0xa0 || (r > 0x7f && unicode.IsSpace(r)) {
			if !space {
				e.TextLen++
				space = true
			}
			inWord = false
			continue
		}
		space = false
		e.TextLen++
		if r < 0x80 {
			if IsPunct(r) {
				e.Punct++
			}
			isWord := r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if isWord && !inWord {
				e.Words++
			}
			inWord = isWord
			continue
		}
		if IsPunct(r) {
			e.Punct++
			inWord = false
		} else if IsHan(r) {
			e.HanLen++
			inWord = false
		} else if unicode.IsLetter(r) {
			if !inWord {
				e.Words++
			}
			inWord = true
		} else {
			inWord = false
		}
	}
}

// Elem returns the indexed element for n, or nil.
func (d *Doc) Elem(n *html.Node) *Elem { return d.byNode[n] }

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

// LinkDensity is the share of the element's text that sits inside links.
func (e *Elem) LinkDensity() float64 {
	if e.TextLen == 0 {
		return 0
	}
	return float64(e.LinkLen) / float64(e.TextLen)
}

// Contains reports whether o is e or one of its descendants.
func (e *Elem) Contains(o *Elem) bool {
	for ; o != nil; o = o.Parent {
		if o == e {
			return true
		}
		if o.Depth < e.Depth {
			return false
		}
	}
	return false
}

// Attr returns the value of attribute key on n ("" when absent).
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
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
