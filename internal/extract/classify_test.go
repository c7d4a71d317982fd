package extract

import (
	"math/rand"
	"strings"
	"testing"

	"lede/internal/corpustest"
	"lede/internal/dom"
)

// classifyReference is classifyUncached as the lists read: substring and
// token searches one list after another. The automaton must agree with it.
func classifyReference(class, id string) classInfo {
	var ci classInfo
	both := class + " " + id
	if both == " " {
		return ci
	}
	toks := tokens(both)
	ci.unlikely = (anyPart(both, unlikelyParts) || anyWord(toks, unlikelyWords)) && !anyPart(both, maybeParts)
	for _, s := range [2]string{class, id} {
		if s == "" {
			continue
		}
		t := tokens(s)
		if anyPart(s, negativeParts) || anyWord(t, negativeWords) {
			ci.weight -= 25
		}
		if anyPart(s, positiveParts) || anyWord(t, positiveWords) {
			ci.weight += 25
		}
	}
	ci.clutter = anyPart(both, clutterParts) || anyWord(toks, clutterWords)
	ci.byline = anyPart(both, bylineParts) || anyWord(toks, bylineWords)
	ci.popup = anyPart(both, popupParts)
	ci.quote = anyPart(both, pullQuoteParts)
	if ci.quote {
		ci.unlikely, ci.clutter = false, false
	}
	return ci
}

func TestClassifyMatchesTheLists(t *testing.T) {
	var all []string
	for _, l := range [][]string{unlikelyParts, maybeParts, positiveParts, negativeParts, clutterParts, popupParts, pullQuoteParts, bylineParts,
		unlikelyWords, positiveWords, negativeWords, clutterWords, bylineWords} {
		all = append(all, l...)
	}
	seps := []string{"", " ", "-", "_", "2", "é", "x", "a", "--"}
	rng := rand.New(rand.NewSource(6))
	name := func() string {
		var b strings.Builder
		for k := rng.Intn(4); k >= 0; k-- {
			w := all[rng.Intn(len(all))]
			if rng.Intn(3) == 0 && len(w) > 2 { // a part of a pattern: near misses
				i := rng.Intn(len(w) - 1)
				w = w[i : i+1+rng.Intn(len(w)-i)]
			}
			b.WriteString(seps[rng.Intn(len(seps))])
			b.WriteString(w)
		}
		return b.String()
	}
	for i := 0; i < 50000; i++ {
		class, id := name(), ""
		if i%3 > 0 {
			id = name()
		}
		if i%7 == 0 {
			class = ""
		}
		if got, want := classifyUncached(class, id), classifyReference(class, id); got != want {
			t.Fatalf("classify(%q, %q) = %+v, the lists say %+v", class, id, got, want)
		}
	}
}

func TestClassifyOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	seen := map[[2]string]bool{}
	for _, pg := range corpustest.Pages(t, "") {
		doc, err := dom.Parse(pg.HTML(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Elems {
			k := [2]string{strings.ToLower(dom.Attr(e.Node, "class")), strings.ToLower(dom.Attr(e.Node, "id"))}
			if seen[k] {
				continue
			}
			seen[k] = true
			if got, want := classifyUncached(k[0], k[1]), classifyReference(k[0], k[1]); got != want {
				t.Fatalf("%s/%s: classify(%q, %q) = %+v, the lists say %+v", pg.Set, pg.ID, k[0], k[1], got, want)
			}
		}
	}
	t.Logf("%d distinct class/id pairs", len(seen))
}
