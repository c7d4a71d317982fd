package dom

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func TestStats(t *testing.T) {
	d, err := Parse(`<html><head><title>t</title><script>var x = "a, b, c";</script></head><body>
<div id="a"><p>One, two; three.</p><p>中文，逗号、顿号；分号。</p><a href="/x">link text</a> <a href="#top">top</a>
<p>蔡英文 、 <a href="/1">民進黨</a> 、 <a href="/2">國民黨</a></p></div></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	var div, p2, p3 *Elem
	ps := 0
	for _, e := range d.Elems {
		switch e.Tag().String() {
		case "div":
			div = e
		case "p":
			ps++
			if ps == 2 {
				p2 = e
			}
			if ps == 3 {
				p3 = e
			}
		}
	}
	if p2.TextLen != 12 || p2.HanLen != 8 || p2.Commas != 4 {
		t.Errorf("chinese paragraph: len %d han %d commas %d", p2.TextLen, p2.HanLen, p2.Commas)
	}
	if p3.Commas != 1 { // only the comma after a word in its own text node
		t.Errorf("separators between links counted as commas: %d", p3.Commas)
	}
	if div.Ps != 3 || div.Links != 4 || div.HashLinkLen != 3 || div.LinkLen != 9+3+3+3 {
		t.Errorf("div: ps %d links %d hash %d linklen %d", div.Ps, div.Links, div.HashLinkLen, div.LinkLen)
	}
	if div.Words < 5 {
		t.Errorf("words %d", div.Words)
	}
	// script text is not content
	for _, e := range d.Elems {
		if e.Tag().String() == "head" && e.Parent != nil && e.Parent.TextLen > div.TextLen+5 {
			t.Errorf("head text leaked into the html element statistics")
		}
	}
	if got := Text(div.Node); got == "" || got[:4] != "One," {
		t.Errorf("Text = %q", got)
	}
}

func TestLiveIDs(t *testing.T) {
	d, _ := Parse(`<html data-lede-id="0"><body data-lede-id="2"><div data-lede-id="7" data-lede-hidden><p data-lede-id="8">x</p></div><div data-lede-id="9" data-lede-fixed="sticky"></div></body></html>`)
	if !d.HasLiveIDs || d.ByID(7) == nil || !d.ByID(7).Hidden || d.ByID(9).Fixed != "sticky" {
		t.Errorf("live ids/marks not read")
	}
	if !d.ByID(7).Contains(d.ByID(8)) || d.ByID(8).Contains(d.ByID(7)) {
		t.Error("Contains")
	}
}

func TestProseLink(t *testing.T) {
	long := "这是一段很长的正文，被整个放进了一个链接里面，但是它仍然是文章的正文，不是导航链接，所以不能算作链接文字。这样的页面确实存在，读者看到的是正文。"
	d, _ := Parse(`<body><div><a href="/a">` + long + long + `</a></div><div><a href="/b">短链接</a></div></body>`)
	for _, e := range d.Elems {
		if e.Tag().String() == "a" {
			if e.TextLen > 100 && e.LinkLen != 0 {
				t.Errorf("prose in a link counted as link text")
			}
			if e.TextLen < 10 && e.LinkLen != e.TextLen {
				t.Errorf("a short link is link text")
			}
		}
	}
}

func TestDeepNesting(t *testing.T) {
	src := "<html><body>" + strings.Repeat("<div>", 2000) + "<p>deep text</p>" + strings.Repeat("</div>", 2000) + "<p>after</p></body></html>"
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	body := d.Body()
	if got := Text(body.Node); got != "deep text after" && got != "deep textafter" {
		t.Errorf("text %q", got)
	}
	depth := 0
	for _, e := range d.Elems {
		depth = max(depth, e.Depth)
	}
	if depth > 512 {
		t.Errorf("depth %d", depth)
	}
}

// appendCollapsedRune is AppendCollapsed rune by rune, as it reads.
func appendCollapsedRune(b *strings.Builder, s string) {
	str := b.String()
	space := len(str) == 0 || str[len(str)-1] == ' '
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				space = true
			}
		} else {
			b.WriteString(s[i : i+size])
			space = false
		}
		i += size
	}
}

func TestAppendCollapsed(t *testing.T) {
	pieces := []string{"", " ", "  ", "\n\t", "\u00a0", "\u3000", "a", "bc", "中文", "\xff", "\xe4\xb8", "x y", " z ", "\v", "\u2028"}
	rng := rand.New(rand.NewSource(6))
	for i := 0; i < 20000; i++ {
		var prefix, s strings.Builder
		for k := rng.Intn(3); k > 0; k-- {
			prefix.WriteString(pieces[rng.Intn(len(pieces))])
		}
		for k := rng.Intn(8); k > 0; k-- {
			s.WriteString(pieces[rng.Intn(len(pieces))])
		}
		var got, want strings.Builder
		got.WriteString(prefix.String())
		want.WriteString(prefix.String())
		AppendCollapsed(&got, s.String())
		appendCollapsedRune(&want, s.String())
		if got.String() != want.String() {
			t.Fatalf("AppendCollapsed(%q, %q) = %q, want %q", prefix.String(), s.String(), got.String(), want.String())
		}
	}
}

// isSpaceReference and addTextReference are IsSpace and AddText as first
// written, rune by rune with switches; the table-driven ones must agree.
func isSpaceReference(r rune) bool {
	switch r {
	case ' ', '\n', '\t', '\r', '\f', 0xa0:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

func addTextReference(s *TextStats, str string) {
	space, inWord, word := true, false, false
	for i := 0; i < len(str); {
		r, size := rune(str[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(str[i:])
		}
		i += size
		if isSpaceReference(r) {
			if !space {
				s.TextLen++
				space = true
			}
			inWord = false
			continue
		}
		space = false
		s.TextLen++
		if r < 0x80 {
			if IsPunct(r) {
				if word {
					s.Punct++
					if r == ',' || r == ';' {
						s.Commas++
						word = false
					}
				}
				inWord = false
				continue
			}
			isWord := r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if isWord {
				word = true
				if !inWord {
					s.Words++
				}
			}
			inWord = isWord
			continue
		}
		if IsPunct(r) || IsComma(r) {
			if word {
				s.Punct++
				if IsComma(r) {
					s.Commas++
					word = false
				}
			}
			inWord = false
		} else if IsHan(r) {
			s.HanLen++
			word = true
			inWord = false
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = true
			if !inWord {
				s.Words++
			}
			inWord = true
		} else {
			inWord = false
		}
	}
}

func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if IsSpace(r) != isSpaceReference(r) {
			t.Fatalf("IsSpace(%U) = %v, want %v", r, IsSpace(r), isSpaceReference(r))
		}
	}
}

func TestAddText(t *testing.T) {
	pieces := []string{" ", "  ", "\n", "\v", "\u00a0", "\u3000", "\u0085", "a", "Bc", "12", "中文", "，", "、", "。", ",", ";", ".", "!", "?", ":", "：", "…",
		"\xff", "\xe4\xb8", "é", "ß", "٣", "_", "-", "—", "(", "x,", "، ", "﹐"}
	rng := rand.New(rand.NewSource(6))
	for i := 0; i < 50000; i++ {
		var b strings.Builder
		for k := rng.Intn(12); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		var got, want TextStats
		got.AddText(b.String())
		addTextReference(&want, b.String())
		if got != want {
			t.Fatalf("AddText(%q) = %+v, want %+v", b.String(), got, want)
		}
	}
}

func TestSpaceLeadBytes(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if IsSpace(r) && !spaceLeadByte(string(r)[0]) {
			t.Fatalf("U+%04X is white space but spaceLeadByte misses its first byte", r)
		}
	}
}

func TestChildElemsWalkWithoutTheMap(t *testing.T) {
	d, err := Parse("<html><body><div>a<p>b</p>c<!-- x --><span>d<b>e</b></span><br>f</div><ul><li>1</li><li>2</li></ul></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	type pair struct{ node, elem any }
	var walked []pair
	for _, e := range d.Elems {
		kids, sibs := d.ChildElems(e), d.SiblingElemsAfter(e)
		for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walked = append(walked, pair{c, kids.Of(c)})
			}
		}
		for c := e.Node.NextSibling; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walked = append(walked, pair{c, sibs.Of(c)})
			}
		}
	}
	if d.byNode != nil {
		t.Errorf("walking children and siblings made the node map")
	}
	for _, p := range walked {
		if e := d.Elem(p.node.(*html.Node)); e == nil || e != p.elem {
			t.Fatalf("ChildElems gave %v for a node whose Elem is %v", p.elem, e)
		}
	}
}
