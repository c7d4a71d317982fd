package analysis

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestForPage: the page's view is the full Analysis without text,
// paragraphs and html, and analysing for the page changes nothing else.
func TestForPage(t *testing.T) {
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
			full, err := Analyze(string(src), Options{URL: "https://example.org/a"})
			if err != nil {
				t.Fatal(err)
			}
			lean, err := Analyze(string(src), Options{URL: "https://example.org/a", ForPage: true})
			if err != nil {
				t.Fatal(err)
			}
			fullJSON, _ := json.Marshal(full)
			viewJSON, _ := json.Marshal(lean.ForPage())
			var f, v map[string]any
			json.Unmarshal(fullJSON, &f)
			json.Unmarshal(viewJSON, &v)
			if full.IsArticle && f["html"] == "" {
				t.Error("the full Analysis of an article has no html")
			}
			for _, k := range []string{"text", "paragraphs", "html", "timings"} {
				if _, ok := v[k]; ok && k != "timings" {
					t.Errorf("the page's view has %q", k)
				}
				delete(f, k)
				delete(v, k)
			}
			if !reflect.DeepEqual(f, v) {
				t.Errorf("the page's view differs from the Analysis beyond text, paragraphs and html:\n%s\n%s", fullJSON, viewJSON)
			}
		})
	}
}
