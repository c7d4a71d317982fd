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
	{"zh 报道称 at the start of a clause: the outlet named before speaks (none named: no speaker guessed)", "zh", []string{
		"英国《星报》网站10月2日发表了题为《城市新貌》的报道，报道称，这座城市再度充满活力。",
		"报道还指出，当地经济正在复苏。",
		"美国《晨报》报道称，游客蜂拥前往公园游览。",
		"该报道中提到，门票在几小时内被抢光。",
	}, []want{
		{Speaker: "《星报》", Group: "organisation", Kind: "indirect", Text: "这座城市再度充满活力"},
		{Speaker: "《星报》", Group: "organisation", Kind: "indirect", Text: "当地经济正在复苏"},
		{Speaker: "美国《晨报》", Group: "organisation", Kind: "indirect", Text: "游客蜂拥前往公园游览"},
		{Speaker: "美国《晨报》", Group: "organisation", Kind: "indirect", Text: "门票在几小时内被抢光"},
	}},
	{"zh an outlet named in passing is no subject a later person phrase resolves to", "zh", []string{
		"报道称，这座城市再度充满活力。",
		"香港《星报》曝光的视频显示，一位男子在会上表示，所有楼盘都在维权。",
	}, []want{
		{Speaker: "男子", Kind: "indirect", Anonymous: true, Text: "所有楼盘都在维权"},
	}},
}

func TestRound9(t *testing.T) { runFindCases(t, round9Tests) }
