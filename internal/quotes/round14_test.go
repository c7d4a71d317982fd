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
	{"en a person described by circumstance refers back only to someone so called", "en", []string{
		"Dr. Ruth Alder examined a 60-year-old farmer in May.",
		"According to the man, the new pills “worked within two days.”",
		"“I could finally sleep again,” the patient wrote in a letter to the clinic.",
		"Lena Fox, a nurse, met the family that night. “It was a hard week for them,” the nurse said.",
	}, []want{
		{Speaker: "man", Kind: "indirect", Group: "person", Anonymous: true, Text: "the new pills"},
		{Speaker: "patient", Kind: "direct", Group: "person", Anonymous: true, Text: "I could finally sleep again"},
		{Speaker: "Lena Fox", Role: "nurse", Kind: "direct", Group: "person", Text: "It was a hard week for them"},
	}},
	{"en a company named by its corporate ending is an organisation, so the company points back to it", "en", []string{
		"Maria Soto, an analyst at a small bank, said more cuts were coming.",
		"Dalton Industries said on Monday that it would cut 300 jobs at its plant.",
		"The company also said it expected a loss for the year.",
	}, []want{
		{Speaker: "Maria Soto", Role: "analyst at a small bank", Kind: "indirect", Text: "more cuts were coming"},
		{Speaker: "Dalton Industries", Kind: "indirect", Group: "organisation", Text: "it would cut 300 jobs at its plant"},
		{Speaker: "Dalton Industries", Kind: "indirect", Group: "organisation", Text: "it expected a loss for the year"},
	}},
	{"en As X reports, the company announced that: the company speaks, the outlet relays", "en", []string{
		"Rideshare Partners Inc. said it raised fares in the city center.",
		"As the Herald reports, the company announced that it would charge at least 50 dollars for each ride.",
	}, []want{
		{Speaker: "Rideshare Partners Inc.", Kind: "indirect", Group: "organisation", Text: "it raised fares in the city center"},
		{Speaker: "Rideshare Partners Inc.", Kind: "indirect", Group: "organisation", Text: "it would charge at least 50 dollars for each ride"},
	}},
	{"en a bare surname taken for an organisation is a person when she or he follows", "en", []string{
		"Gonzalez cautioned that the new test might fail in cold weather.",
		"“It will take years to get there,” Gonzalez said. She added that the money had run out.",
	}, []want{
		{Speaker: "Gonzalez", Kind: "indirect", Group: "person", Text: "the new test might fail in cold weather"},
		{Speaker: "Gonzalez", Kind: "direct", Group: "person", Text: "It will take years to get there"},
		{Speaker: "Gonzalez", Kind: "indirect", Group: "person", Text: "the money had run out"},
	}},
	{"en a word shaped like a verb or a plural stays out of that (Asked, Democrats)", "en", []string{
		"Senator Paul Hite spoke to reporters on Tuesday.",
		"Democrats said the bill would fail in the Senate this week.",
		"He added that he would vote against it.",
	}, []want{
		{Speaker: "Democrats", Kind: "indirect", Text: "the bill would fail in the Senate this week"},
		{Speaker: "Paul Hite", Kind: "indirect", Group: "person", Text: "he would vote against it"},
	}},
}

func TestRound14(t *testing.T) { runFindCases(t, round14Tests) }
