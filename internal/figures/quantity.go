package figures

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"lede/internal/figures/number"
	"lede/internal/text"
)

// Kinds of figures.
const (
	KindMoney    = "money"
	KindPercent  = "percent"
	KindCount    = "count"
	KindMultiple = "multiple"
	KindMeasure  = "measure"
)

// Pounds are sterling only with a cue; otherwise they weigh (he weighs 243
// pounds). A text that writes £, GBP or sterling anywhere is a cue; so is a
// word of enPoundMoneyCues within poundCueSpan runes before the amount in its
// sentence, or a dollar conversion right after it.
const poundCueSpan = 120

var enPoundMoneyCues = &wordSet{words: `profit, profits, revenue, revenues, sales, turnover, income, earnings, earn, earned, earns,
	cost, costs, costing, paid, pay, pays, paying, payment, price, priced, prices, worth, fund, funds, funding, funded, budget,
	fine, fined, salary, wage, wages, spend, spends, spent, spending, loss, losses, debt, debts, fee, fees, bid, bids, bought,
	buy, invest, invested, investment, tax, taxes, bonus, deal, valued, valuation, raise, raised, loan, loans, bill, bills,
	award, awarded, compensation, donated, donation, grant, prize, rent, rents, deficit, rescue, bailout, cash, money, pension`}

// Quantity is a number read together with what is written around it: a
// currency, a percent sign, a unit or a measure word. It is the stage before
// the figure rules decide what is worth showing.
type Quantity struct {
	Start, End int           // the whole mention, symbols and units included (code points)
	Num        number.Number // the number itself
	Value      float64       // in the major unit for money (50 cents = 0.5), percent points for percentages
	Kind       string        // money, percent, count, multiple, measure; "" for a bare number
	Unit       string        // ISO currency, "%", "pp", "bp", the unit or measure word
	UnitStart  int           // where the unit word begins (End when there is none)
	Minor      string        // the minor currency unit it was written in (cent, 美分), if any
	Bare       bool          // a currency name without an amount (Recognizers reports them)
	More       bool          // 多/余 between the number and its unit (140余家): a lower bound
}

// Quantities reads every quantity of s, bare currency names included.
func Quantities(s, lang string) []Quantity {
	r := newReader(s, lang)
	rs := r.rs
	nums := number.Scan(rs, scanOptions, nil)
	out := r.quantities(nums, nil)
	return r.bareMentions(out)
}

// scanOptions are the number scanner's settings for running text.
var scanOptions = number.Options{Follows: followsNumber}

// followsNumber accepts currency and unit words after a number written with
// one Chinese character: 十美元, 两折, 三成, 五个百分点.
func followsNumber(rs []rune, i int) bool {
	r := reader{rs: rs}
	if w, _ := zhCurrencyLex.at(rs, i); w != "" {
		return true
	}
	if w, _ := zhUnitLex.at(rs, i); w != "" {
		return true
	}
	switch c := r.at(i); c {
	case '折':
		w, _ := zhZheWordAfterLex.at(rs, i+1)
		return !strings.ContainsRune(zhZheNotPercent, r.at(i+1)) || w != ""
	case '成':
		return !strings.ContainsRune(zhChengNotPercent, r.at(i+1))
	}
	return false
}

// reader holds the text being read.
type reader struct {
	rs      []rune
	lang    string
	buf     []byte
	lastEnd int // end of the last quantity: its symbols are not the next one's
	// kuaiCounts: the text uses 块 as a measure word before a noun (3块芯片),
	// so a bare 块 after an amount counts pieces too
	kuaiCounts bool
	// sterling: the text writes £, GBP or sterling, so pounds are money
	sterling bool
	text     string  // the text rs was made from, when known
	offsets  []int32 // byte offset in text of each rune (and of the end)
}

// newReader keeps both forms of the text: runes for the rules, the string
// with its offsets so that words are sliced out of it without allocating.
func newReader(s, lang string) reader {
	// one pass decodes the runes and records their offsets
	n := utf8.RuneCountInString(s)
	rs := make([]rune, n)
	off := make([]int32, n+1)
	k := 0
	for i, r := range s {
		rs[k], off[k] = r, int32(i)
		k++
	}
	off[n] = int32(len(s))
	return reader{rs: rs, lang: lang, text: s, offsets: off}
}

// str returns rs[i:j] as a string, sliced from the text when possible.
func (r *reader) str(i, j int) string {
	if r.offsets != nil && i >= 0 && j <= len(r.rs) && i <= j {
		return r.text[r.offsets[i]:r.offsets[j]]
	}
	return string(r.rs[i:j])
}

func (r *reader) at(i int) rune {
	if i < 0 || i >= len(r.rs) {
		return 0
	}
	return r.rs[i]
}

func isSpaceRune(c rune) bool {
	return c == ' ' || c == '\t' || c == 0xa0 || c == 0x3000 || c == 0x202f
}

func (r *reader) skipSpaces(i int) int {
	for i < len(r.rs) && isSpaceRune(r.rs[i]) {
		i++
	}
	return i
}

func (r *reader) skipSpacesBack(i int) int {
	for i >= 0 && isSpaceRune(r.rs[i]) {
		i--
	}
	return i
}

// isLetter: a Latin letter, accented ones included (Māori, Pokémon, café).
func isLetter(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= latinAccentedFirst && c <= latinAccentedLast && c != '×' && c != '÷'
}
func isDigitRune(c rune) bool {
	return c >= '0' && c <= '9' || c >= '０' && c <= '９'
}

// hasAt reports whether word (runes) is written at i and returns its end.
func (r *reader) hasAt(i int, word string) (int, bool) {
	for _, c := range word {
		if r.at(i) != c {
			return 0, false
		}
		i++
	}
	return i, true
}

// spacedAt matches word at i allowing spaces between its characters (个 百 分点).
func (r *reader) spacedAt(i int, word string) (int, bool) {
	first := true
	for _, c := range word {
		if !first {
			i = r.skipSpaces(i)
		}
		first = false
		if r.at(i) != c {
			return 0, false
		}
		i++
	}
	return i, true
}

// wordEnd returns the end of the Latin word (letters, inner dots) at i.
func (r *reader) wordEnd(i int) int {
	j := i
	for j < len(r.rs) && (isLetter(r.rs[j]) || r.rs[j] == '.' && j > i && isLetter(r.at(j+1))) {
		j++
	}
	if r.at(j) == '.' && j > i && j-i <= 3 && r.at(j-2) == '.' { // u.s.
		j++
	}
	return j
}

// phraseAfter matches the longest phrase of up to maxWords lower-cased words
// at i (words separated by single spaces) in table.
func phraseAfter[T any](r *reader, i, maxWords int, table *wordTable[T]) (T, int, bool) {
	var zero T
	if !isLetter(r.at(i)) {
		return zero, 0, false
	}
	r.buf = r.buf[:0]
	var best T
	bestEnd, found := 0, false
	j := i
	sep := byte(' ')
	for w := 0; w < maxWords; w++ {
		e := r.wordEnd(j)
		if e == j {
			break
		}
		if w > 0 {
			r.buf = append(r.buf, sep)
		}
		for p := j; p < e; p++ {
			c := r.rs[p]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			r.buf = append(r.buf, byte(c))
		}
		if isLetter(r.at(e)) || isDigitRune(r.at(e)) {
			break
		}
		if v, ok := table.getBytes(r.buf); ok {
			best, bestEnd, found = v, e, true
		}
		// words joined by a space or a hyphen (light-years, kilowatt-hours)
		if c := r.at(e); c != ' ' && c != '-' || !isLetter(r.at(e+1)) {
			break
		}
		sep = byte(r.at(e))
		j = e + 1
	}
	return best, bestEnd, found
}

// wordBefore returns the Latin word ending right before i (exclusive).
func (r *reader) wordBefore(i int) (string, int) {
	j := i
	for j > 0 && (isLetter(r.rs[j-1]) || r.rs[j-1] == '.' && j-1 > 0 && isLetter(r.rs[j-2])) {
		j--
	}
	if j == i || isLetter(r.at(j-1)) || isDigitRune(r.at(j-1)) {
		return "", i
	}
	return r.str(j, i), j
}

// quantities reads the units around each number.
func (r *reader) quantities(nums []number.Number, out []Quantity) []Quantity {
	r.kuaiCounts = r.kuaiBeforeNoun(nums)
	r.sterling = r.lang != "zh" && r.writesSterling()
	for k := 0; k < len(nums); k++ {
		n := nums[k]
		if r.belowZeroWord(n) {
			continue // the 零 of 零下5℃ is part of the sign
		}
		q := Quantity{Start: n.Start, End: n.End, Num: n, Value: n.Value, UnitStart: n.End}
		switch {
		case r.percent(&q, nums, &k):
		case r.money(&q, nums, &k):
		default:
			r.unit(&q)
		}
		if s, ok := r.belowZeroBefore(q.Start); ok && q.Kind != KindMoney && q.Kind != KindPercent {
			q.Start, q.Value = s, -q.Value // 零下5.2℃
		}
		r.lastEnd = q.End
		out = append(out, q)
	}
	return out
}

// belowZeroWord: n is the 零 of 零下 before digits or a numeral.
func (r *reader) belowZeroWord(n number.Number) bool {
	if n.End-n.Start != 1 || n.Value != 0 || r.at(n.End) != '下' {
		return false
	}
	c := r.at(r.skipSpaces(n.End + 1))
	_, han := hanDigitValue(c)
	return isDigitRune(c) || han || c == '十'
}

// belowZeroBefore returns where 零下 starts when it is written right before i.
func (r *reader) belowZeroBefore(i int) (int, bool) {
	p := r.skipSpacesBack(i-1) + 1
	if e, ok := r.hasAt(p-2, "零下"); ok && e == p {
		return p - 2, true
	}
	return 0, false
}

// kuaiBeforeNoun: some amount is followed by 块 and a noun (3块集成电路).
func (r *reader) kuaiBeforeNoun(nums []number.Number) bool {
	for _, n := range nums {
		e := r.skipSpaces(n.End)
		if c := r.at(e); c != '块' && c != '塊' {
			continue
		}
		if nx := r.at(e + 1); text.IsCJK(nx) && !strings.ContainsRune(kuaiMoneyFollowers, nx) && nx != '钱' && nx != '錢' {
			return true
		}
	}
	return false
}

// ---- percent ---------------------------------------------------------------------

func (r *reader) percent(q *Quantity, nums []number.Number, k *int) bool {
	n := q.Num
	e := r.skipSpaces(n.End)
	c := r.at(e)
	if n.Vague && !(n.Run && c == '折') {
		return false
	}
	if c == '%' || c == '％' {
		q.Kind, q.Unit, q.End, q.UnitStart = KindPercent, "%", e+1, e
		return true
	}
	// 百分之三十, 千分之２．４, 万分之三
	if p := r.skipSpacesBack(n.Start - 1); r.at(p) == '之' {
		p = r.skipSpacesBack(p - 1)
		if r.at(p) == '分' {
			per := 1.0
			start := -1
			for p = r.skipSpacesBack(p - 1); p >= 0; p = r.skipSpacesBack(p - 1) {
				u := r.rs[p]
				switch u {
				case '百', '佰':
					per *= 100
				case '千', '仟':
					per *= 1000
				case '万', '萬':
					per *= 1e4
				default:
					goto done
				}
				start = p
			}
		done:
			if start >= 0 && per >= 100 {
				q.Kind, q.Unit, q.Start = KindPercent, "%", start
				q.Value = n.Value * 100 / per
				// 百分之3點5: digits, 点 and digits are one decimal number
				if c := r.at(n.End); (c == '点' || c == '點') && *k+1 < len(nums) {
					if m := nums[*k+1]; m.Start == n.End+1 && n.Script == number.Digits && m.Script == number.Digits && !n.Decimal && !m.Decimal && m.Scale == 1 {
						q.Value = (n.Value + m.Value/math.Pow10(m.End-m.Start)) * 100 / per
						q.End = m.End
						*k++
					}
				}
				return true
			}
		}
	}
	// 个百分点
	for _, w := range zhPercentPoint {
		if end, ok := r.spacedAt(e, w); ok {
			q.Kind, q.Unit, q.End, q.UnitStart = KindPercent, "pp", end, e
			return true
		}
	}
	// 三成 = 30%, 七五折 = 75%
	if c == '成' || c == '折' {
		if v, ok := r.chengZhe(n, c, e); ok {
			q.Kind, q.Unit, q.Value, q.End, q.UnitStart = KindPercent, "%", v, e+1, e
			if c == '成' {
				// 三成半, 七成 六
				f := r.skipSpaces(e + 1)
				if r.at(f) == '半' {
					q.Value += 5
					q.End = f + 1
				} else if *k+1 < len(nums) && nums[*k+1].Start == f && nums[*k+1].End-nums[*k+1].Start == 1 && nums[*k+1].Value < 10 {
					q.Value += nums[*k+1].Value
					q.End = nums[*k+1].End
					*k++
				}
			}
			return true
		}
	}
	// "7 2 折": two digits apart
	if *k+1 < len(nums) {
		m := nums[*k+1]
		if m.Start == e && m.End-m.Start == 1 && n.End-n.Start == 1 && n.Script == number.Digits && m.Script == number.Digits {
			if f := r.skipSpaces(m.End); r.at(f) == '折' {
				q.Kind, q.Unit, q.Value, q.End, q.UnitStart = KindPercent, "%", n.Value*10+m.Value, f+1, f
				*k++
				return true
			}
		}
	}
	// English: 10 percent, 2 percentage points
	if unit, end, ok := phraseAfter(r, e, 2, enPercentWords); ok && (e > n.End || !isLetter(r.at(n.End))) {
		q.Kind, q.Unit, q.End, q.UnitStart = KindPercent, unit, end, e
		return true
	}
	// "percent of 10"
	if w, ws := r.wordBefore(r.skipSpacesBack(n.Start-1) + 1); strings.EqualFold(w, "of") {
		p := r.skipSpacesBack(ws - 1)
		w2, ws2 := r.wordBefore(p + 1)
		l := strings.ToLower(w2)
		if l == "cent" {
			if w3, ws3 := r.wordBefore(r.skipSpacesBack(ws2-1) + 1); strings.EqualFold(w3, "per") {
				ws2, l = ws3, "per cent"
			}
		}
		if l == "percent" || l == "percents" || l == "per cent" {
			if !r.numberBefore(ws2) {
				q.Kind, q.Unit, q.Start = KindPercent, "%", ws2
				return true
			}
		}
	}
	return false
}

// numberBefore reports whether a digit or number word ends just before i.
func (r *reader) numberBefore(i int) bool {
	p := r.skipSpacesBack(i - 1)
	return p >= 0 && isDigitRune(r.rs[p])
}

// chengZhe reads 成 (tenths) and 折 (a price as a fraction of the full one).
func (r *reader) chengZhe(n number.Number, c rune, e int) (float64, bool) {
	if n.Signed || n.Approx || n.Fraction || n.Scale > 1 {
		return 0, false
	}
	next := r.at(e + 1)
	if w, _ := zhZheWordAfterLex.at(r.rs, e+1); c == '折' && w != "" {
		next = 0 // 5折回购: a discount before a word that starts like 折回
	}
	if c == '成' && strings.ContainsRune(zhChengNotPercent, next) || c == '折' && strings.ContainsRune(zhZheNotPercent, next) {
		return 0, false
	}
	v := n.Value
	switch {
	case n.Run: // 九九折, 三八折
		if c == '折' && v >= 10 && v < 100 {
			return v, true
		}
		return 0, false
	case c == '成' && v > 0 && v <= 10:
		return v * 10, true
	case c == '折' && v > 0 && v < 10:
		return v * 10, true
	case c == '折' && v >= 10 && v < 100 && n.Script == number.Digits && !n.Decimal:
		return v, true // 75折
	}
	return 0, false
}

// ---- money ---------------------------------------------------------------------

func (r *reader) money(q *Quantity, nums []number.Number, k *int) bool {
	n := q.Num
	code, start, factor, symbol := r.moneyBefore(n)
	if start >= 0 && start < r.lastEnd {
		code, start, factor, symbol = "", -1, 1, false
	}
	cur, end, minorName, ok := r.moneyAfter(n, symbol)
	if ok && code != "" && !symbol && cur.code != "" && cur.code != code {
		code, start = "", -1 // 人民币 5美元: the word after decides
	}
	switch {
	case ok && (code == "" || !symbol):
		if code == "" {
			code = cur.code
		}
		factor *= cur.factor
		q.UnitStart = n.End
		q.End = end
		if minorName != "" {
			q.Minor = minorName
		}
	case code != "":
		q.UnitStart = n.End
		if ok && cur.code == "" && cur.factor > 1 { // £8.1m, $2bn
			factor *= cur.factor
			q.End = end
		}
	default:
		return false
	}
	if start >= 0 {
		q.Start = start
	}
	q.Kind, q.Unit = KindMoney, code
	q.Value = n.Value * factor
	if c := r.at(n.End); (c == '多' || c == '余' || c == '餘') && q.End > n.End+1 {
		q.More = true // 100多元: a lower bound
	}
	r.compoundMoney(q, nums, k)
	return true
}

// moneyBefore looks for a currency sign or code before the number: $5,
// US$ 150 million, HK$, USD 200, 人民币1万元.
func (r *reader) moneyBefore(n number.Number) (code string, start int, factor float64, symbol bool) {
	factor, start = 1, -1
	p := n.Start - 1
	// glued ISO code: USD115
	if n.LetterStart {
		w, ws := r.wordBefore(n.Start)
		if isoCodes.has(w) {
			return isoCode(w), ws, 1, true
		}
		return "", -1, 1, false
	}
	sp := r.skipSpacesBack(p)
	if n.Start-1-sp > 2 {
		return "", -1, 1, false
	}
	if sp < 0 {
		return "", -1, 1, false
	}
	c := r.rs[sp]
	if iso, ok := currencySymbol(c); ok {
		start = sp
		if (c == '¥' || c == '￥') && r.lang != "zh" {
			iso = "JPY"
		}
		if c == '$' || c == '＄' {
			// US$, HK$, C $, Mex$, usd$
			q := sp - 1
			spaced := false
			if q >= 0 && r.rs[q] == ' ' {
				q--
				spaced = true
			}
			if w, ws := r.wordBefore(q + 1); w != "" {
				l := strings.ToLower(w)
				if pre, ok := dollarPrefixes.get(l); ok && (!spaced || len(l) >= 2 || l == "c") {
					iso, start = pre, ws
				}
			}
		}
		return iso, start, 1, true
	}
	if c == '.' && sp > 0 && isLetter(r.rs[sp-1]) {
		if w, ws := r.wordBefore(sp); currencyPrefixWords.val(w) != "" {
			return currencyPrefixWords.val(w), ws, 1, true // Rs. 500
		}
	}
	if isLetter(c) {
		w, ws := r.wordBefore(sp + 1)
		if isoCodes.has(w) {
			return isoCode(w), ws, 1, true
		}
		if code := currencyPrefixWords.val(w); code != "" {
			return code, ws, 1, true // Rs 24 lakh
		}
		if len(w) == 4 && w[0] == 'M' && isoCodes.has(w[1:]) {
			return isoCode(w[1:]), ws, 1e6, true
		}
		return "", -1, 1, false
	}
	// 人民币1万元
	for _, w := range []string{"人民币", "人民幣"} {
		l := len([]rune(w))
		if sp-l+1 >= 0 {
			if _, ok := r.hasAt(sp-l+1, w); ok {
				return "CNY", sp - l + 1, 1, false
			}
		}
	}
	return "", -1, 1, false
}

func isoCode(w string) string {
	if w == "RMB" {
		return "CNY"
	}
	return w
}

// moneyAfter looks for a currency word or sign after the number.
func (r *reader) moneyAfter(n number.Number, afterSymbol bool) (currency, int, string, bool) {
	e := n.End
	// glued letters read by the scanner: 115USD, 30MUSD
	if n.Suffix != "" {
		if isoCodes.has(n.Suffix) {
			return major(isoCode(n.Suffix)), e + len(n.Suffix), "", true
		}
		if len(n.Suffix) == 4 && n.Suffix[0] == 'M' && isoCodes.has(n.Suffix[1:]) {
			return currency{code: isoCode(n.Suffix[1:]), factor: 1e6}, e + 4, "", true
		}
		if f, ok := glueScales.get(strings.ToLower(n.Suffix)); ok && afterSymbol {
			return currency{factor: f}, e + len(n.Suffix), "", true // £8.1m, $2bn, £71.6million
		}
		return currency{}, 0, "", false
	}
	f := r.skipSpaces(e)
	// Chinese currency words (20个比特币 too, 100多元)
	g := f
	if r.at(g) == '个' || r.at(g) == '個' {
		g++
	} else if c := r.at(g); (c == '多' || c == '余' || c == '餘') && g == e {
		if w, _ := zhCurrencyLex.at(r.rs, g+1); w != "" {
			g++
			f = g
		}
	}
	if w, end := zhCurrencyLex.at(r.rs, g); w != "" {
		cw := struct {
			word string
			cur  currency
		}{w, zhCurrencyOf(w)}
		if g > f && cw.cur.code != "BTC" {
			return currency{}, 0, "", false
		}
		switch cw.word {
		case "元", "圆", "圓":
			if strings.ContainsRune(yuanNotMoney, r.at(end)) {
				return currency{}, 0, "", false
			}
		case "块", "塊":
			if nx := r.at(end); nx != 0 && !strings.ContainsRune(kuaiMoneyFollowers, nx) {
				return currency{}, 0, "", false // 35万块GPU: a count of pieces
			}
			if nx := r.at(end); nx != '钱' && nx != '錢' && (n.Scale >= 1e8 || r.kuaiCounts) {
				return currency{}, 0, "", false // 进口4176亿块: pieces, as 块 counts elsewhere in the text
			}
		}
		return cw.cur, end, cw.cur.minor, true
	}
	if afterSymbol {
		return currency{}, 0, "", false
	}
	// postfix signs: 10 €, 100₾, 100,000 ரூ
	if code, ok := currencySymbol(r.at(f)); ok && f-e <= 1 && (!isDigitRune(r.at(r.skipSpaces(f+1))) || isSpaceRune(r.at(f+1)) && r.amountWithCurrencyAt(r.skipSpaces(f+1))) {
		if c := r.at(f); c == '¥' || c == '￥' {
			if r.lang != "zh" {
				code = "JPY"
			}
		}
		return major(code), f + 1, "", true
	}
	for _, ms := range multiCharSymbols {
		if end, ok := r.hasAt(f, ms.symbol); ok && f-e <= 1 {
			return major(ms.code), end, "", true
		}
	}
	if f-e > 1 {
		return currency{}, 0, "", false
	}
	// hyphenated: 12-cent, one-yen
	if f == e && r.at(f) == '-' && isLetter(r.at(f+1)) {
		f++
	} else if f == e && isLetter(r.at(f)) {
		return currency{}, 0, "", false
	}
	// ISO codes after the amount: 75 USD million, 50 million USD, 30 MUSD
	if w, we := r.isoWordAt(f); w != "" {
		c := major(isoCode(w))
		if len(w) == 4 && w[0] == 'M' {
			c = currency{code: isoCode(w[1:]), factor: 1e6}
		}
		// a scale word after the code
		if g := r.skipSpaces(we); g == we+1 {
			if sc, end, ok := phraseAfter(r, g, 1, scaleWords); ok {
				c.factor *= sc
				we = end
			}
		}
		return c, we, "", true
	}
	if cw, end, ok := phraseAfter(r, f, 3, enCurrencyWords); ok {
		l := strings.ToLower(r.str(f, end))
		if ambiguousCurrencyWords.has(l) {
			return currency{}, 0, "", false
		}
		if l == "pounds" || l == "pound" {
			if g := r.skipSpaces(end); strings.EqualFold(r.str(g, min(g+2, len(r.rs))), "of") {
				return currency{}, 0, "", false // 300 pounds of weight
			}
			if !r.sterling && !r.poundMoneyCue(n.Start, end) {
				return currency{}, 0, "", false // he weighs 243 pounds
			}
		}
		return cw, end, cw.minor, true
	}
	return currency{}, 0, "", false
}

// amountWithCurrencyAt: digits at i followed by a currency sign or word
// (10 $ 30 $: the first sign belongs to the 10).
func (r *reader) amountWithCurrencyAt(i int) bool {
	j := i
	for j < len(r.rs) && (isDigitRune(r.rs[j]) || r.rs[j] == '.' || r.rs[j] == ',') {
		j++
	}
	f := r.skipSpaces(j)
	if _, ok := currencySymbol(r.at(f)); ok {
		return true
	}
	_, _, ok := phraseAfter(r, f, 3, enCurrencyWords)
	return ok
}

// glueScales are written right after the digits of an amount with a
// currency sign: £8.1m, $2bn, £71.6million.
var glueScales = &wordTable[float64]{groups: []wordGroup[float64]{
	{1e3, `k, thousand`}, {1e6, `m, mn, mln, million`}, {1e9, `bn, bln, b, billion`}, {1e12, `tn, trillion`},
}}

// scaleWords may follow an ISO code: 75 USD million.
var scaleWords = &wordTable[float64]{groups: []wordGroup[float64]{
	{1e3, `thousand`},
	{1e6, `million`},
	{1e9, `billion`},
	{1e12, `trillion`},
}}

// isoWordAt returns the ISO code (or M-prefixed code) written at i.
func (r *reader) isoWordAt(i int) (string, int) {
	j := i
	for j < len(r.rs) && r.rs[j] >= 'A' && r.rs[j] <= 'Z' {
		j++
	}
	if j-i < 3 || isLetter(r.at(j)) || isDigitRune(r.at(j)) {
		return "", 0
	}
	w := r.str(i, j)
	if isoCodes.has(w) || len(w) == 4 && w[0] == 'M' && isoCodes.has(w[1:]) {
		return w, j
	}
	return "", 0
}

// compoundMoney adds the minor part written after a major amount:
// 3 dollars 50 cents, thirteen dollars and forty-five cents, 15 USD 50,
// 五元三毛, 两美元又三美分, one kuai and five mao five.
func (r *reader) compoundMoney(q *Quantity, nums []number.Number, k *int) {
	if q.Minor != "" || q.Num.Decimal || q.Num.Fraction || *k+1 >= len(nums) {
		return
	}
	next := nums[*k+1]
	e := r.skipSpaces(q.End)
	zh := false
	switch {
	case strings.EqualFold(r.str(e, min(e+3, len(r.rs))), "and") && !isLetter(r.at(e+3)):
		e = r.skipSpaces(e + 3)
	case r.at(e) == '又' || r.at(e) == '零':
		e++
		zh = true
	}
	if next.Start != e || next.Decimal || next.Value <= 0 || next.Value != float64(int(next.Value)) || next.Suffix != "" {
		return
	}
	after := r.skipSpaces(next.End)
	// Chinese minor units: 角, 毛, 分, 美分
	if zh || next.Script&number.Han != 0 || r.at(next.End) == '角' || r.at(next.End) == '毛' || r.at(next.End) == '美' || r.at(next.End) == '日' {
		for _, mu := range zhMinorUnits {
			if end, ok := r.hasAt(next.End, mu.word); ok {
				q.Value += next.Value * mu.factor
				q.End = end
				*k++
				// 五元三毛五 / 三毛五分
				if *k+1 < len(nums) && nums[*k+1].Start == end && mu.factor == 0.1 {
					m := nums[*k+1]
					if m.Value < 10 {
						q.Value += m.Value * 0.01
						q.End = m.End
						if r.at(m.End) == '分' {
							q.End++
						}
						*k++
					}
				}
				return
			}
		}
		if zh {
			return
		}
	}
	if next.Value >= 100 {
		return
	}
	if cw, end, ok := phraseAfter(r, after, 2, enCurrencyWords); ok {
		if cw.minor == "" || cw.code != q.Unit && !(q.Unit == "CNY" && cw.code == "CNY") {
			return // 50 dollar 50 dollar: a new amount
		}
		q.Value += next.Value * cw.factor
		q.End = end
		*k++
		// one kuai and five mao five
		if cw.factor == 0.1 && *k+1 < len(nums) && nums[*k+1].Start == r.skipSpaces(end) && nums[*k+1].Value < 10 {
			q.Value += nums[*k+1].Value * 0.01
			q.End = nums[*k+1].End
			*k++
		}
		return
	}
	if _, _, ok := r.moneyAfterWord(after); ok {
		return
	}
	if iso, _ := r.isoWordAt(after); iso != "" {
		return
	}
	// the bare hundredths: 15 dollars 50, c $ 100 and fifty (not after yuan or 人民币)
	if _, _, _, ok := r.moneyAfter(next, false); ok {
		return
	}
	if next.Value < 100 && !r.unitFollows(after) && !r.zhMoneyWordAt(q.UnitStart) {
		q.Value += next.Value / 100
		q.End = next.End
		*k++
	}
}

// zhMoneyWordAt: a Chinese currency word is written at i.
func (r *reader) zhMoneyWordAt(i int) bool {
	w, _ := zhCurrencyLex.at(r.rs, r.skipSpaces(i))
	return w != ""
}

func (r *reader) moneyAfterWord(i int) (currency, int, bool) {
	return phraseAfter(r, i, 3, enCurrencyWords)
}

// unitFollows reports a word after a number that makes it something else
// (50 dollar, 32 is the quantity → "is" is fine; "times" is not).
func (r *reader) unitFollows(i int) bool {
	if _, _, ok := phraseAfter(r, i, 3, enUnits); ok {
		return true
	}
	if _, _, ok := phraseAfter(r, i, 2, enPercentWords); ok {
		return true
	}
	c := r.at(i)
	return c == '%' || c == '$'
}

// ---- units, measure words ---------------------------------------------------------

func (r *reader) unit(q *Quantity) {
	n := q.Num
	e := n.End
	// glued Latin units: 29km, 600μg, 135g, 3x
	if n.Suffix != "" || r.at(e) == 'μ' {
		j := e
		for j < len(r.rs) && (isLetter(r.rs[j]) || r.rs[j] == 'μ') {
			j++
		}
		// 0x08, 4x4: a hex code or a name, when a digit follows the letters
		if u, ok := enGluedUnits.get(r.str(e, j)); ok && !isDigitRune(r.at(j)) {
			q.Kind, q.Unit, q.End, q.UnitStart = u.kind, u.unit, j, e
			r.perUnit(q)
		}
		return
	}
	f := r.skipSpaces(e)
	// 140余家, 2万8千多例: 多/余 between the number and its unit
	if f == e && (r.at(e) == '多' || r.at(e) == '余' || r.at(e) == '餘') {
		if c := r.at(e + 1); strings.ContainsRune(zhClassifiers, c) || zhUnitAt(r, e+1) != "" {
			q.More = true
			f = e + 1
			e = f
		}
	}
	// Chinese units and durations (longest first)
	if best := zhUnitAt(r, f); best != "" && f-e <= 1 && !(n.Script == number.Han && strings.Contains(zhDigitOnlyUnits, best)) {
		bu := zhUnits.val(best)
		end := f + len([]rune(best))
		q.Kind, q.Unit, q.End, q.UnitStart = bu.kind, bu.unit, end, f
		if best == "度" && n.End-n.Start == 1 && (r.rs[n.Start] == '两' || r.rs[n.Start] == '兩') {
			q.Kind = KindCount // 两度做客: twice, not two degrees
		}
		r.perUnit(q)
		return
	}
	// index points: 上涨50点, 盈利目标50点, 报2350.5点 (not the time 7点)
	if f == e && (r.at(e) == '点' || r.at(e) == '點') && r.indexPoints(n, e) {
		q.Kind, q.Unit, q.End, q.UnitStart = KindMeasure, "点", e+1, e
		return
	}
	// measure words: 35万块, 5个, 16万人
	if f == e && strings.ContainsRune(zhClassifiers, r.at(e)) && !r.classifierWord(e) {
		q.Kind, q.Unit, q.End, q.UnitStart = KindCount, string(r.at(e)), e+1, e
		r.perUnit(q)
		return
	}
	// 130000/克
	if r.at(e) == '/' {
		r.perUnit(q)
		if q.End > e {
			q.Kind = KindMeasure
			q.Unit = string(r.rs[e:q.End])
		}
		return
	}
	// English units: 5 km, three times, 90-day
	g := f
	if f == e && r.at(e) == '-' && isLetter(r.at(e+1)) {
		g = e + 1
	} else if f == e || f-e > 1 {
		return
	}
	if u, end, ok := phraseAfter(r, g, 3, enUnits); ok {
		if end-g == 1 && (r.at(g) == 'X' || n.Script == number.Words) {
			return // Xbox One X: a name
		}
		q.Kind, q.Unit, q.End, q.UnitStart = u.kind, u.unit, end, g
		if u.unit == "x" && r.frequencyAfter(end) {
			q.Kind, q.Unit = KindCount, "times" // three times a week: how often, not a multiple
		}
		return
	}
	// case matters: 540 Nm of torque (7 nm is a chip process)
	we := r.wordEnd(g)
	if u, ok := enCaseUnits.get(r.str(g, we)); ok && !isDigitRune(r.at(we)) {
		q.Kind, q.Unit, q.End, q.UnitStart = u.kind, u.unit, we, g
	}
}

// enFrequencyPeriods after "times a|per|every" make a frequency (three
// times a week), not a multiple.
var enFrequencyPeriods = &wordSet{words: `day, week, month, year, season, game, night, hour, minute, second, quarter, decade, lifetime, semester`}

// frequencyAfter: "a week", "per day", "each season" follows i.
func (r *reader) frequencyAfter(i int) bool {
	g := r.skipSpaces(i)
	if g != i+1 {
		return false
	}
	e := r.wordEnd(g)
	switch strings.ToLower(r.str(g, e)) {
	case "a", "an", "per", "each", "every":
	default:
		return false
	}
	h := r.skipSpaces(e)
	return h == e+1 && enFrequencyPeriods.has(strings.ToLower(r.str(h, r.wordEnd(h))))
}

// zhPointsBefore before a number of 点 make it index points (涨50点).
var zhPointsBefore = []string{"涨", "漲", "跌", "升", "降", "目标", "目標", "盈利", "止损", "止損", "报", "報", "收于", "收於", "收报", "收報", "站上", "跌破", "突破", "失守"}

var zhPointsBeforeLex = &lexicon{list: zhPointsBefore}

// indexPoints: 点 at i after n counts points, not hours: a decimal, more
// than a day's hours, or a move or level word before (下跌12点); never
// before 钟, 半, 整 or 分 (8点半, 9点钟).
func (r *reader) indexPoints(n number.Number, i int) bool {
	if strings.ContainsRune("钟鐘半整分多前后後左", r.at(i+1)) || n.Vague || n.Run {
		return false
	}
	if n.Decimal || n.Value > 24 {
		return true
	}
	p := r.skipSpacesBack(n.Start-1) + 1
	for _, skip := range []string{"了", "至", "到", ""} {
		q := p
		if skip != "" {
			if r.at(p-1) != []rune(skip)[0] {
				continue
			}
			q = p - 1
		}
		if w, _ := zhPointsBeforeLex.endingAt(r.rs, q); w != "" {
			return true
		}
	}
	return false
}

// zhUnitAt returns the longest Chinese unit written at i, or "".
func zhUnitAt(r *reader, i int) string {
	if i < 0 || i >= len(r.rs) {
		return ""
	}
	for _, w := range zhUnitLex.startingWith(r.rs[i]) {
		end := i + len(w.runes)
		if end > len(r.rs) || !equalRunes(r.rs[i:end], w.runes) {
			continue
		}
		if nb := zhUnitNotBefore(w.word); nb != "" && strings.ContainsRune(nb, r.at(end)) {
			continue
		}
		return w.word
	}
	return ""
}

// classifierWord: the measure word at i starts an ordinary word (只为, 名单).
func (r *reader) classifierWord(i int) bool {
	w, _ := zhClassifierWordLex.at(r.rs, i)
	return w != ""
}

// perUnit extends a unit by "/X" (135g/块, 40.22元/股, 75微克/立方米).
func (r *reader) perUnit(q *Quantity) {
	if r.at(q.End) != '/' {
		return
	}
	if u := zhUnitAt(r, q.End+1); u != "" {
		q.End += 1 + len([]rune(u))
		return
	}
	if c := r.at(q.End + 1); strings.ContainsRune(zhClassifiers, c) {
		q.End += 2
	}
}

// bareMentions adds what Recognizers-Text reports without a number:
// currency names (人民币, dollars), percent words (the % of increase) and
// the Chinese discounts written without digits (打对折, 半成, 百分之百).
func (r *reader) bareMentions(qs []Quantity) []Quantity {
	covered := func(i, j int) bool {
		for _, q := range qs {
			if i < q.End && j > q.Start {
				return true
			}
		}
		return false
	}
	var bare []Quantity
	for i := 0; i < len(r.rs); i++ {
		c := r.rs[i]
		if isLetter(c) && !isLetter(r.at(i-1)) {
			e := i
			for e < len(r.rs) && isLetter(r.rs[e]) {
				e++
			}
			w := strings.ToLower(string(r.rs[i:e]))
			if code, ok := enBareCurrencies.get(w); ok && !covered(i, e) {
				bare = append(bare, Quantity{Start: i, End: e, Kind: KindMoney, Unit: code, Bare: true, UnitStart: i})
			}
			if (w == "percent" || w == "percentage") && !covered(i, e) {
				bare = append(bare, Quantity{Start: i, End: e, Kind: KindPercent, Unit: "%", Bare: true, UnitStart: i})
			}
			i = e - 1
			continue
		}
		if c == '%' && !covered(i, i+1) && !isDigitRune(r.at(i+1)) && isSpaceRune(r.at(i-1)) {
			bare = append(bare, Quantity{Start: i, End: i + 1, Kind: KindPercent, Unit: "%", Bare: true, UnitStart: i})
			continue
		}
		if sp, ok := zhWordPercents(r, i); ok && !covered(sp.start, sp.end) {
			bare = append(bare, Quantity{Start: sp.start, End: sp.end, Kind: KindPercent, Unit: "%", Value: sp.value, UnitStart: sp.start})
			i = sp.end - 1
			continue
		}
		for _, w := range zhBareCurrencies {
			if end, ok := r.hasAt(i, w); ok && !covered(i, end) {
				code := "CNY"
				for _, cw := range zhCurrencyWords {
					if cw.word == w {
						code = cw.cur.code
					}
				}
				bare = append(bare, Quantity{Start: i, End: end, Kind: KindMoney, Unit: code, Bare: true, UnitStart: i})
				i = end - 1
				break
			}
		}
	}
	if len(bare) == 0 {
		return qs
	}
	qs = append(qs, bare...)
	sort.SliceStable(qs, func(a, b int) bool { return qs[a].Start < qs[b].Start })
	return qs
}

type wordPercent struct {
	start, end int
	value      float64
}

// zhWordPercents reads the percentages written without digits: 打对折 (50%),
// 半成 (5%), 半折 (50%), 百分之百 (100%).
func zhWordPercents(r *reader, i int) (wordPercent, bool) {
	switch r.at(i) {
	case '打':
		for _, w := range []string{"对折", "對折"} {
			if end, ok := r.spacedAt(i+1, w); ok {
				return wordPercent{i + 1, end, 50}, true
			}
		}
	case '半':
		if r.at(i-1) != '个' && !isDigitRune(r.at(i-1)) {
			if end, ok := r.spacedAt(i, "半成"); ok {
				return wordPercent{i, end, 5}, true
			}
			if end, ok := r.spacedAt(i, "半折"); ok {
				return wordPercent{i, end, 50}, true
			}
		}
	case '百', '佰':
		for _, w := range []string{"百分之百", "佰分之佰"} {
			if end, ok := r.spacedAt(i, w); ok {
				return wordPercent{i, end, 100}, true
			}
		}
	}
	return wordPercent{}, false
}

// writesSterling: the text names the British pound by sign, code or name.
func (r *reader) writesSterling() bool {
	for i, c := range r.rs {
		if c == '£' || (c == 'G' || c == 's' || c == 'S') && (r.hasFoldAt(i, "GBP") || r.hasFoldAt(i, "sterling")) {
			return true
		}
	}
	return false
}

func (r *reader) hasFoldAt(i int, w string) bool {
	j := i + len(w)
	return j <= len(r.rs) && strings.EqualFold(r.str(i, j), w)
}

// poundMoneyCue: a word of enPoundMoneyCues earlier in the sentence of the
// amount at [start, end), within poundCueSpan runes, or a dollar conversion
// right after it — 30 million pounds ($38 million) — makes pounds money.
func (r *reader) poundMoneyCue(start, end int) bool {
	if g := r.skipSpaces(end); r.at(g) == '(' && (r.at(g+1) == '$' || r.hasFoldAt(g+1, "US$")) {
		return true
	}
	for i := start; i > 0 && start-i < poundCueSpan; {
		c := r.rs[i-1]
		if c == '\n' || (c == '.' || c == '!' || c == '?') && isSpaceRune(r.at(i)) {
			return false
		}
		if !isLetter(c) {
			i--
			continue
		}
		w, j := r.wordBefore(i)
		if j == i {
			i--
			continue
		}
		if enPoundMoneyCues.has(strings.ToLower(w)) {
			return true
		}
		i = j
	}
	return false
}
