package figures

import (
	"sort"
	"strconv"
	"strings"

	"lede/internal/figures/number"
	"lede/internal/text"
)

// The stages of Find:
//  1. scan numbers (package number) and read their units (quantity.go);
//  2. drop what is not a figure: dates, times, ordinals, codes, model names,
//     ages, vague amounts (this file, rules tabled below);
//  3. join ranges (20～25倍, $40-50 billion) and give unit-less counts their
//     counted noun or context (16万人, 1.9万 after 人数, 964,000 people);
//  4. read qualifier, direction and subject around each figure (context.go).

// ---- tunables ------------------------------------------------------------------

const (
	yearMin, yearMax = 1800, 2100 // a bare four-digit number in this span is a year
	maxAboutRunes    = 16         // longest "about" phrase in Chinese
	maxAboutWords    = 4          // longest "about" phrase in English
	moneyContextSpan = 14         // runes before a bare 万/亿 amount searched for money words
	maxElidedGap     = 120        // runes between a count and a later number that leaves its noun out
	maxLevelGap      = 40         // runes between a 万/亿 figure and a bare level reached after a change (降至210万)
	// accented Latin letters (Latin-1 Supplement to Latin Extended-B) are
	// letters of a word like a–z
	latinAccentedFirst, latinAccentedLast = 0xC0, 0x24F
)

// zhRangeLinks and enRangeLinks join the two bounds of a range.
var (
	zhRangeLinks = []string{"至", "到", "-", "－", "–", "—", "―", "～", "~", "〜", "——"}
	enRangeLinks = []string{"-", "–", "—", "to", "~"}
)

// zhMonthLike: after a number these make it a date or a time (3月, 15日, 7时).
const zhDateAfter = "月日号號时時点點秒"

// zhNotCountBefore: these right before a number make it a rank, a reference
// or part of a name, not an amount (第三, 这两家, 每两年, 最大两个, 前三).
const zhNotCountBefore = "第这這那每最前"

// maxTitleRunes: the longest 《book title》 whose numbers are part of the name.
const maxTitleRunes = 40

// zhFallChars next to a 升 amount make 升 the verb "rise" (两降两升).
const zhFallChars = "降跌减減"

// zhSuperlatives follow 最 before a rank group (最大两个, 最高三家).
const zhSuperlatives = "大小高低好强強后後先早新"

// zhMoneyWords near a bare 万/亿 amount make it money (一天给央视136万, 368万天价过路费).
var zhMoneyWords = []string{"奖金", "资产", "资本", "身家", "给", "付", "花", "投入", "投资", "赚", "亏", "罚", "赔", "捐", "筹", "融资", "收入", "营收",
	"利润", "成本", "金额", "费", "价", "款", "销售额", "销售", "市值", "资金", "预算", "工资", "薪", "税", "钱",
	"募", "基金", "卖", "发行", "债", "贷", "存款", "保费", "额", "賣", "債", "貸", "資金", "資產", "營收", "利潤",
	"悬赏", "懸賞", "赏金", "賞金", "酬金", "獎金"}

// zhPixelNouns after a bare 万/亿 amount make it a camera's pixels
// (4800万主摄, 1200万超广角).
var zhPixelNouns = []string{"像素", "主摄", "主攝", "广角", "廣角", "超广角", "超廣角", "长焦", "長焦", "微距", "摄像头", "攝像頭", "镜头", "鏡頭", "前摄", "後攝", "后摄"}

// zhCountWords before a bare 万/亿 amount make it a count, with the unit
// given here (人数下降了1.9万, 阅读量达5600多万, 日均订单量3000万左右); after
// 的 they name what it counts (少了42万的吸菸人口).
var zhCountWords = &wordTable[string]{groups: []wordGroup[string]{
	{"人", `人数, 人數, 人口, 用户, 用戶, 人, 游客, 遊客, 观众, 觀眾, 粉丝, 粉絲, 会员, 會員, 员工, 員工, 患者`},
	{"人次", `人次, 客流量`},
	{"", `数量, 數量, 销量, 銷量, 销售量, 銷售量, 出货量, 出貨量, 产量, 產量, 成交量, 交易量`},
	{"次", `阅读量, 閱讀量, 下载量, 下載量, 访问量, 訪問量, 播放量, 浏览量, 瀏覽量`},
	{"单", `订单量`},
	{"單", `訂單量`},
	{"例", `病例`},
}}

// zhMeasureContext before a bare number make it a unit-less measure (实测值达到930, ≤300).
var zhMeasureContext = []string{"值", "指数", "≤", "≥", "＜", "＞", "<", ">"}

// zhNounStop ends the noun after a number (700万美国人 → 美国人).
const zhNounStop = "，。、；：？！（）()“”‘’「」《》—―…·,.;:?! \t\n的是在了和与與或及到至为為将將被已都均也就还還并並从從于於中上下里内外以让讓把对對向比较較"

// zhNounEnds are verbs and negations that end a counted noun (企业|生产,
// 产品|不符合, 城市|有可能).
var zhNounEnds = []string{"不", "没", "沒", "被", "生产", "生產", "参加", "參加", "参与", "參與", "接受", "获得", "獲得", "出现", "出現",
	"进行", "進行", "完成", "实现", "實現", "违法", "違法", "拒绝", "拒絕", "发生", "發生", "开展", "開展", "有可能", "可能", "已经",
	"已經", "正在", "入局", "报名", "報名", "表示", "认为", "認為", "使用", "受到", "达到", "達到", "同比", "环比"}

var zhNounEndLex = &lexicon{list: zhNounEnds}

// zhVerbAfter: a bare number followed by these has no counted noun.
const zhVerbAfter = "的是要在了和与與或及到至为為以多余左上下将將已都也就还還并並遭被让讓使令仍却卻再又，。、；：？！）)”」 \n"

// zhNumberWords are words with a numeral that count nothing (汽车三包 = the
// three guarantees).
var zhNumberWords = []string{"三包", "三农", "三農", "三公", "三甲", "五金", "二手", "三资", "三資", "四化", "一带一路", "三通", "三峡", "三峽", "七夕", "五一", "十一长假", "双十一", "六一", "三八", "千家万户", "千家萬戶", "两头热", "兩頭熱", "两头跑", "兩頭跑", "两头忙", "兩頭忙", "两头落空", "兩頭落空", "三天两头", "三天兩頭", "判若两人", "判若兩人", "一五一十", "三三两两", "九牛一毛", "三心二意", "五花八门", "一举两得", "独一无二", "十全十美", "千方百计", "百分百", "三次产业", "三次產業", "一产", "二产", "三产", "收支两条线", "收支兩條線"}

// zhCasualtyVerbs make 一人 a figure (导致一人受伤).
var zhCasualtyVerbs = []string{"受伤", "死亡", "遇难", "丧生", "身亡", "失踪", "被捕", "获救", "受傷", "遇難", "喪生"}

// Indexes of the tables above (lexicon.go).
var (
	zhNumberWordLex     = &lexicon{list: zhNumberWords}
	zhCasualtyLex       = &lexicon{list: zhCasualtyVerbs}
	zhMoneyWordLex      = &lexicon{list: zhMoneyWords}
	zhPixelNounLex      = &lexicon{list: zhPixelNouns}
	zhPixelOnlyLex      = &lexicon{list: []string{"像素"}}
	zhCountWordLex      = &lexicon{from: zhCountWords}
	zhMeasureContextLex = &lexicon{list: zhMeasureContext}
	yuanLex             = &lexicon{list: []string{"元"}}
)

// Months and time words mark English dates and times.
var enMonths = &wordSet{words: `january, february, march, april, may, june, july, august, september, october, november, december, jan, feb,
	mar, apr, jun, jul, aug, sep, sept, oct, nov, dec`}

// enLabelWords before a number make it a label, not an amount (No. 5, page 3).
var enLabelWords = &wordSet{words: `no, no., number, page, chapter, section, article, vol, vol., volume, level, room, route, flight, version,
	model, phase, round, game, week, day, episode, season, series, grade, gate, platform, step, age, aged, ages,
	top, covid, figure, table, district, highway, interstate, rank, ranked, q`}

// enOrdinalSuffixes glued to digits make an ordinal or a decade (30th,
// 1990s), not a model name: the same number elsewhere is still an amount.
var enOrdinalSuffixes = &wordSet{words: `st, nd, rd, th, s`}

// enInstruments after a hyphenated duration make it the name of a security
// or a contract, not a period: 10-year notes, three-month aluminum.
var enInstruments = &wordSet{words: `note, notes, bond, bonds, yield, yields, treasury, treasuries, bill, bills, paper, contract, contracts,
	futures, swap, swaps, loan, loans, mortgage, mortgages, deposit, deposits, rate, rates, libor, gilt, gilts,
	bund, bunds, aluminum, aluminium, copper, nickel, zinc, tin`}

// enModelWords after a hyphenated measure make it a product's designation
// (the 13-inch models), not a measurement.
var enModelWords = &wordSet{words: `model, models, version, versions, variant, variants, edition, editions`}

// enCountQualifiers before a bare number make it an amount even without a
// counted noun (more than 12,000 in attendance, as many as 80 by 2022).
var enCountQualifiers = &wordSet{words: `more than, fewer than, less than, nearly, almost, about, around, roughly, approximately, some, at least, up to,
	as many as, as few as, upwards of, in excess of, an estimated, close to, no fewer than, no more than`}

// enIndexWords in the clause make "points" a level or a move of an index,
// not points scored.
var enIndexWords = &wordSet{words: `index, indexes, indices, dow, nasdaq, s&p, ftse, nikkei, hang, stoxx, dax, cac, kospi, benchmark, average,
	composite, sensex, gauge`}

// enFunctionWords never name what a number counts.
var enFunctionWords = &wordSet{words: `of, to, in, on, at, by, for, from, with, and, or, but, despite, amid, unless, until, although, though,
	whether, beyond, upon, onto, thereafter, afterwards, afterward, respectively, altogether, annually, is, are, was, were, be, been, has, have, had, will,
	would, could, should, can, that, which, who, the, a, an, this, these, those, than, as, per, percent, it, its,
	their, his, her, our, we, they, he, she, you, i, more, less, times, over, under, up, down, out, into, after,
	before, since, about, around, between, each, every, so, far, this's, there, when, while, if, not, no, all,
	also, only, just, still, am, pm, a.m., p.m., o'clock, percentage, old, or more, said, says, told, reported,
	age, and older, later, earlier, ago, apiece, each., today, yesterday, tomorrow, tonight, now, currently, along, alongside, besides`}

// enVerbs are common irregular verbs that end a counted noun phrase.
var enVerbs = &wordSet{words: `held, said, got, went, took, made, left, won, ran, came, saw, gave, sold, bought, paid, met, kept, put, told,
	died, across, against, among, through, during, without, within, including, like, near, toward, towards, via,
	versus, vs, than, because, where, whom, whose, what, how, why, now, then, here, ago, apart, away, back, last,
	next, do, did, does, get, go, make, take, need, must, may, might, shall, being, become, became, remain`}

// enLyNouns end in -ly but are nouns, or adjectives that start a counted
// noun phrase (263 daily newspapers).
var enLyNouns = &wordSet{words: `family, families, supply, assembly, rally, ally, belly, monopoly, anomaly, daily, weekly, monthly, quarterly,
	yearly, hourly, elderly, early, friendly, costly, lovely, lonely, deadly, holy, ugly`}

// enTimeNames end a counted noun phrase: six people Monday.
var enTimeNames = &wordSet{words: `monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, june, july,
	august, september, october, november, december`}

// enTheBefore: the two countries, both … — the number refers back, it does not count.
var enTheBefore = &wordSet{words: `the, these, those, its, their, his, her, our, my, your`}

// ---- Find -------------------------------------------------------------------------

// Find returns the figures of doc in text order.
func Find(doc *text.Doc) []Figure {
	if doc == nil || doc.Text == "" {
		return nil
	}
	prepareTables()
	f := &finder{reader: newReader(doc.Text, doc.Lang), doc: doc}
	rs := f.rs
	f.nums = number.Scan(rs, scanOptions, make([]number.Number, 0, 32))
	f.qs = f.quantities(f.nums, make([]Quantity, 0, len(f.nums)))
	f.qs = f.multipleWords(f.qs)
	f.sents = text.SentencesOf(rs) // rs is doc.Text decoded, never modified
	return f.figures()
}

type finder struct {
	reader
	doc      *text.Doc
	nums     []number.Number
	qs       []Quantity
	sents    []text.Span
	names    map[float64]bool // numbers that name models in this text (777 of 777x, 787 of 787-9)
	rocYears bool             // the text dates events in Taiwan's years (民國100年)
	keep     []bool           // which quantities are figures (stage 2)
	wbw      [16]string       // word buffers for wordsBeforeAt
	wbs      [16]int
	runeBuf  []rune          // scratch for zhSubjectFrom
	years    []number.Number // four-digit years, for Figure.Period
	yearNext int
	wb1, wb2 [12]string // word buffers for wordsBefore
	prevFig  Figure     // the figure found last, for counts whose noun is elided
	sums     []Figure   // the 万/亿 sums of money found so far, for bare amounts that repeat one
}

// figures runs stages 2–4.
func (f *finder) figures() []Figure {
	f.names = f.modelNumbers()
	f.rocYears = f.taiwanYears()
	for _, n := range f.nums {
		if n.IntDigits == 4 && n.Value >= yearMin && n.Value <= yearMax {
			f.years = append(f.years, n)
		}
	}
	keep := make([]bool, len(f.qs))
	for i := range f.qs {
		f.scoredPoints(i)
		keep[i] = !f.notFigure(i)
	}
	f.keep = keep
	f.joinDurations(keep)
	high := make([]int, len(f.qs)) // index of the upper bound of a range, or -1
	for i := range high {
		high[i] = -1
	}
	for i := 0; i+1 < len(f.qs); i++ {
		if keep[i] && keep[i+1] && f.rangeWith(i, i+1) {
			high[i] = i + 1
		}
	}
	var out []Figure
	si, pi := 0, 0
	for i := 0; i < len(f.qs); i++ {
		if !keep[i] {
			continue
		}
		q := f.qs[i]
		j := high[i]
		if j >= 0 {
			f.share(&f.qs[i], &f.qs[j])
			q = f.qs[i]
		}
		last := q
		if j >= 0 {
			last = f.qs[j]
		}
		if q.Kind == "" {
			if !f.classifyBare(&q, last) {
				if j >= 0 {
					i = j
				}
				continue
			}
			if j >= 0 && last.Kind == "" {
				last.Kind, last.Unit = q.Kind, q.Unit
			}
		}
		if !f.acceptKind(q) {
			continue
		}
		fig := Figure{Value: roundValue(q.Value), Unit: q.Unit, Kind: q.Kind, Start: q.Start, End: q.End, Node: -1, Quote: -1}
		if j >= 0 && last.Kind == q.Kind {
			fig.High = roundValue(last.Value)
			fig.End = last.End
			i = j
		} else if n := q.Num; n.High > 0 && n.Value > 0 {
			fig.High = roundValue(q.Value * n.High / n.Value) // 五六千元: 5000–6000
		}
		if q.Kind == KindMoney && fig.Unit == "" {
			fig.Unit = "CNY"
		}
		fig.Text = f.str(fig.Start, fig.End)
		fig.Qualifier = f.qualifier(q, fig.End)
		fig.Direction = f.direction(q, fig)
		fig.About = f.about(q, fig)
		fig.Period = f.periodAfter(fig.End)
		if p := f.period(q.Start); fig.Period == "" {
			fig.Period = p
		}
		for si < len(f.sents) && f.sents[si].End <= fig.Start {
			si++
		}
		if si < len(f.sents) && f.sents[si].Start <= fig.Start {
			fig.Sentence = f.str(f.sents[si].Start, f.sents[si].End)
		}
		for pi < len(f.doc.Paras) && f.doc.Paras[pi].End <= fig.Start {
			pi++
		}
		if pi < len(f.doc.Paras) && f.doc.Paras[pi].Start <= fig.Start {
			fig.Node = f.doc.Paras[pi].Node
		}
		out = append(out, fig)
		f.prevFig = fig
		if fig.Kind == KindMoney && fig.Value >= 1e4 && fig.High == 0 {
			f.sums = append(f.sums, fig)
		}
	}
	return out
}

// joinDurations reads 两年6个月 as 2.5 years and 三年半 as 3.5 years.
func (f *finder) joinDurations(keep []bool) {
	for i := range f.qs {
		q := &f.qs[i]
		if !keep[i] || q.Kind != KindCount || q.Unit != "年" {
			continue
		}
		if f.at(q.End) == '半' {
			q.Value += 0.5
			q.End++
			continue
		}
		if i+1 < len(f.qs) && (keep[i+1] || f.at(q.End) == '零') && f.qs[i+1].Start <= q.End+1 && f.qs[i+1].Kind == KindCount && f.qs[i+1].Unit == "个月" {
			q.Value += f.qs[i+1].Value / 12
			q.End = f.qs[i+1].End
			keep[i+1] = false
		}
	}
}

// roundValue drops binary noise: 137.2 × 1e8 = 13719999999.999998 → 13720000000.
func roundValue(v float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// period returns the last year written before i in the same sentence
// (2021年, in 2022, fiscal 2019), or "". Figures come in text order, so the
// search resumes where the previous one stopped.
func (f *finder) period(i int) string {
	for f.yearNext < len(f.years) && f.years[f.yearNext].End <= i {
		f.yearNext++
	}
	if f.yearNext == 0 {
		return ""
	}
	y := f.years[f.yearNext-1]
	for k := y.End; k < i; k++ {
		if c := f.rs[k]; c == '。' || c == '\n' || c == '!' || c == '?' || c == '.' && k+1 < len(f.rs) && f.rs[k+1] == ' ' {
			return ""
		}
	}
	return strconv.Itoa(int(y.Value))
}

// enYearLinks between a figure and a year make the year the figure's:
// 66% in 2023, $5 billion for fiscal 2022, 1.8 million (2023).
var enYearLinks = &wordSet{words: `in, for, during, in fiscal, for fiscal, in calendar, in the year, (, （, in late, in early, by the end of`}

// periodAfter returns the year written right after the figure ending at
// end, linked to it by "in", "for", "(" (up from 66% in 2023), or "".
func (f *finder) periodAfter(end int) string {
	k := sort.Search(len(f.years), func(k int) bool { return f.years[k].Start >= end })
	if k >= len(f.years) || f.years[k].Start-end > 20 {
		return ""
	}
	y := f.years[k]
	link := strings.TrimSpace(f.str(end, y.Start))
	if strings.ContainsAny(link, "\t\n") || strings.Contains(link, "  ") {
		link = strings.Join(strings.Fields(link), " ")
	}
	link = strings.ToLower(link)
	if !enYearLinks.has(link) || isDigitRune(f.at(y.End)) || isLetter(f.at(y.End)) {
		return ""
	}
	return strconv.Itoa(int(y.Value))
}

// acceptKind applies the last per-kind checks.
func (f *finder) acceptKind(q Quantity) bool {
	if q.Bare || q.Kind == "" {
		return false
	}
	if q.Kind == KindCount && q.Value <= 1 && !f.casualty(q) && !(q.Value == 1 && isDurationUnit(q.Unit) && q.Num.Script == number.Digits) {
		return false // 0 files, 1 tsp: not worth a row (but 1小时 is a time taken)
	}
	if q.Kind == KindCount && (q.Unit == "年" || q.Unit == "years") && q.Num.IntDigits == 4 {
		return false // 2012年
	}
	return true
}

// enMultipleWords are multiples written as one word (twice the rate).
var enMultipleWords = &wordTable[float64]{groups: []wordGroup[float64]{
	{2, `twice`},
	{3, `thrice`},
}}

// enMultipleFollowers after twice/thrice make it a multiple (twice the
// rate, twice as many), not a frequency (twice a year).
var enMultipleFollowers = &wordSet{words: `the, as, that, its, their, his, her, what, our`}

// multipleWords adds the multiples written as a word to the quantities.
func (f *finder) multipleWords(qs []Quantity) []Quantity {
	var add []Quantity
	for i := 0; i < len(f.rs); i++ {
		if !isLetter(f.rs[i]) || isLetter(f.at(i-1)) {
			continue
		}
		w := f.wordAt(i)
		e := i + len(w)
		if len(w) != 5 && len(w) != 6 || w[0] != 't' && w[0] != 'T' {
			i = e // only twice and thrice: no lower-casing of every word
			continue
		}
		v, ok := enMultipleWords.get(strings.ToLower(w))
		if ok && f.at(e) == ' ' && enMultipleFollowers.has(strings.ToLower(f.wordAt(e+1))) {
			n := number.Number{Start: i, End: e, Value: v, Scale: 1, Script: number.Words}
			add = append(add, Quantity{Start: i, End: e, Num: n, Value: v, Kind: KindMultiple, Unit: "x", UnitStart: e})
		}
		i = e
	}
	if len(add) == 0 {
		return qs
	}
	qs = append(qs, add...)
	sort.SliceStable(qs, func(a, b int) bool { return qs[a].Start < qs[b].Start })
	return qs
}

// ---- stage 2: what is not a figure ------------------------------------------------------

func (f *finder) notFigure(i int) bool {
	q := f.qs[i]
	n := q.Num
	if q.Bare || n.Vague || n.Fraction || n.Run {
		return true
	}
	if n.Value == 0 && n.Script == number.Han {
		return true // 归零
	}
	// 3G, 5G: a giga suffix names a generation, not an amount
	if l := f.at(n.End - 1); isLetter(l) && isDigitRune(f.at(n.End-2)) && n.Scale > 1 && q.Kind != KindMoney && (l == 'G' || l == 'T' || n.Value/n.Scale < 10 && !n.Decimal) {
		return true // 3G, 5G, 4K: a generation or a resolution
	}
	// 千元智能机, 百年老店: scale characters without a digit make an adjective, not an amount
	if n.Script == number.Han && hanUnitLed(f.rs[n.Start]) && (q.Kind != KindCount || isDurationUnit(q.Unit)) {
		return true
	}
	// 777x is a model; 3x is a multiple
	if q.Kind == KindMultiple && q.Unit == "x" && n.Value >= 100 {
		return true
	}
	before := f.at(n.Start - 1)
	after := f.at(n.End)
	// codes and model names glued to letters: H100, Llama3, 3G, 4S, 777x, 2020s;
	// but a Chinese numeral is no part of a Latin code (S710d四款), and a
	// Chinese length unit measures the named thing (Galaxy10.1寸)
	if n.LetterStart && q.Kind != KindMoney && n.Script != number.Han && !(q.Kind == KindMeasure && text.IsCJK(f.at(q.UnitStart))) {
		return true
	}
	if n.Suffix != "" && q.Kind == "" {
		return true
	}
	// hyphenated codes: 787-9, WJ－30055, SCP-173, A350-900 (a range 20-25倍 has a unit)
	if before == '-' || before == '－' {
		rangeAfterFigure := i > 0 && f.qs[i-1].End == n.Start-1 && f.qs[i-1].Kind != "" // $40-50 billion
		if p := f.at(n.Start - 2); isLetter(p) || isDigitRune(p) && q.Kind == "" && !rangeAfterFigure {
			return true
		}
	}
	if (after == '-' || after == '－') && isDigitRune(f.at(n.End+1)) && q.Kind == "" && !f.unitLater(i) {
		return true // 787-9
	}
	// times and dotted codes: 10:30, 9.30
	if after == ':' && isDigitRune(f.at(n.End+1)) || before == ':' && isDigitRune(f.at(n.Start-2)) {
		return true
	}
	if f.isYear(q) && !f.readingAfterLimit(&f.qs[i]) {
		return true
	}
	// the denominator of a unit: MPN/100g, mg/100ml
	if before == '/' && isLetter(f.at(n.Start-2)) && q.Kind == KindMeasure {
		return true
	}
	if q.Kind == KindCount && isDurationUnit(q.Unit) && f.timeFrame(q) {
		return true // in the past 12 months, 近三年来: when another figure holds, not a quantity
	}
	return f.zhNotFigure(i, q) || f.enNotFigure(i, q)
}

// zhRankWords in the sentence before a number of places (位, 名) make it
// a rank: 排名138，较2011年135位.
var zhRankWords = []string{"排名", "名列", "位列", "排第", "排在", "居第", "排行", "名次", "分列", "并列", "並列"}

// zhChartAfter: a duration before these is a chart's period (4小时图).
const zhChartAfter = "图圖线線"

// zhDurationCues before a number of years make it a duration even in a text
// dated in Taiwan's years (连续100年, 长达80年).
var zhDurationCues = []string{"连续", "連續", "长达", "長達", "历时", "歷時", "为期", "為期", "满", "滿", "过去", "過去", "超过", "超過", "近", "逾", "约", "約"}

// Taiwan's years (民國) as written in the news of the 2000s–2020s.
const rocYearMin, rocYearMax = 60, 130

var (
	zhRankWordLex    = &lexicon{list: zhRankWords}
	zhDurationCueLex = &lexicon{list: zhDurationCues}
)

// rankSentence: a ranking word is written earlier in the sentence around i.
func (f *finder) rankSentence(i int) bool {
	a := i
	for a > 0 && i-a < 60 && !strings.ContainsRune("。！？\n", f.rs[a-1]) {
		a--
	}
	for k := a; k < i; k++ {
		if w, _ := zhRankWordLex.at(f.rs, k); w != "" {
			return true
		}
	}
	return false
}

// changeOfCount: quantity i is a change (下跌3位), or joined by 及/和/、 to a
// change of the same unit (下跌3位及2位).
func (f *finder) changeOfCount(i int) bool {
	q := f.qs[i]
	if f.direction(q, Figure{Start: q.Start, End: q.End}) != "" {
		return true
	}
	if i == 0 || !strings.ContainsRune("及和与與、", f.at(q.Start-1)) {
		return false
	}
	p := f.qs[i-1]
	return p.End == q.Start-1 && p.Unit == q.Unit && f.direction(p, Figure{Start: p.Start, End: p.End}) != ""
}

// durationCue: words before or after a number of years that make it a
// duration (连续100年, 100年来).
func (f *finder) durationCue(q Quantity) bool {
	if w, _ := zhDurationCueLex.endingAt(f.rs, f.skipSpacesBack(q.Start-1)+1); w != "" {
		return true
	}
	return strings.ContainsRune("来來间間内內多余餘之半", f.at(q.End))
}

// taiwanYears reports whether the text dates events in Taiwan's years: 民國,
// or a month, 度 or 起 after a two- or three-digit year in that span
// (100年10月, 100年度, 90年起 "since the year 90").
func (f *finder) taiwanYears() bool {
	if strings.Contains(f.text, "民國") || strings.Contains(f.text, "民国") {
		return true
	}
	for _, n := range f.nums {
		if n.IntDigits >= 2 && n.IntDigits <= 3 && n.Value >= rocYearMin && n.Value <= rocYearMax && f.at(n.End) == '年' && (f.monthAt(n.End+1) || f.at(n.End+1) == '度' || f.at(n.End+1) == '起') {
			return true
		}
	}
	return false
}

// monthAt: a month written at i (10月, 九月).
func (f *finder) monthAt(i int) bool {
	j := i
	for j < len(f.rs) && j-i < 3 {
		if _, ok := hanDigitValue(f.rs[j]); ok || isDigitRune(f.rs[j]) || f.rs[j] == '十' {
			j++
			continue
		}
		break
	}
	return j > i && f.at(j) == '月'
}

// casualty: one person hurt or killed is a figure (一人受伤, one person was killed).
func (f *finder) casualty(q Quantity) bool {
	if q.Kind != KindCount {
		return false
	}
	if q.Unit == "人" || q.Unit == "名" {
		w, _ := zhCasualtyLex.at(f.rs, q.End)
		return w != ""
	}
	return false
}

// isYear: 2012年, in 2022, fiscal 2019 (a bare four-digit number in the year span).
func (f *finder) isYear(q Quantity) bool {
	n := q.Num
	if n.IntDigits != 4 || n.Value < yearMin || n.Value > yearMax || n.Signed {
		return false
	}
	switch q.Kind {
	case "":
		return true
	case KindCount:
		return q.Unit == "年" || q.Unit == "years" || q.Unit == "year"
	}
	return false
}

// zhNotFigure applies the Chinese rules.
func (f *finder) zhNotFigure(i int, q Quantity) bool {
	n := q.Num
	after := f.at(n.End)
	before := f.at(n.Start - 1)
	if q.Kind == "" && strings.ContainsRune(zhDateAfter, after) {
		return true // 3月, 15日, 7时
	}
	if strings.ContainsRune(zhNotCountBefore, before) && q.Kind != KindMoney && q.Kind != KindPercent {
		return true // 第三, 这两家, 每两年
	}
	if b2 := f.at(n.Start - 2); (b2 == '最' || b2 == '前') && strings.ContainsRune(zhSuperlatives, before) && q.Kind == KindCount {
		return true // 最大两个经济体
	}
	if before == '第' || f.ordinalBefore(n.Start) {
		return true // 第三; 第二个五年计划, 第三个十年
	}
	// 5时30分: minutes
	if q.Unit == "分" && (before == '时' || before == '時' || before == '点' || before == '點') {
		return true
	}
	han := n.Script == number.Han
	single := han && n.End-n.Start == 1
	if single && (f.rs[n.Start] == '二' || f.rs[n.Start] == '貳' || f.rs[n.Start] == '贰') && q.Kind == KindCount {
		return true // 二次复检, 二线: a count says 两
	}
	if single && n.Value == 1 && q.Kind == KindMoney && (q.Unit == "CNY" && (f.at(n.End) == '块' || f.at(n.End) == '塊')) {
		return true // 一块: a piece more often than one yuan
	}
	if single && n.Value == 1 && q.Kind == KindCount && isDurationUnit(q.Unit) && f.at(q.End) == '半' {
		return false // 一年半: one and a half years
	}
	if single && n.Value == 1 && q.Kind != KindMoney && q.Kind != KindPercent && q.Kind != KindMultiple {
		// 一 + measure word is "a": 一位人士. Kept only for casualties: 一人受伤
		return !f.casualty(q)
	}
	// 两人均表示, 双方: a small number of people or parties named before, referred to again
	if single && n.Value <= 3 && q.Kind == KindCount && (strings.ContainsRune("均都皆各", f.at(q.End)) || f.at(q.End) == '分' && f.at(q.End+1) == '别') {
		return true
	}
	// lexicalised words with a numeral: 汽车三包, 三农
	if zhNumberWordLex.covers(f.rs, n.Start) {
		return true
	}
	// 《中国全民健身十年》, 《三年行动计划》: part of a title
	if f.inTitle(q.Start, q.End) {
		return true
	}
	// 两降两升, 一升一降: 升 is "rise" between falls, not litres
	if q.Unit == "升" && single && (strings.ContainsRune(zhFallChars, before) && isHanNumeralRune(f.at(n.Start-2)) ||
		strings.ContainsRune(zhFallChars, f.at(q.End+1)) && isHanNumeralRune(f.at(q.End))) {
		return true
	}
	// 一分钱都不要, 一个也没有: an emphatic "not a single one"
	if n.Value == 1 && strings.ContainsRune("都也", f.at(q.End)) && strings.ContainsRune("不没沒", f.at(q.End+1)) {
		return true
	}
	// 0℃线: an isotherm, a line on a map
	if q.Kind == KindMeasure && (q.Unit == "℃" || q.Unit == "度") && (f.at(q.End) == '线' || f.at(q.End) == '線') {
		return true
	}
	// 两位数, 个位数: the number of digits, not a count
	if q.Unit == "位" && f.at(q.End) == '数' || f.at(n.End) == '位' && f.at(n.End+1) == '数' {
		return true
	}
	// 4小时图, 15分钟线: the period of a chart
	if q.Kind == KindCount && isDurationUnit(q.Unit) && strings.ContainsRune(zhChartAfter, f.at(q.End)) {
		return true
	}
	// 2011年135位 in a sentence about a ranking: a place, not a count
	if q.Kind == KindCount && (q.Unit == "位" || q.Unit == "名") && f.rankSentence(q.Start) && !f.changeOfCount(i) {
		return true
	}
	// 93年, 100年 in a text dated in Taiwan's years (民國100年10月): a year
	if q.Kind == KindCount && q.Unit == "年" && f.rocYears && n.IntDigits >= 2 && n.Value >= rocYearMin && n.Value <= rocYearMax && !f.durationCue(q) {
		return true
	}
	// 1歲3個月: part of an age
	if q.Kind == KindCount && (before == '岁' || before == '歲') {
		return true
	}
	// approximate durations (十多年, 两年多) have no definite value
	if q.Kind == KindCount && isDurationUnit(q.Unit) && (f.at(q.End) == '多' || f.at(q.End) == '余' || f.at(q.UnitStart-1) == '多' || f.at(q.UnitStart-1) == '余') {
		return true
	}
	// a year, not a duration: 101年春節, 100年10月底, 自90年, 九十六年九月 (Taiwan years)
	if q.Kind == KindCount && q.Unit == "年" {
		a := f.at(q.End)
		if strings.ContainsRune("代度初底末中春", a) || f.monthAt(q.End) {
			return true
		}
		if strings.ContainsRune("自於于在到至从從民國国", before) {
			return true
		}
	}
	return false
}

// A duration is a figure when it is what is measured (连续18年, a 90-day
// licence, wait times of two hours), not when it is the time frame of
// something else: the span a change or a record is measured over (in the
// past 12 months, 近三年, 三年来, a six-month low, two years later). The
// words below mark time frames.
var (
	// enTimeFrameBefore: within three words before the duration.
	enTimeFrameBefore = &wordSet{words: `past, last, next, previous, coming, first, initial, opening, recent, following, final, preceding, ensuing, within`}
	// enTimeFrameAfter: the word right after the duration.
	enTimeFrameAfter = &wordSet{words: `ago, earlier, later, before, after, since, prior, ended, ending, through, hence, from`}
	// enRecordWords after a hyphenated duration or before "in N years":
	// a six-month high, the lowest in three years.
	enRecordWords = &wordSet{words: `high, low, highs, lows, peak, record, highest, lowest, biggest, largest, smallest, strongest, weakest, best,
		worst, fastest, slowest, first, steepest, sharpest, most, least`}
	// zhTimeFrameBefore and zhTimeFrameAfter: 过去10年, 近三年, 未来6个月;
	// 三年来, 6个月以来, 3年内, 两年后, 14个月最大, 6个月低点.
	zhTimeFrameBefore = []string{"过去", "過去", "近", "最近", "未来", "未來", "今后", "今後", "此后", "此後", "头", "頭"}
	zhTimeFrameAfter  = []string{"来", "來", "以来", "以來", "内", "內", "之内", "之內", "以内", "以內", "里", "裡", "期间", "期間",
		"间", "間", "后", "後", "之后", "之後", "以后", "以後", "前", "之前", "以前", "低点", "低點", "高点", "高點", "新高", "新低",
		"最", "首次", "首度", "以上的时间", "的时间里", "的時間裡"}
	// enMeasuredDuration: within four words before a duration, these make
	// it the thing measured, whatever follows (a total of two minutes before…).
	enMeasuredDuration = &wordSet{words: `total, lasted, lasting, lasts, took, takes, take, spent, spend, spends, spending, waited, wait,
		span, spanning, long, length, duration`}
	zhTimeFrameBeforeLex = &lexicon{list: zhTimeFrameBefore}
	zhTimeFrameAfterLex  = &lexicon{list: zhTimeFrameAfter}
)

// timeFrame: the duration q is the time frame of another quantity.
func (f *finder) timeFrame(q Quantity) bool {
	if f.isHanContext(q.Start, q.End) {
		if w, _ := zhTimeFrameAfterLex.at(f.rs, q.End); w != "" {
			return true
		}
		w, _ := zhTimeFrameBeforeLex.endingAt(f.rs, f.skipSpacesBack(q.Start-1)+1)
		return w != ""
	}
	next := strings.ToLower(f.wordAt(f.skipSpaces(q.End)))
	if f.at(q.UnitStart-1) == '-' {
		return enRecordWords.has(next) // a six-month high (but a 90-day licence)
	}
	words := f.wordsBefore(f.skipSpacesBack(q.Start-1)+1, 4, f.wb2[:0])
	for _, w := range words {
		if enMeasuredDuration.has(strings.ToLower(w)) {
			return false // a total of two minutes before…, the strike lasted 17 days
		}
	}
	if enTimeFrameAfter.has(next) || next == "to" && enMonths.has(strings.ToLower(f.wordAt(f.skipSpaces(f.skipSpaces(q.End)+2)))) {
		return true // two years later, the 12 months to June
	}
	if len(words) == 4 {
		words = words[1:]
	}
	for _, w := range words {
		if enTimeFrameBefore.has(strings.ToLower(w)) {
			return true
		}
	}
	if len(words) > 0 && strings.EqualFold(words[len(words)-1], "in") {
		// the lowest in three years, for the first time in a decade
		a := q.Start
		for a > 0 && q.Start-a < 120 && !f.sentenceBreakIn(a-1, a) {
			a--
		}
		for _, w := range strings.Fields(strings.ToLower(f.str(a, q.Start))) {
			if enRecordWords.has(strings.Trim(w, ",;:")) {
				return true
			}
		}
	}
	return false
}

// hanUnitLed: a Chinese numeral starting with a scale character (千元, 百万).
func hanUnitLed(c rune) bool {
	switch c {
	case '百', '千', '万', '亿', '佰', '仟', '萬', '億':
		return true
	}
	return false
}

func isDurationUnit(u string) bool {
	switch u {
	case "年", "个月", "周", "天", "小时", "分钟", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "ms":
		return true
	}
	return false
}

// enNotFigure applies the English rules.
func (f *finder) enNotFigure(i int, q Quantity) bool {
	n := q.Num
	if q.Kind == KindMoney || q.Kind == KindPercent {
		return false
	}
	prev, ps := f.wordBefore(f.skipSpacesBack(n.Start-1) + 1)
	lp := strings.ToLower(prev)
	nextStart := f.skipSpaces(q.End)
	next := f.wordAt(nextStart)
	ln := strings.ToLower(next)
	switch {
	case enMonths.has(strings.TrimSuffix(lp, ".")) && n.Value >= 1 && n.Value <= 31 && n.IntDigits > 0:
		return true // November 18, Dec. 9
	case enMonths.has(strings.TrimSuffix(ln, ".")) && n.Value >= 1 && n.Value <= 31 && n.IntDigits > 0:
		return true // 18 November
	case ln == "a.m." || ln == "p.m." || ln == "am" || ln == "pm" || ln == "a" && f.at(nextStart+1) == '.':
		return true // 9 a.m.
	case enLabelWords.has(lp) || enLabelWords.has(strings.TrimSuffix(lp, ".")):
		return true // No. 5, age 12
	case f.ageAfter(q):
		return true // 23-year-old, 73 years old
	case q.Kind != "" && q.UnitStart > n.End && f.at(q.UnitStart-1) == '-' && isUpper(f.at(q.UnitStart)):
		return true // the Six-Day War: a name
	case q.Kind == KindMeasure && n.Value != 1 && isUpper(f.at(q.UnitStart)) && !isUpper(f.at(q.UnitStart+1)) && f.singularUnit(q):
		return true // Ninety Mile Beach, Eight Mile Road: a capitalised singular unit makes a name
	case strings.ContainsRune(f.str(n.Start, n.End), '^'):
		return true // 2^28
	case len(prev) >= 2 && allUpper(prev) && q.Kind == "" && n.Script == number.Digits:
		return true // ISO 3166, COVID 19
	}
	if f.ageBound(i, 0) {
		return true // between the ages of 25 and 54, aged 12 to 17
	}
	if q.Kind == KindMeasure && q.UnitStart > n.End && f.at(q.UnitStart-1) == '-' && (f.at(q.End) == ' ' && (f.nameStart(q.End+1) || enModelWords.has(ln)) ||
		prev != "" && isUpper(f.rs[ps]) && !f.sentenceStart(ps) && !qualifierWord(lp)) {
		return true // the 16-inch MacBook Pro, the 13-inch models, iPad Pro 12.9-inch: part of a product's name
	}
	if q.Kind == KindCount && isDurationUnit(q.Unit) && f.at(q.UnitStart-1) == '-' && enInstruments.has(strings.ToLower(next)) {
		return true // 10-year notes, three-month aluminum
	}
	// "the two countries": a number word after the/its refers back
	if n.Script == number.Words && enTheBefore.has(lp) && q.Kind != KindMultiple {
		return true
	}
	// one is an article more often than a count
	if n.Script == number.Words && n.Value == 1 && q.Kind != KindMultiple {
		return true
	}
	// a number right after another number is a name: roughly 400 737 Max jets, five 787 Dreamliner sales
	if i > 0 {
		p := f.qs[i-1].Num
		if p.End < n.Start && f.skipSpaces(p.End) == n.Start && n.Start > p.End && q.Kind == "" {
			return true
		}
	}
	// model numbers: the same number glued to letters elsewhere (777 of 777x), or after a name (Llama 3, S&P 500)
	if q.Kind == "" || q.Kind == KindCount && !isDurationUnit(q.Unit) {
		if f.names[n.Value] && n.IntDigits > 0 && !(f.at(n.End) == '-' && f.unitLater(i)) {
			return true // (but 30-60 per cent is a range)
		}
		if prev != "" && ps > 0 && isUpper(f.rs[ps]) && !f.sentenceStart(ps) && !enMonths.has(lp) && n.IntDigits > 0 && n.Script == number.Digits {
			if !qualifierWord(lp) && !f.shareFollows(q.End) {
				return true
			}
		}
		if f.at(n.Start-1) == ' ' && f.at(n.Start-2) == 'P' && f.at(n.Start-3) == '&' {
			return true // S&P 500
		}
	}
	return false
}

// ageBound: quantity i is an age written as the bound of an age range
// (ages of 25 and 54, aged between 18 and 24, aged 12 to 17).
func (f *finder) ageBound(i, depth int) bool {
	if depth > 2 {
		return false
	}
	q := f.qs[i]
	lp, ps := f.wordBefore(f.skipSpacesBack(q.Start-1) + 1)
	switch strings.ToLower(lp) {
	case "ages", "aged", "age":
		return true
	case "of", "between", "from":
		w, _ := f.wordBefore(f.skipSpacesBack(ps-1) + 1)
		switch strings.ToLower(w) {
		case "ages", "aged", "age":
			return true
		}
	case "and", "to", "or":
		if i > 0 && f.qs[i-1].End == f.skipSpacesBack(ps-1)+1 {
			return f.ageBound(i-1, depth+1)
		}
	}
	if f.ageAfter(q) {
		return true
	}
	// the first bound of 12 to 17-years-old
	g := f.skipSpaces(q.End)
	switch strings.ToLower(f.wordAt(g)) {
	case "to", "and", "or":
		if i+1 < len(f.qs) && f.qs[i+1].Start == f.skipSpaces(g+len(f.wordAt(g))) {
			return f.ageAfter(f.qs[i+1])
		}
	}
	return false
}

func isUpper(c rune) bool { return c >= 'A' && c <= 'Z' }

// nameStart: a name begins at i (MacBook, iPad, eBay).
func (f *finder) nameStart(i int) bool {
	c := f.at(i)
	return isUpper(c) || c >= 'a' && c <= 'z' && isUpper(f.at(i+1))
}

func isNumberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen":
		return true
	}
	return false
}

// enIrregularPlurals are plural nouns without -s.
var enIrregularPlurals = &wordSet{words: `people, men, women, children, police, staff, cattle, personnel, feet, teeth, mice, geese`}

// pluralHead: a plural noun that may end a counted noun phrase (workers,
// people), not a singular in -s (bus, news, analysis).
func pluralHead(lw string) bool {
	if enIrregularPlurals.has(lw) {
		return true
	}
	n := len(lw)
	return n >= 4 && lw[n-1] == 's' && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") &&
		!strings.HasSuffix(lw, "ews") && !strings.HasSuffix(lw, "ics")
}

// pluralAt: a lower-case plural noun is written at i (sales representatives:
// the phrase goes on).
func (f *finder) pluralAt(i int) bool {
	w := f.wordAt(i)
	return w != "" && !isUpper([]rune(w)[0]) && pluralHead(strings.ToLower(w)) && !enFunctionWords.has(strings.ToLower(w))
}

// acronymPlural: GPUs, CEOs, SUVs — counted things written in capitals.
func acronymPlural(w string) bool {
	return len(w) >= 3 && strings.HasSuffix(w, "s") && allUpper(w[:len(w)-1])
}

func allUpper(w string) bool {
	for _, c := range w {
		if !isUpper(c) && c != '&' {
			return false
		}
	}
	return true
}

// ageAfter: the figure is an age (23-year-old, 73 years old, 9-Month-Old).
func (f *finder) ageAfter(q Quantity) bool {
	e := q.End
	if q.Kind == "" || !isDurationUnit(q.Unit) {
		// 23-year-old before the unit is read: look past "-year"
		t := text.ToLower(f.str(e, min(e+12, len(f.rs))))
		return strings.HasPrefix(t, "-year-old") || strings.HasPrefix(t, "-years-old") || strings.HasPrefix(t, "-month-old") || strings.HasPrefix(t, " years old") || strings.HasPrefix(t, " year old")
	}
	t := text.ToLower(f.str(e, min(e+5, len(f.rs))))
	return strings.HasPrefix(t, "-old") || strings.HasPrefix(t, " old")
}

func qualifierWord(w string) bool {
	switch w {
	case "about", "around", "some", "nearly", "almost", "over", "under", "roughly", "approximately", "than", "least",
		"to", "by", "from", "of", "and", "or", "the", "a", "all", "only", "just", "another", "at":
		return true
	}
	return false
}

// sentenceStart reports whether the word at i begins a sentence.
func (f *finder) sentenceStart(i int) bool {
	p := f.skipSpacesBack(i - 1)
	if p < 0 {
		return true
	}
	switch f.rs[p] {
	case '.', '!', '?', '\n', '"', '“', '(', ':', '—':
		return true
	}
	return false
}

// wordAt returns the Latin word (with inner dots and apostrophes) at i.
func (f *finder) wordAt(i int) string {
	j := i
	for j < len(f.rs) && (isLetter(f.rs[j]) || (f.rs[j] == '.' || f.rs[j] == '\'' || f.rs[j] == '’') && j > i && isLetter(f.at(j+1))) {
		j++
	}
	if f.at(j) == '.' && j > i && f.at(j-2) == '.' {
		j++
	}
	return f.str(i, j)
}

// modelNumbers collects the numbers that name models in this text: digits
// glued to letters or followed by -digit (777x, A350, 787-9), and numbers
// written twice before the same capitalised word (737 Max).
func (f *finder) modelNumbers() map[float64]bool {
	names := map[float64]bool{}
	seen := map[string]int{}
	for _, n := range f.nums {
		if n.IntDigits < 2 || n.Decimal {
			continue
		}
		if !n.LetterStart && n.Suffix != "" && len(n.Suffix) <= 3 && !enOrdinalSuffixes.has(strings.ToLower(n.Suffix)) && (!isGluedUnit(n.Suffix) || n.Suffix == "x" && n.Value >= 100) ||
			(f.at(n.End) == '-' && isDigitRune(f.at(n.End+1))) {
			names[n.Value] = true
		}
		if f.at(n.End) == ' ' && isUpper(f.at(n.End+1)) && !capitalisedPlural(f.wordAt(n.End+1)) {
			w := f.wordAt(n.End + 1)
			key := string(f.rs[n.Start:n.End]) + " " + w
			seen[key]++
			if seen[key] >= 2 {
				names[n.Value] = true
			}
		}
	}
	return names
}

// capitalisedPlural: Indians, Democrats, GPUs — people or things counted,
// not the name of a model (737 Max).
func capitalisedPlural(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !allUpper(w)
}

func isGluedUnit(s string) bool {
	_, ok := enGluedUnits.get(s)
	return ok
}

// unitLater: a quantity soon after i has a unit (a range 20-25倍).
func (f *finder) unitLater(i int) bool {
	return i+1 < len(f.qs) && f.qs[i+1].Kind != "" && f.qs[i+1].Start-f.qs[i].Num.End <= 2
}

// ---- stage 3: ranges and bare numbers ----------------------------------------------------

// rangeLink reports whether a range connector is written at i.
func (f *finder) rangeLink(i int) bool {
	for _, l := range zhRangeLinks {
		if _, ok := f.hasAt(i, l); ok {
			return true
		}
	}
	return false
}

// rangeWith reports whether quantities i and j are the bounds of one range.
func (f *finder) rangeWith(i, j int) bool {
	a, b := f.qs[i], f.qs[j]
	if a.Kind != "" && b.Kind != "" && (a.Kind != b.Kind || a.Unit != b.Unit) {
		return false
	}
	if a.Kind == "" && b.Kind == "" && f.lang == "zh" {
		return false
	}
	end := a.End
	g := f.skipSpaces(end)
	var linkEnd int
	ok := false
	for _, l := range zhRangeLinks {
		if e, hit := f.hasAt(g, l); hit {
			linkEnd, ok = e, true
			break
		}
	}
	// 2、3块钱, 1、2个: two neighbouring one-digit numbers listed as one
	// guess, the unit written once
	if !ok && f.lang == "zh" && f.at(g) == '、' && a.Kind == "" && neighbourDigits(a, b) {
		linkEnd, ok = g+1, true
	}
	if !ok {
		w := strings.ToLower(f.wordAt(g))
		pw, _ := f.wordBefore(f.skipSpacesBack(a.Start-1) + 1)
		if w == "and" && strings.EqualFold(pw, "between") {
			linkEnd = g + 3 // between 400 and 600
			if f.skipSpaces(linkEnd) != b.Start {
				return false
			}
			return a.Value <= b.Value
		}
		if w != "to" {
			return false
		}
		linkEnd = g + 2
		// from X to Y and by X to Y are changes, not ranges
		switch strings.ToLower(pw) {
		case "from", "by":
			return false
		}
	}
	if f.skipSpaces(linkEnd) != b.Start {
		return false
	}
	// a Chinese range needs the same unit on the upper bound (1%-4%, 20～25倍);
	// the lower bound may leave it out
	return a.Value <= b.Value || b.Num.Scale > a.Num.Scale
}

// neighbourDigits: a and b are one-digit whole numbers in digits, b one more than a.
func neighbourDigits(a, b Quantity) bool {
	one := func(q Quantity) bool {
		return q.Num.Script == number.Digits && q.Num.IntDigits == 1 && !q.Num.Decimal && q.Num.Scale <= 1
	}
	return one(a) && one(b) && b.Num.Value == a.Num.Value+1
}

// share gives the bounds of a range the unit and scale written once:
// 20～25倍, $40-50 billion, 242 to 330 passengers.
func (f *finder) share(a, b *Quantity) {
	if a.Kind == "" && b.Kind != "" {
		a.Kind, a.Unit = b.Kind, b.Unit
	} else if b.Kind == "" && a.Kind != "" {
		b.Kind, b.Unit = a.Kind, a.Unit
	}
	if b.Num.Scale > 1 && a.Num.Scale == 1 && a.Value*b.Num.Scale <= b.Value {
		a.Value *= b.Num.Scale
	}
}

// classifyBare decides what a number written without a unit is: a count of
// the noun after it, money or a count by context, a unit-less measure — or
// nothing.
func (f *finder) classifyBare(q *Quantity, last Quantity) bool {
	n := q.Num
	// a limit and a reading: ≤300/930, ≥2.5/2.1 (in any language)
	if f.before(n.Start, zhComparisonLex, 1) || f.readingAfterLimit(q) {
		q.Kind, q.Unit = KindMeasure, ""
		return true
	}
	if f.levelAfterPoints(q) {
		q.Kind, q.Unit = KindMeasure, "points" // fell 102.2 points, or 0.4%, to 27,934.02
		return true
	}
	if n.Decimal && n.Scale < 1e3 && n.Script == number.Digits && f.lang != "zh" && !f.hanNear(n.Start) && !f.perUnitAverage(last.End) {
		return false
	}
	if f.isHanContext(n.Start, last.End) {
		return f.zhBare(q, last)
	}
	return f.enBare(q, last)
}

// hanNear: Chinese characters around i.
func (f *finder) hanNear(i int) bool {
	return text.IsCJK(f.at(i-1)) || text.IsCJK(f.at(i+1))
}

// isHanContext: the number sits in Chinese text.
func (f *finder) isHanContext(start, end int) bool {
	b := f.at(f.skipSpacesBack(start - 1))
	a := f.at(f.skipSpaces(end))
	return text.IsCJK(b) || text.IsCJK(a) || f.rs[start] > 0x2e80
}

// zhBare: 1400万戊型肝炎临床病例, 人数下降了1.9万, 给央视136万, 实测值达到930.
func (f *finder) zhBare(q *Quantity, last Quantity) bool {
	n := q.Num
	end := last.End
	// rates per head: 每百万人口19.06, 每十万人3.5
	if f.perHeadBefore(n.Start) {
		q.Kind, q.Unit = KindMeasure, ""
		return true
	}
	// unit-less measures after 值 or a comparison sign
	if f.before(n.Start, zhMeasureContextLex, 4) {
		q.Kind, q.Unit = KindMeasure, ""
		return true
	}
	if n.Scale < 1e4 {
		return false
	}
	// a camera's pixels: 4800万主摄, 摄像头的像素提升到了800万
	if w, _ := zhPixelNounLex.at(f.rs, f.skipSpaces(end)); w != "" || f.lastWithin(n.Start-8, n.Start, zhPixelOnlyLex) != "" {
		q.Kind, q.Unit = KindMeasure, "像素"
		return true
	}
	// a quantity word right before: 销售量达500万 (before 销售 reads it as money)
	if w := f.lastWithin(n.Start-6, n.Start, zhCountWordLex); strings.HasSuffix(w, "量") || strings.HasSuffix(w, "数") || strings.HasSuffix(w, "數") {
		q.Kind, q.Unit = KindCount, zhCountWords.val(w)
		return true
	}
	// a noun of number before, past a qualifier or verb: 晶体管数超过100亿, 用户量达3亿
	if f.countNounBefore(n.Start) {
		q.Kind, q.Unit = KindCount, ""
		return true
	}
	// money words right before (奖金逾200万) or right after (368万天价过路费)
	if f.within(n.Start-6, n.Start, zhMoneyWordLex) || f.withinAfter(end, 6, zhMoneyWordLex) {
		q.Kind, q.Unit = KindMoney, "CNY"
		return true
	}
	// 悬赏2000万…为支持韩寒2000万征集: a bare amount equal to a sum of money
	// named earlier in the text repeats that sum
	if s, ok := f.repeatedSum(q.Value); ok {
		q.Kind, q.Unit = KindMoney, s.Unit
		return true
	}
	nx := f.at(end)
	if nx != 0 && !strings.ContainsRune(zhVerbAfter, nx) && text.IsCJK(nx) && !f.classifierWord(end) {
		// a noun follows: a count of it
		q.Kind = KindCount
		q.Unit = f.zhNounAfter(end)
		return true
	}
	if w := f.lastWithin(n.Start-moneyContextSpan, n.Start, zhCountWordLex); w != "" {
		q.Kind, q.Unit = KindCount, zhCountWords.val(w)
		return true
	}
	// 42万的吸菸人口: what it counts follows 的
	if nx == '的' || nx == '名' {
		if w := f.firstAfter(end+1, 8, zhCountWordLex); w != "" {
			q.Kind, q.Unit = KindCount, zhCountWords.val(w)
			return true
		}
	}
	if f.within(n.Start-moneyContextSpan, n.Start, zhMoneyWordLex) || f.inSentence(n.Start, yuanLex) {
		q.Kind, q.Unit = KindMoney, "CNY"
		return true
	}
	return f.levelAfterChange(q)
}

// repeatedSum returns the sum of money found earlier in the text whose value
// is v (a bare 万/亿 amount that names it again).
func (f *finder) repeatedSum(v float64) (Figure, bool) {
	for _, s := range f.sums {
		if s.Value == roundValue(v) {
			return s, true
		}
	}
	return Figure{}, false
}

// ordinalBefore: 第 + a number + 个 stand right before i (第二个五年计划,
// 第三个十年): the number after them names a period, it does not count.
func (f *finder) ordinalBefore(i int) bool {
	p := i - 1
	if c := f.at(p); c != '个' && c != '個' {
		return false
	}
	k := p - 1
	for k >= 0 && k > p-4 && (isDigitRune(f.rs[k]) || isHanNumeralRune(f.rs[k])) {
		k--
	}
	return k < p-1 && f.at(k) == '第'
}

// levelAfterChange: a bare 万/亿 amount reached after a verb of change
// (降至, 增加到) repeats the count or sum found just before it in the same
// sentence (出生人数2005年为300万，2015年降至210万): it takes that figure's kind
// and unit. Both must be of the same scale, within maxLevelGap runes.
func (f *finder) levelAfterChange(q *Quantity) bool {
	n := q.Num
	p := f.prevFig
	if p.Kind != KindCount && p.Kind != KindMoney || p.End > n.Start || n.Start-p.End > maxLevelGap || p.Value < 1e4 {
		return false
	}
	to := f.skipSpacesBack(n.Start - 1)
	if c := f.at(to); c != '至' && c != '到' {
		return false
	}
	if w, _ := zhDirectionLex.endingAt(f.rs, to); w == "" {
		return false
	}
	for k := p.End; k < n.Start; k++ {
		if isSentenceBreak(f.rs[k]) {
			return false
		}
	}
	q.Kind, q.Unit = p.Kind, p.Unit
	return true
}

// countNounBefore: a noun ending in 数 or 量 (晶体管数, 用户量) stands before
// i, separated only by a qualifier or a linking verb (超过, 达到, 为).
func (f *finder) countNounBefore(i int) bool {
	p := f.skipSpacesBack(i-1) + 1
	for k := 0; k < 2; k++ {
		if w, s := zhQualBeforeLex.endingAt(f.rs, p); w != "" {
			p = s
			continue
		}
		if w, s := zhLinkVerbLex.endingAt(f.rs, p); w != "" {
			p = s
			continue
		}
		break
	}
	c := f.at(p - 1)
	return (c == '数' || c == '數' || c == '量') && text.IsCJK(f.at(p-2)) && !strings.ContainsRune("少多无無", f.at(p-2))
}

// zhLinkVerbs link a noun of number to its value.
var zhLinkVerbLex = &lexicon{list: []string{"达到", "達到", "达", "達", "为", "為", "是", "有", "已达", "已超"}}

// zhNounAfter returns the noun written at i (up to a stop character or a
// number that is not part of a name like H100).
func (f *finder) zhNounAfter(i int) string {
	j := i
	for j < len(f.rs) && j-i < 10 && !strings.ContainsRune(zhNounStop, f.rs[j]) {
		if w, _ := zhNounEndLex.at(f.rs, j); w != "" && j > i {
			break // 304家企业生产的, 106批次产品不符合: a verb ends the noun
		}
		if isDigitRune(f.rs[j]) && !isLetter(f.at(j-1)) && !isDigitRune(f.at(j-1)) {
			break
		}
		if _, ok := hanDigitValue(f.rs[j]); ok && j > i && !text.IsCJK(f.at(j-1)) {
			break
		}
		j++
	}
	return f.str(i, j)
}

// hanDigitValue: a Chinese digit character.
func hanDigitValue(c rune) (int, bool) {
	if k := strings.IndexRune("零一二三四五六七八九两", c); k >= 0 {
		return k, true
	}
	return 0, false
}

// before reports whether a word of l ends within span runes before i.
func (f *finder) before(i int, l *lexicon, span int) bool {
	for e := i; e >= i-span && e > 0; e-- {
		if w, _ := l.endingAt(f.rs, e); w != "" {
			return true
		}
	}
	return false
}

// within reports whether a word of l is written in [i, j) without crossing
// a sentence break: searching back from j when the window ends at the
// figure, forward from i when it starts there.
func (f *finder) within(i, j int, l *lexicon) bool {
	if i < 0 {
		i = 0
	}
	if j > len(f.rs) {
		j = len(f.rs)
	}
	for k := j - 1; k >= i; k-- {
		if isSentenceBreak(f.rs[k]) {
			i = k + 1
			break
		}
	}
	for k := i; k < j; k++ {
		if w, _ := l.at(f.rs, k); w != "" {
			return true
		}
	}
	return false
}

// perHeadBefore: 每 + a population (每百萬人口, 每十万人) is written right
// before i: the number is a rate.
func (f *finder) perHeadBefore(i int) bool {
	p := f.skipSpacesBack(i-1) + 1
	for _, w := range []string{"人口", "人"} {
		s := p - len([]rune(w))
		if _, ok := f.hasAt(s, w); !ok {
			continue
		}
		for k := s - 1; k >= 0 && s-k <= 4; k-- {
			if f.rs[k] == '每' {
				return k < s-1 // 每 and a number of people between
			}
			if !strings.ContainsRune("十百千万萬", f.rs[k]) {
				break
			}
		}
	}
	return false
}

// zhComparisonLex: signs of a limit before a number (≤300).
var zhComparisonLex = &lexicon{list: []string{"≤", "≥", "＜", "＞", "<", ">"}}

// readingAfterLimit: the number follows "/" after a limit (≤300/930): the
// value measured against it.
func (f *finder) readingAfterLimit(q *Quantity) bool {
	if f.at(q.Start-1) != '/' {
		return false
	}
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].Start >= q.Start })
	if k == 0 {
		return false
	}
	p := f.qs[k-1]
	return p.End == q.Start-1 && f.before(p.Num.Start, zhComparisonLex, 1)
}

// lastWithin returns the last word of l written in [i, j) after the last
// sentence break, or "".
func (f *finder) lastWithin(i, j int, l *lexicon) string {
	if i < 0 {
		i = 0
	}
	if j > len(f.rs) {
		j = len(f.rs)
	}
	for k := j - 1; k >= i; k-- {
		if isSentenceBreak(f.rs[k]) {
			return ""
		}
		if w, e := l.at(f.rs, k); w != "" && e <= j {
			return w
		}
	}
	return ""
}

// firstAfter returns the first word of l written in [i, i+span) before a
// clause break, or "".
func (f *finder) firstAfter(i, span int, l *lexicon) string {
	for k := i; k < i+span && k < len(f.rs); k++ {
		if strings.ContainsRune(zhClauseBreaks, f.rs[k]) {
			return ""
		}
		if w, _ := l.at(f.rs, k); w != "" {
			return w
		}
	}
	return ""
}

// withinAfter reports whether a word of l is written in [i, i+span) before
// the next sentence break.
func (f *finder) withinAfter(i, span int, l *lexicon) bool {
	for k := i; k < i+span && k < len(f.rs); k++ {
		if isSentenceBreak(f.rs[k]) {
			return false
		}
		if w, _ := l.at(f.rs, k); w != "" {
			return true
		}
	}
	return false
}

func isSentenceBreak(c rune) bool { return c == '。' || c == '\n' || c == '；' }

// inSentence: a word of l is written in the sentence around i.
func (f *finder) inSentence(i int, l *lexicon) bool {
	a, b := i, i
	for a > 0 && f.rs[a-1] != '。' && f.rs[a-1] != '\n' {
		a--
	}
	for b < len(f.rs) && f.rs[b] != '。' && f.rs[b] != '\n' {
		b++
	}
	return f.within(a, b, l)
}

// enBare: 964,000 people, 30 of Boeing's jets, 12 freight, down by 30 to 126,
// two to Biman.
func (f *finder) enBare(q *Quantity, last Quantity) bool {
	n := q.Num
	if n.Decimal && n.Scale < 1e3 && !f.perUnitAverage(last.End) || n.Signed || n.IntDigits > 7 {
		return false // 2.5 stars, version 1.2 (but 2.04 million passengers)
	}
	end := last.End
	g := f.skipSpaces(end)
	w := f.wordAt(g)
	lw := strings.ToLower(w)
	// N of (the|its|Boeing's) NOUN
	if lw == "of" {
		h := f.skipSpaces(g + 2)
		if noun := f.enNounAt(h, true); noun != "" {
			q.Kind, q.Unit = KindCount, noun
			return true
		}
		// won 12 of 13: a count out of a total
		if m, ok := f.quantityAt(h); ok && m.Kind == "" && m.Num.Value > n.Value && !m.Num.Decimal {
			q.Kind, q.Unit = KindCount, ""
			return true
		}
		return false
	}
	if g == end+1 && (w != "" || isDigitRune(f.at(g))) {
		if noun := f.enNounAt(g, false); noun != "" {
			q.Kind, q.Unit = KindCount, noun
			return true
		}
	}
	// two “deliveries”, three "urgent" threats: the counted word in quotes
	if g == end+1 && strings.ContainsRune(enOpenQuotes, f.at(g)) && isLetter(f.at(g+1)) {
		if noun := f.enNounAt(g+1, false); noun != "" {
			q.Kind, q.Unit = KindCount, noun
			return true
		}
	}
	// changes of a count: down by 30 to 126
	pw, ps := f.wordBefore(f.skipSpacesBack(n.Start-1) + 1)
	switch strings.ToLower(pw) {
	case "by", "to", "from":
		if f.changeVerbBefore(ps) && n.Script&number.Digits != 0 {
			q.Kind, q.Unit = KindCount, ""
			return true
		}
	}
	// 63 85%, 1,234 (45%): a count followed by its share of the whole
	if !n.Decimal && n.Script == number.Digits && n.Value >= 2 {
		h := g
		if f.at(h) == '(' || f.at(h) == '（' {
			h++
		}
		if m, ok := f.quantityAt(h); ok && m.Kind == KindPercent && h-end <= 2 {
			q.Kind, q.Unit = KindCount, ""
			return true
		}
	}
	// the air quality index is 218, a score of 93: a reading of an index
	if f.indexReading(n.Start) {
		q.Kind, q.Unit = KindMeasure, ""
		return true
	}
	// more than 12,000 in attendance: a qualifier says it is an amount
	if n.Value >= 2 && f.countQualifierBefore(n.Start) {
		q.Kind, q.Unit = KindCount, ""
		return true
	}
	// two to Biman and three to the government: shares of a count just named
	if n.Script == number.Words && lw == "to" && n.Value >= 2 && n.Value <= 20 {
		h := f.skipSpaces(g + 2)
		if isUpper(f.at(h)) || strings.EqualFold(f.wordAt(h), "the") {
			q.Kind, q.Unit = KindCount, ""
			return true
		}
	}
	// 46 people visited, but only 16 had come…; Smith added 25 points and Noel had 15
	if u := f.elidedNoun(q, pw, g); u != "" {
		q.Kind, q.Unit = KindCount, u
		return true
	}
	return false
}

// enOpenQuotes may open the counted word after a bare number (two “deliveries”).
const enOpenQuotes = "\"“‘"

// enElidedBefore: after these a bare number may count the noun of the
// count just before it, left out (only 16, Noel had 15).
var enElidedBefore = &wordSet{words: `only, just, had, has, have, added, scored, got, while, whereas`}

// elidedNoun returns the noun of the count found last when the bare number
// q repeats it without the noun: a whole number after a word of
// enElidedBefore, in the same sentence within maxElidedGap runes of that
// count, and followed by a verb or the end of the clause (g: the next
// word's start, pw: the word before q).
func (f *finder) elidedNoun(q *Quantity, pw string, g int) string {
	n := q.Num
	p := f.prevFig
	if n.Decimal || n.Value < 2 || n.Script != number.Digits || !enElidedBefore.has(strings.ToLower(pw)) ||
		p.Kind != KindCount || p.Unit == "" || isDurationUnit(p.Unit) || p.End > n.Start || n.Start-p.End > maxElidedGap {
		return ""
	}
	for k := p.End; k < n.Start; k++ {
		if c := f.rs[k]; c == '.' && !isDigitRune(f.at(k+1)) || c == '\n' || c == ';' || c == '?' || c == '!' {
			return ""
		}
	}
	switch c := f.at(q.End); {
	case c == '.' || c == ',' || c == ';' || c == 0:
	case c == ' ' && enAuxiliaries.has(strings.ToLower(f.wordAt(g))):
	default:
		return ""
	}
	return p.Unit
}

// enReadingWords name a measured level (the index is 218, a score of 93).
var enReadingWords = &wordSet{words: `index, score, rating, reading, level, grade, ratio, rate, average`}

// indexReading: "is", "was", "of", "at", "to" or "hit" right before i, and a
// reading word among the six words before that, in the same clause.
func (f *finder) indexReading(i int) bool {
	return f.readingName(i) != ""
}

// readingName returns the name of the reading a bare number at i gives
// (the air quality index … is 218 → air quality index), or "".
func (f *finder) readingName(i int) string {
	words := f.wordsBefore(f.skipSpacesBack(i-1)+1, 10, f.wb2[:0])
	n := len(words)
	if n < 2 {
		return ""
	}
	switch strings.ToLower(words[n-1]) {
	case "is", "was", "of", "at", "to", "hit", "reached", "stood":
	default:
		return ""
	}
	for k := n - 2; k >= 0; k-- {
		if !enReadingWords.has(strings.ToLower(words[k])) {
			continue
		}
		a := k
		for a > 0 && k-a < 3 && !enFunctionWords.has(strings.ToLower(words[a-1])) && !enAboutVerb(strings.ToLower(words[a-1])) {
			a--
		}
		return strings.Join(words[a:k+1], " ")
	}
	return ""
}

// shareFollows: a percentage follows right after i (63 85%, 212 (41%)),
// so the number before it is a count, not part of a name.
func (f *finder) shareFollows(i int) bool {
	h := f.skipSpaces(i)
	if h == i || h-i > 1 {
		if f.at(i) != '(' {
			return false
		}
		h = i
	}
	if f.at(h) == '(' || f.at(h) == '（' {
		h++
	}
	m, ok := f.quantityAt(h)
	return ok && m.Kind == KindPercent
}

// countQualifierBefore: one of enCountQualifiers ends right before i.
func (f *finder) countQualifierBefore(i int) bool {
	words := f.wordsBefore(f.skipSpacesBack(i-1)+1, 3, f.wb2[:0])
	for k := 1; k <= len(words); k++ {
		if enCountQualifiers.has(strings.ToLower(strings.Join(words[len(words)-k:], " "))) {
			return true
		}
	}
	return false
}

// quantityAt returns the quantity that starts at i.
func (f *finder) quantityAt(i int) (Quantity, bool) {
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].Start >= i })
	if k < len(f.qs) && f.qs[k].Start == i {
		return f.qs[k], true
	}
	return Quantity{}, false
}

// perUnitAverage: a plural noun and "per" follow i (11.1 assists per game),
// so a decimal there is an average count.
func (f *finder) perUnitAverage(i int) bool {
	g := f.skipSpaces(i)
	if g != i+1 {
		return false
	}
	w := f.wordAt(g)
	if len(w) < 3 || !strings.HasSuffix(w, "s") || isUpper([]rune(w)[0]) || enFunctionWords.has(strings.ToLower(w)) {
		return false
	}
	return strings.EqualFold(f.wordAt(f.skipSpaces(g+len(w))), "per")
}

// levelAfterPoints: a bare number after "to" or "at" follows a move in
// points in the same sentence, so it is the level reached.
func (f *finder) levelAfterPoints(q *Quantity) bool {
	pw, _ := f.wordBefore(f.skipSpacesBack(q.Start-1) + 1)
	if lw := strings.ToLower(pw); lw != "to" && lw != "at" {
		return false
	}
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].Start >= q.Start })
	for k--; k >= 0 && f.qs[k].End > q.Start-50; k-- {
		p := f.qs[k]
		if f.sentenceBreakIn(p.End, q.Start) {
			return false
		}
		if p.Unit == "points" {
			return true
		}
	}
	return false
}

// sentenceBreakIn: a sentence ends in [i, j) (". ", ";", a new line).
func (f *finder) sentenceBreakIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(f.rs); k++ {
		switch c := f.rs[k]; {
		case c == ';' || c == '\n' || c == '。' || c == '!' || c == '?':
			return true
		case c == '.' && (k+1 >= len(f.rs) || isSpaceRune(f.rs[k+1])):
			return true
		}
	}
	return false
}

// scoredPoints makes whole "points" without an index around them a count
// (Davis scored 34 points): an index moves in points followed by a
// percentage or a level (fell 102 points, or 0.4%, to 27,934), or named in
// the sentence.
func (f *finder) scoredPoints(i int) {
	q := &f.qs[i]
	if q.Kind != KindMeasure || q.Unit != "points" || q.Num.Decimal {
		return
	}
	if i+1 < len(f.qs) && f.qs[i+1].Start-q.End <= 8 && f.qs[i+1].Kind == KindPercent {
		return
	}
	if w := strings.ToLower(f.wordAt(f.skipSpaces(q.End))); w == "to" || w == "at" {
		if _, ok := f.quantityAt(f.skipSpaces(f.skipSpaces(q.End) + 2)); ok {
			return
		}
	}
	a := q.Start
	for a > 0 && q.Start-a < 120 && !f.sentenceBreakIn(a-1, a) {
		a--
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(f.str(a, q.Start)), func(c rune) bool { return !isLetter(c) && c != '&' && c >= 'A' }) {
		if enIndexWords.has(w) {
			return
		}
	}
	q.Kind = KindCount
}

// changeVerbBefore: a direction word before position i in the clause (down by 30).
func (f *finder) changeVerbBefore(i int) bool {
	p := i
	for k := 0; k < 5; k++ {
		b := f.skipSpacesBack(p - 1)
		w, ws := f.wordBefore(b + 1)
		if w == "" {
			// step over a number: down by 30 to 126
			for b >= 0 && (isDigitRune(f.rs[b]) || f.rs[b] == ',' || f.rs[b] == '.') {
				b--
			}
			if b+1 == p || b+1 == f.skipSpacesBack(p-1)+1 {
				return false
			}
			p = b + 1
			continue
		}
		if _, ok := enDirections.get(strings.ToLower(w)); ok {
			return true
		}
		p = ws
	}
	return false
}

// enNounAt returns the counted noun phrase at i (adjectives, names, model
// numbers and nouns up to a function word), or "" when what follows is not
// a noun: "1,000 maintenance workers", "30 of Boeing's 787-9 Dreamliner jets".
func (f *finder) enNounAt(i int, afterOf bool) string {
	words, models := 0, 0
	start, end := -1, -1
	headEnds := false
	lastWord := ""
	j := i
	for words+models < 6 && j < len(f.rs) {
		// a token: letters, digits and inner hyphens (A350-900, 787-9, Boeing)
		k := j
		hasDigit := false
		for k < len(f.rs) && (isLetter(f.rs[k]) || isDigitRune(f.rs[k]) || f.rs[k] == '-' && k > j && (isLetter(f.at(k+1)) || isDigitRune(f.at(k+1)))) {
			hasDigit = hasDigit || isDigitRune(f.rs[k])
			k++
		}
		if k == j {
			break
		}
		tok := f.str(j, k)
		lt := strings.ToLower(tok)
		if hasDigit {
			models++
		} else {
			// 13,000 false or misleading claims, 2 soft-boiled or poached eggs
			if (lt == "or" || lt == "and") && words > 0 && !strings.HasSuffix(strings.ToLower(lastWord), "s") {
				nx := f.skipSpaces(k)
				if nw := strings.ToLower(f.wordAt(nx)); nw != "" && !enFunctionWords.has(nw) && !isNumberWord(nw) {
					j = nx
					continue
				}
			}
			if enFunctionWords.has(lt) {
				if afterOf && words+models == 0 && (lt == "the" || lt == "its" || lt == "their" || lt == "his" || lt == "her" || lt == "our" || lt == "those" || lt == "these") {
					j = f.skipSpaces(k)
					continue
				}
				break
			}
			if enMonths.has(lt) && words+models == 0 {
				return ""
			}
			if enTimeNames.has(lt) && words > 0 {
				break // six people Monday
			}
			if _, dir := enDirections.get(lt); dir && words > 0 {
				break
			}
			// (a hyphenated -ed/-ing word is an adjective: 130 Xbox-enhanced titles, 12 fast-growing firms)
			if words > 0 && (enVerbs.has(lt) || len(lt) > 4 && !strings.ContainsRune(lt, '-') && (strings.HasSuffix(lt, "ed") || strings.HasSuffix(lt, "ing"))) {
				break // 18 teams playing, three commanders held
			}
			if words == 0 && len(lt) > 4 && strings.HasSuffix(lt, "ly") && !enLyNouns.has(lt) {
				return "" // 16 currently
			}
			words++
			lastWord = tok
			end = k
			// 3,000 engineers nationwide, 12% of people react: the noun ends at its plural head
			headEnds = pluralHead(lt) && !f.pluralAt(f.skipSpaces(k))
		}
		if start < 0 {
			start = j
		}
		if headEnds {
			break
		}
		e := k
		// possessive: Boeing 's / Boeing's
		if f.at(e) == '\'' || f.at(e) == '’' {
			e++
			if f.at(e) == 's' {
				e++
			}
		} else if f.at(e) == ' ' && (f.at(e+1) == '\'' || f.at(e+1) == '’') && f.at(e+2) == 's' {
			e += 3
		}
		if f.at(e) != ' ' || !(isLetter(f.at(e+1)) || isDigitRune(f.at(e+1))) {
			break
		}
		j = e + 1
	}
	if words == 0 || end < 0 {
		return ""
	}
	if isUpper([]rune(lastWord)[0]) && !afterOf && !acronymPlural(lastWord) && !(words == 1 && capitalisedPlural(lastWord)) {
		return "" // 30 Boeing, 123 Main Street: a name, not a counted noun
	}
	return f.str(start, end)
}

// inTitle: the span [i, j) lies between 《 and 》 (a book, a report, a
// plan), within maxTitleRunes of each.
func (f *finder) inTitle(i, j int) bool {
	open := false
	for k := i - 1; k >= 0 && i-k <= maxTitleRunes; k-- {
		c := f.rs[k]
		if c == '《' {
			open = true
			break
		}
		if c == '》' || c == '。' || c == '\n' {
			return false
		}
	}
	if !open {
		return false
	}
	for k := j; k < len(f.rs) && k-j <= maxTitleRunes; k++ {
		c := f.rs[k]
		if c == '》' {
			return true
		}
		if c == '《' || c == '。' || c == '\n' {
			return false
		}
	}
	return false
}

// isHanNumeralRune: a Chinese digit (一…九, 两, 十).
func isHanNumeralRune(c rune) bool {
	_, ok := hanDigitValue(c)
	return ok || c == '十' || c == '兩'
}

// singularUnit: the unit of q is written in the singular of a unit that has
// a plural (Mile of miles; not Tbsp, not Nm).
func (f *finder) singularUnit(q Quantity) bool {
	w := strings.ToLower(f.str(q.UnitStart, q.End))
	return !strings.HasSuffix(w, "s") && enUnits.has(w+"s")
}
