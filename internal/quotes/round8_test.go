package quotes

import "testing"

// Cases for the rules added after the eighth check on pages the engine had
// never seen (held-out labels kept outside the repository): one group per
// error cause. All sentences are written for these tests.
var round8Tests = []findCase{
	{"zh a transcript answer in quotation marks ends there: the next paragraphs are narration", "zh", []string{
		"冬天到了，很多人的手开始干裂。",
		"皮肤科医师陈美玲：「洗手以后要马上擦护手霜，水温也不要太高。」",
		"除了护手霜，手套也很重要。",
		"记者林大同台北报导。",
		"营养师王明：多喝水，少吃辛辣的东西。",
		"晚上也可以喝一杯温牛奶，帮助睡眠。",
	}, []want{
		{Speaker: "陈美玲", Role: "皮肤科医师", Kind: "direct", Text: "洗手以后要马上擦护手霜"},
		{Speaker: "王明", Kind: "direct", Text: "多喝水"},
		{Speaker: "王明", Kind: "direct", Text: "晚上也可以喝一杯温牛奶"},
	}},
	{"zh 指控 reports an accusation (but 被指控: the accused does not speak)", "zh", []string{
		"星河公司昨日指控蓝海科技抄袭了其产品设计。",
		"蓝海科技董事长张立被指控挪用公款。",
		"这样的指控毫无根据。",
	}, []want{
		{Speaker: "星河公司", Group: "organisation", Kind: "indirect", Text: "蓝海科技抄袭了其产品设计"},
	}},
	{"zh a company is later called by its name without 公司/集团", "zh", []string{
		"星河公司表示，新产品下月上市。",
		"星河随后发布声明，称产品没有质量问题。",
		"多家公司表示，价格还会上涨。",
		"星河方面回应称，已经联系了用户。",
	}, []want{
		{Speaker: "星河公司", Kind: "indirect", Text: "新产品下月上市"},
		{Speaker: "星河公司", Kind: "indirect", Text: "产品没有质量问题"},
		{Speaker: "多家公司", Kind: "indirect", Text: "价格还会上涨"},
		{Speaker: "星河方面", Kind: "indirect", Text: "已经联系了用户"},
	}},
	{"zh 将/把 open a clause with its object, not an organisation that speaks", "zh", []string{
		"星河公司再次出手，将蓝海科技告上市中级人民法院，指控对方侵犯了三项专利。",
	}, []want{
		{Speaker: "星河公司", Kind: "indirect", Text: "对方侵犯了三项专利"},
	}},
	{"zh 该公司 with no company named before stays unattributed", "zh", []string{
		"该公司表示，工厂下周复工。",
	}, []want{
		{Speaker: "", Kind: "indirect", Text: "工厂下周复工"},
	}},
	{"zh a person named in Latin letters inside Chinese text, with a title and a role", "zh", []string{
		"伦敦大学的讲师，Grace Miller教授说道：“我们也看到了同样的结果。”",
		"剑桥大学的研究员，Tom Baker-Hill医生对这项研究做出了如下评论：“这项研究很重要。”",
		"软件公司CTO Anna Lee表示，新版本下月发布。",
		"Blue Ocean表示，已经收到了投诉。",
	}, []want{
		{Speaker: "Grace Miller", Role: "教授", Kind: "direct", Text: "我们也看到了同样的结果"},
		{Speaker: "Tom Baker-Hill", Role: "医生", Kind: "direct", Text: "这项研究很重要"},
		{Speaker: "Anna Lee", Role: "软件公司 CTO", Kind: "indirect", Text: "新版本下月发布"},
		{Speaker: "Blue Ocean", Kind: "indirect", Text: "已经收到了投诉"},
	}},
	{"en a degree between a name and its role is skipped", "en", []string{
		"\"Wash your hands often,\" says Maria Lopez, MD, director of the city clinic. \"It still works.\"",
	}, []want{
		{Speaker: "Maria Lopez", Role: "director of the city clinic", Kind: "direct", Text: "Wash your hands often"},
	}},
	{"en 'was quoted as saying' and a trailing attribution after a time own the sentence; an inner 'reported seeing' is nested", "en", []string{
		"Farmers reported seeing a bright light over the hills, the regional government was quoted as saying late Monday by a news agency.",
		"The bridge will reopen next week, the city council said late Friday.",
		"Hikers reported hearing a loud bang near the lake.",
	}, []want{
		{Speaker: "regional government", Group: "organisation", Kind: "indirect", Text: "Farmers reported seeing a bright light over the hills"},
		{Speaker: "city council", Kind: "indirect", Text: "The bridge will reopen next week"},
		{Speaker: "Hikers", Anonymous: true, Kind: "indirect", Text: "hearing a loud bang"},
	}},
	{"en a photo credit in parentheses after 'said.' is a new sentence, not words", "en", []string{
		"The rocket exploded shortly after launch, the space agency said.(Photo by Jo Park/AP)",
	}, []want{
		{Speaker: "space agency", Kind: "indirect", Text: "The rocket exploded shortly after launch"},
	}},
}

func TestFindRound8(t *testing.T) { runFindCases(t, round8Tests) }
