package eval

import (
	"math"
	"sort"
	"strings"

	"lede/internal/figures"
	"lede/internal/quotes"
)

// PRF is a micro-averaged precision/recall/F1 with its counts.
type PRF struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Add accumulates counts.
func (p *PRF) Add(tp, fp, fn int) { p.TP += tp; p.FP += fp; p.FN += fn }

// Finish computes the ratios from the counts.
func (p *PRF) Finish() {
	if p.TP+p.FP > 0 {
		p.Precision = float64(p.TP) / float64(p.TP+p.FP)
	}
	if p.TP+p.FN > 0 {
		p.Recall = float64(p.TP) / float64(p.TP+p.FN)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

type valueKind struct {
	value float64
	kind  string
}

func sameValue(a, b float64) bool {
	if a == b {
		return true
	}
	d := math.Abs(a - b)
	return d/math.Max(math.Abs(a), math.Abs(b)) < 1e-6
}

// FigureMiss describes one figure error, for the eval's detail output.
type FigureMiss struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Kind  string  `json:"kind"`
	Why   string  `json:"why"` // "missed", "spurious", "not_figure"
}

// CompareFigures scores one page: distinct (value, kind) pairs, optional gold
// pairs count neither way, a prediction inside a not_figures string is a false
// positive, predicted dates are ignored. A predicted range contributes both
// its bounds (value and high), as the gold labels list a range's bounds as
// two figures.
func CompareFigures(g Gold, pred []figures.Figure) (tp, fp, fn int, misses []FigureMiss) {
	var gold, optional []valueKind
	for _, f := range g.Figures {
		if f.Value == nil {
			continue
		}
		vk := valueKind{*f.Value, f.Kind}
		if f.Optional {
			optional = appendDistinct(optional, vk)
		} else {
			gold = appendDistinct(gold, vk)
		}
	}
	var predicted []valueKind
	predText := map[valueKind]string{}
	for _, f := range pred {
		if f.Kind == "date" {
			continue
		}
		if insideNotFigure(f.Text, g.NotFigures) {
			fp++
			misses = append(misses, FigureMiss{f.Text, f.Value, f.Kind, "not_figure"})
			continue
		}
		// A range (20～25倍, 1%-4%) gives both bounds, as the gold labels do:
		// its upper bound is a second (value, kind) pair.
		for i, v := range [...]float64{f.Value, f.High} {
			if i == 1 && (f.High == 0 || f.High == f.Value) {
				continue
			}
			vk := valueKind{v, f.Kind}
			if !containsVK(predicted, vk) {
				predicted = append(predicted, vk)
				predText[vk] = f.Text
			}
		}
	}
	matched := make([]bool, len(gold))
	for _, p := range predicted {
		hit := false
		for i, gv := range gold {
			if !matched[i] && gv.kind == p.kind && sameValue(gv.value, p.value) {
				matched[i], hit = true, true
				break
			}
		}
		if hit {
			tp++
			continue
		}
		if containsVK(optional, p) {
			continue
		}
		fp++
		misses = append(misses, FigureMiss{predText[p], p.value, p.kind, "spurious"})
	}
	for i, m := range matched {
		if !m {
			fn++
			text := ""
			for _, f := range g.Figures {
				if f.Value != nil && sameValue(*f.Value, gold[i].value) && f.Kind == gold[i].kind {
					text = f.Text
					break
				}
			}
			misses = append(misses, FigureMiss{text, gold[i].value, gold[i].kind, "missed"})
		}
	}
	return tp, fp, fn, misses
}

// insideNotFigure reports whether text lies inside one of the not_figures
// strings as the same number: "H100" inside "H100", "3" inside "Llama 3",
// but not "30" inside "A330neo" nor "2位" inside "第22位", where the digits
// are part of a longer number.
func insideNotFigure(text string, not []string) bool {
	t := strings.TrimSpace(text)
	if t == "" {
		return false
	}
	for _, n := range not {
		for off := 0; off <= len(n)-len(t); {
			k := strings.Index(n[off:], t)
			if k < 0 {
				break
			}
			a, b := off+k, off+k+len(t)
			if !(splitsDigits(n[:a], t, true) || splitsDigits(n[b:], t, false)) {
				return true
			}
			off = a + 1
		}
	}
	return false
}

// splitsDigits: the match of t continues a digit run into the rest of the
// string on that side (before when left).
func splitsDigits(rest, t string, left bool) bool {
	if rest == "" || t == "" {
		return false
	}
	var edge, next byte
	if left {
		edge, next = t[0], rest[len(rest)-1]
	} else {
		edge, next = t[len(t)-1], rest[0]
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	return isDigit(edge) && isDigit(next)
}

func appendDistinct(s []valueKind, v valueKind) []valueKind {
	if containsVK(s, v) {
		return s
	}
	return append(s, v)
}

func containsVK(s []valueKind, v valueKind) bool {
	for _, x := range s {
		if x.kind == v.kind && sameValue(x.value, v.value) {
			return true
		}
	}
	return false
}

// QuoteMiss describes one quote error.
type QuoteMiss struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	Why     string `json:"why"` // "missed", "spurious", "misattributed (got X)"
}

// CompareQuotes scores one page. Detection: a prediction matches a gold quote
// when their texts overlap (one contains the other, or they share half the
// shorter one's characters). Attribution additionally needs the same speaker
// (equal, or one name contains the other). Optional gold quotes count neither
// way; a prediction overlapping an already matched or optional gold quote is
// not an error.
//
// Pairs are matched one to one, best overlap first (containment before a
// character share, then the same speaker, then the closer lengths), so the
// result does not depend on the order of the predictions: a spurious
// prediction that merely shares characters with a gold quote cannot take it
// from the prediction that holds it.
func CompareQuotes(g Gold, pred []quotes.Quote) (det, attr PRF, misses []QuoteMiss) {
	type pair struct {
		p, g  int
		score float64
	}
	var pairs []pair
	for pi, p := range pred {
		for gi, gq := range g.Quotes {
			contain, ratio, ok := quoteOverlap(gq.Text, p.Text)
			if !ok {
				continue
			}
			score := ratio
			if contain {
				score += 2
			}
			if sameSpeaker(gq.Speaker, p.Speaker) {
				score += 1
			}
			pairs = append(pairs, pair{pi, gi, score})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].score > pairs[j].score })
	predGold := make([]int, len(pred))
	for i := range predGold {
		predGold[i] = -1
	}
	// Required gold quotes choose first: an optional one only takes a
	// prediction no required one could use, so labelling an extra quote
	// optional never costs a required one its match.
	usedGold := make([]bool, len(g.Quotes))
	for _, optional := range []bool{false, true} {
		for _, pr := range pairs {
			if predGold[pr.p] >= 0 || usedGold[pr.g] || g.Quotes[pr.g].Optional != optional {
				continue
			}
			predGold[pr.p], usedGold[pr.g] = pr.g, true
		}
	}
	for pi, p := range pred {
		best := predGold[pi]
		if best < 0 {
			// a prediction overlapping an already matched or optional gold quote is not an error
			if overlapsAny(g.Quotes, p.Text) {
				continue
			}
			det.FP++
			attr.FP++
			misses = append(misses, QuoteMiss{p.Speaker, p.Text, "spurious"})
			continue
		}
		gq := g.Quotes[best]
		if gq.Optional {
			continue
		}
		det.TP++
		if sameSpeaker(gq.Speaker, p.Speaker) {
			attr.TP++
		} else {
			attr.FP++
			attr.FN++
			misses = append(misses, QuoteMiss{gq.Speaker, gq.Text, "misattributed (got " + p.Speaker + ")"})
		}
	}
	for i, gq := range g.Quotes {
		if !usedGold[i] && !gq.Optional {
			det.FN++
			attr.FN++
			misses = append(misses, QuoteMiss{gq.Speaker, gq.Text, "missed"})
		}
	}
	return det, attr, misses
}

func overlapsAny(gs []GoldQuote, t string) bool {
	for _, g := range gs {
		if textsOverlap(g.Text, t) {
			return true
		}
	}
	return false
}

func textsOverlap(a, b string) bool {
	_, _, ok := quoteOverlap(a, b)
	return ok
}

// quoteOverlap reports whether two quote texts overlap (FORMAT.md: either
// contains the other, or they share half the shorter one's characters — with
// a common run of at least a quarter of it, so that unrelated texts made of
// the same frequent characters or letters do not match), whether by
// containment, and the length ratio shorter/longer.
func quoteOverlap(a, b string) (contain bool, ratio float64, ok bool) {
	a, b = normQuote(a), normQuote(b)
	if a == "" || b == "" {
		return false, 0, false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	ratio = float64(len(ra)) / float64(len(rb))
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true, ratio, true
	}
	// shared characters, with multiplicity
	count := map[rune]int{}
	for _, r := range rb {
		count[r]++
	}
	shared := 0
	for _, r := range ra {
		if count[r] > 0 {
			count[r]--
			shared++
		}
	}
	return false, ratio, shared*2 >= len(ra) && longestCommon(ra, rb)*4 >= len(ra)
}

// longestCommon is the length of the longest common substring, guarding the
// character-share rule against unrelated texts that merely use the same
// common characters.
func longestCommon(a, b []rune) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	best := 0
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best = cur[j]
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// normQuote folds full-width forms to ASCII (，→, ：→: Ａ→A), 。 to a period
// and runs of spaces to one, and trims quotation marks and punctuation: the
// same words written with Chinese or Latin punctuation are the same text.
func normQuote(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 0xff01 && r <= 0xff5e:
			return r - 0xfee0
		case r == 0x3000:
			return ' '
		case r == '。':
			return '.'
		case r == '、':
			return ','
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "“”\"'‘’「」『』,，。.:：")
	return strings.Join(strings.Fields(s), " ")
}

func sameSpeaker(gold, pred string) bool {
	g, p := strings.ToLower(strings.TrimSpace(gold)), strings.ToLower(strings.TrimSpace(pred))
	if g == "" || p == "" {
		return false
	}
	return strings.Contains(g, p) || strings.Contains(p, g)
}
