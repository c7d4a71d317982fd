package quotes_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/internal/eval"
	"lede/internal/quotes"
	"lede/internal/text"
)

// The corpus tests read ../shared at test time (never copied into the repo)
// and run Find on the gold article bodies, so the scores do not depend on
// extraction. They skip when the corpus is missing, unless CI is set.

// Targets on the labelled corpus pages (attribution F1, gold bodies).
var attributionTargets = map[string]float64{"zh": 0.85, "en": 0.80}

func corpusDir(t testing.TB) string {
	dir := os.Getenv("LEDE_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpus")
	}
	if _, err := os.Stat(filepath.Join(dir, "FORMAT.md")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("corpus not found at %s (CI is set, so this is an error): %v", dir, err)
		}
		t.Skipf("SKIP: corpus not found at %s — quotes corpus tests need ../shared/corpus (set LEDE_CORPUS to point elsewhere)", dir)
	}
	return dir
}

// labelledPages returns the corpus pages with gold quotes and a gold body.
func labelledPages(t testing.TB) []eval.Page {
	pages, err := eval.Load(corpusDir(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []eval.Page
	for _, p := range pages {
		if p.Gold.Quotes != nil && p.Gold.Body != nil {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		t.Fatal("no labelled pages with quotes in the corpus")
	}
	return out
}

// goldDoc turns a gold body into the Doc the pipeline would build.
func goldDoc(lang, body string) *text.Doc {
	var paras []text.Para
	for i, line := range strings.Split(body, "\n") {
		paras = append(paras, text.Para{Text: line, Node: i, Kind: "p"})
	}
	return text.NewDoc(lang, paras)
}

func TestCorpusGoldBodies(t *testing.T) {
	pages := labelledPages(t)
	det := map[string]*eval.PRF{}
	attr := map[string]*eval.PRF{}
	var report strings.Builder
	for _, p := range pages {
		doc := goldDoc(p.Gold.Lang, *p.Gold.Body)
		qs := quotes.Find(doc)
		checkOffsets(t, p.ID, doc, qs)
		d, a, misses := eval.CompareQuotes(p.Gold, qs)
		for _, k := range []string{p.Gold.Lang, "all"} {
			if det[k] == nil {
				det[k], attr[k] = &eval.PRF{}, &eval.PRF{}
			}
			det[k].Add(d.TP, d.FP, d.FN)
			attr[k].Add(a.TP, a.FP, a.FN)
		}
		if len(misses) > 0 {
			fmt.Fprintf(&report, "%s/%s:\n", p.Set, short(p.ID))
			for _, m := range misses {
				fmt.Fprintf(&report, "  %-28s %-16s %s\n", m.Why, m.Speaker, clip(m.Text, 60))
			}
		}
		if os.Getenv("QUOTES_DEBUG") != "" {
			fmt.Fprintf(&report, "--- %s/%s predictions:\n", p.Set, short(p.ID))
			for _, q := range qs {
				fmt.Fprintf(&report, "  [%s/%s] %s (%s) cue=%q: %s\n", q.Group, q.Kind, q.Speaker, q.Role, q.Cue, clip(q.Text, 70))
			}
		}
	}
	for _, k := range []string{"zh", "en", "all"} {
		if det[k] == nil {
			continue
		}
		det[k].Finish()
		attr[k].Finish()
		t.Logf("gold bodies %-3s detection P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) | attribution P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)",
			k, det[k].Precision, det[k].Recall, det[k].F1, det[k].TP, det[k].FP, det[k].FN,
			attr[k].Precision, attr[k].Recall, attr[k].F1, attr[k].TP, attr[k].FP, attr[k].FN)
	}
	t.Logf("errors:\n%s", report.String())
	for lang, target := range attributionTargets {
		if a := attr[lang]; a != nil && a.F1 < target {
			t.Errorf("attribution F1 %s = %.3f, want ≥ %.2f", lang, a.F1, target)
		}
	}
}

// TestSeedGoldBody: on the reference article every non-optional gold quote
// is found and attributed.
func TestSeedGoldBody(t *testing.T) {
	var seed *eval.Page
	for _, p := range labelledPages(t) {
		if p.Set == "seed" {
			seed = &p
			break
		}
	}
	if seed == nil {
		t.Fatal("no seed page in the corpus")
	}
	qs := quotes.Find(goldDoc(seed.Gold.Lang, *seed.Gold.Body))
	_, attr, misses := eval.CompareQuotes(seed.Gold, qs)
	want := 0
	for _, g := range seed.Gold.Quotes {
		if !g.Optional {
			want++
		}
	}
	if attr.TP != want || attr.FN != 0 {
		t.Errorf("seed: %d of %d gold quotes attributed; errors: %+v", attr.TP, want, misses)
	}
	t.Logf("seed: %d/%d attributed, %d spurious", attr.TP, want, attr.FP)
}

// checkOffsets: every quote's range lies in the text, inside its paragraph's
// node, and holds its words.
func checkOffsets(t *testing.T, id string, doc *text.Doc, qs []quotes.Quote) {
	t.Helper()
	rs := []rune(doc.Text)
	for _, q := range qs {
		if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
			t.Errorf("%s: bad range %d..%d for %q", short(id), q.Start, q.End, q.Text)
			continue
		}
		first := strings.SplitN(strings.SplitN(q.Text, "……", 2)[0], " … ", 2)[0]
		if !strings.Contains(string(rs[q.Start:q.End]), first) {
			t.Errorf("%s: range %d..%d (%q) does not hold %q", short(id), q.Start, q.End, string(rs[q.Start:q.End]), first)
		}
		found := false
		for _, p := range doc.Paras {
			if p.Node == q.Node && q.Start >= p.Start && q.Start < p.End {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: node %d does not hold the start of %q", short(id), q.Node, q.Text)
		}
	}
}

func short(id string) string {
	if len(id) > 40 {
		return id[:40]
	}
	return id
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// BenchmarkFindCorpusPage runs Find on the longest gold body of each
// language in the corpus (skips without ../shared).
func BenchmarkFindCorpusPage(b *testing.B) {
	pages, err := eval.Load(corpusDir(b))
	if err != nil {
		b.Fatal(err)
	}
	longest := map[string]*eval.Page{}
	for i := range pages {
		p := &pages[i]
		if p.Gold.Body == nil || (p.Gold.Lang != "zh" && p.Gold.Lang != "en") {
			continue
		}
		if l := longest[p.Gold.Lang]; l == nil || len(*l.Gold.Body) < len(*p.Gold.Body) {
			longest[p.Gold.Lang] = p
		}
	}
	for _, lang := range []string{"zh", "en"} {
		p := longest[lang]
		if p == nil {
			continue
		}
		d := goldDoc(lang, *p.Gold.Body)
		b.Run(fmt.Sprintf("%s/%dKB", lang, len(d.Text)/1024), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				quotes.Find(d)
			}
		})
	}
}
