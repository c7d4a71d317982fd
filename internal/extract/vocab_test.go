package extract

// The vocabulary tables must generalise: a class name or a phrase that only
// one site uses is tuned to that site. Two reports, run on request
// (go test ./internal/extract -run 'VocabularySites|Ablation' -vocab -v; see
// docs/extraction.md, "Generalisation"):
//
//   - TestVocabularySites counts, for every entry of the class/id and line
//     tables, on how many distinct sites of the corpus it matches anything,
//     and lists those matched on one site or none;
//   - TestAblation takes entries or whole tables out one at a time and
//     reports how each set's F1 moves.

import (
	goflag "flag"
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"lede/internal/corpustest"
	"lede/internal/dom"
)

// siteOf names a corpus page's site: the host of its address, the domain in
// a daniel_zh id, the portal in a gne_zh id, the page in readability.
func siteOf(x *extracted) string {
	if u, err := url.Parse(x.pg.Gold.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	id := x.pg.ID
	switch x.pg.Set {
	case "daniel_zh":
		if parts := strings.Split(id, "_"); len(parts) >= 2 {
			return strings.TrimPrefix(parts[1], "www.")
		}
	case "gne_zh":
		return strings.TrimRight(strings.Split(id, "_")[0], "0123456789")
	case "readability":
		return strings.TrimRight(strings.TrimRight(id, "0123456789"), "-")
	}
	return x.pg.Set + "/" + id
}

type vocabTable struct {
	name  string
	words []string
	match func(entry string, cls string, toks []string) bool
}

var vocab = goflag.Bool("vocab", false, "run the vocabulary reports (TestVocabularySites, TestAblation)")

func TestVocabularySites(t *testing.T) {
	if !*vocab {
		t.Skip("a report: run with -vocab -v")
	}
	pages := corpusRun(t, "zyte_aeb", "daniel_zh", "gne_zh", "readability", "trafilatura_cjk", "seed")
	part := func(e, cls string, _ []string) bool { return strings.Contains(cls, e) }
	word := func(e, _ string, toks []string) bool { return anyWord(toks, []string{e}) }
	classTables := []vocabTable{
		{"unlikelyParts", unlikelyParts, part}, {"unlikelyWords", unlikelyWords, word}, {"maybeParts", maybeParts, part},
		{"positiveParts", positiveParts, part}, {"positiveWords", positiveWords, word},
		{"negativeParts", negativeParts, part}, {"negativeWords", negativeWords, word},
		{"clutterParts", clutterParts, part}, {"clutterWords", clutterWords, word},
		{"popupParts", popupParts, part}, {"pullQuoteParts", pullQuoteParts, part},
		{"bylineParts", bylineParts, part}, {"bylineWords", bylineWords, word},
		{"captionParts", captionParts, part}, {"pictureBoxWords", pictureBoxWords, word},
	}
	prefix := func(e, line string, _ []string) bool { return strings.HasPrefix(line, e) }
	contains := func(e, line string, _ []string) bool { return strings.Contains(line, e) }
	exact := func(e, line string, _ []string) bool {
		return strings.Trim(line, " []【】()（）<>《》:：.。!！|") == e
	}
	lineTables := []vocabTable{
		{"clutterLinePrefixes", clutterLinePrefixes, prefix}, {"clutterLineParts", clutterLineParts, contains},
		{"clutterLineWords", clutterLineWords, exact}, {"disclaimerParts", disclaimerParts, contains},
		{"disclaimerLinePrefixes", disclaimerLinePrefixes, prefix}, {"bylinePrefixes", bylinePrefixes, prefix},
		{"sourcePrefixes", sourcePrefixes, prefix}, {"bylineLineParts", bylineLineParts, contains},
		{"furnitureTitlesCJK", furnitureTitlesCJK, contains}, {"furnitureTitlesLatin", furnitureTitlesLatin, prefix},
	}
	sites := map[string]map[string]bool{} // table/entry → sites
	add := func(key, site string) {
		if sites[key] == nil {
			sites[key] = map[string]bool{}
		}
		sites[key][site] = true
	}
	for _, x := range pages {
		site := siteOf(x)
		seenCls := map[string]bool{}
		for _, e := range x.doc.Elems {
			cls := strings.ToLower(dom.Attr(e.Node, "class") + " " + dom.Attr(e.Node, "id"))
			if cls != " " && !seenCls[cls] {
				seenCls[cls] = true
				toks := tokens(cls)
				for _, tb := range classTables {
					for _, w := range tb.words {
						if tb.match(w, cls, toks) {
							add(tb.name+"/"+w, site)
						}
					}
				}
			}
			if e.Own.TextLen == 0 || e.NonContent {
				continue
			}
			line := strings.ToLower(trimBullets(strings.TrimSpace(dom.Text(e.Node))))
			if n := len([]rune(line)); n == 0 || n > disclaimerMaxLen {
				continue
			}
			for _, tb := range lineTables {
				for _, w := range tb.words {
					if tb.match(strings.ToLower(w), line, nil) {
						add(tb.name+"/"+w, site)
					}
				}
			}
		}
	}
	var one, none []string
	for _, tb := range append(classTables, lineTables...) {
		for _, w := range tb.words {
			switch n := len(sites[tb.name+"/"+w]); {
			case n == 0:
				none = append(none, tb.name+"/"+w)
			case n == 1:
				for s := range sites[tb.name+"/"+w] {
					one = append(one, tb.name+"/"+w+" ("+s+")")
				}
			}
		}
	}
	sort.Strings(one)
	sort.Strings(none)
	t.Logf("entries matched on one site only (%d):\n  %s", len(one), strings.Join(one, "\n  "))
	t.Logf("entries matched on no corpus site (%d, kept for held-out sites):\n  %s", len(none), strings.Join(none, "\n  "))
}

// TestAblation (go test -run Ablation -vocab -v) takes each listed
// vocabulary entry, and each whole table, out of the extractor in turn and
// reports how every set's F1 (the eval's metric) moves: an entry that only
// one set needs, or that one set needs a lot, is tuned to that set's sites.
func TestAblation(t *testing.T) {
	if !*vocab {
		t.Skip("a report: run with -vocab -v (LEDE_ABLATE=\"table/entry …\" for single entries)")
	}
	sets := []string{"zyte_aeb", "daniel_zh", "gne_zh", "readability"}
	base := setScores(t, sets)
	tables := map[string]*[]string{
		"unlikelyParts": &unlikelyParts, "unlikelyWords": &unlikelyWords, "maybeParts": &maybeParts,
		"positiveParts": &positiveParts, "positiveWords": &positiveWords, "negativeParts": &negativeParts,
		"negativeWords": &negativeWords, "clutterParts": &clutterParts, "clutterWords": &clutterWords,
		"bylineParts": &bylineParts, "bylineWords": &bylineWords, "captionParts": &captionParts,
		"pictureBoxWords": &pictureBoxWords, "clutterLinePrefixes": &clutterLinePrefixes, "clutterLineParts": &clutterLineParts,
		"clutterLineWords": &clutterLineWords, "bylinePrefixes": &bylinePrefixes, "sourcePrefixes": &sourcePrefixes,
		"bylineLineParts": &bylineLineParts, "bylineSuffixes": &bylineSuffixes, "furnitureTitlesCJK": &furnitureTitlesCJK,
		"furnitureTitlesLatin": &furnitureTitlesLatin, "disclaimerParts": &disclaimerParts, "pagerWords": &pagerWords,
	}
	entries := strings.Fields(os.Getenv("LEDE_ABLATE")) // table/entry …; default: every whole table
	if len(entries) == 0 {
		for name := range tables {
			entries = append(entries, name+"/*")
		}
		sort.Strings(entries)
	}
	for _, te := range entries {
		name, entry, _ := strings.Cut(te, "/")
		tab := tables[name]
		if tab == nil {
			t.Fatalf("no table %s", name)
		}
		saved := *tab
		var kept []string
		for _, w := range saved {
			if entry != "*" && w != entry {
				kept = append(kept, w)
			}
		}
		*tab = kept
		resetMatchers()
		got := setScores(t, sets)
		*tab = saved
		resetMatchers()
		var b strings.Builder
		for _, s := range sets {
			fmt.Fprintf(&b, " %s %+.4f", s, got[s]-base[s])
		}
		t.Logf("without %-40s%s", te, b.String())
	}
}

// resetMatchers makes the matchers built from the tables on first use
// build again from the tables as they are now.
func resetMatchers() {
	nameListsOnce = sync.Once{}
	for _, l := range []*lazyAutomaton{&lineParts, &classParts, &furnitureParts} {
		l.reset()
	}
}

// setScores is each set's F1 as the eval computes it: the means of the
// pages' precision and recall, then F1 of the means.
func setScores(t *testing.T, sets []string) map[string]float64 {
	out := map[string]float64{}
	for _, set := range sets {
		var ps, rs float64
		n := 0
		for _, pg := range corpustest.Pages(t, set) {
			if pg.Gold.Body == nil {
				continue
			}
			_, res := extractHTML(t, pg.HTML(t), pg.Gold.URL)
			p, r := precisionRecall(*pg.Gold.Body, resultText(res))
			ps += p
			rs += r
			n++
		}
		p, r := ps/float64(n), rs/float64(n)
		out[set] = 2 * p * r / (p + r)
	}
	return out
}

func precisionRecall(gold, pred string) (float64, float64) {
	g, p := shingleCounts(gold), shingleCounts(pred)
	tp, fp, fn := 0, 0, 0
	for k, pv := range p {
		tp += min(pv, g[k])
		fp += max(0, pv-g[k])
	}
	for k, gv := range g {
		fn += max(0, gv-p[k])
	}
	pr, re := 1.0, 1.0
	if tp+fp > 0 {
		pr = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		re = float64(tp) / float64(tp+fn)
	}
	return pr, re
}
