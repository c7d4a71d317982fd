package eval

import (
	"strings"
	"testing"

	"lede/internal/corpustest"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, world_1!", []string{"Hello", "world_1"}},
		{"中文abc 12", []string{"中", "文", "abc", "12"}},
		{"カタカナ한국", []string{"カ", "タ", "カ", "ナ", "한", "국"}},
		{"x²+½", []string{"x²", "½"}}, // numbers of any kind are word characters, as Python's \w
		{"", nil},
	}
	for _, tt := range tests {
		got := Tokens(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompareText(t *testing.T) {
	c := CompareText("a b c d e", "a b c d x")
	// gold shingles: abcd, bcde; predicted: abcd, bcdx
	if c != (Counts{TP: 1, FP: 1, FN: 1}) {
		t.Errorf("counts %+v", c)
	}
	if c := CompareText("短", "短"); c != (Counts{TP: 1}) {
		t.Errorf("one-token texts: %+v", c)
	}
	if p, ok := (Counts{}).Precision(); !ok || p != 1 {
		t.Errorf("empty vs empty precision = %v %v", p, ok)
	}
	if _, ok := (Counts{FN: 3}).Precision(); ok {
		t.Error("an empty prediction must not count in the precision mean")
	}
}

// TestCorpusFloors runs the whole corpus and holds the per-set scores to the
// issue's targets (a regression here is a regression in docs/extraction.md).
func TestCorpusFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	dir := corpustest.Dir(t)
	rep, err := Run(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string]float64{"zyte_aeb": 0.975, "daniel_zh": 0.96, "gne_zh": 0.975, "readability": 0.95, "seed": 0.999}
	for set, floor := range floors {
		s, ok := rep.Extraction[set]
		if !ok {
			t.Errorf("no %s pages scored", set)
			continue
		}
		t.Logf("%-12s F1 %.4f  P %.4f  R %.4f  n %d  empty %d", set, s.F1, s.Precision, s.Recall, s.N, s.Empty)
		if s.F1 < floor {
			t.Errorf("%s F1 %.4f below %.3f", set, s.F1, floor)
		}
	}
	if e := rep.Extraction["gne_zh"].Empty; e > 0 {
		t.Errorf("gne_zh: %d empty results", e)
	}
	if len(rep.Clutter) > 0 {
		t.Errorf("labelled clutter lines in the text: %v", rep.Clutter)
	}
	if len(rep.Errors) > 0 {
		t.Errorf("errors: %v", rep.Errors)
	}
}

func TestMarkdown(t *testing.T) {
	r := &Report{Pages: 2, Extraction: map[string]ExtractionScore{
		"a": {N: 2, F1: 0.5, Precision: 0.5, Recall: 0.5}, "a/en": {N: 2}, "lang:en": {N: 2, F1: 0.5},
	}}
	md := r.Markdown()
	if !strings.Contains(md, "| a | 0.5000 | 0.5000 | 0.5000 | 2 | 0 |") || !strings.Contains(md, "| en |") || strings.Contains(md, "a/en") {
		t.Errorf("markdown:\n%s", md)
	}
}
