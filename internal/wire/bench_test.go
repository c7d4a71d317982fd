package wire

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lede/internal/pagefile"

	"golang.org/x/net/html"
)

// benchPages are up to 80 corpus pages (every sixth), as the content script
// would send them: in the wire format, and as HTML re-serialised from the
// same tree (what the content script sent before).
func benchPages(b *testing.B) (wires, htmls []string) {
	dir := os.Getenv("LEDE_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpus")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "page.html"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*.html"))
	}
	sort.Strings(files)
	for i := 0; i < len(files) && len(wires) < 80; i += 6 {
		src, err := pagefile.Read(files[i])
		if err != nil {
			b.Fatal(err)
		}
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			continue
		}
		w := Encode(doc)
		dec, err := Decode(w)
		if err != nil {
			b.Fatal(err)
		}
		var h bytes.Buffer
		html.Render(&h, dec)
		wires, htmls = append(wires, w), append(htmls, h.String())
	}
	return wires, htmls
}

func BenchmarkParseHTML(b *testing.B) {
	_, htmls := benchPages(b)
	b.ResetTimer()
	for i := range b.N {
		html.Parse(strings.NewReader(htmls[i%len(htmls)]))
	}
}

func BenchmarkDecode(b *testing.B) {
	wires, _ := benchPages(b)
	b.ResetTimer()
	for i := range b.N {
		Decode(wires[i%len(wires)])
	}
}
