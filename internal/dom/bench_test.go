package dom

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lede/internal/pagefile"

	"golang.org/x/net/html"
)

// BenchmarkFromNode indexes up to 80 parsed corpus pages (every sixth; the
// repository's sample pages without the corpus), as the core does for each
// page it gets.
func BenchmarkFromNode(b *testing.B) {
	dir := os.Getenv("LEDE_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpus")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "page.html"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("..", "..", "testdata", "pages", "*.html"))
	}
	sort.Strings(files)
	var roots []*html.Node
	for i := 0; i < len(files) && len(roots) < 80; i += 6 {
		src, err := pagefile.Read(files[i])
		if err != nil {
			b.Fatal(err)
		}
		if root, err := html.Parse(strings.NewReader(src)); err == nil {
			roots = append(roots, root)
		}
	}
	b.ResetTimer()
	for i := range b.N {
		FromNode(roots[i%len(roots)])
	}
}
