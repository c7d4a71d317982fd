package figures

import (
	"sort"
	"strings"
	"unicode/utf8"

	"lede/internal/text"
)

// Stage 4 of Find: the words around a figure — its qualifier (more than,
// nearly…), its direction (up/down) and what it is about.

// The qualifiers we report.
const (
	QualMoreThan = "more than"
	QualNearly   = "nearly"
	QualAbout    = "about"
	QualAtLeast  = "at least"
	QualBelow    = "below"
	QualUpTo     = "up to"
)

// zhQualBefore are written right before the number (longest match wins).
var zhQualBefore = &wordTable[string]{groups: []wordGroup[string]{
	{QualMoreThan, `超过, 超過, 逾, 多于, 多於, 高于, 高於, 大于, 突破, 超出, >`},
	{QualAtLeast, `至少, 最少, 不少于, 不下, 不低于, 起码, 至少要, 至少有, 至少需, ≥`},
	{QualNearly, `近, 接近, 将近, 將近, 逼近, 近乎, 几乎, 幾乎`},
	{QualAbout, `约, 約, 大约, 大約, 约为, 約為, 约合, 約合, 约有, 約有, 约占, 約佔, 約占, 大概, 左右`},
	{QualBelow, `不到, 不足, 少于, 少於, 低于, 低於, 未满, <`},
	{QualUpTo, `最多, 至多, 不超过, 不超過, ≤`},
}}

// zhNotQualBefore: 近 inside these words is not "nearly" (最近3个月).
var zhNotQualBefore = []string{"最近", "附近", "临近", "靠近"}

// zhQualAfter follow the number and its unit.
var zhQualAfter = &wordTable[string]{groups: []wordGroup[string]{
	{QualMoreThan, `以上, 之上, 上方, 多, 余, 餘`},
	{QualBelow, `以下, 之下, 下方`},
	{QualUpTo, `以内, 以內`},
	{QualAbout, `左右, 上下`},
}}

// enQualBefore are the words right before the number, lower case.
var enQualBefore = &wordTable[string]{groups: []wordGroup[string]{
	{QualMoreThan, `more than, over, above, exceeding, in excess of, upwards of, north of, well over, just over, greater than`},
	{QualAtLeast, `at least, no less than, a minimum of, no fewer than`},
	{QualNearly, `nearly, almost, close to, just under, approaching, near`},
	{QualAbout, `about, around, roughly, approximately, some, an estimated, estimated, circa, approx., closer to`},
	{QualBelow, `less than, under, below, fewer than`},
	{QualUpTo, `up to, as much as, as many as, as high as, no more than, at most, a maximum of`},
}}

// enQualAfter follow the number.
var enQualAfter = &wordTable[string]{groups: []wordGroup[string]{
	{QualAtLeast, `or more`},
	{QualMoreThan, `plus`},
	{QualUpTo, `or less`},
	{QualAbout, `or so`},
}}

// zhUp and zhDown are the verbs of change before a number (longest first).
var zhDirections = &wordTable[string]{groups: []wordGroup[string]{
	{"up", `增长, 增長, 增加, 上涨, 上漲, 上升, 提高, 提升, 攀升, 扩大, 擴大, 加价, 飙升, 大涨, 暴涨, 反弹, 回升, 走高, 上调, 调高, 高出, 涨幅, 增幅, 升幅, 升温, 升溫, 拉升, 提价,
		提價, 涨价, 漲價, 增持, 升, 涨, 漲, 增, 多, 高了, 加息, 升息`},
	{"down", `slump, plunge, tumble, sink, slide, dip, slip, 下降, 下跌, 减少, 減少, 下滑, 骤降, 驟降, 暴跌, 大跌, 缩小, 縮小, 收窄, 回落, 萎缩, 降低, 下调, 调低, 折让, 跌幅, 降幅, 跌, 低了, 降温, 降溫, 降价, 降價, 减持, 減持,
		降, 减, 減, 少, 降息, 减息, 減息, 降准, 降準`},
}}

// zhBetweenVerbAndNumber may stand between a verb of change and its number.
const zhBetweenVerbAndNumber = "了至到为為达達约約近超过過逾高幅度率分别別各共计計已再又近将將逾在"

// zhDirectionAfter follow the figure: 4.18%的涨幅.
var zhDirectionAfter = &wordTable[string]{groups: []wordGroup[string]{
	{"up", `的涨幅, 的增幅`},
	{"down", `的跌幅, 的降幅`},
}}

// enDirections are the words of change (lower case).
var enDirections = &wordTable[string]{groups: []wordGroup[string]{
	{"up", `rose, rise, rises, rising, risen, up, gained, gains, gain, grew, grow, grows, growth, increased, increase, climb, soar, surge, add,
		increases, climbed, climbing, climbs, jumped, jump, surged, soared, added, adding, advanced, higher, widened,
		expanded, expand, boosted, raised, rallied, spiked, hiked, expansion, raise, raises, raising, boost, boosts,
		strengthened, firmed, widen, widens, lift, lifts, lifted, doubled, tripled`},
	{"down", `fell, fall, falls, falling, down, declined, decline, declines, dropped, drop, drops, dropping, slumped, slid,
		sank, tumbled, plunged, decreased, decrease, cut, lower, narrowed, shrank, slashed, reduced, reduction, off,
		lowered, trimmed, dipped, eased, slipped, retreated, shed, reduce, reduces, reducing, lowering, lowers,
		weakened, softened, shrink, shrinks, narrow, cuts, halved`},
}}

// enDirectionAfter follow the figure: a 4.8 percent gain.
var enDirectionAfter = &wordTable[string]{groups: []wordGroup[string]{
	{"up", `gain, increase, rise, jump, growth, higher, more, larger, bigger, faster, greater`},
	{"down", `decline, drop, fall, decrease, cut, loss, lower, less, smaller, cheaper, fewer`},
}}

// enLossVerbs are changes down for a percentage or index points, but a
// plain amount for money (lost 0.6% vs lost $13.7 billion).
var enLossVerbs = &wordSet{words: `lost, lose, loses, losing`}

// longestAffix returns the longest particle, qualifier or verb of change
// that ends (suffix) or starts the subject.
func longestAffix(sub []rune, suffix bool) int {
	if suffix {
		w, s := zhAboutSuffixLex.endingAt(sub, len(sub))
		if w == "" {
			return 0
		}
		return len(sub) - s
	}
	w, e := zhAboutPrefixLex.at(sub, 0)
	if w == "" {
		return 0
	}
	return e
}

// zhClauseBreaks end the clause a Chinese subject is read from.
const zhClauseBreaks = "，。；：\n、（(）)“”！？,;:!?"

// zhAboutStrip are removed from the ends of a Chinese subject.
var zhAboutStrip = []string{"并且", "而且", "能够", "可能", "能", "可", "会", "會", "要", "将会", "有望", "预计", "预期", "每股", "计划", "占", "同比", "环比", "年率", "一度", "分别", "已经", "已", "为", "為", "达到", "达", "達", "至", "到", "了",
	"是", "的", "约", "仍", "也", "将", "將", "在", "共", "总共", "合计", "再", "又", "还", "则", "就", "都", "均", "较", "比",
	"实现", "录得", "报", "创下", "收于", "高达", "仅为", "仅", "只有", "有", "去年", "今年", "明年", "全年", "当年",
	"上半年", "下半年", "目前", "此前", "最新", "其中", "但", "而", "并", "且", "据", "从", "對", "对", "与", "和", "及", "由",
	"却", "卻", "继续", "繼續", "近乎", "来说", "來說", "而言", "保持在", "保持", "维持在", "维持", "已达", "已经达",
	"突破", "跌破", "超过", "不到", "甚至", "更有", "还有", "此外", "另外", "同时", "仍然", "依然", "只", "则是", "就是", "便是",
	"持续", "持續", "截至", "直线", "直線", "仅有", "僅有", "可以", "完成了", "完成", "第一次", "首次", "再次",
	"基于", "基於", "根据", "根據", "通过", "通過", "采用", "採用", "按照", "依据", "依據", "对于", "對於", "关于", "關於"}

// closingNoun: a noun of two to four Han characters right after the figure
// ends the clause (3000万元融资。).
func (f *finder) closingNoun(noun string, end int) bool {
	n := len([]rune(noun))
	return n >= 2 && n <= 4 && text.IsCJK([]rune(noun)[0]) && !zhAboutStripWords.has(noun) && strings.ContainsRune("，。；,;\n", f.at(end+n)) &&
		!strings.ContainsRune("每不没沒约約之以前后後", []rune(noun)[0]) && !zhNotClosingNouns.has(noun)
}

// zhNotClosingNouns follow an amount without naming it (1元时代, 3000元左右).
var zhNotClosingNouns = &wordSet{words: `时代, 時代, 时间, 時間, 期间, 期間, 左右, 不等, 上下, 水平`}

// trimDeterminer drops 一块, 一款, 这个 at either end of a subject: they
// point at the thing, they do not name it.
func trimDeterminer(b []rune) []rune {
	if len(b) >= 2 && strings.ContainsRune("一这這那每该該", b[0]) && strings.ContainsRune(zhClassifiers, b[1]) {
		if w, _ := zhClassifierWordLex.at(b, 1); w == "" { // 该部门 is "that department", not 该部 + 门
			b = b[2:]
		}
	}
	if n := len(b); n >= 2 && strings.ContainsRune("一这這那每该該", b[n-2]) && strings.ContainsRune(zhClassifiers, b[n-1]) && (n < 3 || b[n-3] != '第') {
		b = b[:n-2]
	}
	return b
}

// onlyParticles: every rune is a one-character particle, qualifier or verb
// of change.
func onlyParticles(b []rune) bool {
	for _, c := range b {
		w := string(c)
		if _, dir := zhDirections.get(w); !zhAboutStripWords.has(w) && !dir && zhQualBefore.val(w) == "" && !strings.ContainsRune("為为至到比的用以", c) {
			return false
		}
	}
	return true
}

// hasWordRune: a Han character or a Latin letter.
func hasWordRune(b []rune) bool {
	for _, c := range b {
		if isLetter(c) || text.IsCJK(c) {
			return true
		}
	}
	return false
}

// zhAboutKeepEnd end with a strippable character but are nouns (产能, 社会).
var zhAboutKeepEnd = []string{"平均", "产能", "產能", "性能", "功能", "储能", "儲能", "动能", "動能", "效能", "技能", "智能", "核能", "电能", "電能",
	"机会", "機會", "社会", "社會", "协会", "協會", "大会", "大會", "工会", "工會", "商会", "商會", "许可", "許可", "需要", "主要",
	"重要", "国有", "國有", "私有", "共有", "固有", "所有"}

// zhAboutSuffixOnly are trimmed from a subject's end only (患者中, 统计中).
var zhAboutSuffixOnly = []string{"中", "当中", "之中"}

// zhAboutKeep start with a strippable character but are words (中国, 共享):
// a subject's first character is not stripped from them.
var zhAboutKeep = []string{"中国", "中國", "中心", "中央", "中小", "中部", "中东", "共享", "共同", "有限", "有效", "比例", "比重", "比率",
	"报告", "報告", "报价", "在线", "都市", "均价", "對外", "对外", "和讯", "及时", "由于", "将军", "可口", "会员", "會員", "会计",
	"要求", "为期", "达成", "至今", "还款", "据点", "从业", "与会", "而立"}

// zhAboutStripWords: zhAboutStrip as a set.
var zhAboutStripWords = &wordSet{list: zhAboutStrip}

// ---- qualifier ---------------------------------------------------------------------

func (f *finder) qualifier(q Quantity, end int) string {
	n := q.Num
	if n.Approx || q.More {
		return QualMoreThan
	}
	if n.High > 0 {
		return QualAbout // 五六千: five or six thousand
	}
	// Chinese, before (最近3个月 is recent, not nearly)
	if w, ws := zhQualBeforeLex.endingAt(f.rs, q.Start); w != "" {
		if nw, _ := zhNotQualBeforeLex.endingAt(f.rs, q.Start); nw == "" || len(nw) <= len(w) {
			return zhQualBefore.val(w)
		}
		_ = ws
	}
	// Chinese, after: 2万8千多例, 140余家, 90美元以下
	if c := f.at(q.UnitStart); (c == '多' || c == '余' || c == '餘') && q.UnitStart == n.End {
		return QualMoreThan
	}
	if w, e := zhQualAfterLex.at(f.rs, end); w != "" {
		if !((w == "多" || w == "余" || w == "餘") && (f.at(e) == '万' || isDigitRune(f.at(e)))) {
			return zhQualAfter.val(w)
		}
	}
	// English, before: up to three words
	p := f.skipSpacesBack(q.Start - 1)
	words := f.wordsBefore(p+1, 3, f.wb1[:0])
	for k := len(words); k >= 1; k-- {
		phrase := words[len(words)-k]
		if k > 1 {
			phrase = strings.Join(words[len(words)-k:], " ")
		}
		phrase = strings.ToLower(phrase)
		if qual, ok := enQualBefore.get(phrase); ok {
			if (phrase == "over" || phrase == "under") && q.Kind == KindCount && isDurationUnit(q.Unit) {
				return "" // over two years: a period
			}
			return qual
		}
	}
	// English, after
	g := f.skipSpaces(end)
	if _, e, ok := phraseAfter(&f.reader, g, 2, enQualAfter); ok {
		w := strings.ToLower(f.str(g, e))
		return enQualAfter.val(w)
	}
	return ""
}

// wordsBefore returns up to k Latin words ending at i (exclusive), in
// order, in buf's storage. It reads names with inner hyphens and
// ampersands (home-improvement, S&P), steps over a parenthesis (N225) and
// stops at a word that belongs to another figure.
func (f *finder) wordsBefore(i, k int, buf []string) []string {
	out := buf[:0]
	p := i
	for len(out) < k {
		if before, ok := f.parenBefore(p); ok {
			p = before
			continue
		}
		w, ws := f.nameWordBefore(p)
		if w == "" || f.insideQuantity(ws) {
			break
		}
		out = append(out, w)
		p = f.skipSpacesBack(ws-1) + 1
		if p == ws {
			break // no space: not a separate word
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// parenBefore steps back over a short parenthesis ending just before p (the
// ticker in "Nikkei (N225)"): it returns where the text before it ends.
func (f *finder) parenBefore(p int) (int, bool) {
	q := f.skipSpacesBack(p - 1)
	if f.at(q) != ')' {
		return p, false
	}
	b := q
	for b >= 0 && f.rs[b] != '(' && q-b < 20 {
		b--
	}
	if b >= 0 && f.rs[b] == '(' {
		return f.skipSpacesBack(b-1) + 1, true
	}
	return p, false
}

// nameWordBefore is wordBefore that keeps inner hyphens and ampersands and
// a number that follows a capitalised word (Nikkei 225, S&P 500).
func (f *finder) nameWordBefore(i int) (string, int) {
	j := i
	for j > 0 {
		c := f.rs[j-1]
		if isLetter(c) || (c == '-' || c == '&' || c == '.' || c == '\'' || c == '’') && j-1 > 0 && isLetter(f.rs[j-2]) && j < i {
			j--
			continue
		}
		break
	}
	if j == i {
		// a number inside a name: Nikkei 225
		k := j
		for k > 0 && isDigitRune(f.rs[k-1]) {
			k--
		}
		if k < j && f.at(k-1) == ' ' {
			if w, _ := f.nameWordBefore(k - 1); w != "" && isUpper([]rune(w)[0]) && !f.insideQuantity(k) {
				return f.str(k, i), k
			}
		}
		return "", i
	}
	if isDigitRune(f.at(j - 1)) {
		return "", i
	}
	return f.str(j, i), j
}

// insideQuantity: position i lies inside a quantity's span.
func (f *finder) insideQuantity(i int) bool {
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].Start > i })
	return k > 0 && f.qs[k-1].End > i && f.qs[k-1].Kind != ""
}

// ---- direction -------------------------------------------------------------------------

func (f *finder) direction(q Quantity, fig Figure) string {
	if q.Num.Signed && q.Value < 0 {
		return "down"
	}
	if q.Kind == KindCount && isDurationUnit(q.Unit) {
		return ""
	}
	// after: 4.18%的涨幅, a 4.8 percent gain
	if w, _ := zhDirectionAfterLex.at(f.rs, fig.End); w != "" {
		return zhDirectionAfter.val(w)
	}
	g := f.skipSpaces(fig.End)
	if d, ok := enDirectionAfter.get(strings.ToLower(f.wordAt(g))); ok && g == fig.End+1 {
		return d
	}
	// yield 1.79%, down from 1.81%
	if f.at(fig.End) == ',' {
		h := f.skipSpaces(fig.End + 1)
		w := strings.ToLower(f.wordAt(h))
		if (w == "down" || w == "up") && strings.EqualFold(f.wordAt(f.skipSpaces(h+len(w))), "from") {
			return w
		}
	}
	// Chinese: a verb of change shortly before, separated from the number
	// only by particles and qualifiers (下降了1.9万, 骤降41%, 增长约10%)
	lo := q.Start - 8
	if lo < 0 {
		lo = 0
	}
	for k := q.Start - 1; k >= lo; k-- {
		c := f.rs[k]
		if isDigitRune(c) || c == '，' || c == '。' || c == '；' || c == '、' && k < q.Start-2 || c == '\n' {
			break
		}
		if k < q.Start-1 && !strings.ContainsRune(zhBetweenVerbAndNumber, f.rs[k+1]) {
			break
		}
		if w, _ := zhDirectionLex.endingAt(f.rs, k+1); w != "" {
			// 多/少 count only right before the number: 多0.2分
			if (w == "多" || w == "少") && k != q.Start-1 && !(k == q.Start-2 && f.rs[k+1] == '了') {
				continue
			}
			// …and not as the end of a bound: 至少, 最多
			if qw, _ := zhQualBeforeLex.endingAt(f.rs, k+1); qw != "" && (w == "多" || w == "少") {
				continue
			}
			return zhDirections.val(w)
		}
	}
	// fell 85 points, or 0.5%: the same change said again
	if d := f.restatedDirection(q); d != "" {
		return d
	}
	// English: a word of change up to four words before, within the clause
	p := f.skipSpacesBack(q.Start - 1)
	words := f.wordsBefore(p+1, 5, f.wb1[:0])
	for k := len(words) - 1; k >= 0; k-- {
		lw := strings.ToLower(words[k])
		if lw == "from" {
			return "" // slashed from $47 billion (to $8 billion)
		}
		if lw == "to" && k > 0 {
			// up 3.5 percent to $27.2 billion: the level reached, not the change
			continue
		}
		if d, ok := enDirections.get(lw); ok {
			if lw == "up" && k+1 < len(words) && strings.EqualFold(words[k+1], "to") {
				continue // up to $150 million: a ceiling, not a rise
			}
			return d
		}
		if enLossVerbs.has(lw) && (q.Kind == KindPercent || q.Kind == KindMeasure && q.Unit == "points") {
			return "down" // the index lost 0.4%
		}
	}
	// from X to Y: Y takes the verb before "from"
	if w, ws := f.wordBefore(p + 1); strings.EqualFold(w, "to") {
		for k := 0; k < 10; k++ {
			w2, ws2 := f.wordBefore(f.skipSpacesBack(ws-1) + 1)
			if w2 == "" {
				// skip over the previous number
				b := f.skipSpacesBack(ws - 1)
				for b >= 0 && (isDigitRune(f.rs[b]) || strings.ContainsRune("$.,%", f.rs[b])) {
					b--
				}
				if b == f.skipSpacesBack(ws-1) {
					break
				}
				ws = b + 1
				continue
			}
			if strings.EqualFold(w2, "from") {
				ww := f.wordsBefore(f.skipSpacesBack(ws2-1)+1, 6, f.wb2[:0])
				for j := len(ww) - 1; j >= 0; j-- {
					if d, ok := enDirections.get(strings.ToLower(ww[j])); ok {
						return d
					}
				}
				break
			}
			ws = ws2
		}
	}
	// 70% of members agreed, up from 61%: the change is named at the earlier value
	if d := f.laterChangeCue(q, fig.End); d != "" {
		return d
	}
	return ""
}

// laterChangeCue returns up or down when the next figure of the same kind
// and unit, in the same sentence with no figure between, follows "up from"
// or "down from" (70% agreed, up from 61% in 2022).
func (f *finder) laterChangeCue(q Quantity, end int) string {
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].Start >= end })
	for ; k < len(f.qs) && f.qs[k].Start < end+160; k++ {
		n := f.qs[k]
		if n.Kind == "" || k < len(f.keep) && !f.keep[k] {
			continue
		}
		if n.Kind != q.Kind || n.Unit != q.Unit || f.sentenceBreakIn(end, n.Start) {
			return ""
		}
		words := f.wordsBefore(f.skipSpacesBack(n.Start-1)+1, 2, f.wb2[:0])
		if len(words) == 2 && strings.EqualFold(words[1], "from") {
			switch strings.ToLower(words[0]) {
			case "up":
				return "up"
			case "down":
				return "down"
			}
		}
		return ""
	}
	return ""
}

// restatedDirection: a figure right after "or" (or in parentheses) that
// restates the figure before it takes its direction: fell 85 points, or
// 0.5%; rose $3 (2%).
func (f *finder) restatedDirection(q Quantity) string {
	p := f.skipSpacesBack(q.Start - 1)
	if f.at(p) != '(' {
		w, ws := f.wordBefore(p + 1)
		if !strings.EqualFold(w, "or") {
			return ""
		}
		p = f.skipSpacesBack(ws - 1)
		if f.at(p) == ',' {
			p = f.skipSpacesBack(p - 1)
		}
	} else {
		p = f.skipSpacesBack(p - 1)
	}
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].End > p })
	if k >= len(f.qs) || f.qs[k].End != p+1 || f.qs[k].Kind == "" || f.qs[k].Kind == q.Kind && f.qs[k].Unit == q.Unit {
		return ""
	}
	prev := f.qs[k]
	return f.direction(prev, Figure{Start: prev.Start, End: prev.End})
}

// ---- about -------------------------------------------------------------------------------

// about names what the figure counts or measures.
func (f *finder) about(q Quantity, fig Figure) string {
	if f.isHanContext(q.Start, fig.End) {
		return cleanZhAbout(f.zhAbout(q, fig))
	}
	return f.enAbout(q, fig)
}

// zhAboutReferences name the time or the value a figure is compared with,
// never what it is about (较去年, 上年同期, 前值).
var zhAboutReferences = &wordSet{words: `上年同期, 去年同期, 同期, 去年, 前年, 今年, 明年, 上年, 本年, 当年, 上月, 本月, 前值, 预期, 此前, 目前, 现在, 当时,
	同比, 环比, 年初, 年底, 年末, 全年, 上半年, 下半年, 第一季度, 第二季度, 第三季度, 第四季度, 一季度, 二季度, 三季度, 四季度, 前年同期,
	去年底, 去年全年, 之前, 以前, 以后, 以来, 今日, 昨日, 明日, 今天, 昨天, 明天, 日前, 近日, 近期, 当日, 同日`}

// zhAboutComparisons open a comparison, not a subject (较去年, 相比iPhone4, 好于预期).
var zhAboutComparisons = []string{"较", "較", "比", "相比", "相較", "相较", "好于", "好於", "差于", "差於", "低于", "低於", "高于", "高於", "从", "從"}

// zhAboutLinks opening a subject are dropped (或者行驶里程 → 行驶里程).
var zhAboutLinks = []string{"或者", "或", "和", "及", "与", "與", "以及", "并且"}

// zhAboutNotSingles are characters that name nothing on their own: a
// subject of one of them is a fragment (这, 相, 按).
const zhAboutNotSingles = "这這那相按参參新或和与與及的是在为為有被把将將对對从從向以而并並但则則也都又还還就才已曾其此该該各每某另运運单單"

// cleanZhAbout keeps a short noun phrase: the words after the last other
// figure written in it (约210元…), never a comparison or a time, nor a
// lone character that names nothing.
func cleanZhAbout(s string) string {
	if s == "" {
		return ""
	}
	hasNumber := false
	for _, c := range s {
		if _, han := hanDigitValue(c); han || isDigitRune(c) {
			hasNumber = true
			break
		}
	}
	if !hasNumber {
		return cleanZhAboutWords(s)
	}
	rs := []rune(s)
	// the part after the last number that is not part of a name (PM2.5,
	// iPhone 11 and A13 keep theirs)
	cut, first := -1, -1
	for k := 0; k < len(rs); k++ {
		_, han := hanDigitValue(rs[k])
		if !isDigitRune(rs[k]) && !(han && k+1 < len(rs) && strings.ContainsRune("十百千万萬亿億", rs[k+1])) {
			continue
		}
		e := k
		for e < len(rs) && (isDigitRune(rs[e]) || strings.ContainsRune(".．,，×xX*+／/：:十百千万萬亿億点點", rs[e]) || func() bool { _, ok := hanDigitValue(rs[e]); return ok }()) {
			e++
		}
		// the number's unit, currency or measure word goes with it (999 美元, 38人)
		if g := skipSpacesIn(rs, e); g < len(rs) {
			if w, end := zhCurrencyLex.at(rs, g); w != "" {
				e = end
			} else if u := zhUnitIn(rs, g); u != "" {
				e = g + len([]rune(u))
			} else if strings.ContainsRune(zhClassifiers+"时時点點岁歲年月日号號起", rs[g]) {
				e = g + 1
			}
		}
		b := k - 1
		if b >= 0 && rs[b] == ' ' {
			b--
		}
		if b >= 0 && (isLetter(rs[b]) || rs[b] == '-') || e < len(rs) && isLetter(rs[e]) {
			k = e
			continue // a name: PM2.5, iPhone 11, A13, 4S
		}
		if first < 0 {
			first = k
		}
		cut = e
		k = e
	}
	if cut >= 0 {
		after := strings.TrimSpace(string(rs[cut:]))
		switch {
		case hanCount(after) >= 2:
			rs = []rune(after)
		case hanCount(string(rs[:first])) >= 2:
			rs = []rune(strings.TrimSpace(string(rs[:first])))
		default:
			return ""
		}
		rs = trimParticles(rs)
	}
	return cleanZhAboutWords(strings.TrimSpace(string(rs)))
}

// cleanZhAboutWords drops a link opening a subject, and a subject that is a
// comparison, a time or a one-character fragment.
func cleanZhAboutWords(out string) string {
	for _, c := range zhAboutLinks {
		if rest := strings.TrimPrefix(out, c); rest != out && hanCount(rest) >= 2 {
			out = rest
			break
		}
	}
	for _, c := range zhAboutComparisons {
		if strings.HasPrefix(out, c) {
			if w, _ := zhAboutKeepLex.at([]rune(out), 0); w == "" {
				return "" // 较去年, 相比iPhone4 (but 比率, 比例 are nouns)
			}
			break
		}
	}
	if zhAboutReferences.has(out) {
		return ""
	}
	if c, size := utf8.DecodeRuneInString(out); size == len(out) && strings.ContainsRune(zhAboutNotSingles, c) {
		return ""
	}
	if strings.ContainsAny(out, "／/×") && hanCount(out) < 2 {
		return "" // ／立方米: a unit's remains
	}
	return out
}

func skipSpacesIn(rs []rune, i int) int {
	for i < len(rs) && isSpaceRune(rs[i]) {
		i++
	}
	return i
}

// zhUnitIn returns the longest Chinese unit written at rs[i:], or "".
func zhUnitIn(rs []rune, i int) string {
	r := reader{rs: rs}
	return zhUnitAt(&r, i)
}

// hanCount counts the Han characters of s.
func hanCount(s string) int {
	n := 0
	for _, c := range s {
		if text.IsCJK(c) {
			n++
		}
	}
	return n
}

// trimParticles drops particles, qualifiers and verbs of change from both
// ends of a subject (the trimming zhSubjectFrom does).
func trimParticles(b []rune) []rune {
	for changed := true; changed; {
		changed = false
		for len(b) > 0 && (isSpaceRune(b[len(b)-1]) || strings.ContainsRune("，,、：:（(", b[len(b)-1])) {
			b = b[:len(b)-1]
		}
		for len(b) > 0 && (isSpaceRune(b[0]) || strings.ContainsRune("，,、：:）)-–—·", b[0])) {
			b = b[1:]
		}
		if n := longestAffix(b, true); n > 0 && n < len(b) && !(n == 1 && zhAboutKeepEndLex.endsWith(b)) {
			b, changed = b[:len(b)-n], true
		}
		if n := longestAffix(b, false); n > 0 && len(b) > n && !(n == 1 && zhAboutKeepLex.covers(b, 0)) {
			b, changed = b[n:], true
		}
	}
	return b
}

func (f *finder) zhAbout(q Quantity, fig Figure) string {
	if q.Kind == KindCount && isDurationUnit(q.Unit) {
		return ""
	}
	// a count names its noun: 35万块英伟达H100GPU, 24家门店
	if q.Kind == KindCount {
		if q.Unit != "" && !strings.ContainsRune(zhClassifiers, []rune(q.Unit)[0]) && !isDurationUnit(q.Unit) && !zhUnits.has(q.Unit) {
			return q.Unit // a bare 万/亿 count read its noun already
		}
		if noun := f.zhNounAfter(fig.End); noun != "" {
			return noun
		}
	}
	// 完成了新一轮3000万元融资。: a short noun closing the clause names the money
	if q.Kind == KindMoney {
		if noun := f.zhNounAfter(fig.End); f.closingNoun(noun, fig.End) {
			return noun
		}
	}
	sub, prev := f.zhSubjectAfterFigure(q.Start)
	if sub == "" && prev >= 0 && prev < len(f.qs) && f.qs[prev].Start < q.Start {
		// 消费税30%和增值税17%, 从6.6%到8%: coordinated with the figure before
		p := f.qs[prev]
		if p.Kind == q.Kind {
			return f.zhAbout(p, Figure{Start: p.Start, End: p.End})
		}
	}
	if sub == "" && q.Kind != KindCount {
		// 降低15元成本, 完成3000万元融资: the noun right after the figure
		noun := f.zhNounAfter(fig.End)
		if n := len([]rune(noun)); n >= 2 && n <= 6 && text.IsCJK([]rune(noun)[0]) && !zhAboutStripWords.has(noun) &&
			strings.ContainsRune(zhNounStop, f.at(fig.End+n)) {
			return noun
		}
	}
	if sub == "" {
		// 净利润骤降37%，至18.6亿元: the clause continues the one before
		a := q.Start
		for a > 0 && !strings.ContainsRune(zhClauseBreaks, f.rs[a-1]) {
			a--
		}
		if a > 0 && strings.ContainsRune("，,", f.rs[a-1]) {
			p := a - 1
			// the previous clause's subject, read before its figure
			if g, ok := f.figureJustBefore(p); ok && g.End >= p-2 {
				return f.zhSubject(g.Start)
			}
			return f.zhSubject(p)
		}
	}
	return sub
}

// zhSubjectAfterFigure is zhSubject read from the end of the last figure
// written earlier in the clause (消费税30%和增值税17% → 增值税), and that
// figure's index (-1 when there is none).
func (f *finder) zhSubjectAfterFigure(i int) (string, int) {
	a := f.zhClauseStart(i)
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].Start >= i })
	if a > 0 && f.rs[a-1] == '、' && k > 0 && f.qs[k-1].End == a-1 && k-1 < len(f.keep) && f.keep[k-1] && strings.TrimSpace(f.str(a, i)) == "" {
		return "", k - 1 // 41.2%、30.5%: a list of figures
	}
	for k--; k >= 0 && f.qs[k].Start >= a; k-- {
		if p := f.qs[k]; p.Kind != "" && !p.Bare && p.End <= i && k < len(f.keep) && f.keep[k] {
			b := p.End
			for b < i && strings.ContainsRune(zhLinkChars, f.rs[b]) {
				b++
			}
			sub := f.zhSubjectFrom(b, i)
			if sub == "" && isDurationUnit(p.Unit) {
				continue // 龙头股9天跌近30%: a period, the subject is before it
			}
			if len([]rune(sub)) == 1 && !strings.ContainsRune(zhLinkChars, f.at(p.End)) {
				sub = f.str(p.Start, p.End) + sub // 64GB售5499元 → 64GB售
			}
			return sub, k
		}
	}
	return f.zhSubjectFrom(a, i), -1
}

// zhLinkChars join two figures: 30%和17%, 5.7万、8万.
const zhLinkChars = "和与與及、跟同或到至，, "

// isYearQuantity: a quantity that only dates (2011年).
func (f *finder) isYearQuantity(q Quantity) bool {
	return q.Kind == KindCount && q.Unit == "年" && (q.Num.IntDigits == 4 || f.rocYears)
}

// zhClauseStart returns where the clause around i begins (at most 40 runes back).
func (f *finder) zhClauseStart(i int) int {
	a := i
	for a > 0 && i-a < 40 {
		if strings.ContainsRune(zhClauseBreaks, f.rs[a-1]) {
			break
		}
		// a space after a Han character separates a headline's phrases
		// (暂停所有广告 A股龙头股), unless a number follows it (为 4000mAh)
		if a < i && a >= 2 && isSpaceRune(f.rs[a-1]) && text.IsCJK(f.rs[a-2]) && !isDigitRune(f.rs[a]) && f.skipSpaces(a) < i {
			break
		}
		a--
	}
	return a
}

// zhSubject returns the subject of the clause before i: the text since the
// last clause break, without time words, qualifiers, verbs of change and
// particles at its ends.
func (f *finder) zhSubject(i int) string {
	return f.zhSubjectFrom(f.zhClauseStart(i), i)
}

// zhSubjectFrom reads the subject written in [a, i).
func (f *finder) zhSubjectFrom(a, i int) string {
	if a >= i {
		return ""
	}
	s := f.rs[a:i]
	// drop time expressions with their preposition: 在2021年, 2022年, 12月份, 16日
	b := f.runeBuf[:0]
	defer func() { f.runeBuf = b[:0] }()
	for k := 0; k < len(s); k++ {
		if _, han := hanDigitValue(s[k]); isDigitRune(s[k]) || han {
			e := k
			for e < len(s) && (isDigitRune(s[e]) || s[e] == '.' || func() bool { _, ok := hanDigitValue(s[e]); return ok }() || s[e] == '十') {
				e++
			}
			if e < len(s) && (strings.ContainsRune("年月日号天周", s[e]) || e+1 < len(s) && (string(s[e:e+2]) == "个月" || string(s[e:e+2]) == "小时")) {
				if s[e] == '个' || s[e] == '小' {
					e++
				}
				e++
				for e < len(s) && (strings.ContainsRune("份底初末年来來内內间間", s[e]) || s[e] == '中' && e+1 < len(s) && s[e+1] == '旬') {
					e++
				}
				if n := len(b); n > 0 && strings.ContainsRune("在于於到至从從自和与與及、", b[n-1]) {
					b = b[:n-1] // 在2021年; 2009年和2010年: the link between two times goes too
				}
				if w, ws := zhTimeFrameBeforeLex.endingAt(b, len(b)); w != "" {
					b = b[:ws] // 未来两年, 过去10年: the time frame goes with its duration
				}
				k = e - 1
				continue
			}
		}
		b = append(b, s[k])
	}
	// trim particles, qualifiers and verbs of change at both ends, longest first
	// (keeping the last form of two runes or more: 平均降幅 is not 平)
	kept := b
	for changed := true; changed; {
		changed = false
		for len(b) > 0 && isSpaceRune(b[len(b)-1]) {
			b = b[:len(b)-1]
		}
		for len(b) > 0 && isSpaceRune(b[0]) {
			b = b[1:]
		}
		b = trimDeterminer(b)
		if len(b) >= 2 {
			kept = b
		}
		if n := longestAffix(b, true); n > 0 && !(n == 1 && zhAboutKeepEndLex.endsWith(b)) {
			b, changed = b[:len(b)-n], true
		}
		if n := longestAffix(b, false); n > 0 && len(b) > n && !(n == 1 && zhAboutKeepLex.covers(b, 0)) {
			b, changed = b[n:], true
		}
	}
	switch {
	case len(b) == 0:
		// 突破, 同比增长, 约合: only particles and verbs, nothing is named
	case len(b) == 1 && onlyParticles(b):
		b = nil // 降為, 比的
	case len(b) == 1:
		b = kept // 平均 is not 平
	}
	// 增速比上年: the comparison is not the subject
	for k := 2; k < len(b); k++ {
		if (b[k] == '比' || b[k] == '较' || b[k] == '較') && k+1 < len(b) && (strings.ContainsRune("上去前同", b[k+1]) || isDigitRune(b[k+1])) {
			b = b[:k]
			break
		}
	}
	if !hasWordRune(b) {
		return "" // +128/256/
	}
	sub := string(b)
	// a place or time adverbial after the subject: H100出货量在… → H100出货量
	if k := strings.Index(sub, "在"); k >= len("在")*2 {
		sub = sub[:k]
	}
	if k := strings.LastIndex(sub, "的"); k >= 0 && len([]rune(sub[k+len("的"):])) >= 2 {
		sub = sub[k+len("的"):]
	}
	r := []rune(sub)
	if len(r) > maxAboutRunes {
		cut := len(r) - maxAboutRunes
		for cut < len(r) && cut > 0 && isLetter(r[cut]) && (isLetter(r[cut-1]) || r[cut-1] == '-') {
			cut++ // not in the middle of a Latin word: SK-II Pitera
		}
		r = r[cut:]
		// start at a name rather than mid-word: 业务Reality Labs亏损 → Reality Labs亏损
		for k, c := range r {
			if isLetter(c) {
				if k > 0 && len(r)-k >= 6 {
					r = r[k:]
				}
				break
			}
		}
	}
	return strings.TrimSpace(string(r))
}

// enAbout names what an English figure is about: a short noun phrase, or
// nothing rather than a clause, a verb or a headline's words.
func (f *finder) enAbout(q Quantity, fig Figure) string {
	if f.titleCaseAround(q.Start) {
		// a headline in title case: only a counted noun is safe to read
		if q.Kind == KindCount && q.Unit != "" && !isDurationUnit(q.Unit) {
			return cleanEnAbout(q.Unit)
		}
		return ""
	}
	about := cleanEnAbout(f.enAboutRaw(q, fig, 0))
	if about == "" && q.Kind == KindMoney {
		about = f.priceCue(q) // when the sentence names nothing better
	}
	// Of the 900 participants …, 77 percent were women: the group the sentence opens with
	if about == "" && (q.Kind == KindPercent || q.Kind == KindCount && q.Unit == "") {
		about = f.groupLeadingSentence(q.Start)
	}
	// closed at $185.25, up 0.35%: a change right after a level shares its subject
	if about == "" && q.Kind == KindPercent {
		if p, ok := f.figureJustBefore(q.Start); ok && p.Kind != KindPercent {
			about = cleanEnAbout(f.enAboutRaw(p, Figure{Start: p.Start, End: p.End}, 1))
		}
	}
	return about
}

func (f *finder) enAboutRaw(q Quantity, fig Figure, depth int) string {
	// a count names its noun: 964,000 people, 30 of Boeing's jets
	if q.Kind == KindCount && q.Unit != "" && !isDurationUnit(q.Unit) {
		return q.Unit
	}
	// a 90-day extension: the noun the duration qualifies
	if q.Kind == KindCount && isDurationUnit(q.Unit) {
		if g := f.skipSpaces(fig.End); g == fig.End+1 && f.at(q.UnitStart-1) == '-' {
			return f.enNounAt(g, false)
		}
		return ""
	}
	// a figure used as an adjective: a $9.5 billion lifeline, the 4.8 percent
	// gain, Yahoo's $4.8 billion sale, its original $4 billion asking price
	g := f.skipSpaces(fig.End)
	next := strings.ToLower(f.wordAt(g))
	if g == fig.End+1 && next != "" && !enFunctionWords.has(next) && !enDimensionWords.has(next) {
		if _, dir := enDirections.get(next); !dir {
			if noun := f.enNounAt(g, false); noun != "" && f.determinedBefore(q) {
				return noun
			}
		}
	}
	// a 20% and 16% improvement: the noun after the figure coordinated with this one
	if (next == "and" || next == "or") && g == fig.End+1 {
		if m, ok := f.quantityAt(f.skipSpaces(g + len(next))); ok && m.Kind == q.Kind && f.determinedBefore(q) {
			if h := f.skipSpaces(m.End); h == m.End+1 && !enFunctionWords.has(strings.ToLower(f.wordAt(h))) {
				if noun := f.enNounAt(h, false); noun != "" {
					return noun
				}
			}
		}
	}
	// a measure used as an adjective: 10.7 teraflop hardware, a 275-horsepower motor
	if q.Kind == KindMeasure && g == fig.End+1 {
		if next != "" && !enFunctionWords.has(next) && !isVerbLike(next) && !enTimeWords.has(next) && !enDimensionWords.has(next) {
			if noun := f.enNounAt(g, false); noun != "" {
				return noun
			}
		}
	}
	// 197 Nm of torque, 26 megabytes of data: what the measure is of
	if q.Kind == KindMeasure && g == fig.End+1 && next == "of" {
		if noun := firstNoun(f.enNounAt(f.skipSpaces(g+2), true)); noun != "" && !enTimeWords.has(strings.ToLower(lastWord(noun))) {
			return noun
		}
	}
	// the air quality index is 218: the reading's name
	if q.Kind == KindMeasure && q.Unit == "" {
		if name := f.readingName(q.Start); name != "" {
			return name
		}
	}
	// fell 102 points, or 0.4%: the same subject as the figure restated
	// ($2.53 per diluted share keeps its own)
	if p, ok := f.restated(q); ok && depth < 3 {
		if g == fig.End+1 && next == "per" {
			if noun := f.enNounAt(f.skipSpaces(g+len(next)), true); noun != "" {
				return firstNoun(noun)
			}
		}
		return f.enAboutRaw(p, Figure{Start: p.Start, End: p.End}, depth+1)
	}
	// a share of a group: 42% of voters, nearly half (48%) of owners
	if q.Kind == KindPercent || q.Kind == KindCount {
		h := g
		if f.at(h) == ')' || f.at(h) == '）' {
			h = f.skipSpaces(h + 1)
		}
		if strings.EqualFold(f.wordAt(h), "of") {
			if noun := firstNoun(f.enNounAt(f.skipSpaces(h+2), true)); noun != "" && !enTimeWords.has(strings.ToLower(lastWord(noun))) {
				return noun
			}
		}
	}
	// put the cost at $4 billion, a loss of $88 million: the determined
	// noun right before at/of
	if noun := f.enObjectBefore(q.Start); noun != "" {
		return noun
	}
	if sub := f.enVerbSubject(q.Start, 0); sub != "" && cleanEnAbout(sub) != "" {
		return sub
	}
	if sub := f.enSubject(q.Start); sub != "" && cleanEnAbout(sub) != "" {
		return sub
	}
	// 8% of its workforce, $150 million on the restructuring, $2.53 per
	// share, $10 billion in cash, 12,000 in attendance
	if g == fig.End+1 && (next == "of" || next == "on" || next == "for" || next == "per" && q.Kind != KindMeasure ||
		next == "in" && (q.Kind == KindMoney || q.Kind == KindCount && q.Unit == "")) {
		if noun := firstNoun(f.enNounAt(f.skipSpaces(g+len(next)), true)); noun != "" && !enTimeWords.has(strings.ToLower(lastWord(noun))) {
			return noun
		}
	}
	// revenue of $5 billion in 2023 and $6 billion in 2024; 42% of voters,
	// up from 35%: a figure coordinated with the one before shares its subject
	if p, ok := f.coordinatedWith(q); ok && depth < 3 {
		return f.enAboutRaw(p, Figure{Start: p.Start, End: p.End}, depth+1)
	}
	return ""
}

// groupLeadingSentence: the noun of a sentence that opens with "Of" (Of the
// total participants who answered, …), for a share of that group at i.
func (f *finder) groupLeadingSentence(i int) string {
	k := sort.Search(len(f.sents), func(k int) bool { return f.sents[k].End > i })
	if k == len(f.sents) || f.sents[k].Start > i {
		return ""
	}
	s := f.skipSpaces(f.sents[k].Start)
	if !strings.EqualFold(f.wordAt(s), "of") {
		return ""
	}
	h := f.skipSpaces(s + 2)
	if enOfIdioms.hasFold(f.wordAt(h)) {
		return ""
	}
	noun := f.enNounAt(h, true)
	for w, rest, ok := strings.Cut(noun, " "); ok && strings.ContainsAny(w, "0123456789"); w, rest, ok = strings.Cut(rest, " ") {
		noun = rest // Of the 900 voters: the group, not its size
	}
	return cleanEnAbout(firstNoun(noun))
}

// enOfIdioms after a sentence's opening "Of" make an idiom, not a group
// (Of course, Of note, Of late).
var enOfIdioms = &wordSet{words: `course, note, late, interest, concern`}

// priceCue: it will start at $44,000, they charge $10: a price, named by
// the words right before the amount.
func (f *finder) priceCue(q Quantity) string {
	words := f.wordsBefore(f.skipSpacesBack(q.Start-1)+1, 2, f.wb2[:0])
	for k := 0; k < len(words); k++ {
		if name, ok := enPriceCues.get(strings.ToLower(strings.Join(words[k:], " "))); ok {
			return name
		}
	}
	return ""
}

// enPriceCues right before an amount make it a price (what it is about
// when the sentence names nothing better).
var enPriceCues = &wordTable[string]{groups: []wordGroup[string]{
	{"starting price", `start at, starts at, starting at, started at, start from, starts from, starting from, from just`},
	{"price", `priced at, costs, cost, costing, retails for, retail for, retailing for, sells for, sell for, selling for, sold for,
		priced from, price of, price tag of, will cost, going for, goes for, charge, charges, charged, charging`},
}}

// enDimensionWords after a measure say which way it measures (230 million
// light-years wide): they name nothing.
var enDimensionWords = &wordSet{words: `wide, long, tall, high, deep, thick, across, away, apart, old, in diameter, in length, distant,
	offshore, inland, underground, above, below, higher, lower, taller, longer, wider, deeper, larger, smaller, bigger, faster, slower,
	more, less, cheaper, heavier, lighter`}

// enDeterminers before a figure used as an adjective (a $3 billion offer,
// its original $4 billion asking price).
var enDeterminers = &wordSet{words: `a, an, the, its, their, his, her, our, your, my, this, that, these, those, of`}

// determinedBefore: an article, a possessive or "of" before the figure,
// across up to two adjectives (its original $4 billion), or the figure is
// written with its article (a billion-dollar merger).
func (f *finder) determinedBefore(q Quantity) bool {
	if w := strings.ToLower(f.wordAt(q.Start)); w == "a" || w == "an" {
		return true
	}
	if f.precededByArticle(q.Start) {
		return true
	}
	words := f.wordsBefore(f.skipSpacesBack(q.Start-1)+1, 3, f.wb2[:0])
	for k := len(words) - 1; k >= 0 && len(words)-k <= 3; k-- {
		lw := strings.ToLower(words[k])
		if enDeterminers.has(lw) || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			return k < len(words)-1 // (the word right before was checked already)
		}
		if enFunctionWords.has(lw) || enAboutVerb(lw) || isUpper([]rune(words[k])[0]) {
			return false
		}
	}
	return false
}

// enObjectBefore: "the cost at $4 billion", "a loss of $88 million",
// "its forecast to $2 billion": the noun phrase after a determiner and
// right before at/of/to, when a verb or nothing stands before it.
func (f *finder) enObjectBefore(i int) string {
	words := f.wordsBefore(f.skipSpacesBack(i-1)+1, 6, f.wb2[:0])
	n := len(words)
	if n < 3 {
		return ""
	}
	switch strings.ToLower(words[n-1]) {
	case "at", "of":
	default:
		return ""
	}
	for k := n - 2; k >= 0 && n-1-k <= 3; k-- {
		lw := strings.ToLower(words[k])
		if enDeterminers.has(lw) && lw != "of" || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			if k == n-2 {
				return ""
			}
			noun := strings.Join(words[k+1:n-1], " ")
			if cleanEnAbout(noun) != noun {
				return ""
			}
			return noun
		}
		if enFunctionWords.has(lw) || enAboutVerb(lw) {
			return ""
		}
	}
	return ""
}

// coordinatedWith returns the figure of the same kind and unit earlier in
// the sentence that this one is coordinated with: only links, years and
// words of change stand between them ($5 billion in 2023 and $6 billion;
// 42% of voters …, up from 35%).
func (f *finder) coordinatedWith(q Quantity) (Quantity, bool) {
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].Start >= q.Start })
	earlier := f.earlierValueCue(q.Start)
	for k--; k >= 0 && f.qs[k].End > q.Start-80; k-- {
		p := f.qs[k]
		if p.Kind == "" || k < len(f.keep) && !f.keep[k] {
			continue
		}
		if p.Kind != q.Kind || p.Unit != q.Unit || f.sentenceBreakIn(p.End, q.Start) {
			return Quantity{}, false
		}
		if earlier {
			return p, true // 42% of voters backed it, up from 35%: the same measure earlier
		}
		between := f.str(p.End, q.Start)
		for k := 0; k < len(between); {
			for k < len(between) && strings.IndexByte(" ,;", between[k]) >= 0 {
				k++
			}
			e := k
			for e < len(between) && strings.IndexByte(" ,;", between[e]) < 0 {
				e++
			}
			if e == k {
				break
			}
			lw := strings.ToLower(between[k:e])
			k = e
			if isDigitRune(rune(lw[0])) && len(lw) == 4 {
				continue // a year
			}
			if _, dir := enDirections.get(lw); !(dir || enCoordinationWords.has(lw)) {
				return Quantity{}, false
			}
		}
		return p, true
	}
	return Quantity{}, false
}

// earlierValueCue: "up from", "down from", "compared with", "versus" right
// before i introduce the earlier value of the figure before.
func (f *finder) earlierValueCue(i int) bool {
	words := f.wordsBefore(f.skipSpacesBack(i-1)+1, 2, f.wb2[:0])
	if len(words) == 0 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	if last == "versus" || last == "vs" || last == "vs." {
		return true
	}
	if len(words) < 2 {
		return false
	}
	switch strings.ToLower(words[0]) + " " + last {
	case "up from", "down from", "compared with", "compared to", "against from", "increase from", "decrease from", "rise from", "fall from":
		return true
	}
	return false
}

// enCoordinationWords may stand between two figures of one subject.
var enCoordinationWords = &wordSet{words: `and, or, in, for, from, to, than, with, against, versus, vs, vs., compared, while, the, a,
	previous, prior, year, earlier, before, last, previously, respectively`}

// enAboutJunk never name what a figure is about on their own.
var enAboutJunk = &wordSet{words: `net, gross, maximum, minimum, total, equivalent, zero, fatal, original, payable, start, worldwide,
	same, other, own, more, less, few, many, much, several, various, both, either, half, only, just, new, old, first, last, next,
	overall, current, previous, additional, further, extra, another, such, whole, entire, around,
	ever, even, nearly, almost, about, roughly, compared, typical, short, past, high, low, good, bad, big, small, large, great, better,
	best, worse, worst, strong, weak, full, free, open, solid, likely, possible, available, due, able, top, key, main, major, recent`}

// enLeadingWords are dropped from the start of a subject.
var enLeadingWords = &wordSet{words: `the, a, an, its, their, his, her, our, your, my, this, that, these, those, both, all, each,
	every, some, any, and, or, but, of, than, as, per, also, just, only, even, then, so, while, when`}

// cleanEnAbout keeps a short noun phrase: it cuts the phrase at a verb
// after its first word, drops leading determiners and trailing function
// words, and returns "" when no noun is left (a lone adjective, adverb,
// verb, pronoun or time word).
func cleanEnAbout(s string) string {
	// the words as spans of s (no allocation; the result is a substring)
	var buf [12][2]int
	words := buf[:0]
	for k := 0; k < len(s); {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		e := k
		for e < len(s) && s[e] != ' ' {
			e++
		}
		if e > k {
			if len(words) == cap(words) {
				return cleanEnAbout(strings.Join(strings.Fields(s)[:len(words)], " "))
			}
			words = append(words, [2]int{k, e})
		}
		k = e
	}
	word := func(k int) string { return s[words[k][0]:words[k][1]] } // as written: the tables are read case-blind
	for len(words) > 0 && (enLeadingWords.hasFold(word(0)) || contraction(word(0))) {
		words = words[1:]
	}
	for k := 1; k < len(words); k++ {
		if enAboutVerb(word(k)) {
			words = words[:k]
			break
		}
	}
	for len(words) > 0 {
		lw := word(len(words) - 1)
		if enFunctionWords.hasFold(lw) || enPronouns.hasFold(lw) || enAuxiliaries.hasFold(lw) || enTimeWords.hasFold(lw) || contraction(lw) ||
			allDigits(lw) && (len(words) >= 3 || len(words) == 2 && enTimeWords.hasFold(word(0))) {
			// (a number after a long name is a figure of its own: DL Larry Smith 63;
			// FTSE 100 keeps its; December 2023 is a date)
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) == 0 {
		return ""
	}
	last := strings.ToLower(word(len(words) - 1))
	if enAboutVerb(last) || enAboutJunk.has(last) || enDimensionWords.has(last) || strings.HasSuffix(last, "ly") && !enLyNouns.has(last) ||
		(strings.HasSuffix(last, "able") || strings.HasSuffix(last, "ible")) && len(words) == 1 || contraction(last) {
		return ""
	}
	if len(words) == 1 && (enPronouns.has(last) || enAuxiliaries.has(last) || len(last) < 2) {
		return ""
	}
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "s'") {
		return "" // Disney's: the owner without what it owns
	}
	out := s[words[0][0]:words[len(words)-1][1]]
	if strings.Contains(out, "  ") {
		return strings.Join(strings.Fields(out), " ")
	}
	return out
}

// enAboutVerb: a verb, which ends a subject (report put, company closed,
// revenue rose); nouns of change (growth, increase) are not verbs here.
func enAboutVerb(w string) bool {
	if enVerbs.hasFold(w) || enAuxiliaries.hasFold(w) || enPastVerbs.hasFold(w) || negatedAux(w) {
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !enLyNouns.hasFold(w) && !enIngNouns.hasFold(w)
}

// enPastVerbs are irregular past forms that follow a subject.
var enPastVerbs = &wordSet{words: `rose, fell, grew, sank, slid, shrank, risen, fallen, grown, found, showed, shown, set, hit, cut, led,
	let, lost, meant, sent, spent, stood, struck, thought, won, wrote, brought, built, began, drew, fought, knew, saw, says, said`}

// enIngNouns end in -ing or -ed but are nouns (funding, spending, building).
var enIngNouns = &wordSet{words: `funding, spending, building, buildings, housing, earnings, savings, holdings, financing, lending,
	borrowing, shipping, trading, pricing, ranking, rankings, rating, ratings, training, marketing, manufacturing, mining, clothing,
	offering, offerings, listing, listings, meeting, meetings, hearing, hearings, warning, warnings, opening, openings, booking,
	bookings, polling, wedding, feeling, ceiling, setting, settings, landing, recording, recordings, painting, paintings, evening,
	morning, speed, breed, greed, hundred`}

func allDigits(w string) bool {
	for _, c := range w {
		if !isDigitRune(c) && c != ',' && c != '.' {
			return false
		}
	}
	return w != ""
}

// contraction: it's, that's, there's, they're, can't.
func contraction(lw string) bool {
	if !strings.ContainsAny(lw, "'’") {
		return false
	}
	lw = strings.ToLower(lw)
	for _, c := range []string{"'s", "’s", "'re", "’re", "n't", "n’t", "'ll", "’ll", "'ve", "’ve", "'d", "’d"} {
		if strings.HasSuffix(lw, c) {
			base := strings.TrimSuffix(lw, c)
			return enPronouns.has(base) || c != "'s" && c != "’s" || base == "it" || base == "that" || base == "there" || base == "here" || base == "what" || base == "who"
		}
	}
	return false
}

// titleCaseAround: the sentence around i is a headline in title case (most
// of its longer words capitalised), where subjects cannot be told from verbs.
func (f *finder) titleCaseAround(i int) bool {
	a, b := i, i
	for a > 0 && i-a < 200 && !f.sentenceBreakIn(a-1, a) {
		a--
	}
	for b < len(f.rs) && b-i < 200 && !f.sentenceBreakIn(b, b+1) {
		b++
	}
	long, capital := 0, 0
	for k := a; k < b; k++ {
		if !isLetter(f.rs[k]) || k > a && (isLetter(f.rs[k-1]) || f.rs[k-1] == '\'' || f.rs[k-1] == '’') {
			continue
		}
		e := k
		for e < b && isLetter(f.rs[e]) {
			e++
		}
		if e-k >= 4 {
			long++
			if isUpper(f.rs[k]) {
				capital++
			}
		}
		k = e
	}
	return long >= 4 && capital*4 >= long*3
}

// firstNoun cuts a noun phrase at a coordination: barrel and Brent → barrel.
func firstNoun(s string) string {
	for _, c := range []string{" and ", " or "} {
		if k := strings.Index(s, c); k >= 0 {
			s = s[:k]
		}
	}
	return s
}

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// precededByArticle: a/an/the/its or a possessive right before the figure
// (a $3 billion offer, Yahoo's $4.8 billion sale).
func (f *finder) precededByArticle(i int) bool {
	w, ws := f.wordBefore(f.skipSpacesBack(i-1) + 1)
	switch strings.ToLower(w) {
	case "a", "an", "the", "its", "their", "his", "her", "of":
		return true // (in lieu of $70,000 bond)
	}
	if w == "s" && ws >= 2 && (f.at(ws-1) == '\'' || f.at(ws-1) == '’') && isLetter(f.at(ws-2)) {
		return true // Yahoo's
	}
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}

// restated returns the figure that a figure after "or" or in parentheses
// restates (fell 102 points, or 0.4%; $12.9bn (£10bn)).
func (f *finder) restated(q Quantity) (Quantity, bool) {
	p := f.skipSpacesBack(q.Start - 1)
	if f.at(p) != '(' {
		w, ws := f.wordBefore(p + 1)
		if !strings.EqualFold(w, "or") {
			return Quantity{}, false
		}
		p = f.skipSpacesBack(ws - 1)
		if f.at(p) == ',' {
			p = f.skipSpacesBack(p - 1)
		}
	} else {
		p = f.skipSpacesBack(p - 1)
	}
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].End > p })
	if k >= len(f.qs) || f.qs[k].End != p+1 || f.qs[k].Kind == "" {
		return Quantity{}, false
	}
	return f.qs[k], true
}

// enSubjectPronouns before a single word make it a verb (it puts out, she earns).
var enSubjectPronouns = &wordSet{words: `it, he, she, they, we, i, you`}

// enTimeWords name a time, never what a figure is about.
var enTimeWords = &wordSet{words: `today, yesterday, tomorrow, tonight, now, day, week, month, year, quarter, session, morning, afternoon,
	evening, night, monday, tuesday, wednesday, thursday, friday, saturday, sunday, weekend, time, period, earlier,
	later, recently, currently, last, january, february, march, april, june, july, august, september, october,
	november, december`}

// enAuxiliaries stand between a subject and its verb (will be able to go).
var enAuxiliaries = &wordSet{words: `will, would, could, should, can, may, might, must, be, been, being, is, are, was, were, has, have, had, to,
	able, also, just, only, still, already, reportedly, expected, set, likely, now, not, did, does, do`}

// enSubjectVerbs lead from a subject to its figure, beside the verbs of
// change and enSkipBeforeFigure (Alibaba shares closed at $185).
var enSubjectVerbs = &wordSet{words: `closed, opened, ended, finished, traded, stood, lost, lose, loses, go, goes, went, start, starts, started,
	raise, raises, install, reach, reaches, hit, hits, top, topped, total, make, makes, made, produce, produces,
	generate, generates, spend, spends, sell, sells, buy, buys, offer, offers, carry, carries, hold, holds, earn,
	earns, own, owns, seat, seats, employ, employs, serve, serves, run, runs, take, takes, get, gets, receive,
	receives, post, posts, report, reports, pay, pays, cost, costs, owe, owes, need, needs, want, wants, plan,
	plans, demand, demanded, bid, bids, worth, totals, exceeds, exceeded, equals, amounts, represents, accounts, stands, tops,
	averages, averaged, counts, numbers, includes, included, covers, covered, features, measures, weighs, spans`}

// isVerbLike: a word that links a subject to a figure.
func isVerbLike(lw string) bool {
	if _, ok := enDirections.get(lw); ok {
		return true
	}
	if enSkipBeforeFigure.has(lw) || enSubjectVerbs.has(lw) || enVerbs.has(lw) && !enFunctionWords.has(lw) {
		return true
	}
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") && !enLyNouns.has(lw)
}

// negatedAux: doesn't, won't, can't (straight or curly apostrophe).
func negatedAux(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || w == "cannot"
}

// enPronouns are subjects that name nothing on their own.
var enPronouns = &wordSet{words: `it, they, he, she, we, i, you, this, that, these, those, which, who, there, it's, it’s, that’s, that's`}

// enVerbSubject finds the verb nearest before the figure (stepping over
// prepositions, times and names of places: closed in New York on Tuesday
// at $185) and returns the noun phrase before it and its auxiliaries
// (Alibaba is set to raise $12.9bn → Alibaba), without tickers (.DJI,
// CLc1). A verb that opens the clause (…, down 2.7%) hands over to the
// figure before it.
func (f *finder) enVerbSubject(i, depth int) string {
	words, starts := f.wordsBeforeAt(f.skipSpacesBack(i-1)+1, 14)
	v := -1
	for k := len(words) - 1; k >= 0 && len(words)-k <= 8; k-- {
		lw := strings.ToLower(words[k])
		if enClauseLinks.has(lw) && k < len(words)-1 {
			break
		}
		if isVerbLike(lw) || enAuxiliaries.has(lw) && lw != "to" && lw != "not" && lw != "able" && lw != "now" && lw != "also" && lw != "just" && lw != "only" {
			v = k
			break
		}
	}
	if v < 0 {
		// fell 3.38% to $55.12: only links since the figure before
		for _, w := range words {
			lw := strings.ToLower(w)
			if _, q := enQualBefore.get(lw); !enFunctionWords.has(lw) && !q && !enQualifierParts.has(lw) {
				return ""
			}
		}
		if depth < 4 {
			if g, ok := f.figureJustBefore(i); ok {
				return f.enVerbSubject(g.Start, depth+1)
			}
		}
		return ""
	}
	// expand the fleet by 30%, raised its forecast to $2 billion: the
	// object between the verb and "by"/"to" is what changes
	n := len(words)
	for n > v+1 {
		lw := strings.ToLower(words[n-1])
		if _, ok := enQualBefore.get(lw); ok || enQualifierParts.has(lw) || lw == "more" || lw == "less" || lw == "as" {
			n-- // of more than $700 million, from around 20%
			continue
		}
		break
	}
	if v < n-2 {
		if lw := strings.ToLower(words[n-1]); lw == "by" || lw == "to" || lw == "from" || lw == "of" {
			for k := v + 1; k < n-1; k++ {
				lk := strings.ToLower(words[k])
				if !enFunctionWords.has(lk) && !enTimeWords.has(lk) && !f.tickerAt(starts[k], words[k]) {
					return ""
				}
			}
		}
	}
	// step back over the verb chain: is set to raise, will be able to go,
	// could eventually raise
	k := v - 1
	for k >= 0 {
		lw := strings.ToLower(words[k])
		if enAuxiliaries.has(lw) || isVerbLike(lw) || f.tickerAt(starts[k], words[k]) || negatedAux(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ly") && !enLyNouns.has(lw) {
			k--
			continue
		}
		break
	}
	var phrase []string
	for ; k >= 0 && len(phrase) < maxAboutWords; k-- {
		w := words[k]
		lw := strings.ToLower(w)
		if f.tickerAt(starts[k], w) {
			continue
		}
		if enFunctionWords.has(lw) || enTimeWords.has(lw) || isVerbLike(lw) || enClauseLinks.has(lw) {
			break
		}
		phrase = append(phrase, w)
	}
	if len(phrase) == 0 || len(phrase) == 1 && enPronouns.has(strings.ToLower(phrase[0])) {
		if k < 0 && depth < 2 && v == len(words)-1 || k < 0 && depth < 2 && len(phrase) == 0 {
			if g, ok := f.figureJustBefore(i); ok {
				return f.enVerbSubject(g.Start, depth+1)
			}
		}
		return ""
	}
	for a, b := 0, len(phrase)-1; a < b; a, b = a+1, b-1 {
		phrase[a], phrase[b] = phrase[b], phrase[a]
	}
	if len(phrase) > 1 && len(phrase[0]) == 4 && isDigitRune(rune(phrase[0][0])) {
		phrase = phrase[1:] // the 2021 RAV4 Prime: a model year
	}
	return strings.Join(phrase, " ")
}

// wordsBeforeAt is wordsBefore with each word's start.
func (f *finder) wordsBeforeAt(i, k int) ([]string, []int) {
	k = min(k, len(f.wbw))
	words, starts := f.wbw[:0], f.wbs[:0]
	p := i
	for len(words) < k {
		if before, ok := f.parenBefore(p); ok {
			p = before
			continue
		}
		// a Reuters code ends in '=' (gold XAU=, euro EUR=): read the letters
		if q := f.skipSpacesBack(p - 1); f.at(q) == '=' && isLetter(f.at(q-1)) {
			p = q
		}
		w, ws := f.nameWordBefore(p)
		if w == "" {
			// a ticker glued to digits (CLc1, .MIAPJ0000PUS): step over it
			e := p
			for e > 0 && isDigitRune(f.rs[e-1]) {
				e--
			}
			if e < p {
				// a name or a ticker ending in digits: RAV4, CLc1
				if w2, ws2 := f.nameWordBefore(e); w2 != "" && !f.insideQuantity(ws2) {
					words = append(words, w2+f.str(e, p))
					starts = append(starts, ws2)
					p = f.stepBack(ws2)
					if p == ws2 {
						break
					}
					continue
				}
			}
			break
		}
		if f.insideQuantity(ws) {
			break
		}
		words = append(words, w)
		starts = append(starts, ws)
		p = f.stepBack(ws)
		if p == ws {
			break
		}
	}
	for a, b := 0, len(words)-1; a < b; a, b = a+1, b-1 {
		words[a], words[b] = words[b], words[a]
		starts[a], starts[b] = starts[b], starts[a]
	}
	return words, starts
}

// stepBack returns where the word before the one starting at ws ends,
// stepping over the spaces and a ticker's leading dot (Average .DJI).
func (f *finder) stepBack(ws int) int {
	p := ws
	if c := f.at(p - 1); (c == '.' || c == '=') && isSpaceRune(f.at(p-2)) {
		p--
	}
	return f.skipSpacesBack(p-1) + 1
}

// tickerAt: a market code, not a word (.DJI, CLc1, NKc1, US10YT=RR).
func (f *finder) tickerAt(start int, w string) bool {
	if f.at(start-1) == '.' || f.at(start-1) == '=' || f.at(start+utf8.RuneCountInString(w)) == '=' {
		return true
	}
	hasDigit, hasLower, hasUpper := false, false, false
	for _, c := range w {
		switch {
		case isDigitRune(c):
			hasDigit = true
		case c >= 'a' && c <= 'z':
			hasLower = true
		case c >= 'A' && c <= 'Z':
			hasUpper = true
		}
	}
	return hasDigit && hasUpper && (hasLower || len(w) > 4) && !strings.Contains(w, " ")
}

// enSubject returns the noun phrase before the verb that leads to the figure:
// "revenue rose 3.5 percent" → revenue, "Home Depot shares are up 39 percent"
// → Home Depot shares, "a deal worth $600 million" → deal.
func (f *finder) enSubject(i int) string {
	return f.enSubjectDepth(i, 0)
}

func (f *finder) enSubjectDepth(i, depth int) string {
	words := f.wordsBefore(f.skipSpacesBack(i-1)+1, 12, f.wb1[:0])
	k := len(words) - 1
	// skip qualifiers, verbs and prepositions next to the figure
	for k >= 0 {
		lw := strings.ToLower(words[k])
		if enClauseLinks.has(lw) {
			return ""
		}
		if _, ok := enDirections.get(lw); ok || enFunctionWords.has(lw) || enSkipBeforeFigure.has(lw) {
			k--
			continue
		}
		if _, ok := enQualBefore.get(lw); ok || enQualifierParts.has(lw) {
			k--
			continue
		}
		break
	}
	// fell 22% to $410 million: the subject stands before the first figure
	if k < 0 && depth < 2 {
		if g, ok := f.figureJustBefore(i); ok {
			return f.enSubjectDepth(g.Start, depth+1)
		}
	}
	var phrase []string
	for ; k >= 0 && len(phrase) < maxAboutWords; k-- {
		lw := strings.ToLower(words[k])
		if enFunctionWords.has(lw) || enSkipBeforeFigure.has(lw) {
			break
		}
		if _, ok := enDirections.get(lw); ok {
			break
		}
		phrase = append(phrase, words[k])
	}
	if len(phrase) == 1 && k >= 0 && (strings.EqualFold(words[k], "to") || enSubjectPronouns.hasFold(words[k])) {
		return "" // expected to climb 5%, it puts out 151 PS: a verb, not a subject
	}
	for a, b := 0, len(phrase)-1; a < b; a, b = a+1, b-1 {
		phrase[a], phrase[b] = phrase[b], phrase[a]
	}
	return strings.Join(phrase, " ")
}

// figureJustBefore finds the quantity that ends before i with only
// skippable words (to, from, percent…) between them.
func (f *finder) figureJustBefore(i int) (Quantity, bool) {
	k := sort.Search(len(f.qs), func(k int) bool { return f.qs[k].Start >= i })
	var best Quantity
	found := false
	for k--; k >= 0 && k >= len(f.qs)-len(f.qs) && f.qs[k].Start > i-60; k-- {
		if g := f.qs[k]; g.End <= i && g.End > i-30 {
			best, found = g, true
			break
		}
	}
	if !found {
		return best, false
	}
	for _, w := range strings.Fields(f.str(best.End, i)) {
		lw := strings.ToLower(strings.Trim(w, ",;"))
		if lw == "" && w == "," {
			continue // at $185.25, up 0.35%
		}
		if _, dir := enDirections.get(lw); !(enFunctionWords.has(lw) || enSkipBeforeFigure.has(lw) || dir) || enClauseLinks.has(lw) {
			return best, false
		}
	}
	return best, true
}

// enClauseLinks join clauses: the subject is not read across them.
var enClauseLinks = &wordSet{words: `and, or, but, while, whereas`}

// enQualifierParts are the words of a qualifier (well over, just under).
var enQualifierParts = &wordSet{words: `well, just, some, than, least, much, many`}

// enSkipBeforeFigure are verbs between a subject and its figure.
var enSkipBeforeFigure = &wordSet{words: `worth, valued, cost, costs, paid, pay, earned, reported, posted, totaled, totalled, reached, hit, expected,
	expecting, estimated, sees, see, set, stood, trading, last, was, is, were, are, be, remains, acquired, bought,
	sold, raised, spent, spend, took, predicted, forecast, guidance, saw, recorded, accept, expect, expects, said,
	says, lowered, cut, totals, exceeds, equals, amounts, represents, tops, reaches, stands, averages, averaged`}

// Indexes of the tables above (lexicon.go).
var (
	zhQualBeforeLex     = &lexicon{from: zhQualBefore}
	zhNotQualBeforeLex  = &lexicon{list: zhNotQualBefore}
	zhQualAfterLex      = &lexicon{from: zhQualAfter}
	zhDirectionLex      = &lexicon{from: zhDirections}
	zhDirectionAfterLex = &lexicon{from: zhDirectionAfter}
	zhAboutSuffixLex    = &lexicon{fn: aboutSuffixes}
	zhAboutPrefixLex    = &lexicon{fn: aboutPrefixes}
	zhAboutKeepLex      = &lexicon{list: zhAboutKeep}
	zhAboutKeepEndLex   = &lexicon{list: zhAboutKeepEnd}
)

// aboutSuffixes and aboutPrefixes are the words trimmed from a Chinese
// subject's end or start.
func aboutSuffixes() []string { return aboutAffixes(true) }
func aboutPrefixes() []string { return aboutAffixes(false) }

func aboutAffixes(suffix bool) []string {
	var out []string
	for _, w := range zhAboutStrip {
		if !(suffix && w == "计划") {
			out = append(out, w) // 年度计划 keeps its 计划
		}
	}
	out = append(out, zhQualBefore.wordList()...)
	if suffix {
		out = append(out, zhAboutSuffixOnly...)
		for _, w := range zhDirections.wordList() {
			if w != "多" && w != "少" && !strings.HasSuffix(w, "幅") {
				out = append(out, w) // (涨幅, 降幅 are what a figure measures)
			}
		}
	}
	sort.Strings(out)
	return out
}
