package extract

import (
	"encoding/json"
	goflag "flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/internal/dom"
)

var update = goflag.Bool("update", false, "rewrite the golden files under testdata/golden")

// run extracts src as the pipeline does.
func extractHTML(t testing.TB, src, url string) (*dom.Doc, *Result) {
	t.Helper()
	doc, err := dom.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return doc, Extract(doc, Options{URL: url})
}

// golden is what a fixture's golden file records.
type golden struct {
	IsArticle bool      `json:"isArticle"`
	Reason    string    `json:"reason,omitempty"`
	Title     string    `json:"title"`
	Byline    string    `json:"byline"`
	Published string    `json:"published"`
	Site      string    `json:"site"`
	LeadImage string    `json:"leadImage"`
	Lang      string    `json:"lang"`
	Text      []string  `json:"text"`
	Kinds     []string  `json:"kinds"`
	Pictures  []Picture `json:"pictures"`
	Keep      []string  `json:"keep"` // tags of kept elements
	Hidden    []string  `json:"hiddenText"`
}

// TestGolden runs the hand-made fixtures under testdata/ and compares with
// testdata/golden/*.json (go test -run Golden -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, res := extractHTML(t, string(b), "https://news.example.org/2024/story.html")
			checkInvariants(t, doc, res)
			g := golden{IsArticle: res.IsArticle, Reason: res.Reason, Title: res.Meta.Title, Byline: res.Meta.Byline,
				Published: res.Meta.Published, Site: res.Meta.Site, LeadImage: res.Meta.LeadImage, Lang: res.Meta.Lang, Pictures: res.Pictures}
			for _, p := range res.Paras {
				g.Text = append(g.Text, p.Text)
				g.Kinds = append(g.Kinds, p.Kind)
			}
			for _, id := range res.Keep {
				g.Keep = append(g.Keep, doc.ByID(id).Node.Data)
			}
			for _, id := range res.Hide {
				if s := dom.Text(doc.ByID(id).Node); s != "" {
					if len([]rune(s)) > 40 {
						s = string([]rune(s)[:40])
					}
					g.Hidden = append(g.Hidden, s)
				}
			}
			got, _ := json.MarshalIndent(g, "", "  ")
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update to create it)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("%s differs from its golden file; got:\n%s", name, got)
			}
		})
	}
}

// checkInvariants asserts the contract with the content script: hide lists
// outermost elements only, never the root, a kept element or an ancestor of
// one; paragraphs point at visible elements.
func checkInvariants(t *testing.T, doc *dom.Doc, res *Result) {
	t.Helper()
	if !res.IsArticle {
		if len(res.Hide) != 0 || res.Root != -1 {
			t.Errorf("not an article, yet root %d and %d hidden", res.Root, len(res.Hide))
		}
		return
	}
	root := doc.ByID(res.Root)
	if root == nil {
		t.Fatalf("root %d is not an element", res.Root)
	}
	visible := []*dom.Elem{root}
	for _, id := range res.Keep {
		k := doc.ByID(id)
		if k == nil {
			t.Fatalf("keep %d is not an element", id)
		}
		if root.Contains(k) || k.Contains(root) {
			t.Errorf("keep %s overlaps the root", k.Node.Data)
		}
		visible = append(visible, k)
	}
	hidden := map[*dom.Elem]bool{}
	for _, id := range res.Hide {
		h := doc.ByID(id)
		if h == nil {
			t.Fatalf("hide %d is not an element", id)
		}
		for _, v := range visible {
			if h.Contains(v) {
				t.Errorf("hides %s, which holds a visible unit", h.Node.Data)
			}
		}
		hidden[h] = true
	}
	for h := range hidden {
		for a := h.Parent; a != nil; a = a.Parent {
			if hidden[a] {
				t.Errorf("hides %s inside hidden %s: not outermost", h.Node.Data, a.Node.Data)
			}
		}
	}
	for _, p := range res.Paras {
		e := doc.ByID(p.Node)
		if e == nil {
			t.Fatalf("paragraph %q: node %d is not an element", p.Text, p.Node)
		}
		for a := e; a != nil; a = a.Parent {
			if hidden[a] {
				t.Errorf("paragraph %q sits in hidden %s", p.Text, a.Node.Data)
			}
		}
	}
}
