package number

import (
	"math"
	"strings"
	"unicode"
)

// megaUnits follow 兆 when it means mega (兆瓦, 兆赫, 兆字节), not 1e12.
const megaUnits = "瓦赫字帕欧歐比伏焦位"

// spanNotBefore: two neighbouring digits read as a span before a word
// (四五人, 三四天, 七八个) but not before these, where they name months,
// days, hours or tiers (五六月, 七八点, 三四线城市).
const spanNotBefore = "月日号號点點时時线線"

// hanAcc accumulates a Chinese numeral token by token:
// total holds the part already multiplied by 万/亿/兆, section the part
// below the current big unit, num the pending digit.
type hanAcc struct {
	total, section, num float64
	hasNum              bool
	numHan              bool    // the pending digit is one Chinese character (may abbreviate: 二百五)
	afterUnit           float64 // the unit right before the pending digit (0 after 零)
	lastUnit            float64 // the most recent unit, 0 after 零
	lastSmall           float64 // smallest 十/百/千 used in this section
	maxBig, lastBig     float64
	units               int
	run                 int // digits in a row before any unit
	runVal              float64
	zero                bool
}

func (a *hanAcc) digit(v float64, han bool) bool {
	if a.hasNum {
		if a.units == 0 && han && a.numHan {
			a.run++
			a.runVal = a.runVal*10 + v
			a.num = v
			return true
		}
		return false
	}
	a.num, a.hasNum, a.numHan = v, true, han
	a.afterUnit = a.lastUnit
	if a.units == 0 {
		a.run, a.runVal = 1, v
	}
	return true
}

func (a *hanAcc) zeroChar() bool {
	if a.units == 0 {
		// leading zero (零点五, 零十) or a zero inside a run (二〇二四)
		return a.digit(0, true)
	}
	if a.hasNum {
		return false
	}
	a.zero = true
	a.lastUnit = 0
	return true
}

func (a *hanAcc) small(u float64) bool {
	if a.run >= 2 {
		return false
	}
	if a.lastSmall != 0 && u >= a.lastSmall {
		return false
	}
	if !a.hasNum || a.num == 0 && a.units == 0 {
		a.num = 1 // 十五, 百三, 零十, 一百零十万
	}
	a.section += a.num * u
	a.lastSmall, a.lastUnit = u, u
	a.hasNum, a.zero = false, false
	a.units++
	return true
}

func (a *hanAcc) big(b float64) bool {
	if a.run >= 2 {
		return false
	}
	if !a.hasNum && a.section == 0 {
		if a.total == 0 || b < a.lastBig {
			return false
		}
		a.total *= b // 万万, 万亿
	} else {
		if a.hasNum {
			a.section += a.num
		}
		switch {
		case b > a.maxBig:
			a.total = (a.total + a.section) * b
			a.maxBig = b
		case b < a.lastBig:
			a.total += a.section * b
		default:
			return false
		}
	}
	a.section, a.hasNum, a.lastSmall, a.zero = 0, false, 0, false
	a.lastBig, a.lastUnit = b, b
	a.units++
	return true
}

func (a *hanAcc) value() float64 {
	v := a.total + a.section
	if a.hasNum {
		if a.run >= 2 {
			return a.runVal
		}
		if a.numHan && a.afterUnit >= 100 {
			v += a.num * a.afterUnit / 10 // 二百五 = 250, 一万三 = 13000
		} else {
			v += a.num
		}
	}
	return v
}

// hanResult is a parsed Chinese (or mixed) numeral.
type hanResult struct {
	val        float64
	end        int
	tokens     int
	hanChars   int // Chinese numeral characters
	digits     bool
	onlyUnits  bool
	approx     bool
	vague      bool
	decimal    bool
	grouped    bool
	fraction   bool
	run        bool
	scale      float64
	lastIsUnit bool
	high       float64 // upper bound of 五六千, 两三万
}

// hanContinues reports whether the text at k continues a number written in
// digits in the Chinese way: 5万, 3千, 500余万, 12打, 16分之5, 3又1/2.
func (s *scanner) hanContinues(k int) bool {
	c := s.rs[k]
	switch {
	case hanSmallUnit(c) > 0:
		// 3千, but not 3百分之 (handled as its own percent marker) nor 2十
		return c != '十' && c != '拾'
	case hanBigUnit(c) > 0:
		return true
	case c == '多' || c == '余' || c == '餘':
		q := s.skipSpaces(k + 1)
		return q < len(s.rs) && hanBigUnit(s.rs[q]) > 0
	case c == '打':
		return !isHanNumeral(s.r(k+1)) && !isDigit(s.r(k+1))
	case c == '分':
		q := s.skipSpaces(k + 1)
		return q < len(s.rs) && s.rs[q] == '之'
	case c == '又':
		return true
	}
	return false
}

// perMarker skips a bare 百分之 / 千分之 / 万分之 / 百万分之: the number after
// it is read on its own (the figures package reads the marker back).
func (s *scanner) perMarker(j int) (int, bool) {
	k := j
	units := 0
	for k < len(s.rs) {
		c := s.rs[k]
		if hanSmallUnit(c) >= 100 || hanBigUnit(c) > 0 && hanBigUnit(c) < 1e12 {
			units++
			k = s.skipSpaces(k + 1)
			continue
		}
		break
	}
	if units == 0 || k >= len(s.rs) || s.rs[k] != '分' {
		return 0, false
	}
	q := s.skipSpaces(k + 1)
	if q < len(s.rs) && s.rs[q] == '之' {
		return q + 1, true
	}
	return 0, false
}

// hanAt reads a Chinese numeral (possibly starting with digits already read
// into first) at j; start includes a sign. It appends the number and returns
// its end, or returns j when there is no number here.
func (s *scanner) hanAt(start, j int, signed bool, first *digitsTok) int {
	if first == nil && !signed {
		if k, ok := s.perMarker(j); ok {
			return k
		}
	}
	h, ok := s.hanValue(j, first, true)
	if !ok {
		return j
	}
	if first == nil && !s.standsAlone(j, h) {
		return j
	}
	v := h.val
	if signed {
		v = -v
	}
	n := Number{Start: start, End: h.end, Value: v, Scale: 1, Signed: signed,
		Approx: h.approx, Vague: h.vague, Fraction: h.fraction, Decimal: h.decimal, Grouped: h.grouped, Run: h.run,
		High: h.high, LetterStart: isLatin(s.r(start - 1))}
	if h.hanChars > 0 {
		n.Script |= Han
	}
	if h.digits {
		n.Script |= Digits
	}
	if h.lastIsUnit && h.scale > 1 {
		n.Scale = h.scale
	}
	if h.run && h.tokens == 2 {
		n.Vague = true // 三五 (three or five), 二三
	}
	s.out = append(s.out, n)
	return h.end
}

// standsAlone applies the rules for numbers written with one character or
// with scale characters only: they need a measure word, punctuation or a
// function word after them and must not sit inside an ordinary word.
func (s *scanner) standsAlone(j int, h hanResult) bool {
	if h.tokens > 1 && !h.onlyUnits {
		return true
	}
	next := rune(0)
	if h.end < len(s.rs) {
		next = s.rs[h.end]
	}
	if h.onlyUnits && h.tokens > 1 {
		return next == 0 || unitOnlyFollowerSet[next]
	}
	if next != 0 && !singleFollowerSet[next] && (s.opt.Follows == nil || !s.opt.Follows(s.rs, h.end)) {
		return false
	}
	if c := s.rs[j]; (c == '百' || c == '佰') && next == '分' {
		return false // 个百分点
	}
	if h.onlyUnits && (s.rs[j] == '百' || s.rs[j] == '千' || s.rs[j] == '佰' || s.rs[j] == '仟') && !unitOnlyFollowerSet[next] {
		return false
	}
	// inside an ordinary word?
	for _, wr := range ambiguousRunes {
		for k, r := range wr {
			if r != s.rs[j] {
				continue
			}
			b := j - k
			if b < 0 || b+len(wr) > len(s.rs) {
				continue
			}
			match := true
			for m, r2 := range wr {
				if s.rs[b+m] != r2 {
					match = false
					break
				}
			}
			if match {
				return false
			}
		}
	}
	return true
}

// hanValue parses a Chinese numeral at j.
func (s *scanner) hanValue(j int, first *digitsTok, allowFrac bool) (hanResult, bool) {
	var a hanAcc
	var h hanResult
	n := len(s.rs)
	p := j
	h.end = j
	if first == nil {
		if r, ok := s.neighbourSpan(j); ok {
			return r, true
		}
	}
	if first != nil {
		a.digit(first.val, false)
		p, h.end = first.end, first.end
		h.digits, h.decimal, h.grouped = true, first.decimal, first.grouped
		h.tokens = 1
	} else if c := s.rs[j]; c == '半' || c == '几' || c == '幾' || c == '数' || c == '數' || c == '上' {
		// 半百 = 50, 半打 = 6; 几十, 数百 are vague; 上万 is ten thousand or more
		q := s.skipSpaces(j + 1)
		if q >= n || hanSmallUnit(s.rs[q]) == 0 && hanBigUnit(s.rs[q]) == 0 && !(c == '半' && s.rs[q] == '打') {
			return h, false
		}
		if c == '上' && (q != j+1 || hanSmallUnit(s.rs[q]) == 10) {
			return h, false // 上十 is no amount
		}
		switch c {
		case '半':
			a.digit(0.5, false)
		case '上':
			a.digit(1, false)
			h.approx = true
		default:
			a.digit(1, false)
			h.vague = true
		}
		p, h.end = j+1, j+1
		h.tokens = 1
	}
	onlyUnits := true
	unitOnly := 0.0
loop:
	for p < n {
		q := p
		if h.tokens > 0 {
			q = s.skipSpaces(p)
			if q >= n {
				break
			}
		}
		c := s.rs[q]
		fc := fold(c)
		switch {
		case isDigit(fc):
			// digits inside a Chinese numeral only right after a unit or 零: 7万5千, 2千零30万, 7万 5千
			if h.tokens == 0 || a.hasNum || a.lastUnit == 0 && !a.zero {
				break loop
			}
			t := s.digitsRun(q)
			if q != p && (t.end >= n || hanSmallUnit(s.rs[t.end]) == 0 && hanBigUnit(s.rs[t.end]) == 0) {
				break loop
			}
			if !a.digit(t.val, false) {
				break loop
			}
			a.run = 0
			h.digits = true
			onlyUnits = false
			p = t.end
		case c == '零' || c == '〇' || c == '○':
			if !a.zeroChar() {
				break loop
			}
			h.hanChars++
			onlyUnits = false
			p = q + 1
		default:
			if v, ok := hanDigit(c); ok {
				// after a space only in the spaced style (三千 八百, 一百 五 十 二), not
				// where a new number starts (一千多万 三五十人)
				if q != p && !spacedContinues(s.at2(q+1)) {
					break loop
				}
				if !a.digit(v, true) {
					break loop
				}
				h.hanChars++
				onlyUnits = false
				p = q + 1
				break
			}
			if u := hanSmallUnit(c); u > 0 {
				if h.tokens == 0 {
					unitOnly = u
				}
				if !a.small(u) {
					break loop
				}
				h.hanChars++
				p = q + 1
				h.scale = 1
				break
			}
			if b := hanBigUnit(c); b > 0 {
				if h.tokens == 0 {
					break loop // 万 alone
				}
				if c == '兆' && strings.ContainsRune(megaUnits, s.at2(q+1)) {
					break loop // 120兆瓦: 兆 is mega here
				}
				if !a.big(b) {
					break loop
				}
				h.hanChars++
				p = q + 1
				h.scale = b
				break
			}
			switch c {
			case '多', '余', '餘', '几', '幾':
				if h.tokens == 0 {
					break loop
				}
				r := s.skipSpaces(q + 1)
				if r < n && (hanBigUnit(s.rs[r]) > 0 || hanSmallUnit(s.rs[r]) > 0 && (c == '几' || c == '幾')) {
					h.approx = true
					p = q + 1
					continue loop // not a token of its own
				}
				if (c == '几' || c == '幾') && q == p {
					h.vague = true // 十几
					h.end = q + 1
				}
				break loop
			case '点', '點', '．':
				if h.tokens == 0 {
					break loop
				}
				if c == '．' && !isHanNumeral(s.r(q+1)) {
					break loop // 十九．○六 uses a full-width point; a sentence's end does not
				}
				r := s.skipSpaces(q + 1)
				frac, e := s.hanDecimals(r)
				if e == r {
					break loop
				}
				v := a.value() + frac
				// 一点五万
				if r2 := s.skipSpaces(e); r2 < n && hanBigUnit(s.rs[r2]) > 0 && a.total == 0 && a.section == 0 {
					v *= hanBigUnit(s.rs[r2])
					h.scale = hanBigUnit(s.rs[r2])
					e = r2 + 1
					h.lastIsUnit = true
				} else {
					h.lastIsUnit = false
				}
				h.val, h.end, h.decimal = v, e, true
				h.tokens += 2
				h.onlyUnits = false
				h.hanChars++
				return h, true
			case '打':
				if h.tokens == 0 || isHanNumeral(s.r(q+1)) || isDigit(s.r(q+1)) {
					break loop
				}
				h.val, h.end = a.value()*12, q+1
				h.tokens++
				h.hanChars++
				return h, true
			case '分':
				if !allowFrac || h.tokens == 0 {
					break loop
				}
				if v, e, ok := s.hanFraction(q, a.value()); ok {
					h.val, h.end, h.fraction = v, e, true
					h.tokens += 2
					h.onlyUnits = false
					return h, true
				}
				break loop
			case '又':
				if !allowFrac || h.tokens == 0 || a.units == 0 && a.run > 1 {
					break loop
				}
				r := s.skipSpaces(q + 1)
				if r >= n {
					break loop
				}
				var sub hanResult
				var ok bool
				if isDigit(s.r(r)) {
					t := s.digitsRun(r)
					sub, ok = s.hanValue(r, &t, true)
				} else {
					sub, ok = s.hanValue(r, nil, true)
				}
				if !ok || !sub.fraction {
					break loop
				}
				h.val, h.end, h.fraction = a.value()+sub.val, sub.end, true
				h.tokens += sub.tokens + 1
				h.hanChars += sub.hanChars + 1
				h.onlyUnits = false
				return h, true
			default:
				break loop
			}
		}
		h.tokens++
		h.end = p
		h.lastIsUnit = hanSmallUnit(s.rs[p-1]) > 0 || hanBigUnit(s.rs[p-1]) > 0
	}
	if h.tokens == 0 {
		return h, false
	}
	if first != nil && h.end == first.end {
		return h, false
	}
	h.val = a.value()
	h.run = a.run >= 2 && a.units == 0
	h.onlyUnits = onlyUnits && first == nil
	if h.onlyUnits && unitOnly == 10 && h.tokens == 1 {
		h.onlyUnits = false // 十 alone is an ordinary one-character number
	}
	if !h.lastIsUnit {
		h.scale = 1
	}
	return h, true
}

// neighbourSpan reads two neighbouring digits before a unit as a span:
// 五六千 = 5000–6000, 两三万 = 20000–30000, 七八十 = 70–80; and from 两三 up
// before a word (四五人 = 4–5 people) unless spanNotBefore says otherwise.
// The value is the lower bound, high the upper.
func (s *scanner) neighbourSpan(j int) (hanResult, bool) {
	lo, ok1 := hanDigit(s.r(j))
	hi, ok2 := hanDigit(s.r(j + 1))
	if !ok1 || !ok2 || lo < 1 || hi != lo+1 {
		return hanResult{}, false
	}
	if c := s.r(j + 2); hanSmallUnit(c) == 0 && hanBigUnit(c) == 0 {
		if _, num := hanDigit(c); lo < 2 || num || !unicode.Is(unicode.Han, c) || strings.ContainsRune(spanNotBefore, c) {
			return hanResult{}, false
		}
	}
	up, ok := s.hanValue(j+1, nil, false)
	if !ok || up.run || up.fraction || up.decimal || up.val <= 0 {
		return hanResult{}, false
	}
	r := up
	r.val = up.val * lo / hi
	r.high = up.val
	r.tokens++
	r.hanChars++
	r.approx = false
	return r, true
}

// hanDecimals reads the digits after 点 (Chinese digits or Arabic digits).
func (s *scanner) hanDecimals(r int) (float64, int) {
	if isDigit(s.r(r)) {
		f, m, e := s.readInt(r)
		return f / math.Pow10(m), e
	}
	var f float64
	scale := 0.1
	e := r
	for e < len(s.rs) {
		q := e
		if e > r {
			q = s.skipSpaces(e)
		}
		if q >= len(s.rs) {
			break
		}
		v, ok := hanDecimalDigit(s.rs[q])
		if !ok {
			break
		}
		f += v * scale
		scale /= 10
		e = q + 1
	}
	return f, e
}

// hanFraction reads 分之Y after a denominator: X分之Y = Y/X.
func (s *scanner) hanFraction(q int, den float64) (float64, int, bool) {
	r := s.skipSpaces(q + 1)
	if r >= len(s.rs) || s.rs[r] != '之' || den == 0 {
		return 0, 0, false
	}
	r = s.skipSpaces(r + 1)
	sign := 1.0
	if r < len(s.rs) && isHanSign(s.rs[r]) {
		sign = -1
		r = s.skipSpaces(r + 1)
	}
	if r >= len(s.rs) {
		return 0, 0, false
	}
	var sub hanResult
	var ok bool
	if isDigit(s.r(r)) {
		t := s.digitsRun(r)
		sub, ok = s.hanValue(r, &t, false)
		if !ok {
			sub, ok = hanResult{val: t.val, end: t.end, tokens: 1}, true
		}
	} else if isHanNumeral(s.rs[r]) {
		sub, ok = s.hanValue(r, nil, false)
	}
	if !ok {
		return 0, 0, false
	}
	return sign * sub.val / den, sub.end, true
}

func (s *scanner) at2(i int) rune {
	if i >= len(s.rs) {
		return 0
	}
	return s.rs[i]
}

// spacedContinues: what may follow a digit inside a numeral written with spaces.
func spacedContinues(r rune) bool {
	if r == 0 || isSpace(r) || hanSmallUnit(r) > 0 || hanBigUnit(r) > 0 {
		return true
	}
	switch r {
	case '点', '點', '分', '成', '折', '个', '個', '又':
		return true
	}
	return false
}
