package eval

import (
	"testing"

	"lede/internal/figures"
)

func fv(v float64) *float64 { return &v }

func TestCompareFigures(t *testing.T) {
	g := Gold{
		Figures: []GoldFigure{
			{Text: "1%", Value: fv(1), Kind: "percent"},
			{Text: "4%", Value: fv(4), Kind: "percent"},
			{Text: "30 jets", Value: fv(30), Kind: "count"},
			{Text: "2位", Value: fv(2), Kind: "count"},
			{Text: "十多年", Value: nil, Kind: "count", Optional: true},
			{Text: "14年", Value: fv(14), Kind: "count", Optional: true},
		},
		NotFigures: []string{"A330neo", "第22位", "Llama 3", "787-9"},
	}
	pred := []figures.Figure{
		{Text: "1%-4%", Value: 1, High: 4, Kind: "percent"}, // a range gives both bounds
		{Text: "30", Value: 30, Kind: "count"},              // "30" is not the 330 of A330neo
		{Text: "2位", Value: 2, Kind: "count"},               // nor the 22 of 第22位
		{Text: "14年", Value: 14, Kind: "count"},             // optional: neither way
		{Text: "3", Value: 3, Kind: "count"},                // the 3 of Llama 3
		{Text: "9", Value: 9, Kind: "count"},                // the 9 of 787-9
		{Text: "2024", Value: 2024, Kind: "date"},           // dates are ignored
	}
	tp, fp, fn, misses := CompareFigures(g, pred)
	if tp != 4 || fp != 2 || fn != 0 {
		t.Errorf("tp %d fp %d fn %d, want 4 2 0; %+v", tp, fp, fn, misses)
	}
	for _, m := range misses {
		if m.Why != "not_figure" {
			t.Errorf("unexpected miss %+v", m)
		}
	}
}
