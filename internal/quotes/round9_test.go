package quotes

import "testing"

// Cases for the rules added after the ninth check on pages the engine had
// never seen (held-out labels kept outside the repository): one group per
// error cause. All sentences are written for these tests.
var round9Tests = []findCase{
	{"zh 或者说 is a connective (or rather), not a speaker and a cue", "zh", []string{
		"其中星河是最大或者说最成功的生产商。",
		"这种设备或是说这类工具，价格都不低。",
		"张伟说，或者说得更准确一些，价格还会上涨。",
	}, []want{
		{Speaker: "张伟", Kind: "indirect", Text: "价格还会上涨"},
	}},
	{"en a sentence opened by a subordinator: the word is no part of the name", "en", []string{
		"Because Maria Lopez doubted the figures, she asked for a second audit.",
		"Lopez said the audit would take a month.",
		"Unless Tom Baker signs the deal, nothing changes. Baker said he would decide on Friday.",
	}, []want{
		{Speaker: "Maria Lopez", Kind: "indirect", Text: "the audit would take a month"},
		{Speaker: "Tom Baker", Kind: "indirect", Text: "he would decide on Friday"},
	}},
}

func TestRound9(t *testing.T) { runFindCases(t, round9Tests) }
