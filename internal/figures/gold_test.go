package figures_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lede/internal/eval"
	"lede/internal/figures"
	"lede/internal/text"
)

// The figures metric (FORMAT.md) on the gold article bodies of the labelled
// corpus pages, so the score does not depend on article extraction.
const goldMinF1 = 0.90

func corpusDir(t testing.TB) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
	c := filepath.Join(dir, "..", "shared", "corpus")
	if _, err := os.Stat(c); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but the corpus %s is missing", c)
		}
		t.Skipf("SKIP: corpus %s not found (../shared is not checked out); set CI to make this an error", c)
	}
	return c
}

// docFromBody builds the Analysis text of a gold body: one paragraph a line.
func docFromBody(lang, body string) *text.Doc {
	var paras []text.Para
	for _, line := range strings.Split(body, "\n") {
		paras = append(paras, text.Para{Text: line, Node: -1, Kind: "p"})
	}
	return text.NewDoc(lang, paras)
}

func labelledPages(t *testing.T) []eval.Page {
	pages, err := eval.Load(corpusDir(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []eval.Page
	for _, p := range pages {
		if p.Gold.Figures != nil && p.Gold.Body != nil {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		t.Fatal("no labelled pages with figures in the corpus")
	}
	return out
}

func TestFiguresOnGoldBodies(t *testing.T) {
	pages := labelledPages(t)
	byLang := map[string]*eval.PRF{}
	var report []string
	for _, p := range pages {
		doc := docFromBody(p.Gold.Lang, *p.Gold.Body)
		figs := figures.Find(doc)
		tp, fp, fn, misses := eval.CompareFigures(p.Gold, figs)
		prf := byLang[p.Gold.Lang]
		if prf == nil {
			prf = &eval.PRF{}
			byLang[p.Gold.Lang] = prf
		}
		prf.Add(tp, fp, fn)
		for _, m := range misses {
			report = append(report, fmt.Sprintf("%s/%s: %s %q %v %s", p.Set, p.ID[:min(12, len(p.ID))], m.Why, m.Text, m.Value, m.Kind))
		}
		if os.Getenv("FIG_VERBOSE") == "2" {
			for _, f := range figs {
				report = append(report, fmt.Sprintf("%s/%s:   got %q %v-%v %s %s q=%s d=%s about=%q", p.Set, p.ID[:min(12, len(p.ID))], f.Text, f.Value, f.High, f.Unit, f.Kind, f.Qualifier, f.Direction, f.About))
			}
		}
	}
	// how well qualifier, direction and (English) about agree on the figures
	// found, reported only (the metric does not score them)
	for _, l := range []string{"en", "zh"} {
		var n, qual, dir, about, aboutN int
		for _, p := range pages {
			if p.Gold.Lang != l {
				continue
			}
			figs := figures.Find(docFromBody(p.Gold.Lang, *p.Gold.Body))
			for _, g := range p.Gold.Figures {
				if g.Value == nil || g.Optional {
					continue
				}
				for _, f := range figs {
					if f.Kind != g.Kind || !(sameVal(f.Value, *g.Value) || f.High != 0 && sameVal(f.High, *g.Value)) {
						continue
					}
					n++
					if f.Qualifier == g.Qualifier {
						qual++
					}
					if f.Direction == g.Direction {
						dir++
					}
					if l == "en" {
						aboutN++
						if sharesWord(f.About, g.About) {
							about++
						}
					}
					break
				}
			}
		}
		if n > 0 {
			msg := fmt.Sprintf("%s attributes on %d found gold figures: qualifier %.0f%%, direction %.0f%%", l, n, 100*float64(qual)/float64(n), 100*float64(dir)/float64(n))
			if aboutN > 0 {
				msg += fmt.Sprintf(", about shares a word with the gold %.0f%%", 100*float64(about)/float64(aboutN))
			}
			t.Log(msg)
		}
	}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		prf := byLang[l]
		prf.Finish()
		t.Logf("figures on gold bodies, %s: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", l, prf.Precision, prf.Recall, prf.F1, prf.TP, prf.FP, prf.FN)
		if prf.F1 < goldMinF1 {
			t.Errorf("%s: figures F1 %.3f on gold bodies is below %.2f", l, prf.F1, goldMinF1)
		}
	}
	if t.Failed() || os.Getenv("FIG_VERBOSE") != "" {
		for _, r := range report {
			t.Log(r)
		}
	}
}

// TestSeedPageFigures: on the reference article every non-optional gold
// figure is found and nothing inside a not_figures string is reported.
func TestSeedPageFigures(t *testing.T) {
	dir := corpusDir(t)
	b, err := os.ReadFile(filepath.Join(dir, "..", "seed", "meta-ai-article.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g eval.Gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	figs := figures.Find(docFromBody(g.Lang, *g.Body))
	_, _, _, misses := eval.CompareFigures(g, figs)
	for _, m := range misses {
		if m.Why == "missed" || m.Why == "not_figure" {
			t.Errorf("seed: %s %q (%v %s)", m.Why, m.Text, m.Value, m.Kind)
		}
	}
}

func sameVal(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	m := b
	if m < 0 {
		m = -m
	}
	return d <= 1e-6*m
}

// sharesWord: the two phrases have a content word (4+ letters) in common.
func sharesWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(a), notLetter) {
		if len(w) >= 4 {
			words[strings.TrimSuffix(w, "s")] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(b), notLetter) {
		if words[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

func notLetter(r rune) bool { return !(r >= 'a' && r <= 'z') }

// TestFindOnWholeCorpus runs Find on every gold body (and on every line
// alone) and checks offsets: a panic here would cost the reader the whole
// analysis.
func TestFindOnWholeCorpus(t *testing.T) {
	pages, err := eval.Load(corpusDir(t))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range pages {
		if p.Gold.Body == nil {
			continue
		}
		doc := docFromBody(p.Gold.Lang, *p.Gold.Body)
		rs := []rune(doc.Text)
		for _, f := range figures.Find(doc) {
			n++
			if f.Start < 0 || f.End > len(rs) || f.Start >= f.End || string(rs[f.Start:f.End]) != f.Text {
				t.Errorf("%s/%s: bad offsets %+v", p.Set, p.ID, f)
			}
			if f.Kind == "" || f.Value != f.Value {
				t.Errorf("%s/%s: bad figure %+v", p.Set, p.ID, f)
			}
		}
	}
	t.Logf("%d figures on %d pages", n, len(pages))
}
