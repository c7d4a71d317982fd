package number

import (
	"math"
	"strings"
	"sync"
)

// rangeUnitChars end a number's unit; a dash right after them links a range.
const rangeUnitChars = "元圆人个個家倍亿万件台部款户股例名位次年月天吨米克份票%％"

// hanStart: code points from here on are CJK (a Chinese scale or unit after
// "14 .5" makes the space a stray one inside the number).
const hanStart = 0x2e80

// Scan appends the numbers found in rs to dst, in text order, and returns it.
// Offsets are indices into rs (code points).
func Scan(rs []rune, opt Options, dst []Number) []Number {
	s := scanner{rs: rs, opt: opt, out: dst}
	starts := hanStarts()
	for i := 0; i < len(rs); {
		if r := rs[i]; r >= hanBlockFirst && r <= hanBlockLast && !starts.has(r) {
			i++ // an ideograph no number starts with (most of a Chinese text): at would say i+1
			continue
		}
		i = s.at(i)
	}
	return s.out
}

// The main block of ideographs.
const (
	hanBlockFirst = 0x4e00
	hanBlockLast  = 0x9fff
)

// hanStartSet has a bit for each ideograph of the main block that at reads
// as the start of a number: the numerals and the other characters it tests.
type hanStartSet [(hanBlockLast - hanBlockFirst + 64) / 64]uint64

func (h *hanStartSet) has(r rune) bool {
	k := r - hanBlockFirst
	return h[k>>6]&(1<<(k&63)) != 0
}

var (
	hanStartsOnce sync.Once
	hanStartsSet  hanStartSet
)

// hanStarts makes the set on first use (not at package initialisation).
func hanStarts() *hanStartSet {
	hanStartsOnce.Do(func() {
		for r := rune(hanBlockFirst); r <= hanBlockLast; r++ {
			if isHanNumeral(r) || isHanSign(r) || strings.ContainsRune("半几幾数數上", r) {
				k := r - hanBlockFirst
				hanStartsSet[k>>6] |= 1 << (k & 63)
			}
		}
	})
	return &hanStartsSet
}

type scanner struct {
	rs         []rune
	opt        Options
	out        []Number
	plainUntil int    // numbers starting before this offset are plain integers (inside 5/17/2018)
	buf        []byte // lower-case word buffer
	toks       []wtok // tokens of an English number phrase
}

// fold maps full-width digits, letters and the signs used inside numbers to
// ASCII; everything else is returned unchanged.
func fold(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r >= '０' && r <= '９':
		return r - '０' + '0'
	case r >= 'Ａ' && r <= 'Ｚ':
		return r - 'Ａ' + 'A'
	case r >= 'ａ' && r <= 'ｚ':
		return r - 'ａ' + 'a'
	}
	switch r {
	case '．':
		return '.'
	case '－', '−', '‐', '‑', '–':
		return '-'
	case '＋':
		return '+'
	case '／':
		return '/'
	case '＾':
		return '^'
	}
	return r
}

func (s *scanner) r(i int) rune {
	if i < 0 || i >= len(s.rs) {
		return 0
	}
	return fold(s.rs[i])
}

// vulgarFractions are the single-character fractions.
var vulgarFractions = map[rune]float64{'½': 0.5, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2,
	'⅖': 0.4, '⅗': 0.6, '⅘': 0.8, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875}

// vulgarFraction is the value of a single-character fraction (0 for any
// other character). They all lie in U+00BC–U+215E: the text's other
// characters are answered without a map lookup.
func vulgarFraction(r rune) float64 {
	if r < '¼' || r > '⅞' {
		return 0
	}
	return vulgarFractions[r]
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
func isLatin(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == 0xa0 || r == 0x3000 || r == 0x202f || r == 0x2009
}
func isAlnum(r rune) bool { return isDigit(r) || isLatin(r) }
func isComma(r rune) bool { return r == ',' || r == '，' }

// isGroupComma: a full-width comma groups digits only between full-width
// digits (１，２４４); after ASCII digits it is a clause break (20，300美圆).
func (s *scanner) isGroupComma(i int) bool {
	c := s.rs[i]
	return c == ',' || c == '，' && i > 0 && s.rs[i-1] >= '０' && s.rs[i-1] <= '９'
}
func isThinSpace(r rune) bool       { return r == 0x202f || r == 0x2009 }
func isHanSign(r rune) bool         { return r == '负' || r == '負' }
func (s *scanner) digit(i int) bool { return isDigit(s.r(i)) }

// skipSpaces returns the first index at or after i that is not a space.
func (s *scanner) skipSpaces(i int) int {
	for i < len(s.rs) && isSpace(s.rs[i]) {
		i++
	}
	return i
}

// at tries to read a number starting at i and returns where scanning resumes.
func (s *scanner) at(i int) int {
	c := s.r(i)
	prev := s.r(i - 1)
	if (c == 'h' || c == 'w') && !isAlnum(prev) {
		if e := s.urlEnd(i); e > i {
			return e
		}
	}
	switch {
	case isDigit(c):
		if isDigit(prev) {
			return i + 1
		}
		return s.digitsAt(i, i, false)
	case c == '.':
		if s.digit(i+1) && !isDigit(prev) && prev != '.' {
			return s.digitsAt(i, i, false)
		}
	case c == '-':
		if j, ok := s.signedDigits(i); ok {
			return s.digitsAt(i, j, true)
		}
	case isHanSign(c):
		j := s.skipSpaces(i + 1)
		if s.digit(j) {
			return s.digitsAt(i, j, true)
		}
		if isHanNumeral(s.rs[min(j, len(s.rs)-1)]) && j < len(s.rs) {
			if end := s.hanAt(i, j, true, nil); end > j {
				return end
			}
		}
	case vulgarFraction(c) > 0:
		s.out = append(s.out, Number{Start: i, End: i + 1, Value: vulgarFraction(c), Scale: 1, Script: Digits, Fraction: true})
		return i + 1
	case isHanNumeral(c) || c == '半' || c == '几' || c == '幾' || (c == '数' || c == '數') && s.r(i+2) != '分' || c == '上' && prev != '千' && prev != '萬' && prev != '万':
		if isHanNumeral(prev) {
			return i + 1 // the rest of a numeral that ended early (五十千)
		}
		if end := s.hanAt(i, i, false, nil); end > i {
			return end
		}
	case isLatin(c):
		if isAlnum(prev) {
			// inside a word
			j := i + 1
			for j < len(s.rs) && isLatin(s.r(j)) {
				j++
			}
			return j
		}
		return s.wordsAt(i)
	}
	return i + 1
}

// urlEnd skips a web address starting at i (its digits are not numbers).
func (s *scanner) urlEnd(i int) int {
	starts := false
	for _, p := range [...]string{"http://", "https://", "www."} {
		ok := true
		for k, c := range p {
			if s.r(i+k) != c {
				ok = false
				break
			}
		}
		starts = starts || ok
	}
	if !starts {
		return i
	}
	j := i
	for j < len(s.rs) && !isSpace(s.rs[j]) && s.rs[j] != '\n' && s.rs[j] < 0x3000 {
		j++
	}
	return j
}

// signedDigits reports whether the '-' at i is a minus sign of the digits
// that follow (possibly after spaces) and returns where they start. A dash
// after a digit, a letter or a percent sign is a range or a hyphen.
func (s *scanner) signedDigits(i int) (int, bool) {
	p := i - 1
	for p >= 0 && isSpace(s.rs[p]) {
		p--
	}
	j := i + 1
	if p >= 0 {
		pr := s.r(p)
		glued := p == i-1
		// "225.86 -12.99": after a space, a dash glued to digits is a sign;
		// glued to a number or its unit it links a range (1900万-2900万, 5%-10%)
		if (isAlnum(pr) || pr == '%' || pr == '％') && (glued || !s.digit(j)) || pr == '-' || pr == '+' || pr == '.' || pr == '/' {
			return 0, false
		}
		if glued && (isHanNumeral(pr) || strings.ContainsRune(rangeUnitChars, pr)) {
			return 0, false
		}
	}
	if s.digit(j) || s.r(j) == '.' && s.digit(j+1) {
		return j, true
	}
	// "- 10 k": a sign separated by spaces only at the start of a text or clause
	k := s.skipSpaces(j)
	if k > j && s.digit(k) && (p < 0 || isClausePunct(s.r(p))) {
		return k, true
	}
	return 0, false
}

func isClausePunct(r rune) bool {
	switch r {
	case '(', '（', ':', '：', ';', '；', '[', '【', '=', '\n':
		return true
	}
	return false
}

// ---- digits ---------------------------------------------------------------------

// digitsTok is a run of Arabic digits with separators, decimals and exponent.
type digitsTok struct {
	start, end int
	val        float64
	intDigits  int
	decimal    bool
	grouped    bool
	plain      bool // an integer without separators, decimals or exponent
}

// readInt reads digits from i; returns value, count and end.
func (s *scanner) readInt(i int) (float64, int, int) {
	var v float64
	n := 0
	for i < len(s.rs) {
		r := s.r(i)
		if !isDigit(r) {
			break
		}
		v = v*10 + float64(r-'0')
		n++
		i++
	}
	return v, n, i
}

// digitsRun parses the Arabic number at i (no sign).
func (s *scanner) digitsRun(i int) digitsTok {
	t := digitsTok{start: i}
	ip, nd, j := s.readInt(i)
	t.intDigits = nd
	// dotted sequences (192.168.1.2, 1.2.3): only the first group here
	if nd > 0 && s.r(j) == '.' && s.digit(j+1) {
		_, m, k := s.readInt(j + 1)
		if m > 0 && s.r(k) == '.' && s.digit(k+1) {
			t.val, t.end, t.plain = ip, j, true
			return t
		}
	}
	listStart := isComma(s.r(i-1)) && s.digit(i-2)
	switch {
	case nd > 0 && nd <= 3 && s.r(j) == '.' && s.europeanAt(j):
		// 1.111,11
		for s.r(j) == '.' {
			v, _, k := s.readInt(j + 1)
			ip = ip*1000 + v
			j = k
		}
		t.grouped = true
		f, m, k := s.readInt(j + 1)
		ip += f / math.Pow10(m)
		j = k
		t.decimal = true
		t.val, t.end = ip, j
		return t
	case nd > 0 && nd <= 3 && j < len(s.rs) && s.isGroupComma(j) && s.digit(j+1):
		if v, k, kind := s.commaGroups(i, j, nd); kind == groupThousands {
			ip, j, t.grouped = v, k, true
		} else if kind == groupDecimalComma && !listStart {
			t.val, t.end, t.decimal = v, k, true
			return t
		}
	case nd > 0 && nd <= 3 && j < len(s.rs) && (isThinSpace(s.rs[j]) || s.opt.SpaceGroups && (s.rs[j] == ' ' || s.rs[j] == 0xa0)):
		for j < len(s.rs) && (isThinSpace(s.rs[j]) || s.opt.SpaceGroups && (s.rs[j] == ' ' || s.rs[j] == 0xa0)) {
			v, m, k := s.readInt(j + 1)
			if m != 3 {
				break
			}
			ip, j, t.grouped = ip*1000+v, k, true
		}
	}
	t.val = ip
	// 14 .5万: a stray space before the decimal point of a Chinese amount
	if nd > 0 && s.r(j) == ' ' && s.r(j+1) == '.' && s.digit(j+2) {
		if _, _, k := s.readInt(j + 2); s.r(k) >= hanStart {
			j++
		}
	}
	// decimal part (not for the last part of a dotted chain: 192.168.1.2)
	if s.r(j) == '.' && s.digit(j+1) && !(s.r(i-1) == '.' && s.digit(i-2)) {
		f, m, k := s.readInt(j + 1)
		t.val += f / math.Pow10(m)
		t.decimal = true
		j = k
	}
	t.plain = !t.grouped && !t.decimal && nd > 0
	// exponent: 1e10, 2.7890e-1, 2^5, 1.1^+23
	if c := s.r(j); (c == 'e' || c == 'E') && nd+boolInt(t.decimal) > 0 {
		k := j + 1
		neg := false
		if c2 := s.r(k); c2 == '-' || c2 == '+' {
			neg = c2 == '-'
			k++
		}
		if v, m, e := s.readInt(k); m > 0 && !isLatin(s.r(e)) {
			if neg {
				v = -v
			}
			t.val *= math.Pow(10, v)
			t.plain = false
			j = e
		}
	} else if (c == 'x' || c == '×') && s.r(j+1) == '1' && s.r(j+2) == '0' && s.r(j+3) == '^' {
		// 1.3x10^6
		k := j + 4
		neg := false
		if c2 := s.r(k); c2 == '-' || c2 == '+' {
			neg = c2 == '-'
			k++
		}
		if v, m, e := s.readInt(k); m > 0 {
			if neg {
				v = -v
			}
			t.val *= math.Pow(10, v)
			t.plain = false
			j = e
		}
	} else if c == '^' {
		k := j + 1
		neg := false
		for s.r(k) == '-' || s.r(k) == '+' {
			if s.r(k) == '-' {
				neg = !neg
			}
			k++
		}
		if v, m, e := s.readInt(k); m > 0 {
			if neg {
				v = -v
			}
			t.val = math.Pow(t.val, v)
			t.plain = false
			j = e
		}
	}
	t.end = j
	return t
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// europeanAt: at j a '.' followed by 3-digit groups and a decimal comma (1.111,11).
func (s *scanner) europeanAt(j int) bool {
	for s.r(j) == '.' {
		_, m, k := s.readInt(j + 1)
		if m != 3 {
			return false
		}
		j = k
	}
	if !isComma(s.r(j)) {
		return false
	}
	_, m, k := s.readInt(j + 1)
	return m > 0 && m != 3 && !isDigit(s.r(k))
}

const (
	groupNone = iota
	groupThousands
	groupDecimalComma
)

// commaGroups reads ",ddd" groups after the first digit run [i, j) of nd
// digits: thousands (1,234,567), Indian lakh grouping (12,34,567) or a
// decimal comma (1,3).
func (s *scanner) commaGroups(i, j, nd int) (float64, int, int) {
	var lens [24]int
	n := 0
	k := j
	for n < len(lens) && k < len(s.rs) && s.isGroupComma(k) && s.digit(k+1) {
		_, m, e := s.readInt(k + 1)
		lens[n] = m
		n++
		k = e
	}
	all3 := true
	for _, m := range lens[:n] {
		if m != 3 {
			all3 = false
		}
	}
	indian := nd <= 2 && n >= 2 && lens[n-1] == 3
	for _, m := range lens[:max(n-1, 0)] {
		if m != 2 {
			indian = false
		}
	}
	if all3 || indian {
		var v float64
		p := i
		for p < k {
			if r := s.r(p); isDigit(r) {
				v = v*10 + float64(r-'0')
			}
			p++
		}
		return v, k, groupThousands
	}
	if n == 1 && lens[0] <= 2 && !(s.r(k) == '.' && s.digit(k+1)) && !isLatin(s.r(k)) {
		ip, _, _ := s.readInt(i)
		f, m, e := s.readInt(j + 1)
		return ip + f/math.Pow10(m), e, groupDecimalComma
	}
	return 0, j, groupNone
}

// digitsAt reads a number whose first digit (or leading '.') is at j; start
// is where its sign begins (== j when unsigned).
func (s *scanner) digitsAt(start, j int, signed bool) int {
	t := s.digitsRun(j)
	if t.end == j { // a lone '.'
		return j + 1
	}
	sign := 1.0
	if signed {
		sign = -1
	}
	n := Number{Start: start, End: t.end, Value: sign * t.val, Scale: 1, Script: Digits, Decimal: t.decimal,
		Grouped: t.grouped, Signed: signed, LetterStart: isLatin(s.r(start - 1))}
	if t.plain {
		n.IntDigits = t.intDigits
	}
	end := t.end
	// inside a slash chain such as 5/17/2018 every part is a plain integer
	if j >= s.plainUntil {
		if fe, ok := s.slashFraction(&n, t); ok {
			s.out = append(s.out, n)
			return fe
		}
	}
	// Chinese continuation: 5万, 1,100.9亿, 3万4千, 2千零30万, 五分之… with digits
	k := s.skipSpaces(end)
	if k < len(s.rs) && s.hanContinues(k) {
		if e := s.hanAt(start, j, signed, &t); e > end {
			return e
		}
	}
	// English continuation: 2 million, 3 hundred and 21, 1 over 3
	if k < len(s.rs) && isLatin(s.r(k)) && k > end || (t.plain || t.decimal) && s.r(end) == '-' && isLatin(s.r(end+1)) {
		if e := s.wordsFrom(start, signed, &t); e > end {
			return e
		}
	}
	// glued letters: scale suffixes (40k, 1.2b, 10M) or a unit/name (29km, 3G)
	if isLatin(s.r(end)) {
		e := end
		for e < len(s.rs) && isLatin(s.r(e)) && e-end < 12 {
			e++
		}
		if !isLatin(s.r(e)) {
			s.fill(end, e)
			if sc, ok := suffixScales[string(s.buf)]; ok && sc > 0 {
				n.Value *= sc
				n.Scale = sc
				n.IntDigits = 0
				n.End = e
				s.out = append(s.out, n)
				return e
			}
			n.Suffix = string(s.rs[end:e])
		} else {
			n.Suffix = string(s.rs[end:e])
		}
	} else if k > end && k < len(s.rs) {
		// one space then a scale letter: 2.33 k, -2.5 M
		if sc, ok := spacedSuffixScales[string(s.rs[k])]; ok && !isAlnum(s.r(k+1)) {
			n.Value *= sc
			n.Scale = sc
			n.IntDigits = 0
			n.End = k + 1
		}
	}
	s.out = append(s.out, n)
	return n.End
}

// slashFraction reads 3/4, 1 3/5 (after an integer) or marks a slash chain
// such as a date 5/17/2018, whose parts are then separate integers.
func (s *scanner) slashFraction(n *Number, t digitsTok) (int, bool) {
	if !t.plain {
		return 0, false
	}
	end := t.end
	if s.r(end) == '/' && s.digit(end+1) {
		d, dn, e := s.readInt(end + 1)
		if t.intDigits > 3 || dn > 3 || s.r(t.start-1) == '-' && s.digit(t.start-2) || strings.ContainsRune("≤≥<>＜＞", s.r(t.start-1)) {
			// 2222/2222 in a phone number, 1/2/2020, a limit and a reading
			// (≤300/930): not a fraction
			p := e
			for s.r(p) == '/' && s.digit(p+1) {
				_, _, p = s.readInt(p + 1)
			}
			s.plainUntil = p
			return 0, false
		}
		if s.r(e) == '/' && s.digit(e+1) || isLatin(s.r(e)) && !isLatin(s.r(e+1)) && s.r(e) != 'k' {
			// 5/17/2018, 24/7…: a chain, not a fraction
			p := e
			for s.r(p) == '/' && s.digit(p+1) {
				_, _, p = s.readInt(p + 1)
			}
			s.plainUntil = p
			return 0, false
		}
		if d == 0 {
			return 0, false
		}
		n.Value = n.Value / d
		n.Fraction, n.IntDigits = true, 0
		n.End = e
		return e, true
	}
	// mixed number: 2  1/4, 1 4/3, - 1 4/5
	k := s.skipSpaces(end)
	if k > end && s.digit(k) {
		num, _, e := s.readInt(k)
		if s.r(e) == '/' && s.digit(e+1) {
			d, _, e2 := s.readInt(e + 1)
			if d != 0 && s.r(e2) != '/' && !isAlnum(s.r(e2)) {
				v := math.Abs(n.Value) + num/d
				if n.Value < 0 || n.Signed {
					v = -v
				}
				n.Value = v
				n.Fraction, n.IntDigits = true, 0
				n.End = e2
				return e2, true
			}
		}
	}
	return 0, false
}

// fill copies rs[i:j] (ASCII after folding) into the word buffer.
func (s *scanner) fill(i, j int) {
	s.buf = s.buf[:0]
	for p := i; p < j; p++ {
		s.buf = append(s.buf, byte(s.r(p)))
	}
}
