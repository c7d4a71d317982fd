// Package wire is the format in which the content script hands the live page
// to the core: the element tree of the DOM, as the browser already parsed it,
// in one flat string the core turns back into an *html.Node tree in a single
// pass. It replaces re-serialising the page to HTML and re-parsing it with the
// HTML5 parser: in WASM, x/net/html's tokenizer and tree builder were the
// largest part of a click's analysis time, and the live tree is also what the
// page really is (no parser repairs, no 512-deep limit).
//
// Tokens start with a marker byte; what follows runs to the next marker:
//
//	\x01 name        start of an element (HTML); "ns name" for svg and math roots
//	\x02 name        an attribute of the element just started …
//	\x03 value       … and its value
//	\x04 text        a text node (adjacent ones are joined, as a parser does)
//	\x05             end of the current element
//	\x07 n           n elements were numbered but not sent (a drawing's content)
//	\x08 name        the doctype
//
// Marker bytes (\x00–\x08) inside names, values and text are escaped as \x06
// followed by the byte plus 0x40. Elements are numbered in document order, as
// the content script numbers them (document.getElementsByTagName('*')); the
// decoder writes the number as the data-lede-id attribute the core reads,
// ahead of the element's own attributes (data-lede-hidden, data-lede-fixed
// and the page's).
//
// content.js writes the format from the live DOM; Encode writes it from a
// parsed tree (for tests and benchmarks).
package wire

import (
	"errors"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Marker bytes.
const (
	mElem    = '\x01'
	mAttr    = '\x02'
	mVal     = '\x03'
	mText    = '\x04'
	mEnd     = '\x05'
	mEscape  = '\x06'
	mSkip    = '\x07'
	mDoctype = '\x08'
	lastMark = '\x08'
)

// AttrID is the attribute the decoder numbers elements with (dom.AttrID).
const AttrID = "data-lede-id"

// Prefix starts every wire string, so a receiver can tell it from HTML.
const Prefix = "\x00lede-wire-1"

// IsWire reports whether s is in the wire format.
func IsWire(s string) bool { return strings.HasPrefix(s, Prefix) }

var errFormat = errors.New("wire: malformed page")

// Decode builds the document tree from s.
func Decode(s string) (*html.Node, error) {
	if !IsWire(s) {
		return nil, errors.New("wire: not a page in the wire format")
	}
	d := decoder{s: s, i: len(Prefix)}
	return d.run()
}

type decoder struct {
	s     string
	i     int
	atoms atomCache
}

// atomCache remembers the atoms of the tag names met last, in slots chosen
// by the name's length and end bytes: a page uses few names, and a string
// comparison is cheaper than hashing the name (in WASM, without AES, string
// hashing is slow).
type atomCache [64]struct {
	name string
	atom atom.Atom
}

func (c *atomCache) lookup(name string) atom.Atom {
	if name == "" {
		return 0
	}
	e := &c[(len(name)*7+int(name[0])+int(name[len(name)-1]))&63]
	if e.name != name {
		e.name, e.atom = name, atom.Lookup([]byte(name))
	}
	return e.atom
}

// next returns the content up to the next marker, unescaped.
func (d *decoder) next() string {
	// the scan runs on locals, not the decoder's fields (the hottest loop
	// of the decoder: every byte of the page passes here)
	s, i := d.s, d.i
	start := i
	esc := false
	for i < len(s) {
		c := s[i]
		if c <= lastMark {
			if c != mEscape {
				break
			}
			esc = true
			i++ // the escaped byte is content
		}
		i++
	}
	d.i = min(i, len(s))
	raw := s[start:d.i]
	if !esc {
		return raw
	}
	var b strings.Builder
	b.Grow(len(raw))
	for j := 0; j < len(raw); j++ {
		if raw[j] == mEscape && j+1 < len(raw) {
			j++
			b.WriteByte(raw[j] - 0x40)
			continue
		}
		b.WriteByte(raw[j])
	}
	return b.String()
}

// slabSize is how many nodes (and attributes) are allocated at once: one
// allocation per slab instead of one per node.
const slabSize = 256

func (d *decoder) run() (*html.Node, error) {
	// The element numbers, written as the data-lede-id values, are
	// substrings of strings made a block at a time: one allocation per
	// block instead of one per element, and no pass to count the elements.
	var ids numbers
	var nodes []html.Node
	var attrs []html.Attribute
	newNode := func() *html.Node {
		if len(nodes) == cap(nodes) {
			nodes = make([]html.Node, 0, slabSize)
		}
		nodes = nodes[:len(nodes)+1]
		return &nodes[len(nodes)-1]
	}
	doc := &html.Node{Type: html.DocumentNode}
	cur := doc
	id := 0
	for d.i < len(d.s) {
		m := d.s[d.i]
		d.i++
		switch m {
		case mElem:
			name := d.next()
			n := newNode()
			n.Type, n.Data = html.ElementNode, name
			if sp := strings.IndexByte(name, ' '); sp >= 0 {
				n.Namespace, n.Data = name[:sp], name[sp+1:]
			}
			n.DataAtom = d.atoms.lookup(n.Data)
			// The attributes: the number first, then what follows. When the
			// slab fills up, the element's attributes so far move to a new
			// one, so that they stay together.
			start := len(attrs)
			addAttr := func(a html.Attribute) {
				if len(attrs) == cap(attrs) {
					moved := make([]html.Attribute, 0, max(slabSize, 2*(len(attrs)-start)))
					attrs, start = append(moved, attrs[start:]...), 0
				}
				attrs = append(attrs, a)
			}
			addAttr(html.Attribute{Key: AttrID, Val: ids.get(id)})
			id++
			for d.i < len(d.s) && d.s[d.i] == mAttr {
				d.i++
				key := d.next()
				val := ""
				if d.i < len(d.s) && d.s[d.i] == mVal {
					d.i++
					val = d.next()
				}
				addAttr(html.Attribute{Key: key, Val: val})
			}
			n.Attr = attrs[start:len(attrs):len(attrs)]
			cur.AppendChild(n)
			cur = n
		case mText:
			t := d.next()
			if last := cur.LastChild; last != nil && last.Type == html.TextNode {
				last.Data += t
			} else if cur != doc {
				n := newNode()
				n.Type, n.Data = html.TextNode, t
				cur.AppendChild(n)
			}
		case mEnd:
			if cur == doc {
				return nil, errFormat
			}
			cur = cur.Parent
		case mSkip:
			n, err := strconv.Atoi(d.next())
			if err != nil || n < 0 {
				return nil, errFormat
			}
			id += n
		case mDoctype:
			doc.AppendChild(&html.Node{Type: html.DoctypeNode, Data: d.next()})
		default:
			return nil, errFormat
		}
	}
	if cur != doc {
		return nil, errors.New("wire: the page ends inside an element")
	}
	return doc, nil
}

// numberBlock is how many element numbers are made at once.
const numberBlock = 512

// numbers hands out decimal numbers as substrings of one string that holds
// a block of consecutive numbers.
type numbers struct {
	first int     // the number the block starts with
	all   string  // the block's numbers, one after another
	ends  []int32 // ends[j]: the end of number first+j in all
}

// get is the number i as a string; past the block, it makes the block of
// numberBlock numbers that starts at i.
func (s *numbers) get(i int) string {
	j := i - s.first
	if j < 0 || j >= len(s.ends) {
		*s = numberStrings(i, numberBlock)
		j = 0
	}
	start := int32(0)
	if j > 0 {
		start = s.ends[j-1]
	}
	return s.all[start:s.ends[j]]
}

// numberStrings makes the block of the n numbers from first on.
func numberStrings(first, n int) numbers {
	var b strings.Builder
	b.Grow(n * len(strconv.Itoa(first+n)))
	ends := make([]int32, n)
	var buf [20]byte
	for j := range n {
		b.Write(strconv.AppendInt(buf[:0], int64(first+j), 10))
		ends[j] = int32(b.Len())
	}
	return numbers{first, b.String(), ends}
}

// Encode writes the tree under doc in the wire format, as content.js does
// for a live page: elements, their attributes and text; no comments; the
// content of script, style and template left out (JSON-LD kept); the content
// of svg and math numbered but not sent.
func Encode(doc *html.Node) string {
	var b strings.Builder
	b.WriteString(Prefix)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.DoctypeNode:
				b.WriteByte(mDoctype)
				writeEscaped(&b, c.Data)
			case html.TextNode:
				if n.Type == html.DocumentNode {
					continue
				}
				b.WriteByte(mText)
				writeEscaped(&b, c.Data)
			case html.ElementNode:
				b.WriteByte(mElem)
				if c.Namespace != "" {
					b.WriteString(c.Namespace)
					b.WriteByte(' ')
				}
				writeEscaped(&b, c.Data)
				for _, a := range c.Attr {
					if a.Key == AttrID {
						continue
					}
					b.WriteByte(mAttr)
					writeEscaped(&b, a.Key)
					b.WriteByte(mVal)
					writeEscaped(&b, a.Val)
				}
				switch {
				case c.Namespace != "":
					skipped := count(c) - 1
					b.WriteByte(mEnd)
					if skipped > 0 {
						b.WriteByte(mSkip)
						b.WriteString(strconv.Itoa(skipped))
					}
					continue
				case c.DataAtom == atom.Script:
					if strings.EqualFold(attr(c, "type"), "application/ld+json") && c.FirstChild != nil {
						b.WriteByte(mText)
						writeEscaped(&b, c.FirstChild.Data)
					}
				case c.DataAtom == atom.Style || c.DataAtom == atom.Template:
				default:
					walk(c)
				}
				b.WriteByte(mEnd)
			}
		}
	}
	walk(doc)
	return b.String()
}

func count(n *html.Node) int {
	k := 0
	if n.Type == html.ElementNode {
		k++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += count(c)
	}
	return k
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func writeEscaped(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= lastMark {
			b.WriteString(s[start:i])
			b.WriteByte(mEscape)
			b.WriteByte(c + 0x40)
			start = i + 1
		}
	}
	b.WriteString(s[start:])
}
