package analysis

import (
	"math/rand/v2"
	"testing"

	"lede/internal/figures"
	"lede/internal/quotes"
)

// linkSlow is the definition: the first quote whose span holds the figure.
func linkSlow(fs []figures.Figure, qs []quotes.Quote) []int {
	out := make([]int, len(fs))
	for i, f := range fs {
		out[i] = -1
		for j, q := range qs {
			if f.Start >= q.Start && f.End <= q.End {
				out[i] = j
				break
			}
		}
	}
	return out
}

func TestLinkFiguresToQuotes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 500 {
		var qs []quotes.Quote
		at := 0
		for range r.IntN(8) {
			at += r.IntN(40)
			q := quotes.Quote{Start: at, End: at + 1 + r.IntN(60)} // sorted by start; may overlap
			qs = append(qs, q)
		}
		if round%5 == 0 && len(qs) > 1 { // out of order too
			qs[0], qs[len(qs)-1] = qs[len(qs)-1], qs[0]
		}
		var fs []figures.Figure
		for range r.IntN(12) {
			s := r.IntN(at + 50)
			fs = append(fs, figures.Figure{Start: s, End: s + 1 + r.IntN(8)})
		}
		want := linkSlow(fs, qs)
		linkFiguresToQuotes(fs, qs)
		for i, f := range fs {
			if f.Quote != want[i] {
				t.Fatalf("round %d: figure %d..%d linked to quote %d, want %d (quotes %v)", round, f.Start, f.End, f.Quote, want[i], qs)
			}
		}
	}
}
