package figures

import (
	"sort"
	"strings"
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
var zhQualBefore = map[string]string{
	"超过": QualMoreThan, "超過": QualMoreThan, "逾": QualMoreThan, "多于": QualMoreThan, "多於": QualMoreThan,
	"高于": QualMoreThan, "高於": QualMoreThan, "大于": QualMoreThan, "突破": QualMoreThan, "超出": QualMoreThan,
	"至少": QualAtLeast, "最少": QualAtLeast, "不少于": QualAtLeast, "不下": QualAtLeast, "不低于": QualAtLeast,
	"起码": QualAtLeast, "近": QualNearly, "接近": QualNearly, "将近": QualNearly, "將近": QualNearly,
	"逼近": QualNearly, "几乎": QualNearly, "幾乎": QualNearly, "约": QualAbout, "約": QualAbout, "大约": QualAbout,
	"大約": QualAbout, "约为": QualAbout, "約為": QualAbout, "约合": QualAbout, "約合": QualAbout, "大概": QualAbout,
	"左右": QualAbout, "不到": QualBelow, "不足": QualBelow, "少于": QualBelow, "少於": QualBelow, "低于": QualBelow,
	"低於": QualBelow, "未满": QualBelow, "最多": QualUpTo, "至多": QualUpTo, "不超过": QualUpTo, "不超過": QualUpTo,
	"≤": QualUpTo, "≥": QualAtLeast, "<": QualBelow, ">": QualMoreThan,
}

// zhNotQualBefore: 近 inside these words is not "nearly" (最近3个月).
var zhNotQualBefore = []string{"最近", "附近", "临近", "靠近"}

// zhQualAfter follow the number and its unit.
var zhQualAfter = map[string]string{
	"以上": QualMoreThan, "之上": QualMoreThan, "上方": QualMoreThan, "多": QualMoreThan, "余": QualMoreThan,
	"餘": QualMoreThan, "以下": QualBelow, "之下": QualBelow, "下方": QualBelow, "以内": QualUpTo, "以內": QualUpTo,
	"左右": QualAbout, "上下": QualAbout,
}

// enQualBefore are the words right before the number, lower case.
var enQualBefore = map[string]string{
	"more than": QualMoreThan, "over": QualMoreThan, "above": QualMoreThan, "exceeding": QualMoreThan,
	"in excess of": QualMoreThan, "upwards of": QualMoreThan, "north of": QualMoreThan, "well over": QualMoreThan,
	"just over": QualMoreThan, "greater than": QualMoreThan,
	"at least": QualAtLeast, "no less than": QualAtLeast, "a minimum of": QualAtLeast, "no fewer than": QualAtLeast,
	"nearly": QualNearly, "almost": QualNearly, "close to": QualNearly, "just under": QualNearly, "approaching": QualNearly,
	"about": QualAbout, "around": QualAbout, "roughly": QualAbout, "approximately": QualAbout, "some": QualAbout,
	"an estimated": QualAbout, "estimated": QualAbout, "circa": QualAbout, "approx.": QualAbout, "closer to": QualAbout,
	"less than": QualBelow, "under": QualBelow, "below": QualBelow, "fewer than": QualBelow,
	"up to": QualUpTo, "as much as": QualUpTo, "as many as": QualUpTo, "as high as": QualUpTo,
	"no more than": QualUpTo, "at most": QualUpTo, "a maximum of": QualUpTo,
}

// enQualAfter follow the number.
var enQualAfter = map[string]string{"or more": QualAtLeast, "plus": QualMoreThan, "or less": QualUpTo, "or so": QualAbout}

// zhUp and zhDown are the verbs of change before a number (longest first).
var zhDirections = map[string]string{
	"增长": "up", "增長": "up", "增加": "up", "上涨": "up", "上漲": "up", "上升": "up", "提高": "up", "提升": "up",
	"攀升": "up", "扩大": "up", "擴大": "up", "加价": "up", "飙升": "up", "大涨": "up", "暴涨": "up", "反弹": "up",
	"回升": "up", "走高": "up", "上调": "up", "调高": "up", "高出": "up", "涨幅": "up", "增幅": "up", "升幅": "up",
	"升温": "up", "升溫": "up", "提价": "up", "提價": "up", "涨价": "up", "漲價": "up", "增持": "up",
	"升": "up", "涨": "up", "漲": "up", "增": "up", "多": "up",
	"下降": "down", "下跌": "down", "减少": "down", "減少": "down", "下滑": "down", "骤降": "down", "驟降": "down",
	"暴跌": "down", "大跌": "down", "缩小": "down", "縮小": "down", "收窄": "down", "回落": "down", "萎缩": "down",
	"降低": "down", "下调": "down", "调低": "down", "折让": "down", "跌幅": "down", "降幅": "down", "跌": "down",
	"降温": "down", "降溫": "down", "降价": "down", "降價": "down", "减持": "down", "減持": "down",
	"降": "down", "减": "down", "減": "down", "少": "down",
}

// zhBetweenVerbAndNumber may stand between a verb of change and its number.
const zhBetweenVerbAndNumber = "了至到为為达達约約近超过過逾高幅度率分别別各共计計已再又近将將逾"

// zhDirectionAfter follow the figure: 4.18%的涨幅.
var zhDirectionAfter = map[string]string{"的涨幅": "up", "的增幅": "up", "的跌幅": "down", "的降幅": "down"}

// enDirections are the words of change (lower case).
var enDirections = map[string]string{
	"rose": "up", "rise": "up", "rises": "up", "rising": "up", "risen": "up", "up": "up", "gained": "up", "gains": "up",
	"gain": "up", "grew": "up", "grow": "up", "grows": "up", "growth": "up", "increased": "up", "increase": "up",
	"increases": "up", "climbed": "up", "climbing": "up", "climbs": "up", "jumped": "up", "jump": "up", "surged": "up",
	"soared": "up", "added": "up", "adding": "up", "advanced": "up", "higher": "up", "widened": "up", "expanded": "up",
	"expand": "up", "boosted": "up", "raised": "up", "rallied": "up", "spiked": "up", "hiked": "up", "expansion": "up",
	"fell": "down", "fall": "down", "falls": "down", "falling": "down", "down": "down", "declined": "down",
	"decline": "down", "declines": "down", "dropped": "down", "drop": "down", "drops": "down", "dropping": "down",
	"slumped": "down", "slid": "down", "sank": "down", "tumbled": "down", "plunged": "down", "decreased": "down",
	"decrease": "down", "cut": "down", "lower": "down", "narrowed": "down", "shrank": "down", "slashed": "down",
	"reduced": "down", "reduction": "down", "off": "down", "lowered": "down", "trimmed": "down", "dipped": "down", "eased": "down", "slipped": "down",
	"retreated": "down", "shed": "down",
}

// enDirectionAfter follow the figure: a 4.8 percent gain.
var enDirectionAfter = map[string]string{"gain": "up", "increase": "up", "rise": "up", "jump": "up", "growth": "up",
	"decline": "down", "drop": "down", "fall": "down", "decrease": "down", "cut": "down", "loss": "down"}

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
	"实现", "录得", "报", "创下", "收于", "高达", "仅为", "仅", "只有", "有", "中", "去年", "今年", "明年", "全年", "当年",
	"上半年", "下半年", "目前", "此前", "最新", "其中", "但", "而", "并", "且", "据", "从", "對", "对", "与", "和", "及", "由"}

// ---- qualifier ---------------------------------------------------------------------

func (f *finder) qualifier(q Quantity, end int) string {
	n := q.Num
	if n.Approx || q.More {
		return QualMoreThan
	}
	// Chinese, before (最近3个月 is recent, not nearly)
	if w, ws := zhQualBeforeLex.endingAt(f.rs, q.Start); w != "" {
		if nw, _ := zhNotQualBeforeLex.endingAt(f.rs, q.Start); nw == "" || len(nw) <= len(w) {
			return zhQualBefore[w]
		}
		_ = ws
	}
	// Chinese, after: 2万8千多例, 140余家, 90美元以下
	if c := f.at(q.UnitStart); (c == '多' || c == '余' || c == '餘') && q.UnitStart == n.End {
		return QualMoreThan
	}
	if w, e := zhQualAfterLex.at(f.rs, end); w != "" {
		if !((w == "多" || w == "余" || w == "餘") && (f.at(e) == '万' || isDigitRune(f.at(e)))) {
			return zhQualAfter[w]
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
		if qual, ok := enQualBefore[phrase]; ok {
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
		return enQualAfter[w]
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
		if q := f.skipSpacesBack(p - 1); f.at(q) == ')' {
			b := q
			for b >= 0 && f.rs[b] != '(' && q-b < 20 {
				b--
			}
			if b >= 0 && f.rs[b] == '(' {
				p = f.skipSpacesBack(b-1) + 1
				continue
			}
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
		return zhDirectionAfter[w]
	}
	g := f.skipSpaces(fig.End)
	if d, ok := enDirectionAfter[strings.ToLower(f.wordAt(g))]; ok && g == fig.End+1 {
		return d
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
			if (w == "多" || w == "少") && k != q.Start-1 {
				continue
			}
			return zhDirections[w]
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
		if d, ok := enDirections[lw]; ok {
			if lw == "up" && k+1 < len(words) && strings.EqualFold(words[k+1], "to") {
				continue // up to $150 million: a ceiling, not a rise
			}
			return d
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
				ww := f.wordsBefore(f.skipSpacesBack(ws2-1)+1, 3, f.wb2[:0])
				for j := len(ww) - 1; j >= 0; j-- {
					if d, ok := enDirections[strings.ToLower(ww[j])]; ok {
						return d
					}
				}
				break
			}
			ws = ws2
		}
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
		return f.zhAbout(q, fig)
	}
	return f.enAbout(q, fig)
}

func (f *finder) zhAbout(q Quantity, fig Figure) string {
	if q.Kind == KindCount && isDurationUnit(q.Unit) {
		return ""
	}
	// a count names its noun: 35万块英伟达H100GPU, 24家门店
	if q.Kind == KindCount {
		if q.Unit != "" && !strings.ContainsRune(zhClassifiers, []rune(q.Unit)[0]) && !isDurationUnit(q.Unit) {
			return q.Unit // a bare 万/亿 count read its noun already
		}
		if noun := f.zhNounAfter(fig.End); noun != "" {
			return noun
		}
	}
	sub := f.zhSubject(q.Start)
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

// zhSubject returns the subject of the clause before i: the text since the
// last clause break, without time words, qualifiers, verbs of change and
// particles at its ends.
func (f *finder) zhSubject(i int) string {
	a := i
	for a > 0 && i-a < 40 {
		if strings.ContainsRune(zhClauseBreaks, f.rs[a-1]) {
			break
		}
		a--
	}
	s := f.rs[a:i]
	// drop time expressions with their preposition: 在2021年, 2022年, 12月份, 16日
	var b []rune
	for k := 0; k < len(s); k++ {
		if _, han := hanDigitValue(s[k]); isDigitRune(s[k]) || han {
			e := k
			for e < len(s) && (isDigitRune(s[e]) || s[e] == '.' || func() bool { _, ok := hanDigitValue(s[e]); return ok }() || s[e] == '十') {
				e++
			}
			if e < len(s) && strings.ContainsRune("年月日号", s[e]) {
				e++
				for e < len(s) && strings.ContainsRune("份底初末中年", s[e]) {
					e++
				}
				if n := len(b); n > 0 && strings.ContainsRune("在于於到至从從自", b[n-1]) {
					b = b[:n-1]
				}
				k = e - 1
				continue
			}
		}
		b = append(b, s[k])
	}
	// trim particles, qualifiers and verbs of change at both ends, longest first
	for changed := true; changed; {
		changed = false
		for len(b) > 0 && isSpaceRune(b[len(b)-1]) {
			b = b[:len(b)-1]
		}
		for len(b) > 0 && isSpaceRune(b[0]) {
			b = b[1:]
		}
		if n := longestAffix(b, true); n > 0 {
			b, changed = b[:len(b)-n], true
		}
		if n := longestAffix(b, false); n > 0 && len(b) > n+1 {
			b, changed = b[n:], true
		}
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
		r = r[len(r)-maxAboutRunes:]
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

func (f *finder) enAbout(q Quantity, fig Figure) string {
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
	// a figure used as an adjective: a $9.5 billion lifeline, the 4.8 percent gain
	g := f.skipSpaces(fig.End)
	if g == fig.End+1 {
		if w := f.wordAt(g); w != "" && !enFunctionWords[strings.ToLower(w)] {
			if _, dir := enDirections[strings.ToLower(w)]; !dir {
				if noun := f.enNounAt(g, false); noun != "" && f.precededByArticle(q.Start) {
					return noun
				}
			}
		}
	}
	if sub := f.enSubject(q.Start); sub != "" {
		return sub
	}
	// 8% of its workforce, $150 million on the restructuring, $2.53 per share
	if w := strings.ToLower(f.wordAt(g)); g == fig.End+1 && (w == "of" || w == "on" || w == "for" || w == "per") {
		return f.enNounAt(f.skipSpaces(g+len(w)), true)
	}
	return ""
}

// precededByArticle: a/an/the/its right before the figure (a $3 billion offer).
func (f *finder) precededByArticle(i int) bool {
	w, _ := f.wordBefore(f.skipSpacesBack(i-1) + 1)
	switch strings.ToLower(w) {
	case "a", "an", "the", "its", "their", "his", "her":
		return true
	}
	return false
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
		if enClauseLinks[lw] {
			return ""
		}
		if _, ok := enDirections[lw]; ok || enFunctionWords[lw] || enSkipBeforeFigure[lw] {
			k--
			continue
		}
		if _, ok := enQualBefore[lw]; ok || enQualifierParts[lw] {
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
		if enFunctionWords[lw] || enSkipBeforeFigure[lw] {
			break
		}
		if _, ok := enDirections[lw]; ok {
			break
		}
		phrase = append(phrase, words[k])
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
		if _, dir := enDirections[lw]; !(enFunctionWords[lw] || enSkipBeforeFigure[lw] || dir) || enClauseLinks[lw] {
			return best, false
		}
	}
	return best, true
}

// enClauseLinks join clauses: the subject is not read across them.
var enClauseLinks = map[string]bool{"and": true, "or": true, "but": true, "while": true, "whereas": true}

// enQualifierParts are the words of a qualifier (well over, just under).
var enQualifierParts = map[string]bool{"well": true, "just": true, "some": true, "than": true, "least": true, "much": true, "many": true}

// enSkipBeforeFigure are verbs between a subject and its figure.
var enSkipBeforeFigure = map[string]bool{
	"worth": true, "valued": true, "cost": true, "costs": true, "paid": true, "pay": true, "earned": true,
	"reported": true, "posted": true, "totaled": true, "totalled": true, "reached": true, "hit": true,
	"expected": true, "expecting": true, "estimated": true, "sees": true, "see": true, "set": true, "stood": true,
	"trading": true, "last": true, "was": true, "is": true, "were": true, "are": true, "be": true, "remains": true,
	"acquired": true, "bought": true, "sold": true, "raised": true, "spent": true, "spend": true, "took": true,
	"predicted": true, "forecast": true, "guidance": true, "saw": true, "recorded": true, "accept": true,
	"expect": true, "expects": true, "said": true, "says": true, "lowered": true, "cut": true,
}

// Indexes of the tables above (lexicon.go).
var (
	zhQualBeforeLex     = lexiconOf(zhQualBefore)
	zhNotQualBeforeLex  = newLexicon(zhNotQualBefore)
	zhQualAfterLex      = lexiconOf(zhQualAfter)
	zhDirectionLex      = lexiconOf(zhDirections)
	zhDirectionAfterLex = lexiconOf(zhDirectionAfter)
	zhAboutSuffixLex    = newLexicon(aboutAffixes(true))
	zhAboutPrefixLex    = newLexicon(aboutAffixes(false))
)

// aboutAffixes are the words trimmed from a Chinese subject's end (suffix)
// or start.
func aboutAffixes(suffix bool) []string {
	out := append([]string(nil), zhAboutStrip...)
	for w := range zhQualBefore {
		out = append(out, w)
	}
	if suffix {
		for w := range zhDirections {
			if w != "多" && w != "少" {
				out = append(out, w)
			}
		}
	}
	sort.Strings(out)
	return out
}
