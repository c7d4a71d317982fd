package quotes_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"lede/internal/analysis"
	"lede/internal/eval"
	"lede/internal/pagefile"
	"lede/internal/quotes"
)

// The held-out check: corpus pages from sites the engine was never tuned on,
// with quote labels made by hand outside the repository (third-party text is
// never committed). Each label file, <set>__<id>.json, names a corpus page
// and lists its attributions in the gold.json format, plus the sidebar's
// `group` (person, organisation, source, unattributed) and `anonymous`.
//
// The test only measures: it logs detection and attribution P/R/F1 per
// language (FORMAT.md metric, eval.CompareQuotes), role, group and anonymous
// agreement, and every error. It skips when the labels are missing; set
// LEDE_HELDOUT to point at them (default ../../../heldout/quotes, beside the
// checkout).

type heldoutQuote struct {
	eval.GoldQuote
	Group     string `json:"group"`
	Anonymous bool   `json:"anonymous"`
}

type heldoutPage struct {
	Set    string         `json:"set"`
	ID     string         `json:"id"`
	Lang   string         `json:"lang"`
	Quotes []heldoutQuote `json:"quotes"`
}

func heldoutDir(t *testing.T) string {
	dir := os.Getenv("LEDE_HELDOUT")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "heldout", "quotes")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("SKIP: held-out quote labels not found at %s (set LEDE_HELDOUT); they live outside the repo", dir)
	}
	return dir
}

func TestHeldOut(t *testing.T) {
	dir := heldoutDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("SKIP: no label files in %s", dir)
	}
	corpus := corpusDir(t)
	pages, err := eval.Load(corpus)
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]eval.Page{}
	for _, p := range pages {
		byKey[p.Set+"/"+p.ID] = p
	}
	sort.Strings(files)

	det, attr := map[string]*eval.PRF{}, map[string]*eval.PRF{}
	pipeDet, pipeAttr := map[string]*eval.PRF{}, map[string]*eval.PRF{}
	type agree struct{ ok, n int }
	roles, groups, anon := map[string]*agree{}, map[string]*agree{}, map[string]*agree{}
	var report strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var hp heldoutPage
		if err := json.Unmarshal(b, &hp); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		p, ok := byKey[hp.Set+"/"+hp.ID]
		if !ok || p.Gold.Body == nil {
			t.Errorf("%s: no corpus page %s/%s with a body", filepath.Base(f), hp.Set, hp.ID)
			continue
		}
		g := p.Gold
		g.Quotes = nil
		for _, q := range hp.Quotes {
			g.Quotes = append(g.Quotes, q.GoldQuote)
		}
		qs := quotes.Find(goldDoc(g.Lang, *g.Body))
		d, a, misses := eval.CompareQuotes(g, qs)
		lang := g.Lang
		for _, k := range []string{lang, "all"} {
			if det[k] == nil {
				det[k], attr[k] = &eval.PRF{}, &eval.PRF{}
				roles[k], groups[k], anon[k] = &agree{}, &agree{}, &agree{}
			}
			det[k].Add(d.TP, d.FP, d.FN)
			attr[k].Add(a.TP, a.FP, a.FN)
		}

		// The same page through the whole pipeline (extraction included), as
		// lede eval scores it.
		if src, err := pagefile.Read(p.HTMLPath()); err == nil {
			if an, err := analysis.Analyze(src, analysis.Options{URL: g.URL}); err == nil {
				d, a, _ := eval.CompareQuotes(g, an.Quotes)
				for _, k := range []string{lang, "all"} {
					if pipeDet[k] == nil {
						pipeDet[k], pipeAttr[k] = &eval.PRF{}, &eval.PRF{}
					}
					pipeDet[k].Add(d.TP, d.FP, d.FN)
					pipeAttr[k].Add(a.TP, a.FP, a.FN)
				}
			}
		}

		// Sidebar fields on correctly attributed quotes: group and anonymous
		// per quote, role per speaker card (the first role given).
		var notes []string
		cards := quotes.Group(qs)
		for _, gq := range hp.Quotes {
			if gq.Optional {
				continue
			}
			pq := bestMatch(gq.Text, qs)
			if pq == nil || !sameName(gq.Speaker, pq.Speaker) {
				continue
			}
			for _, k := range []string{lang, "all"} {
				groups[k].n++
				anon[k].n++
				if gq.Group == pq.Group {
					groups[k].ok++
				}
				if gq.Anonymous == pq.Anonymous {
					anon[k].ok++
				}
			}
			if gq.Group != pq.Group {
				notes = append(notes, fmt.Sprintf("  group %-12s got %-12s %s", gq.Group, pq.Group, gq.Speaker))
			}
			if gq.Anonymous != pq.Anonymous {
				notes = append(notes, fmt.Sprintf("  anonymous %-5v got %-5v %s", gq.Anonymous, pq.Anonymous, gq.Speaker))
			}
		}
		for name, role := range firstRoles(hp.Quotes) {
			got, found := cardRole(cards, name)
			if !found || role == "" {
				continue // only labelled roles are scored
			}
			for _, k := range []string{lang, "all"} {
				roles[k].n++
				if sameName(role, got) {
					roles[k].ok++
				}
			}
			if !sameName(role, got) {
				notes = append(notes, fmt.Sprintf("  role of %s: want %q got %q", name, role, got))
			}
		}
		sort.Strings(notes)
		if len(misses) > 0 || len(notes) > 0 {
			fmt.Fprintf(&report, "%s/%s (%s):\n", hp.Set, short(hp.ID), lang)
			for _, m := range misses {
				fmt.Fprintf(&report, "  %-28s %-16s %s\n", m.Why, m.Speaker, clip(m.Text, 60))
			}
			for _, n := range notes {
				report.WriteString(n + "\n")
			}
		}
		if os.Getenv("QUOTES_DEBUG") != "" {
			fmt.Fprintf(&report, "--- %s/%s predictions:\n", hp.Set, short(hp.ID))
			for _, q := range qs {
				fmt.Fprintf(&report, "  [%s/%s] %s (%s) anon=%v cue=%q: %s\n", q.Group, q.Kind, q.Speaker, q.Role, q.Anonymous, q.Cue, clip(q.Text, 70))
			}
		}
	}
	for _, k := range []string{"zh", "en", "all"} {
		if det[k] == nil {
			continue
		}
		det[k].Finish()
		attr[k].Finish()
		t.Logf("held-out %-3s detection P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) | attribution P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)",
			k, det[k].Precision, det[k].Recall, det[k].F1, det[k].TP, det[k].FP, det[k].FN,
			attr[k].Precision, attr[k].Recall, attr[k].F1, attr[k].TP, attr[k].FP, attr[k].FN)
		t.Logf("held-out %-3s role %d/%d · group %d/%d · anonymous %d/%d",
			k, roles[k].ok, roles[k].n, groups[k].ok, groups[k].n, anon[k].ok, anon[k].n)
	}
	for _, k := range []string{"zh", "en", "all"} {
		if pipeDet[k] == nil {
			continue
		}
		pipeDet[k].Finish()
		pipeAttr[k].Finish()
		t.Logf("held-out %-3s pipeline (page.html) detection F1 %.3f (tp %d fp %d fn %d) | attribution F1 %.3f (tp %d fp %d fn %d)",
			k, pipeDet[k].F1, pipeDet[k].TP, pipeDet[k].FP, pipeDet[k].FN, pipeAttr[k].F1, pipeAttr[k].TP, pipeAttr[k].FP, pipeAttr[k].FN)
	}
	t.Logf("errors:\n%s", report.String())
}

// bestMatch is the prediction whose text overlaps t best (containment first,
// then the larger share of t's characters), nil when none overlaps.
func bestMatch(t string, qs []quotes.Quote) *quotes.Quote {
	var best *quotes.Quote
	bestScore := 0.0
	nt := squashText(t)
	for i := range qs {
		np := squashText(qs[i].Text)
		score := 0.0
		switch {
		case nt == "" || np == "":
		case strings.Contains(np, nt) || strings.Contains(nt, np):
			score = 2
		default:
			score = sharedShare(nt, np)
			if score < 0.5 {
				score = 0
			}
		}
		if score > bestScore {
			best, bestScore = &qs[i], score
		}
	}
	return best
}

func squashText(s string) string {
	return strings.Trim(strings.Join(strings.Fields(s), ""), "“”\"'‘’「」『』,，。.:：")
}

// sharedShare is the share of the shorter text's characters found in the
// other (with multiplicity).
func sharedShare(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	count := map[rune]int{}
	for _, r := range rb {
		count[r]++
	}
	n := 0
	for _, r := range ra {
		if count[r] > 0 {
			count[r]--
			n++
		}
	}
	return float64(n) / float64(len(ra))
}

// sameName: equal or one contains the other, ignoring case and spaces; two
// empty strings agree.
func sameName(a, b string) bool {
	a, b = strings.ToLower(squashText(a)), strings.ToLower(squashText(b))
	if a == "" || b == "" {
		return a == b
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// firstRoles maps each labelled speaker to the first role given to it.
func firstRoles(qs []heldoutQuote) map[string]string {
	out := map[string]string{}
	for _, q := range qs {
		if q.Speaker == "" {
			continue
		}
		if _, seen := out[q.Speaker]; !seen || out[q.Speaker] == "" {
			out[q.Speaker] = q.Role
		}
	}
	return out
}

// cardRole is the role on the sidebar card of the speaker called name.
func cardRole(g quotes.Groups, name string) (string, bool) {
	for _, sec := range [][]quotes.Speaker{g.People, g.Organisations, g.Sources} {
		for _, s := range sec {
			if sameName(name, s.Name) {
				return s.Role, true
			}
		}
	}
	return "", false
}
