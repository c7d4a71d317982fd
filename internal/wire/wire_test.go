package wire

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func render(t testing.TB, n *html.Node) string {
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, wire, want string
	}{
		{"minimal", "\x08html\x01html\x01head\x05\x01body\x04Hi\x05\x05",
			`<!DOCTYPE html><html data-lede-id="0"><head data-lede-id="1"></head><body data-lede-id="2">Hi</body></html>`},
		{"attributes and live facts", "\x01html\x01body\x01p\x02data-lede-hidden\x03\x02class\x03a b\x02title\x03x\"y\x04t\x05\x05\x05",
			`<html data-lede-id="0"><body data-lede-id="1"><p data-lede-id="2" data-lede-hidden="" class="a b" title="x&#34;y">t</p></body></html>`},
		{"adjacent text joined", "\x01html\x01body\x04a\x04b\x01br\x05\x04c\x05\x05",
			`<html data-lede-id="0"><body data-lede-id="1">ab<br data-lede-id="2"/>c</body></html>`},
		{"escapes", "\x01html\x01body\x04a\x06Ab\x06Fc\x06@\x05\x05",
			"<html data-lede-id=\"0\"><body data-lede-id=\"1\">a\x01b\x06c\x00</body></html>"},
		{"drawing skipped", "\x01html\x01body\x01svg svg\x02viewBox\x030 0 1 1\x05\x073\x01p\x04x\x05\x05\x05",
			`<html data-lede-id="0"><body data-lede-id="1"><svg data-lede-id="2" viewBox="0 0 1 1"></svg><p data-lede-id="6">x</p></body></html>`},
		{"attribute without value", "\x01html\x01body\x01input\x02disabled\x05\x05\x05",
			`<html data-lede-id="0"><body data-lede-id="1"><input data-lede-id="2" disabled=""/></body></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Decode(Prefix + tt.wire)
			if err != nil {
				t.Fatal(err)
			}
			if got := render(t, doc); got != tt.want {
				t.Errorf("Decode =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, s := range []string{"", "<html></html>", Prefix + "\x01html", Prefix + "\x05", Prefix + "\x07x", Prefix + "\x01html\x05\x09"} {
		if _, err := Decode(s); err == nil {
			t.Errorf("Decode(%q) gave no error", s)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Prefix + "\x08html\x01html\x01body\x04Hi\x05\x05")
	f.Add(Prefix + "\x01html\x01svg svg\x05\x072\x05")
	f.Fuzz(func(t *testing.T, s string) {
		Decode(s) // must not panic
	})
}

// shape lists the elements of a tree in document order with their parents,
// leaving out the content of drawings (numbered, not sent) and of templates
// (not in the document: a browser keeps it in a fragment), as the wire format
// does.
func shape(doc *html.Node) []string {
	var out []string
	index := map[*html.Node]int{}
	skipTo := 0
	var walk func(n *html.Node, inDrawing bool)
	walk = func(n *html.Node, inDrawing bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if len(c.Attr) > 0 && c.Attr[0].Key == AttrID { // decoded: the number the page gave
				fmt.Sscan(c.Attr[0].Val, &skipTo)
				index[c] = skipTo
			} else {
				index[c] = skipTo
			}
			skipTo++
			if !inDrawing {
				p, ok := index[c.Parent]
				if !ok {
					p = -1
				}
				out = append(out, fmt.Sprintf("%d %s %s %d", index[c], c.Namespace, c.Data, p))
			}
			if c.Data != "template" {
				walk(c, inDrawing || c.Namespace != "")
			}
		}
	}
	walk(doc, false)
	return out
}

// TestRoundTrip: a parsed page, encoded and decoded, has the same elements,
// in the same places, numbered as the browser numbers them.
func TestRoundTrip(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*.html"))
	if len(pages) == 0 {
		t.Fatal("no testdata pages")
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			parsed, err := html.Parse(bytes.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			decoded, err := Decode(Encode(parsed))
			if err != nil {
				t.Fatal(err)
			}
			want, got := shape(parsed), shape(decoded)
			if strings.Join(want, "\n") != strings.Join(got, "\n") {
				for i := range min(len(want), len(got)) {
					if want[i] != got[i] {
						t.Fatalf("element %d: parsed %q, decoded %q", i, want[i], got[i])
					}
				}
				t.Fatalf("elements differ: %d parsed, %d decoded", len(want), len(got))
			}
			// The numbering is the document order, drawings' content included.
			for _, line := range got {
				var id int
				fmt.Sscan(line, &id)
				if n := findID(decoded, id); n == nil || !strings.HasSuffix(line, " "+n.Data+" "+strings.Fields(line)[len(strings.Fields(line))-1]) {
					t.Errorf("element %q does not carry data-lede-id %d", line, id)
				}
			}
		})
	}
}

func findID(n *html.Node, id int) *html.Node {
	if n.Type == html.ElementNode && len(n.Attr) > 0 && n.Attr[0].Key == AttrID && n.Attr[0].Val == fmt.Sprint(id) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findID(c, id); f != nil {
			return f
		}
	}
	return nil
}
