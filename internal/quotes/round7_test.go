package quotes

import "testing"

// Cases for the rules added after the seventh check on pages the engine had
// never seen (held-out labels kept outside the repository): one group per
// error cause. All sentences are written for these tests.
var round7Tests = []findCase{
	{"zh a user's handle in quotation marks speaks through a post, a reply or a colon", "zh", []string{
		"网友“青山”发帖称：“下周的义卖改到周六，欢迎大家来。”",
		"网友“小橘子”回帖称，支持改到周六的决定。",
		"网友“老陈”回帖表示，周六他要加班。“老陈”说，去年的义卖他也没赶上。",
		"不少网友留言称义卖办得好，网友“阿木”：“东西便宜，还能帮到人！”作家林远则表示下次也来参加。",
	}, []want{
		{Speaker: "青山", Role: "网友", Kind: "direct", Text: "下周的义卖改到周六"},
		{Speaker: "小橘子", Kind: "indirect", Text: "支持改到周六的决定"},
		{Speaker: "老陈", Kind: "indirect", Text: "周六他要加班"},
		{Speaker: "老陈", Kind: "indirect", Text: "去年的义卖他也没赶上"},
		{Speaker: "网友", Anonymous: true, Kind: "indirect", Text: "义卖办得好"},
		{Speaker: "阿木", Role: "网友", Kind: "direct", Text: "东西便宜，还能帮到人"},
		{Speaker: "林远", Role: "作家", Kind: "indirect", Text: "下次也来参加"},
	}},
	{"zh a short quoted term before a colon is no handle without a person noun", "zh", []string{
		"活动的主题“绿色出行”：骑车、步行和乘公交。",
	}, nil},
	{"zh a pronoun after the object means the sentence's subject, unless interviewed", "zh", []string{
		"作家王明近日饱受质疑。",
		"16日晚，著名导演李青也在微博中力挺王明，他说：“这样的指控毫无道理。”",
		"主持人赵可昨日专访了演员刘冬，她表示：“这事我不清楚。”",
	}, []want{
		{Speaker: "李青", Role: "著名导演", Kind: "direct", Text: "这样的指控毫无道理"},
		{Speaker: "刘冬", Kind: "direct", Text: "这事我不清楚"},
	}},
	{"zh reported words end where another speaker introduces a quotation with a colon", "zh", []string{
		"据研究院介绍，新材料的强度是钢的五倍；成本是同类产品的一半，院长周涛称：“这只是第一步。”",
		"王某称对这一带并不陌生：“我在这里住了十年。”",
	}, []want{
		{Speaker: "研究院", Kind: "indirect", Text: "成本是同类产品的一半"},
		{Speaker: "周涛", Kind: "direct", Text: "这只是第一步"},
		{Speaker: "王某", Kind: "direct", Text: "我在这里住了十年"},
	}},
	{"zh 宣布 announces an act, not words (even before a comma)", "zh", []string{
		"市铁路公司总经理李强宣布，对调度部门进行改组，并开始试运行新的时刻表。",
		"市铁路公司宣布成立新的调度中心。",
	}, nil},
	{"zh translated stories: a foreign name after a description, called by its given name; 这位+noun is that person", "zh", []string{
		"35岁的茉莉·卡特曾在一家医院工作，负责照顾病人，处理病人后事。",
		"茉莉说这份工作太过沉重。她遇到了一位潜水教练，她说：“我想着为什么不去试试。”",
		"这位35岁的年轻人随后辞去了工作。",
		"她甚至发誓说“我会一直做下去”。",
	}, []want{
		{Speaker: "茉莉·卡特", Group: "person", Kind: "indirect", Text: "这份工作太过沉重"},
		{Speaker: "茉莉·卡特", Kind: "direct", Text: "我想着为什么不去试试"},
		{Speaker: "茉莉·卡特", Kind: "direct", Text: "我会一直做下去"},
	}},
	{"en a patient speaks; described after a quotation is a speech verb", "en", []string{
		"\"I could only manage two steps at a time before I had to sit down,\" the patient described in the report.",
		"\"Life is pretty much as it was before the illness now,\" the patient wrote.",
		"Doctors described the illness as rare.",
	}, []want{
		{Speaker: "patient", Anonymous: true, Kind: "direct", Text: "I could only manage two steps"},
		{Speaker: "patient", Anonymous: true, Kind: "direct", Text: "Life is pretty much as it was"},
	}},
	{"zh a pronoun before an adverbial 地 is the speaker", "zh", []string{
		"演员刘冬昨天来到了片场。",
		"她开玩笑地说：“导演比我还紧张呢。”",
	}, []want{
		{Speaker: "刘冬", Kind: "direct", Text: "导演比我还紧张呢"},
	}},
}

func TestFindRound7(t *testing.T) { runFindCases(t, round7Tests) }
