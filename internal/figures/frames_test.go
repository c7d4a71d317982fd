package figures

import "testing"

// Rules from the fourth round of unseen pages (hand-written sentences):
// scale words, spans written with neighbouring digits, frequencies, units
// joined by hyphens, and durations that frame another figure.
func TestFindScalesSpansAndUnits(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// a decimal or a number word with a scale word is an amount, not a version or a 5G
		{"en", "The port moved 3.65 million containers and over nine million tonnes of grain.", []fig{
			{"3.65 million", 3.65e6, 0, "containers", KindCount, "", ""}, {"nine million tonnes", 9e6, 0, "tonnes", KindMeasure, QualMoreThan, ""}}},
		{"en", "The app reached a billion downloads.", []fig{{"a billion", 1e9, 0, "downloads", KindCount, "", ""}}},
		{"en", "Version 2.5 ships on 5G phones with 4K screens.", nil},
		// N of those/these NOUN
		{"en", "Four of those stores will close.", []fig{{"Four", 4, 0, "stores", KindCount, "", ""}}},
		// units written with a hyphen; petabytes
		{"en", "The galaxy lies 12 million light-years away and the archive holds 3 petabytes.", []fig{
			{"12 million light-years", 1.2e7, 0, "light-years", KindMeasure, "", ""}, {"3 petabytes", 3, 0, "PB", KindMeasure, "", ""}}},
		// how often is a count; how much more is a multiple
		{"en", "Nurses check patients four times a day, and costs are three times higher.", []fig{
			{"four times", 4, 0, "times", KindCount, "", ""}, {"three times", 3, 0, "x", KindMultiple, "", "up"}}},
		// Chinese: two neighbouring digits before a unit are a span; 上万 is a lower bound
		{"zh", "店员月薪七八千元，旺季客流上万人次，仓库有两三百箱货。", []fig{
			{"七八千元", 7000, 8000, "CNY", KindMoney, QualAbout, ""}, {"上万人次", 1e4, 0, "人次", KindCount, QualMoreThan, ""},
			{"两三百箱", 200, 300, "箱", KindCount, QualAbout, ""}}},
		{"zh", "成千上万的游客涌入，三五个朋友结伴。", nil},
		// basis points are a percent, like percentage points; 降息 is a fall
		{"zh", "央行宣布降息25个基点。", []fig{{"25个基点", 25, 0, "bp", KindPercent, "", "down"}}},
		// pixels named before the number
		{"zh", "后置镜头的像素提升到了6400万。", []fig{{"6400万", 6.4e7, 0, "像素", KindMeasure, "", "up"}}},
		// fixed phrases with a numeral; places in a list of ranks
		{"zh", "夫妻俩两头跑，三天两头加班；两校分列三、四名。", nil},
		// Taiwan's years in a text that writes 年度
		{"zh", "本縣100年度編列預算，較99年增加2成。", []fig{{"2成", 20, 0, "%", KindPercent, "", "up"}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

// A duration is a figure when it is what is measured, not when it frames
// another figure.
func TestFindTimeFrames(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		{"en", "Sales rose 9% in the past 18 months.", []fig{{"9%", 9, 0, "%", KindPercent, "", "up"}}},
		{"en", "Exports grew 4% in the 12 months to March.", []fig{{"4%", 4, 0, "%", KindPercent, "", "up"}}},
		{"en", "Two years later, the mill hit a nine-month high of 420 tons.", []fig{{"420 tons", 420, 0, "tons", KindMeasure, "", ""}}},
		{"en", "Mortgage rates are the lowest in five years.", nil},
		// measured durations stay
		{"en", "The strike lasted 17 days and the ferry takes 40 minutes.", []fig{
			{"17 days", 17, 0, "days", KindCount, "", ""}, {"40 minutes", 40, 0, "minutes", KindCount, "", ""}}},
		{"en", "Regulators granted a 60-day waiver.", []fig{{"60-day", 60, 0, "days", KindCount, "", ""}}},
		{"zh", "近三年营收增长了12%，过去5年新增门店80家，两年后将上市。", []fig{
			{"12%", 12, 0, "%", KindPercent, "", "up"}, {"80家", 80, 0, "家", KindCount, "", ""}}},
		{"zh", "该指数创下8个月低点，油价三年来首次跌破60美元。", []fig{{"60美元", 60, 0, "USD", KindMoney, "", ""}}},
		{"zh", "该镇已连续9年获评卫生镇，被告人被判处有期徒刑3年。", []fig{
			{"9年", 9, 0, "年", KindCount, "", ""}, {"3年", 3, 0, "年", KindCount, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

// The year a figure refers to: written right after it (in 2023, (2022)) or
// earlier in the sentence.
func TestFindPeriods(t *testing.T) {
	tests := []struct {
		lang, in string
		want     map[string]string // text → period
	}{
		{"en", "In 2024, 61% of members voted, up from 48% in 2022.", map[string]string{"61%": "2024", "48%": "2022"}},
		{"en", "Profit was $3 billion in 2021 and $4.5 billion for fiscal 2022.", map[string]string{"$3 billion": "2021", "$4.5 billion": "2022"}},
		{"zh", "该公司2022年亏损3亿元，2023年盈利5亿元。", map[string]string{"3亿元": "2022", "5亿元": "2023"}},
	}
	for _, tt := range tests {
		got := map[string]string{}
		for _, f := range findIn(tt.lang, tt.in) {
			got[f.Text] = f.Period
		}
		for text, p := range tt.want {
			if got[text] != p {
				t.Errorf("%q: %q period %q, want %q (all: %v)", tt.in, text, got[text], p, got)
			}
		}
	}
}

// What a figure is about: a short noun phrase, or nothing rather than junk
// (hand-written sentences).
func TestFindAboutNounPhrases(t *testing.T) {
	tests := []aboutCase{
		// the noun a verb puts at a figure; a loss of
		{"en", "An auditor's memo put the shortfall at $2.3 billion.", "$2.3 billion", "shortfall"},
		// coordinated figures and earlier values share the subject
		{"en", "Analysts expect sales of $7 billion in 2025 and $8.2 billion in 2026.", "$8.2 billion", "sales"},
		{"en", "Some 58% of nurses backed the deal, up from 44% in 2021.", "44%", "nurses"},
		// a share of a group, also after a parenthesis
		{"en", "Nearly a third (31%) of farmers sold land.", "31%", "farmers"},
		{"en", "The survey found 12% of drivers speed daily.", "12%", "drivers"},
		// the noun phrase ends at its plural head
		{"en", "More than 2,500 doctors nationwide signed the letter.", "2,500", "doctors"},
		// a figure used as an adjective, with its article inside or adjectives between
		{"en", "It was the first time anyone had sealed a billion-dollar merger there.", "a billion-dollar", "merger"},
		{"en", "The bank raised its initial $600 million bid.", "$600 million", "bid"},
		// a dimension names nothing; a pronoun, a verb or a possessive alone is no subject
		{"en", "The crater, some 40 miles wide, is young.", "40 miles", ""},
		{"en", "It's now worth $5 million.", "$5 million", ""},
		{"en", "Output is expected to climb 4% next year.", "4%", "Output"},
		{"en", "The fee, payable in 2027, totals $3 million.", "$3 million", ""},
		// a headline in title case: no subject is read from it
		{"en", "Acme's First Electric Truck Will Go on Sale in May for $45,000", "$45,000", ""},
		// Chinese: another figure, a comparison or a time is not the subject
		{"zh", "普通票价约210元，特价票约75元。", "75元", "特价票"},
		{"zh", "该市营收较上年同期增长32%。", "32%", "该市营收"},
		{"zh", "两款机型的售价分别为3999元和4999元，较去年下降5%。", "5%", "售价"},
		{"zh", "较去年同期增长了7%。", "7%", ""},
		{"zh", "该公司2021年和2022年分别实现营收12亿元和15亿元。", "12亿元", "该公司分别实现营收"},
		{"zh", "或者行驶里程3000公里之内可以退换。", "3000公里", "行驶里程"},
	}
	checkAbout(t, tests)
}

// Rules from the fifth round of unseen pages (hand-written sentences).
func TestFindRoundFiveRules(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// units: 公分, 纳米, Gbps, IPS, milliseconds (a duration), frames per second
		{"zh", "两根管道相距约30公分，新工艺为5纳米，上行速率1.8Gbps。", []fig{
			{"30公分", 30, 0, "厘米", KindMeasure, QualAbout, ""}, {"5纳米", 5, 0, "纳米", KindMeasure, "", ""},
			{"1.8Gbps", 1.8, 0, "Gbps", KindMeasure, "", ""}}},
		{"en", "The chip handles 9,200 IPS with 12ms latency and renders 120 frames per second.", []fig{
			{"9,200 IPS", 9200, 0, "IPS", KindMeasure, "", ""}, {"12ms", 12, 0, "ms", KindCount, "", ""},
			{"120 frames per second", 120, 0, "fps", KindMeasure, "", ""}}},
		// classifiers 幅 and 单; 两度 is twice
		{"zh", "公司拍下12幅地块，当天卖出3万多单，董事长两度到访。", []fig{
			{"12幅", 12, 0, "幅", KindCount, "", ""}, {"3万多单", 3e4, 0, "单", KindCount, QualMoreThan, ""},
			{"两度", 2, 0, "度", KindCount, "", ""}}},
		// a noun of number before the qualifier; 一年半; 两年零六个月
		{"zh", "该芯片晶体管数超过80亿，研发只用了一年半，被告被判两年零六个月。", []fig{
			{"80亿", 8e9, 0, "", KindCount, QualMoreThan, ""}, {"一年半", 1.5, 0, "年", KindCount, "", ""},
			{"两年零六个月", 2.5, 0, "年", KindCount, "", ""}}},
		// a time taken of one unit is a figure; 百年老店 is an adjective; 两人均 refers back
		{"zh", "检索时间从1小时缩短到5分钟，这家百年老店的两人均表示满意。", []fig{
			{"1小时", 1, 0, "小时", KindCount, "", ""}, {"5分钟", 5, 0, "分钟", KindCount, "", ""}}},
		// a currency sign with a glued scale word
		{"en", "The club paid a £48.5million fee and a $2bn loan.", []fig{
			{"£48.5million", 4.85e7, 0, "GBP", KindMoney, "", ""}, {"$2bn", 2e9, 0, "USD", KindMoney, "", ""}}},
		// the reading of an index; a measured duration whatever follows it
		{"en", "The city's pollution index was 312 on Monday.", []fig{{"312", 312, 0, "", KindMeasure, "", ""}}},
		{"en", "She spoke for a total of about six minutes before leaving.", []fig{{"six minutes", 6, 0, "minutes", KindCount, QualAbout, ""}}},
		{"en", "Inspections follow every year or two thereafter.", nil},
		// a decimal with a hyphenated scale word
		{"en", "The model spans a 4.5-billion-year history and a $2.7-billion budget.", []fig{
			{"4.5-billion-year", 4.5e9, 0, "years", KindCount, "", ""}, {"$2.7-billion", 2.7e9, 0, "USD", KindMoney, "", ""}}},
		// a count followed by its share, in a sentence or a stats line
		{"en", "The party won 212 (41%) of the seats.", []fig{
			{"212", 212, 0, "", KindCount, "", ""}, {"41%", 41, 0, "%", KindPercent, "", ""}}},
		{"en", "LB Sam Ortiz 58 92% 6 tackles.", []fig{
			{"58", 58, 0, "", KindCount, "", ""}, {"92%", 92, 0, "%", KindPercent, "", ""}, {"6", 6, 0, "tackles", KindCount, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}
