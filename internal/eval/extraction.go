package eval

import (
	"unicode"
)

// Tokens splits s the way FORMAT.md prescribes: runs of word characters for
// Latin and other scripts; one token per Han, Kana or Hangul character. A
// word character is what Python's \w matches (the benchmark's tokenizer):
// letters, numbers (any Unicode number, as str.isalnum) and '_' — combining
// marks are not word characters there.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		cjk := unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
		word := !cjk && (unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		if cjk {
			out = append(out, string(r))
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles counts 4-token shingles with multiplicity (a text under 4 tokens
// is one shingle).
func shingles(s string) map[string]int {
	toks := Tokens(s)
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		m[join(toks)]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[join(toks[i:i+4])]++
	}
	return m
}

func join(t []string) string {
	n := 0
	for _, s := range t {
		n += len(s) + 1
	}
	b := make([]byte, 0, n)
	for i, s := range t {
		if i > 0 {
			b = append(b, 0)
		}
		b = append(b, s...)
	}
	return string(b)
}

// Counts are one page's shingle tallies.
type Counts struct{ TP, FP, FN int }

// CompareText scores predicted text against gold text.
func CompareText(gold, pred string) Counts {
	g, p := shingles(gold), shingles(pred)
	var c Counts
	for k, pv := range p {
		gv := g[k]
		c.TP += min(gv, pv)
		if pv > gv {
			c.FP += pv - gv
		}
	}
	for k, gv := range g {
		if pv := p[k]; gv > pv {
			c.FN += gv - pv
		}
	}
	return c
}

// Precision and Recall of one page as the benchmark defines them: 1 when
// there is nothing to get wrong.
func (c Counts) Precision() (float64, bool) {
	if c.TP+c.FP == 0 {
		if c.FN == 0 {
			return 1, true
		}
		return 0, false
	}
	return float64(c.TP) / float64(c.TP+c.FP), true
}

// Recall of one page.
func (c Counts) Recall() (float64, bool) {
	if c.TP+c.FN == 0 {
		if c.FP == 0 {
			return 1, true
		}
		return 0, false
	}
	return float64(c.TP) / float64(c.TP+c.FN), true
}

// ExtractionScore aggregates pages: precision and recall are means over
// pages, F1 comes from the two means.
type ExtractionScore struct {
	N         int     `json:"n"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Empty     int     `json:"empty"` // pages where nothing was extracted
}

// Aggregate turns per-page counts into a score.
func Aggregate(pages []Counts, empty int) ExtractionScore {
	var ps, rs float64
	var np, nr int
	for _, c := range pages {
		if p, ok := c.Precision(); ok {
			ps += p
			np++
		}
		if r, ok := c.Recall(); ok {
			rs += r
			nr++
		}
	}
	s := ExtractionScore{N: len(pages), Empty: empty}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
