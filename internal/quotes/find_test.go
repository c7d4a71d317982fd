package quotes

import (
	"strings"
	"testing"

	"lede/internal/text"
)

// want describes one expected attribution. Text must be a part of the
// quote's text; Speaker "" means unattributed.
type want struct {
	Speaker   string
	Role      string // checked when not empty
	Kind      string // checked when not empty
	Group     string // checked when not empty
	Anonymous bool
	Text      string
}

func doc(lang string, paras ...string) *text.Doc {
	ps := make([]text.Para, len(paras))
	for i, p := range paras {
		ps[i] = text.Para{Text: p, Node: 100 + i, Kind: "p"}
		if strings.HasPrefix(p, "# ") {
			ps[i] = text.Para{Text: p[2:], Node: 100 + i, Kind: "h"}
		}
	}
	return text.NewDoc(lang, ps)
}

// All sentences below are written for these tests.
var findTests = []findCase{
	// --- Chinese ---
	{"zh role and name, indirect", "zh", []string{
		"甲乙科技首席执行官王立新表示，公司明年将把产能扩大一倍。",
	}, []want{{Speaker: "王立新", Role: "甲乙科技首席执行官", Kind: "indirect", Group: "person", Text: "公司明年将把产能扩大一倍"}}},
	{"zh pronoun resolves to the person before", "zh", []string{
		"甲乙科技首席执行官王立新昨天出席了发布会。他表示，新工厂将在年底投产。",
	}, []want{{Speaker: "王立新", Role: "甲乙科技首席执行官", Text: "新工厂将在年底投产"}}},
	{"zh speaker after the quotation", "zh", []string{
		"“明年的订单已经排满了，我们并不担心。”王立新说。",
	}, []want{{Speaker: "王立新", Kind: "direct", Text: "明年的订单已经排满了"}}},
	{"zh anonymous source with a colon", "zh", []string{
		"一位接近该公司的人士向记者透露：“收购谈判已经进入最后阶段。”",
	}, []want{{Speaker: "接近该公司的人士", Anonymous: true, Kind: "direct", Group: "person", Text: "收购谈判已经进入最后阶段"}}},
	{"zh document is a source", "zh", []string{
		"公司最新财报显示，第三季度营收同比增长三成。",
	}, []want{{Speaker: "公司", Role: "财报", Group: "source", Text: "第三季度营收同比增长三成"}}},
	{"zh organisation and 该公司", "zh", []string{
		"丙丁集团周一发布公告。该公司表示，将暂停两个项目的建设。",
	}, []want{{Speaker: "丙丁集团", Group: "organisation", Text: "将暂停两个项目的建设"}}},
	{"zh 据X介绍", "zh", []string{
		"据市交通局副局长陈晓介绍，新线路预计明年通车。",
	}, []want{{Speaker: "陈晓", Role: "市交通局副局长", Text: "新线路预计明年通车"}}},
	{"zh 在X看来", "zh", []string{
		"在经济学家赵明看来，利率仍有下调空间。",
	}, []want{{Speaker: "赵明", Text: "利率仍有下调空间"}}},
	{"zh nested quotation is part of the quote", "zh", []string{
		"李红表示：“父亲常说‘做事先做人’，我一直记着这句话。”",
	}, []want{{Speaker: "李红", Kind: "direct", Text: "父亲常说‘做事先做人’，我一直记着"}}},
	{"zh quotation spanning paragraphs", "zh", []string{
		"王立新说：“第一季度的数据比预期好，",
		"“第二季度我们会继续加大投入。”",
	}, []want{{Speaker: "王立新", Kind: "direct", Text: "第二季度我们会继续加大投入"}}},
	{"zh quoted paragraph continues the previous speaker", "zh", []string{
		"王立新表示：“我们不会降价。”",
		"“质量才是我们的底线，这一点不会改变。”",
	}, []want{
		{Speaker: "王立新", Text: "我们不会降价"},
		{Speaker: "王立新", Kind: "direct", Text: "质量才是我们的底线"},
	}},
	{"zh a heading breaks the continuation", "zh", []string{
		"王立新表示：“我们不会降价。”",
		"# 市场反应",
		"“这样的价格，普通家庭很难接受。”",
	}, []want{
		{Speaker: "王立新", Text: "我们不会降价"},
		{Speaker: "", Group: "unattributed", Text: "普通家庭很难接受"},
	}},
	{"zh scare quotes are not speech", "zh", []string{
		"所谓“新质生产力”已成为热词，不少企业把“出海”写进了规划。",
	}, nil},
	{"zh short name reuses the full name and role", "zh", []string{
		"甲乙公司首席执行官马克·汤普森宣布了新的计划。",
		"汤普森表示，公司将在三年内进入十个新市场。",
	}, []want{{Speaker: "马克·汤普森", Role: "甲乙公司首席执行官", Text: "公司将在三年内进入十个新市场"}}},
	{"zh 上述 refers back", "zh", []string{
		"一位券商汽车行业分析师对本报表示，价格战还会持续。",
		"上述汽车行业分析师认为，明年行业利润将继续下滑。",
	}, []want{
		{Speaker: "券商汽车行业分析师", Anonymous: true, Text: "价格战还会持续"},
		{Speaker: "券商汽车行业分析师", Anonymous: true, Text: "明年行业利润将继续下滑"},
	}},
	{"zh subjectless cue belongs to the sentence's subject", "zh", []string{
		"张华昨日接受本报采访，表示团队已完成第一轮融资。",
	}, []want{{Speaker: "张华", Text: "团队已完成第一轮融资"}}},
	{"zh one speaker around the cue", "zh", []string{
		"“我们准备好了，”王立新说，“下个月就开始试运营。”",
	}, []want{{Speaker: "王立新", Kind: "direct", Text: "下个月就开始试运营"}}},
	{"zh a colon introduces the next quotation only", "zh", []string{
		"“这次失误全怪我。”她的搭档赵强也在微博上写道：“我们一起扛。”",
	}, []want{
		{Speaker: "", Group: "unattributed", Text: "这次失误全怪我"},
		{Speaker: "赵强", Role: "她的搭档", Kind: "direct", Text: "我们一起扛"},
	}},
	{"zh title after the name", "zh", []string{
		"北方大学刘思远教授指出，这项研究还需要更多临床数据。",
	}, []want{{Speaker: "刘思远", Text: "这项研究还需要更多临床数据"}}},
	{"zh 小姐 keeps the surname", "zh", []string{
		"在超市工作的周小姐告诉记者，最近蔬菜价格明显上涨。",
	}, []want{{Speaker: "周小姐", Text: "最近蔬菜价格明显上涨"}}},
	{"zh post-posed cue", "zh", []string{
		"行业整合的速度会超出很多人的预期，一位业内人士表示。",
	}, []want{{Speaker: "业内人士", Anonymous: true, Text: "行业整合的速度会超出很多人的预期"}}},
	{"zh unresolvable pronoun stays unattributed", "zh", []string{
		"他表示，项目将如期完成。",
	}, []want{{Speaker: "", Group: "unattributed", Text: "项目将如期完成"}}},
	{"zh 表示欢迎 is not speech", "zh", []string{
		"市长王刚对新政策表示欢迎，并参观了展览。",
	}, nil},
	{"zh 回应 with an object is not speech", "zh", []string{
		"丙丁集团昨日回应裁员传闻，并公布了新的招聘计划。",
	}, nil},
	{"zh 回应 with a comma is speech", "zh", []string{
		"丙丁集团昨日回应称，公司没有任何裁员计划。",
	}, []want{{Speaker: "丙丁集团", Group: "organisation", Text: "公司没有任何裁员计划"}}},
	{"zh a headline or link line is not an attribution", "zh", []string{
		"丙丁集团称明年不会涨价",
	}, nil},
	{"zh ASCII punctuation in Chinese text", "zh", []string{
		"乙方集团董事长孙伟告诉记者,公司已经做好了准备。",
	}, []want{{Speaker: "孙伟", Role: "乙方集团董事长", Text: "公司已经做好了准备"}}},

	{"zh traditional script: role, name, pronoun, quotation", "zh", []string{
		"台北市衛生局局長陳志明表示，流感疫苗下週開始接種。他說，今年的疫苗數量比去年多兩成。",
		"「請民眾不要等到最後一天再來排隊。」陳志明說。",
		"據疾管局發言人介紹，目前已有五百家診所加入。",
	}, []want{
		{Speaker: "陳志明", Role: "台北市衛生局局長", Text: "流感疫苗下週開始接種"},
		{Speaker: "陳志明", Text: "今年的疫苗數量比去年多兩成"},
		{Speaker: "陳志明", Kind: "direct", Text: "請民眾不要等到最後一天再來排隊"},
		{Speaker: "疾管局發言人", Anonymous: true, Text: "目前已有五百家診所加入"},
	}},

	// --- English ---
	{"en said X, the Y of Z", "en", []string{
		`"We will keep every store open," said Jane Roe, chief executive of Acme Corp.`,
	}, []want{{Speaker: "Jane Roe", Role: "chief executive of Acme Corp.", Kind: "direct", Group: "person", Text: "We will keep every store open"}}},
	{"en appositive before the verb", "en", []string{
		"Jane Roe, the chief executive of Acme, said that prices would stay flat.",
	}, []want{{Speaker: "Jane Roe", Kind: "indirect", Text: "prices would stay flat"}}},
	{"en pronoun resolves to the person before", "en", []string{
		"Acme chief executive Jane Roe spoke at the meeting on Monday.",
		"She said the company had no plans to sell the unit.",
	}, []want{{Speaker: "Jane Roe", Role: "Acme chief executive", Text: "the company had no plans to sell the unit"}}},
	{"en the executive resolves by role", "en", []string{
		"Acme chief executive Jane Roe opened the new plant on Tuesday.",
		"The executive said the plant would hire 300 workers.",
	}, []want{{Speaker: "Jane Roe", Text: "the plant would hire 300 workers"}}},
	{"en anonymous source", "en", []string{
		"A person familiar with the matter told reporters that the deal could close next week.",
	}, []want{{Speaker: "A person familiar with the matter", Anonymous: true, Group: "person", Text: "the deal could close next week"}}},
	{"en according to, before and after", "en", []string{
		"According to Northwind Research, sales fell for a third month.",
		"The merger was approved late on Friday, according to people familiar with the talks.",
	}, []want{
		{Speaker: "Northwind Research", Group: "organisation", Text: "sales fell for a third month"},
		{Speaker: "people familiar with the talks", Anonymous: true, Text: "The merger was approved late on Friday"},
	}},
	{"en a report is a source", "en", []string{
		"The report said that emissions rose by 4 percent last year.",
	}, []want{{Group: "source", Speaker: "report", Text: "emissions rose by 4 percent"}}},
	{"en the company resolves to the organisation", "en", []string{
		"Globex Corp. cut its forecast on Monday.",
		"The company said in a statement that demand had weakened in Europe.",
	}, []want{{Speaker: "Globex Corp.", Group: "organisation", Text: "demand had weakened in Europe"}}},
	{"en one speaker around the verb, one item", "en", []string{
		`"We are not worried," Roe said. "The numbers speak for themselves."`,
	}, []want{{Speaker: "Roe", Kind: "direct", Text: "The numbers speak for themselves"}}},
	{"en quotation spanning paragraphs", "en", []string{
		`Jane Roe said: "The first quarter was better than we expected.`,
		`"The second will be harder, but we are ready for it," she added.`,
	}, []want{{Speaker: "Jane Roe", Kind: "direct", Text: "The second will be harder"}}},
	{"en quoted paragraph continues the previous speaker", "en", []string{
		`"We will not raise prices this year," said Jane Roe, chief executive of Acme.`,
		`"Our customers have had a hard enough time already."`,
	}, []want{
		{Speaker: "Jane Roe", Text: "We will not raise prices this year"},
		{Speaker: "Jane Roe", Kind: "direct", Text: "Our customers have had a hard enough time"},
	}},
	{"en unresolvable pronoun stays unattributed", "en", []string{
		"He said the bridge would reopen in May.",
	}, []want{{Speaker: "", Group: "unattributed", Text: "the bridge would reopen in May"}}},
	{"en scare quotes and titles are not speech", "en", []string{
		`The so-called "tariff wall" went up under the slogan "Build it here, buy it here."`,
	}, nil},
	{"en nested quotation", "en", []string{
		`"My father told me 'never again,' and I listened," Roe said.`,
	}, []want{{Speaker: "Roe", Kind: "direct", Text: "My father told me 'never again,' and I listened"}}},
	{"en short name reuses the full name", "en", []string{
		"Acme chief executive Jane Roe opened the plant in March.",
		`"It is the right time," Roe said.`,
	}, []want{{Speaker: "Jane Roe", Role: "Acme chief executive", Text: "It is the right time"}}},
	{"en X told Y that", "en", []string{
		"Mayor Tom Baker told the council that the budget was balanced.",
	}, []want{{Speaker: "Tom Baker", Role: "Mayor", Text: "the budget was balanced"}}},
	{"en says X, role, at the end", "en", []string{
		"The market has already priced in two cuts, says Ann Lee, an economist at Baltic Bank.",
	}, []want{{Speaker: "Ann Lee", Role: "economist at Baltic Bank", Text: "The market has already priced in two cuts"}}},
	{"en parenthetical between speaker and verb", "en", []string{
		"Globex chairman Sam Ortiz, meanwhile, told investors that the dividend was safe.",
	}, []want{{Speaker: "Sam Ortiz", Text: "the dividend was safe"}}},
	{"en wrote with an object is not speech", "en", []string{
		"The author wrote three books on gardening before retiring.",
	}, nil},
	{"en as X reported, …", "en", []string{
		"As the Daily Ledger reported, the plant will close in March.",
	}, []want{{Speaker: "Daily Ledger", Group: "organisation", Text: "the plant will close in March"}}},
	{"en reported earnings is not speech", "en", []string{
		"Globex reported third-quarter earnings that beat estimates.",
	}, nil},
	{"en attribution inside the sentence", "en", []string{
		"The new line, Ortiz said, would open next spring.",
	}, []want{{Speaker: "Ortiz", Text: "The new line"}}},
	{"en participle continues the speaker", "en", []string{
		`Jane Roe said the plan was sound, adding "we have done this before."`,
	}, []want{
		{Speaker: "Jane Roe", Text: "the plan was sound"},
		{Speaker: "Jane Roe", Kind: "direct", Text: "we have done this before"},
	}},
}

func TestFind(t *testing.T) { runFindCases(t, findTests) }

// findCase is a table row for Find: made-up paragraphs in one language and
// the quotes expected from them, in order.
type findCase struct {
	name  string
	lang  string
	paras []string
	want  []want
}

// runFindCases runs Find on each case's paragraphs and checks the quotes
// found against want: the same number, each one's text containing want's,
// the same speaker (or both none), and role, kind and group where given.
func runFindCases(t *testing.T, cases []findCase) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.lang, tt.paras...)
			got := Find(d)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(tt.want), dump(got))
			}
			for i, w := range tt.want {
				q := got[i]
				ok := strings.Contains(q.Text, w.Text) &&
					(w.Speaker == "" && q.Speaker == "" || w.Speaker != "" && q.Speaker == w.Speaker) &&
					(w.Role == "" || q.Role == w.Role) &&
					(w.Kind == "" || q.Kind == w.Kind) &&
					(w.Group == "" || q.Group == w.Group) &&
					q.Anonymous == w.Anonymous
				if !ok {
					t.Errorf("quote %d:\n got  %s\n want %+v", i, dump([]Quote{q}), w)
				}
				checkRange(t, d, q)
			}
		})
	}
}

// checkRange: the offsets point at the quote's words in the text, inside the
// paragraph named by Node.
func checkRange(t *testing.T, d *text.Doc, q Quote) {
	t.Helper()
	rs := []rune(d.Text)
	if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
		t.Errorf("bad range %d..%d", q.Start, q.End)
		return
	}
	first := strings.SplitN(strings.SplitN(q.Text, joinZh, 2)[0], joinEn, 2)[0]
	if !strings.Contains(string(rs[q.Start:q.End]), first) {
		t.Errorf("range %d..%d = %q does not hold %q", q.Start, q.End, string(rs[q.Start:q.End]), first)
	}
	for _, p := range d.Paras {
		if q.Start >= p.Start && q.Start < p.End {
			if p.Node != q.Node {
				t.Errorf("node %d, want %d", q.Node, p.Node)
			}
			return
		}
	}
	t.Errorf("start %d is in no paragraph", q.Start)
}

func dump(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  {" + q.Speaker + " | " + q.Role + " | " + q.Kind + " | " + q.Group)
		if q.Anonymous {
			b.WriteString(" | anonymous")
		}
		b.WriteString(" | cue " + q.Cue + " | " + q.Text + "}\n")
	}
	return b.String()
}

func TestFindEmpty(t *testing.T) {
	if got := Find(nil); got != nil {
		t.Errorf("Find(nil) = %v", got)
	}
	if got := Find(&text.Doc{}); got != nil {
		t.Errorf("Find(empty) = %v", got)
	}
	// odd input must not panic
	for _, s := range []string{"“", "”", `"`, "‘", "据", "说", "said", "according to", "，表示：", `"," he said`, "“”他说。"} {
		Find(doc("zh", s))
		Find(doc("en", s))
	}
}
