package figures

import "testing"

// checkFigures compares the figures Find reads in one sentence with want
// (text, value, high, kind, qualifier and direction; unit when given).
func checkFigures(t *testing.T, lang, in string, want []fig) {
	t.Helper()
	got := findIn(lang, in)
	if len(got) != len(want) {
		var texts []string
		for _, g := range got {
			texts = append(texts, g.Text+" ("+g.Kind+")")
		}
		t.Errorf("%q: got %d figures %v, want %d", in, len(got), texts, len(want))
		return
	}
	for i, w := range want {
		g := got[i]
		if g.Text != w.text || !close(g.Value, w.value) || !close(g.High, w.high) || g.Kind != w.kind ||
			w.unit != "" && g.Unit != w.unit || g.Qualifier != w.qualifier || g.Direction != w.direction {
			t.Errorf("%q: figure %d = {%q %v-%v %q %s q=%q d=%q}, want {%q %v-%v %q %s q=%q d=%q}", in, i,
				g.Text, g.Value, g.High, g.Unit, g.Kind, g.Qualifier, g.Direction,
				w.text, w.value, w.high, w.unit, w.kind, w.qualifier, w.direction)
		}
	}
}

// Rules found missing on pages from unseen sites; hand-written sentences.
func TestFindUnitsAndCurrencies(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// temperatures, with 零下 as the sign and ranges of them
		{"zh", "周二最低气温零下6.5℃，最高气温2℃。", []fig{
			{"零下6.5℃", -6.5, 0, "℃", KindMeasure, "", ""}, {"2℃", 2, 0, "℃", KindMeasure, "", ""}}},
		{"zh", "夜间气温零下8到零下2℃，白天3-9℃。", []fig{
			{"零下8到零下2℃", -8, -2, "℃", KindMeasure, "", ""}, {"3-9℃", 3, 9, "℃", KindMeasure, "", ""}}},
		{"zh", "明天将降温5～9℃。", []fig{{"5～9℃", 5, 9, "℃", KindMeasure, "", "down"}}},
		{"en", "The lake froze at 4°F.", []fig{{"4°F", 4, 0, "°F", KindMeasure, "", ""}}},
		// watts, hertz, pixels, inches
		{"en", "The tablet has a 90Hz panel, 33W charging and an 11-inch screen.", []fig{
			{"90Hz", 90, 0, "Hz", KindMeasure, "", ""}, {"33W", 33, 0, "W", KindMeasure, "", ""}, {"11-inch", 11, 0, "in", KindMeasure, "", ""}}},
		{"zh", "新机配备 5000 万像素主摄，支持 65W 快充。", []fig{
			{"5000 万像素", 5e7, 0, "像素", KindMeasure, "", ""}, {"65W", 65, 0, "W", KindMeasure, "", ""}}},
		{"zh", "屏幕为 2400×1080 分辨率。", nil},
		// 分钱, 毛钱; 多 between the amount and 元
		{"zh", "活动期间只要1分钱，平时要5毛钱。", []fig{
			{"1分钱", 0.01, 0, "CNY", KindMoney, "", ""}, {"5毛钱", 0.5, 0, "CNY", KindMoney, "", ""}}},
		{"zh", "每件商品提价200多元。", []fig{{"200多元", 200, 0, "CNY", KindMoney, QualMoreThan, "up"}}},
		// 块 counts pieces when the text counts pieces with it, or with 亿
		{"zh", "工厂每生产5块芯片就有4块出口，全年出口120亿块。", []fig{
			{"5块", 5, 0, "块", KindCount, "", ""}, {"4块", 4, 0, "块", KindCount, "", ""}, {"120亿块", 1.2e10, 0, "块", KindCount, "", ""}}},
		{"zh", "这顿饭花了八十块。", []fig{{"八十块", 80, 0, "CNY", KindMoney, "", ""}}},
		// index points, not hours
		{"zh", "指数收报3050.6点，盘中下跌12点。", []fig{
			{"3050.6点", 3050.6, 0, "点", KindMeasure, "", ""}, {"12点", 12, 0, "点", KindMeasure, "", "down"}}},
		{"zh", "会议于9点开始，持续到下午5点半。", nil},
		// ranges whose first bound looks like a model number (X-Y)
		{"en", "Most plants make 40-300 MW, and 20-35 per cent of them are idle.", []fig{
			{"40-300 MW", 40, 300, "MW", KindMeasure, "", ""}, {"20-35 per cent", 20, 35, "%", KindPercent, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

func TestFindNotFiguresChinese(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// "not a single cent", an isotherm
		{"zh", "这次活动一分钱都不要，一个也没有落下。", nil},
		{"zh", "明晨0℃线将南压到江南北部。", nil},
		// the number of digits, the three sectors, a chart's period
		{"zh", "利润保持两位数增长，三次产业结构继续优化。", nil},
		{"zh", "从日线图和4小时图看，汇价仍然偏弱。", nil},
		// places in a ranking; a change of places stays a figure
		{"zh", "该校今年排名第41，较上年的52位上升了11位。", []fig{{"11位", 11, 0, "位", KindCount, "", "up"}}},
		{"zh", "两国排名分别下降4位及6位。", []fig{
			{"4位", 4, 0, "位", KindCount, "", "down"}, {"6位", 6, 0, "位", KindCount, "", ""}}},
		// Taiwan's years in a text that dates with them; durations stay
		{"zh", "該法於95年3月上路，吸菸率由90年的30％降為99年的25％，已連續12年下降。", []fig{
			{"30％", 30, 0, "%", KindPercent, "", ""}, {"25％", 25, 0, "%", KindPercent, "", ""}, {"12年", 12, 0, "年", KindCount, "", ""}}},
		// bare 万 counts named by a 量 word before or a counted noun after 的
		{"zh", "该视频播放量已达3200多万，日均订单量保持在50万左右。", []fig{
			{"3200多万", 3.2e7, 0, "次", KindCount, QualMoreThan, ""}, {"50万", 5e5, 0, "单", KindCount, QualAbout, ""}}},
		{"zh", "新规实施后减少了15万的吸烟人口。", []fig{{"15万", 1.5e5, 0, "人", KindCount, "", "down"}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

func TestFindEnglishCounts(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// an ordinal or a decade elsewhere does not make the number a model name
		{"en", "In his 12th season he has 12 titles; the 1990s gave him 90 wins.", []fig{
			{"12", 12, 0, "titles", KindCount, "", ""}, {"90", 90, 0, "wins", KindCount, "", ""}}},
		// ages as the bounds of an age range
		{"en", "The survey covered people between the ages of 30 and 64 and teens aged 13 to 17-years-old.", nil},
		// hyphenated durations naming securities and contracts
		{"en", "The 5-year note and the six-month copper contract both slipped.", nil},
		// a qualifier makes a bare number an amount
		{"en", "More than 45,000 were in the stands.", []fig{{"45,000", 45000, 0, "", KindCount, QualMoreThan, ""}}},
		// from X to Y after a verb of change; N of M
		{"en", "Stores will grow from 40 today to 75 next year; the team won 9 of 11 at home.", []fig{
			{"40", 40, 0, "", KindCount, "", ""}, {"75", 75, 0, "", KindCount, "", "up"}, {"9", 9, 0, "", KindCount, "", ""}}},
		// decimal averages per unit
		{"en", "She averages 7.4 rebounds per game.", []fig{{"7.4", 7.4, 0, "rebounds", KindCount, "", ""}}},
		// points scored are counted; an index moves and stands in points
		{"en", "Smith scored 27 points and Jones had 9 points.", []fig{
			{"27 points", 27, 0, "points", KindCount, "", ""}, {"9 points", 9, 0, "points", KindCount, "", ""}}},
		{"en", "The index fell 85 points, or 0.5%, to 16,412.35.", []fig{
			{"85 points", 85, 0, "points", KindMeasure, "", "down"}, {"0.5%", 0.5, 0, "%", KindPercent, "", "down"},
			{"16,412.35", 16412.35, 0, "points", KindMeasure, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

func TestFindNamesAndWords(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// a hyphenated measure naming a product or its models
		{"en", "The 14-inch MacBook Air and the 15-inch models sell well; the 13.6-inch display is bright.", []fig{
			{"13.6-inch", 13.6, 0, "in", KindMeasure, "", ""}}},
		// One X is a name; 3x is a multiple
		{"en", "It runs better on the Xbox One X than the 3x older console.", []fig{{"3x", 3, 0, "x", KindMultiple, "", ""}}},
		// twice / thrice as multiples, not as frequencies
		{"en", "Prices rose at twice the pace of wages; the board meets twice a year.", []fig{
			{"twice", 2, 0, "x", KindMultiple, "", "up"}}},
		// rupees, lakh
		{"en", "The family paid Rs 18 lakh to an agent and Rs. 2,500 in fees.", []fig{
			{"Rs 18 lakh", 1.8e6, 0, "INR", KindMoney, "", ""}, {"Rs. 2,500", 2500, 0, "INR", KindMoney, "", ""}}},
		// capitalised plurals are counted people; weekdays end a noun phrase;
		// -ly adjectives start one
		{"en", "About 80 Canadians and 75 Mexicans were stranded, officers detained four people Tuesday and 12 weekly shows were cut.", []fig{
			{"80", 80, 0, "Canadians", KindCount, QualAbout, ""}, {"75", 75, 0, "Mexicans", KindCount, "", ""},
			{"four", 4, 0, "people", KindCount, "", ""}, {"12", 12, 0, "weekly shows", KindCount, "", ""}}},
		// units: fps, teraflops, newton-metres
		{"en", "The console renders 120fps from 12 teraflops; the motor makes 400 Nm.", []fig{
			{"120fps", 120, 0, "fps", KindMeasure, "", ""}, {"12 teraflops", 12, 0, "TFLOPS", KindMeasure, "", ""}, {"400 Nm", 400, 0, "Nm", KindMeasure, "", ""}}},
		// Chinese: camera pixels without 像素, 支持 is not a measure word,
		// 5折回购 is a discount, fund money without 元
		{"zh", "手机后置6400万主摄，前置3200万镜头。", []fig{
			{"6400万", 6.4e7, 0, "像素", KindMeasure, "", ""}, {"3200万", 3.2e7, 0, "像素", KindMeasure, "", ""}}},
		{"zh", "Pixel 8支持七年更新，可按6折回购。", []fig{
			{"七年", 7, 0, "年", KindCount, "", ""}, {"6折", 60, 0, "%", KindPercent, "", ""}}},
		{"zh", "这只新基金首日募集80亿，另一家机构抛售200亿。", []fig{
			{"80亿", 8e9, 0, "CNY", KindMoney, "", ""}, {"200亿", 2e10, 0, "CNY", KindMoney, "", ""}}},
		{"zh", "该车型销售量达30万。", []fig{{"30万", 3e5, 0, "", KindCount, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

// What each figure is about, on hand-written sentences.
func TestFindAboutPhrases(t *testing.T) {
	tests := []aboutCase{
		// English: the subject before the verb, past places, times and tickers
		{"en", "Acme shares closed in London on Friday at $41.20.", "$41.20", "Acme shares"},
		// a determiner before a classifier-initial word keeps the word (该部门, not 门)
		{"zh", "该部门在2023年亏损3.2亿元，今年有望扭亏。", "3.2亿元", "该部门亏损"},
		{"en", "The FTSE 100 .FTSE slipped 31.5 points, or 0.4%, to 7,410.2.", "0.4%", "FTSE 100"},
		{"en", "Light crude CLc1 dropped 2.1% to $70.15 a barrel.", "$70.15", "Light crude"},
		{"en", "The retailer is set to raise up to $2bn in its listing.", "$2bn", "retailer"},
		{"en", "The van will be able to go 210 miles on a charge.", "210 miles", "van"},
		// the object of the verb when the figure follows by/of/from
		{"en", "The airline plans to grow its fleet by 12% next year.", "12%", "fleet"},
		{"en", "The group had an annual output of around 4.2 GW last year.", "4.2 GW", "annual output"},
		{"en", "The chain reported a loss of $88.1 million for the quarter.", "$88.1 million", "loss"},
		// a measure or a possessive before a noun
		{"en", "Engineers tested a 12-inch wafer and a 450-horsepower engine.", "450-horsepower", "engine"},
		{"en", "Northwind's $2.4 billion bid was rejected.", "$2.4 billion", "bid"},
		// Chinese: 中国 keeps its first character; the subject after a figure
		{"zh", "中国11月增持了210亿美元美国国债。", "210亿美元", "美国国债"},
		{"zh", "其中进口关税5%和增值税13%不变。", "13%", "增值税"},
		{"zh", "该市营收为120亿元，比上年的98亿元增长22.4%。", "22.4%", "该市营收"},
		{"zh", "平均降幅为3.2%。", "3.2%", "平均降幅"},
		// coordinated figures share the subject; particles alone name nothing
		{"zh", "市场份额分别为41.2%、30.5%和12%。", "12%", "市场份额"},
		{"zh", "吸烟率由2010年的30%降为2020年的21%。", "21%", "吸烟率"},
		// a short noun that closes the clause names the money
		{"zh", "该公司完成了新一轮5000万元融资。", "5000万元", "融资"},
		// a headline's phrases are separated by spaces; a period is not the subject
		{"zh", "电池新规出台 龙头股5天跌近20%", "20%", "龙头股"},
		// a counted noun ends before a verb
		{"zh", "共有58家企业生产的产品不合格。", "58家", "企业"},
	}
	checkAbout(t, tests)
}

func TestFindDirectionsAndQualifiers(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// an index loses a percentage; a company loses money (an amount)
		{"en", "The Hang Seng lost 1.2%, while the unit lost $40 million.", []fig{
			{"1.2%", 1.2, 0, "%", KindPercent, "", "down"}, {"$40 million", 40e6, 0, "USD", KindMoney, "", ""}}},
		// words of change after the figure
		{"en", "Tokyo closed 0.9% higher and the new chip is 15% faster.", []fig{
			{"0.9%", 0.9, 0, "%", KindPercent, "", "up"}, {"15%", 15, 0, "%", KindPercent, "", "up"}}},
		{"en", "The yield was 4.12%, down from 4.30%.", []fig{
			{"4.12%", 4.12, 0, "%", KindPercent, "", "down"}, {"4.30%", 4.30, 0, "%", KindPercent, "", ""}}},
		// base forms of verbs of change; from X to Y further back
		{"en", "The plan would reduce emissions by 40% and lift efficiency of the panels from 18% to 22%.", []fig{
			{"40%", 40, 0, "%", KindPercent, "", "down"}, {"18%", 18, 0, "%", KindPercent, "", ""}, {"22%", 22, 0, "%", KindPercent, "", "up"}}},
		{"en", "The franc strengthened 0.3% against the euro.", []fig{{"0.3%", 0.3, 0, "%", KindPercent, "", "up"}}},
		// Chinese: 涨幅在, 少了, 低了; 近乎
		{"zh", "多数商品涨幅在5%左右，产量少了3万吨，水位比去年低了0.2米，近乎90%来自本地。", []fig{
			{"5%", 5, 0, "%", KindPercent, QualAbout, "up"}, {"3万吨", 3e4, 0, "吨", KindMeasure, "", "down"},
			{"0.2米", 0.2, 0, "米", KindMeasure, "", "down"}, {"90%", 90, 0, "%", KindPercent, QualNearly, ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

func TestFindRatesLimitsAndNames(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// a limit and the reading measured against it; a unit's denominator
		{"zh", "检测结果：大肠菌群MPN/100g(≤100/640)，菌落总数cfu/g(≤5000/2000)。", []fig{
			{"100", 100, 0, "", KindMeasure, QualUpTo, ""}, {"640", 640, 0, "", KindMeasure, "", ""},
			{"5000", 5000, 0, "", KindMeasure, QualUpTo, ""}, {"2000", 2000, 0, "", KindMeasure, "", ""}}},
		// rates per head, with a full-width point between Chinese digits
		{"zh", "发病率为每十万人口三．五，死亡率为每百万人口○．四二。", []fig{
			{"三．五", 3.5, 0, "", KindMeasure, "", ""}, {"○．四二", 0.42, 0, "", KindMeasure, "", ""}}},
		// gross tonnage; a fixed phrase with a numeral
		{"zh", "码头可停靠15万总吨邮轮，财政实行收支两条线管理。", []fig{{"15万总吨", 1.5e5, 0, "总吨", KindMeasure, "", ""}}},
		// hyphenated counts of people and seats, megapixels
		{"en", "A nine-member jury sat in the 500-seat hall; the phone has a 48MP camera.", []fig{
			{"nine-member", 9, 0, "members", KindCount, "", ""}, {"500-seat", 500, 0, "seats", KindCount, "", ""}, {"48MP", 48, 0, "MP", KindMeasure, "", ""}}},
		// a hyphenated measure inside a product's name
		{"en", "The Surface Pro 13-inch model and the 11-inch iPad both fell in price.", nil},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

// Units written in a few more ways, and codes that only look like units
// (round F; hand-written sentences).
func TestFindUnitSpellingsAndCodes(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		{"en", "The file shrank from 27 megs to 39 kilobytes.", []fig{
			{"27 megs", 27, 0, "MB", KindMeasure, "", ""}, {"39 kilobytes", 39, 0, "KB", KindMeasure, "", "down"}}},
		{"en", "The engine makes 150 PS and 200 Nm, up from 130 PS.", []fig{
			{"150 PS", 150, 0, "PS", KindMeasure, "", ""}, {"200 Nm", 200, 0, "Nm", KindMeasure, "", "up"}, {"130 PS", 130, 0, "PS", KindMeasure, "", ""}}},
		// hex codes and names with a digit after the x
		{"en", "The opcodes 0x1F and 0x08 crash it, unlike the 4x4 truck.", nil},
		{"en", "The new chip is 3x faster.", []fig{{"3x", 3, 0, "x", KindMultiple, "", "up"}}},
		// a capitalised singular unit names a place
		{"en", "Ten boats were seen off Ninety Mile Beach and Eight Mile Creek.", []fig{{"Ten", 10, 0, "boats", KindCount, "", ""}}},
		{"en", "It is a 90 mile drive.", []fig{{"90 mile", 90, 0, "miles", KindMeasure, "", ""}}},
		{"en", "Stir in 2 Tbsp of honey.", []fig{{"2 Tbsp", 2, 0, "tbsp", KindMeasure, "", ""}}},
		// Chinese inches, 方面
		{"zh", "新款平板有10.1英吋和7寸的，改进了三方面。", []fig{
			{"10.1英吋", 10.1, 0, "英寸", KindMeasure, "", ""}, {"7寸", 7, 0, "寸", KindMeasure, "", ""}, {"三方面", 3, 0, "方面", KindCount, "", ""}}},
		{"zh", "一方面要发展，另一方面靠三寸不烂之舌，打蛇要打七寸。", nil},
		// glued to a Latin name: a Chinese numeral or a Chinese length unit still counts
		{"zh", "厂商推出了X9、K8d三款手机和Tab8.4寸平板。", []fig{
			{"三款", 3, 0, "款", KindCount, "", ""}, {"8.4寸", 8.4, 0, "寸", KindMeasure, "", ""}}},
		{"zh", "服务器搭载K80GPU。", nil},
		// a stray space before the decimal point of a Chinese amount
		{"zh", "该厂曾有12 .5万名工人。", []fig{{"12 .5万名", 125000, 0, "名", KindCount, "", ""}}},
		{"en", "Release 12 .5 is out.", nil},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

// Numbers inside a 《title》 and 升 as "rise" are not figures (round F).
func TestFindTitlesAndRiseChinese(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		{"zh", "部门发布了《五年发展规划（2001－2005）》和《两百个问答》。", nil},
		{"zh", "他在《财经》上说，公司投资了8000万元。", []fig{{"8000万元", 8e7, 0, "CNY", KindMoney, "", ""}}},
		{"zh", "全县实现了“三降两升”，各项指标两升两降。", nil},
		{"zh", "百公里油耗降0.8升，油箱容量45升。", []fig{
			{"0.8升", 0.8, 0, "升", KindMeasure, "", "down"}, {"45升", 45, 0, "升", KindMeasure, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

// A bare number after a count may leave its noun out (round F).
func TestFindElidedNouns(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		{"en", "The club has 40 members, but only 12 were at the vote.", []fig{
			{"40", 40, 0, "members", KindCount, "", ""}, {"12", 12, 0, "members", KindCount, "", ""}}},
		{"en", "Jones added 21 points and Smith had 9.", []fig{
			{"21 points", 21, 0, "points", KindCount, "", "up"}, {"9", 9, 0, "points", KindCount, "", ""}}},
		// another sentence, another word before it, or a noun after it: no
		{"en", "The shop sold 40 lamps. It had 12 on Friday.", []fig{{"40", 40, 0, "lamps", KindCount, "", ""}}},
		{"en", "The shop sold 40 lamps, and had 12 in 2019.", []fig{{"40", 40, 0, "lamps", KindCount, "", ""}}},
		// nor the noun of a duration
		{"en", "They waited 40 minutes, but only 12 had tickets.", []fig{{"40 minutes", 40, 0, "minutes", KindCount, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

// What an English figure is about, round F (hand-written sentences).
func TestFindAboutEnglishRoundF(t *testing.T) {
	tests := []aboutCase{
		// a measure of something; the noun after two coordinated figures
		{"en", "The pump moves 40 gallons of water an hour.", "40 gallons", "water"},
		{"en", "Bosch says it is a 12% and 9% gain respectively.", "12%", "gain"},
		// a pronoun and a verb name nothing; a date names nothing
		{"en", "It delivers 90 kW at full load.", "90 kW", ""},
		{"en", "We expect a new member by March 2030 that is 2x as large.", "2x", ""},
		// a price when the sentence names nothing better
		{"en", "It will start at $31,000 in spring.", "$31,000", "starting price"},
		{"en", "Cafes lose money, even when they charge $6 for a tea.", "$6", "price"},
		// a Reuters code ending in '=' stands between the name and its verb
		{"en", "Spot silver XAG= added 0.4% to $17.02 an ounce.", "0.4%", "Spot silver"},
		{"en", "The yen JPY= was flat, with the euro EUR= up 0.2% at $1.09.", "$1.09", "euro"},
		// a change right after a level: the level's subject
		{"en", "Northwind stock ended the week at $41.10, down 1.2%.", "1.2%", "Northwind stock"},
		// a share of the group a sentence opens with; not "Of course"
		{"en", "Of the 900 voters polled in May, 61 percent backed the plan.", "61 percent", "voters"},
		{"en", "Of course, 40% of it is water.", "40%", ""},
		// accented Latin letters belong to the word
		{"en", "Divers counted 14 pōhutukawa trees.", "14", "pōhutukawa trees"},
	}
	checkAbout(t, tests)
}

// Rules found missing on pages from unseen sites, round H (hand-written sentences).
func TestFindRoundHRules(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// food energy and the Taiwanese metric units (公克, 公尺, 公升)
		{"zh", "这份套餐的热量为980大卡，含120公克米饭。", []fig{
			{"980大卡", 980, 0, "大卡", KindMeasure, "", ""}, {"120公克", 120, 0, "克", KindMeasure, "", ""}}},
		// 約有 is "about"; the 少 of 至少 and the 多 of 最多 are bounds, not a fall or a rise
		{"zh", "一碗牛肉麵約有650大卡，每碗至少3百公克。", []fig{
			{"650大卡", 650, 0, "大卡", KindMeasure, QualAbout, ""}, {"3百公克", 300, 0, "克", KindMeasure, QualAtLeast, ""}}},
		{"zh", "步道全長1200公尺，補給站備有2公升飲水。", []fig{
			{"1200公尺", 1200, 0, "米", KindMeasure, "", ""}, {"2公升", 2, 0, "升", KindMeasure, "", ""}}},
		// a bound or "about" with 要, 有 or 占 before the number
		{"zh", "每盒至少要5百公克，其中水果約佔3成。", []fig{
			{"5百公克", 500, 0, "克", KindMeasure, QualAtLeast, ""}, {"3成", 30, 0, "%", KindPercent, QualAbout, ""}}},
		// 百分之 with 點 as the decimal point
		{"zh", "抽查結果不合格率為百分之3點5。", []fig{{"百分之3點5", 3.5, 0, "%", KindPercent, "", ""}}},
		// a bare 万 level reached after a change repeats the count before it
		{"zh", "该市2005年出生人数为300万，2015年降至210万。", []fig{
			{"300万", 3e6, 0, "人", KindCount, "", ""}, {"210万", 2.1e6, 0, "人", KindCount, "", "down"}}},
		// …but not across a sentence
		{"zh", "该市2005年出生人数为300万。2015年降至210万。", []fig{{"300万", 3e6, 0, "人", KindCount, "", ""}}},
		// 最多 and 最少 are bounds (up to, at least), not a rank group like 最大两个
		{"zh", "每人最多5张票，每队最少3人。", []fig{
			{"5张", 5, 0, "张", KindCount, QualUpTo, ""}, {"3人", 3, 0, "人", KindCount, QualAtLeast, ""}}},
		{"zh", "它们是全球最大两个供应商。", nil},
		// 第 + number + 个 before a number names a period: not a count
		{"zh", "这是本世纪第1个10年里最冷的冬天。", nil},
		{"zh", "第二个五年计划完成了。", nil},
		// road and rail lengths counted in lane or track miles
		{"en", "Crews repaved 2,400 lane miles and more than 800 lane-miles of ramps.", []fig{
			{"2,400 lane miles", 2400, 0, "lane miles", KindMeasure, "", ""}, {"800 lane-miles", 800, 0, "lane miles", KindMeasure, QualMoreThan, ""}}},
		{"en", "The ship anchored 12 nautical miles offshore.", []fig{{"12 nautical miles", 12, 0, "nmi", KindMeasure, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}

func TestFindRoundIRules(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []fig
	}{
		// food energy and kitchen spoons are measures, not counts of calories
		{"en", "A bowl of soup has around 90 calories, two tablespoons of oil, and a slice of bread has nearly 80 calories.", []fig{
			{"90 calories", 90, 0, "kcal", KindMeasure, QualAbout, ""},
			{"two tablespoons", 2, 0, "tbsp", KindMeasure, "", ""},
			{"80 calories", 80, 0, "kcal", KindMeasure, QualNearly, ""}}},
		{"en", "Stir in 3 teaspoons of sugar.", []fig{{"3 teaspoons", 3, 0, "tsp", KindMeasure, "", ""}}},
		// singular storage units, a chip's cores, GHz written as Ghz
		{"en", "The laptop pairs a 6-core chip at 3.1Ghz with a 2 terabyte disk.", []fig{
			{"6-core", 6, 0, "cores", KindCount, "", ""},
			{"3.1Ghz", 3.1, 0, "GHz", KindMeasure, "", ""},
			{"2 terabyte", 2, 0, "TB", KindMeasure, "", ""}}},
		// a hyphenated -ed or -ing word is an adjective inside the counted noun
		{"en", "The store lists over 40 Nintendo-approved titles.", []fig{
			{"40", 40, 0, "Nintendo-approved titles", KindCount, QualMoreThan, ""}}},
		{"en", "Analysts counted 70 Acme Sports-branded stores.", []fig{
			{"70", 70, 0, "Acme Sports-branded stores", KindCount, "", ""}}},
		// a reward (悬赏, 賞金) is money, and a bare amount repeating a sum is that sum
		{"zh", "他宣布悬赏500万征集线索，对手随后再加1千万悬赏。", []fig{
			{"500万", 5e6, 0, "CNY", KindMoney, "", ""}, {"1千万", 1e7, 0, "CNY", KindMoney, "", ""}}},
		{"zh", "他悬赏500万征集线索。为支持他500万征集线索的做法，网友纷纷转发。", []fig{
			{"500万", 5e6, 0, "CNY", KindMoney, "", ""}, {"500万", 5e6, 0, "CNY", KindMoney, "", ""}}},
		{"zh", "公司投资300万建厂。另有300万人受益。", []fig{
			{"300万", 3e6, 0, "CNY", KindMoney, "", ""}, {"300万人", 3e6, 0, "人", KindCount, "", ""}}},
		// N年起 dates from a Taiwanese year: the text's two-digit years are years
		{"zh", "衛生署自85年起每年辦理評鑑，今年共有40家醫院通過，100年通過的有35家。", []fig{
			{"40家", 40, 0, "家", KindCount, "", ""}, {"35家", 35, 0, "家", KindCount, "", ""}}},
		{"zh", "该公司成立已有80年，员工3万人。", []fig{
			{"80年", 80, 0, "年", KindCount, "", ""}, {"3万人", 3e4, 0, "人", KindCount, "", ""}}},
	}
	for _, tt := range tests {
		checkFigures(t, tt.lang, tt.in, tt.want)
	}
}
