package quotes

import "testing"

// Cases for the rules added in the fourteenth round. Unlike earlier rounds,
// the rules come from the error causes that recur across the first runs of
// rounds 7–13 (not from one round's pages): an outlet's report referred to
// again, a person described by circumstance, a company named by its
// corporate ending, a bare surname taken for an organisation. All sentences
// are written for these tests.
var round14Tests = []findCase{
	{"zh 刊文称 is how an outlet speaks; 报道举例称 is its report again", "zh", []string{
		"英国卫报刊文称，欧洲的电价今年冬天还会上涨。",
		"报道举例称，一户普通人家每月要多付两百元电费。",
	}, []want{
		{Speaker: "英国卫报", Kind: "indirect", Group: "organisation", Text: "欧洲的电价今年冬天还会上涨"},
		{Speaker: "英国卫报", Kind: "indirect", Group: "organisation", Text: "一户普通人家每月要多付两百元电费"},
	}},
	{"zh an outlet named with its short name in brackets is the one 报道称 refers to", "zh", []string{
		"南方日报（Nanfang Daily）报道，三座新公园将在五月开放。",
		"报道还称，公园门票全部免费。",
	}, []want{
		{Speaker: "南方日报（Nanfang Daily）", Kind: "indirect", Group: "organisation", Text: "三座新公园将在五月开放"},
		{Speaker: "南方日报（Nanfang Daily）", Kind: "indirect", Group: "organisation", Text: "公园门票全部免费"},
	}},
	{"zh 報導舉例說 (Traditional)", "zh", []string{
		"英國衛報刊文稱，歐洲的電價今年冬天還會上漲。",
		"報導舉例說，一戶普通人家每月要多付兩百元電費。",
	}, []want{
		{Speaker: "英國衛報", Kind: "indirect", Group: "organisation", Text: "歐洲的電價今年冬天還會上漲"},
		{Speaker: "英國衛報", Kind: "indirect", Group: "organisation", Text: "一戶普通人家每月要多付兩百元電費"},
	}},
}

func TestRound14(t *testing.T) { runFindCases(t, round14Tests) }
