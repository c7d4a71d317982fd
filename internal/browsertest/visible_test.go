package browsertest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	lede "lede/internal/eval"
)

// TestVisibleText: on corpus pages of every set, in English and Chinese
// (Simplified and Traditional), what the reader sees in the cleaned live page
// is what the core reports as the article text, and what the eval scores
// against the gold. Three shingle F1 scores per page, with the eval's
// tokeniser (FORMAT.md: 4-token shingles, one token per Han character), on
// lower-cased text (a page's text-transform changes innerText's case):
//
//   - shown≈text: the visible article (body.innerText, minus the lines that
//     stay visible but have their own Analysis field: headline, dek, byline
//     and date lines, captions) against the Analysis text;
//   - shown≈gold: that visible article against the gold body;
//   - text≈gold: the Analysis text against the gold, which is what `lede
//     eval` scores; shown≈gold must not fall far below it.
//
// The floors hold per page.
func TestVisibleText(t *testing.T) {
	corpus := corpusDir(t)
	env := browser(t)
	pages := visibleSample(t, corpus)
	if len(pages) < 20 {
		t.Fatalf("only %d corpus pages sampled, want at least 20", len(pages))
	}
	var rows []visibleRow
	for _, p := range pages {
		t.Run(p.set+"/"+short(p.id), func(t *testing.T) {
			rows = append(rows, checkVisibleText(t, env, p))
		})
	}
	if len(rows) < len(pages) {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s %-28s %-7s %10s %10s %10s %8s\n", "set", "page", "lang", "shown≈text", "shown≈gold", "text≈gold", "extra")
	var sum [3]float64
	for _, r := range rows {
		fmt.Fprintf(&b, "%-12s %-28s %-7s %10.3f %10.3f %10.3f %8d\n", r.set, short(r.id), r.lang, r.shownText, r.shownGold, r.textGold, r.extraRunes)
		sum[0] += r.shownText
		sum[1] += r.shownGold
		sum[2] += r.textGold
	}
	n := float64(len(rows))
	fmt.Fprintf(&b, "%-12s %-28s %-7s %10.3f %10.3f %10.3f\n", "mean", fmt.Sprintf("(%d pages)", len(rows)), "", sum[0]/n, sum[1]/n, sum[2]/n)
	t.Logf("visible article text after the click:\n%s", b.String())
}

// Floors of TestVisibleText, per page.
const (
	// minShownText: the visible article and the Analysis text are the same
	// text but for what the two cannot agree on to the shingle (a caption
	// that is neither a figcaption nor named as one, a line break inside a
	// sentence where innerText and the core differ).
	minShownText = 0.95
	// maxGoldDrop: shown≈gold may fall this far below text≈gold.
	maxGoldDrop = 0.03
	// minShownGold: and never below this.
	minShownGold = 0.75
)

// visibleSampleSets names the sets and how many pages of each the test
// opens, spread over the set (every k-th page in name order, so that many
// sites come up, not one day's crawl). script "Hant" picks Traditional
// Chinese pages. gne_zh/163_* are left out: they document.write after load.
var visibleSampleSets = []struct {
	set, lang, script string
	count             int
}{
	{"zyte_aeb", "en", "", 6},
	{"daniel_zh", "zh", "Hans", 5},
	{"daniel_zh", "zh", "Hant", 2},
	{"gne_zh", "zh", "", 4},
	{"readability", "en", "", 4},
	{"readability", "zh", "", 1},
	{"seed", "", "", 1},
}

type visiblePage struct {
	set, id string
	gold    visibleGold
}

type visibleGold struct {
	Lang   string  `json:"lang"`
	Script string  `json:"script"`
	Title  string  `json:"title"`
	Body   *string `json:"body"`
}

type visibleRow struct {
	set, id, lang                  string
	shownText, shownGold, textGold float64
	extraRunes                     int // visible runes neither in the text nor allowed for
}

func visibleSample(t *testing.T, corpus string) []visiblePage {
	t.Helper()
	var out []visiblePage
	for _, s := range visibleSampleSets {
		entries, err := os.ReadDir(filepath.Join(corpus, s.set))
		if err != nil {
			t.Fatalf("corpus set %s: %v", s.set, err)
		}
		var cands []visiblePage
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "163_") {
				continue
			}
			b, err := os.ReadFile(filepath.Join(corpus, s.set, e.Name(), "gold.json"))
			if err != nil {
				continue
			}
			var g visibleGold
			if err := json.Unmarshal(b, &g); err != nil {
				t.Fatalf("%s/%s/gold.json: %v", s.set, e.Name(), err)
			}
			if g.Body == nil || utf8.RuneCountInString(*g.Body) < 200 || s.lang != "" && g.Lang != s.lang || s.script != "" && g.Script != s.script {
				continue
			}
			cands = append(cands, visiblePage{s.set, e.Name(), g})
		}
		sort.Slice(cands, func(i, j int) bool { return cands[i].id < cands[j].id })
		if len(cands) < s.count {
			t.Fatalf("%s: %d pages for %s %s, want %d", s.set, len(cands), s.lang, s.script, s.count)
		}
		for i := 0; i < s.count; i++ {
			out = append(out, cands[i*len(cands)/s.count])
		}
	}
	return out
}

func checkVisibleText(t *testing.T, env *browserEnv, p visiblePage) visibleRow {
	row := visibleRow{set: p.set, id: p.id, lang: p.gold.Lang}
	if p.gold.Script == "Hant" {
		row.lang += "-Hant"
	}
	tb := env.open(t, env.pageURL("/corpus/"+p.set+"/"+p.id+"/page.html"))
	if kind := tb.clickExpectingNotice(); kind != "" {
		t.Fatalf("not cleaned (%s): %s", kind, eval[string](tb, jsNoticeTx))
	}
	visible := eval[string](tb, jsVisible)
	a := tb.analysis()
	text, _ := a["text"].(string)
	shown, extra := visibleArticle(visible, a)
	row.extraRunes = extra
	row.shownText = shingleF1(text, shown)
	row.shownGold = shingleF1(*p.gold.Body, shown)
	row.textGold = shingleF1(*p.gold.Body, text)
	t.Logf("shown≈text %.3f, shown≈gold %.3f, text≈gold %.3f; %d visible runes neither text nor headline/byline/caption", row.shownText, row.shownGold, row.textGold, extra)
	if row.shownText < minShownText {
		t.Errorf("the visible article differs from the Analysis text: F1 %.3f < %.2f", row.shownText, minShownText)
	}
	if row.shownText < 1 {
		logDiff(t, text, shown)
	}
	if row.shownGold < row.textGold-maxGoldDrop || row.shownGold < minShownGold {
		t.Errorf("the visible article scores %.3f against the gold (the Analysis text %.3f); want ≥ %.2f and ≥ text−%.2f", row.shownGold, row.textGold, minShownGold, maxGoldDrop)
	}
	tb.turnOff()
	return row
}

// shingleF1 is one page's F1 as the eval defines it, on lower-cased text.
func shingleF1(gold, pred string) float64 {
	c := lede.CompareText(strings.ToLower(gold), strings.ToLower(pred))
	p, _ := c.Precision()
	r, _ := c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// bylineDate finds a date or time in a short line: a byline or dateline.
var bylineDate = regexp.MustCompile(`\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}:\d{2}|\b(19|20)\d{2}\b`)

// visibleArticle is the visible page text without the lines that stay
// visible beside the article text and are reported in their own fields:
// the headline and dek (title, excerpt), byline and date lines above or below
// the text (byline, published, site), and picture captions. It returns that
// text and the number of visible runes in lines that are neither article
// text nor one of those.
func visibleArticle(visible string, a map[string]any) (string, int) {
	text, _ := a["text"].(string)
	textSq := strings.ToLower(squash(text))
	str := func(k string) string { s, _ := a[k].(string); return strings.ToLower(squash(s)) }
	title, excerpt, byline, site := str("title"), str("excerpt"), str("byline"), str("site")
	var captions []string
	if ps, ok := a["pictures"].([]any); ok {
		for _, p := range ps {
			if c, _ := p.(map[string]any)["caption"].(string); c != "" {
				captions = append(captions, strings.ToLower(squash(c)))
			}
		}
	}
	lines := strings.Split(visible, "\n")
	first, last := -1, -1 // the first and last visible lines of the text
	for i, l := range lines {
		if sq := strings.ToLower(squash(l)); sq != "" && utf8.RuneCountInString(sq) >= 10 && strings.Contains(textSq, sq) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	var b strings.Builder
	extra := 0
	for i, l := range lines {
		sq := strings.ToLower(squash(l))
		if sq == "" {
			continue
		}
		n := utf8.RuneCountInString(sq)
		allowed := false
		switch {
		case strings.Contains(textSq, sq):
		case similarRunes(sq, title) >= 0.8 || strings.Contains(title, sq) || excerpt != "" && (strings.Contains(excerpt, sq) || similarRunes(sq, excerpt) >= 0.8):
			allowed = true // headline, dek
		case containsAny(sq, captions) || anyContains(captions, sq):
			allowed = true // caption
		case (i < first || i > last || first < 0) && n <= 100 &&
			(byline != "" && strings.Contains(sq, byline) || site != "" && strings.Contains(sq, site) || bylineDate.MatchString(l)):
			allowed = true // byline, dateline, source line
		default:
			extra += n
		}
		if !allowed {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String(), extra
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if x != "" && strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func anyContains(ss []string, sub string) bool {
	for _, s := range ss {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// similarRunes is the Dice coefficient of the character bigrams of a and b.
func similarRunes(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 2 || len(rb) < 2 {
		return 0
	}
	grams := map[[2]rune]int{}
	for i := 0; i+1 < len(ra); i++ {
		grams[[2]rune{ra[i], ra[i+1]}]++
	}
	shared := 0
	for i := 0; i+1 < len(rb); i++ {
		if g := [2]rune{rb[i], rb[i+1]}; grams[g] > 0 {
			grams[g]--
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(ra)+len(rb)-2)
}

// logDiff logs the lines one side has and the other lacks.
func logDiff(t *testing.T, text, shown string) {
	t.Helper()
	textSq, shownSq := strings.ToLower(squash(text)), strings.ToLower(squash(shown))
	for _, l := range strings.Split(shown, "\n") {
		if sq := strings.ToLower(squash(l)); sq != "" && !strings.Contains(textSq, sq) {
			t.Logf("  shown, not in the text: %.100q", l)
		}
	}
	for _, l := range strings.Split(text, "\n") {
		if sq := strings.ToLower(squash(l)); sq != "" && !strings.Contains(shownSq, sq) {
			t.Logf("  in the text, not shown: %.100q", l)
		}
	}
}
