package quotes

import "testing"

// Cases for the rules added after the tenth check on pages the engine had
// never seen (held-out labels kept outside the repository): one group per
// error cause. All sentences are written for these tests.
var round10Tests = []findCase{
	{"zh the subject of the sentence's first clause speaks in a later clause without one", "zh", []string{
		"张三来到现场，表示这里的情况很好。",
		"孙七走出大楼后，向记者挥手，随后说，他会回来的。",
		"赵六首先面对媒体鞠躬，然后表示：“我做错了事，对不起大家。”",
		"王五先是沉默了一会儿，之后表示，他不会辞职。",
	}, []want{
		{Speaker: "张三", Kind: "indirect", Text: "这里的情况很好"},
		{Speaker: "孙七", Kind: "indirect", Text: "他会回来的"},
		{Speaker: "赵六", Kind: "direct", Text: "我做错了事，对不起大家。"},
		{Speaker: "王五", Kind: "indirect", Text: "他不会辞职"},
	}},
	{"zh a causative (这让X…) makes X the subject of the clauses after it", "zh", []string{
		"这让李四十分无奈，感叹：“我只是对自己感到失望。”",
		"此举令周梅非常不满，她说，公司应该道歉。",
	}, []want{
		{Speaker: "李四", Kind: "direct", Text: "我只是对自己感到失望。"},
		{Speaker: "周梅", Kind: "indirect", Text: "公司应该道歉"},
	}},
	{"zh a sentence opened by 他/她 speaks in a later clause without a subject", "zh", []string{
		"陈明没有戴口罩。他首先面对镜头鞠躬，然后表示：“我做错了事，对不起大家。”",
		"他们先是沉默了很久，然后表示，不会接受这个结果。",
	}, []want{
		{Speaker: "陈明", Kind: "direct", Text: "我做错了事，对不起大家。"},
	}},
	{"zh the vertical colon ︰ introduces words like ：", "zh", []string{
		"陈明走出法院后表示︰“我会继续上诉，直到讨回公道。”",
	}, []want{
		{Speaker: "陈明", Kind: "direct", Text: "我会继续上诉，直到讨回公道。"},
	}},
	{"zh 只能说/可以说 with no subject is a connective; with one it is speech", "zh", []string{
		"李红的儿子没能进这所学校。只能说，之前的他们太过顺利了。",
		"而可以说，这是最好的结果。",
		"王强说，价格还会上涨。他只能说，大家要有耐心。",
	}, []want{
		{Speaker: "王强", Kind: "indirect", Text: "价格还会上涨"},
		{Speaker: "王强", Kind: "indirect", Text: "大家要有耐心"},
	}},
	{"zh one Latin word: a handle after a person noun, an organisation's name after its description, longer than six letters", "zh", []string{
		"加拿大大叔Bramble感慨说：“这里的公园真热闹。”",
		"消费者权益协会Consumo昨日称，两百多名乘客决定起诉。",
		"Nightowl表示，这个漏洞已经修复。",
	}, []want{
		{Speaker: "Bramble", Role: "加拿大大叔", Group: "person", Kind: "direct", Text: "这里的公园真热闹。"},
		{Speaker: "Consumo", Group: "organisation", Kind: "indirect", Text: "两百多名乘客决定起诉"},
		{Speaker: "Nightowl", Kind: "indirect", Text: "这个漏洞已经修复"},
	}},
	{"zh 在早前 is a time phrase before the speaker", "zh", []string{
		"在早前星河公司已表示，今年将继续免费开放。",
	}, []want{
		{Speaker: "星河公司", Kind: "indirect", Text: "今年将继续免费开放"},
	}},
	{"en a colon after a lead-in with no speech verb: the lead-in's subject speaks", "en", []string{
		"Maria Lopez, a nurse in Ohio, shared her perspective on the study: “We are tired and we need more staff on every shift.”",
		"One hospital worker summed this up as follows: “The tools are fine, but the process is broken and nobody fixes it.”",
		"She put it bluntly: “Nobody here has been paid since March, and we are done waiting.”",
		"The report lists three causes: “poor planning, weak oversight and bad luck in the weather.”",
	}, []want{
		{Speaker: "Maria Lopez", Kind: "direct", Text: "We are tired and we need more staff on every shift."},
		{Speaker: "One hospital worker", Anonymous: true, Kind: "direct", Text: "The tools are fine, but the process is broken and nobody fixes it."},
		{Speaker: "Maria Lopez", Kind: "direct", Text: "Nobody here has been paid since March, and we are done waiting."},
		{Speaker: "", Kind: "direct", Text: "poor planning, weak oversight and bad luck in the weather."},
	}},
}

func TestRound10(t *testing.T) { runFindCases(t, round10Tests) }
