package eval

import (
	"testing"

	"lede/internal/quotes"
)

func TestCompareQuotes(t *testing.T) {
	gold := Gold{Quotes: []GoldQuote{
		{Speaker: "王明", Text: "先涨三成再说。"},
		{Speaker: "Jane Roe", Text: "we will keep the plant open"},
		{Speaker: "研究机构", Text: "出货量达到十万台", Optional: true},
	}}
	tests := []struct {
		name      string
		pred      []quotes.Quote
		det, attr [3]int // tp, fp, fn
	}{
		{"all right", []quotes.Quote{
			{Speaker: "王明", Text: "先涨三成再说"},
			{Speaker: "Jane Roe", Text: "We will keep the plant open, she said"},
		}, [3]int{2, 0, 0}, [3]int{2, 0, 0}},
		{"order does not matter: a look-alike before the right one", []quotes.Quote{
			{Speaker: "数据", Text: "股价先涨了三成，再说下跌的事情"},
			{Speaker: "王明", Text: "先涨三成再说。"},
			{Speaker: "Jane Roe", Text: "we will keep the plant open"},
		}, [3]int{2, 0, 0}, [3]int{2, 0, 0}},
		{"full-width and ASCII punctuation are the same text", []quotes.Quote{
			{Speaker: "王明", Text: "先涨三成再说."},
		}, [3]int{1, 0, 1}, [3]int{1, 0, 1}},
		{"optional gold counts neither way", []quotes.Quote{
			{Speaker: "某机构", Text: "出货量达到十万台"},
		}, [3]int{0, 0, 2}, [3]int{0, 0, 2}},
		{"unrelated English sharing letters does not match", []quotes.Quote{
			{Speaker: "Jane Roe", Text: "prices rose sharply on Monday"},
		}, [3]int{0, 1, 2}, [3]int{0, 1, 2}},
		{"wrong speaker", []quotes.Quote{
			{Speaker: "Roe's lawyer", Text: "we will keep the plant open"},
		}, [3]int{1, 0, 1}, [3]int{0, 1, 2}},
		{"an optional gold never takes the match of a required one", []quotes.Quote{
			// overlaps the optional item best, but is the only match of
			// the required one
			{Speaker: "研究机构", Text: "先涨三成再说，出货量达到十万台"},
		}, [3]int{1, 0, 1}, [3]int{0, 1, 2}},
		{"short name matches full name", []quotes.Quote{
			{Speaker: "Roe", Text: "we will keep the plant open"},
		}, [3]int{1, 0, 1}, [3]int{1, 0, 1}},
	}
	for _, tt := range tests {
		det, attr, _ := CompareQuotes(gold, tt.pred)
		if got := [3]int{det.TP, det.FP, det.FN}; got != tt.det {
			t.Errorf("%s: detection %v, want %v", tt.name, got, tt.det)
		}
		if got := [3]int{attr.TP, attr.FP, attr.FN}; got != tt.attr {
			t.Errorf("%s: attribution %v, want %v", tt.name, got, tt.attr)
		}
	}
}
