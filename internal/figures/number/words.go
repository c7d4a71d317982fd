package number

import (
	"math"
	"strconv"
)

// wtok is one token of an English number phrase: a number word or a run of
// digits.
type wtok struct {
	start, end int
	kind       wordKind
	val        float64
	plural     bool
	hyphen     bool // joined to the previous token by a hyphen
}

const maxWordTokens = 40

// wordsAt reads an English number phrase starting with the word at i.
func (s *scanner) wordsAt(i int) int {
	e := i
	for e < len(s.rs) && isLatin(s.r(e)) {
		e++
	}
	info, ok := s.lookup(i, e)
	if !ok {
		return e
	}
	switch info.kind {
	case wCard, wA, wHalf, wQuarter, wMinus:
	default:
		return e
	}
	if end := s.wordsFrom(i, false, nil); end > i {
		return end
	}
	return e
}

// lookup finds the lower-cased word rs[i:j] in the lexicon without allocating.
func (s *scanner) lookup(i, j int) (wordInfo, bool) {
	s.buf = s.buf[:0]
	for p := i; p < j; p++ {
		r := s.r(p)
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		s.buf = append(s.buf, byte(r))
	}
	info, ok := englishWords[string(s.buf)]
	return info, ok
}

// collect gathers the tokens of a possible number phrase from i (after an
// optional first digits token).
func (s *scanner) collect(i int, first *digitsTok, toks []wtok) []wtok {
	p := i
	if first != nil {
		toks = append(toks, wtok{start: first.start, end: first.end, kind: wNum, val: first.val})
		p = first.end
	}
	for len(toks) < maxWordTokens && p < len(s.rs) {
		q := p
		if len(toks) > 0 {
			q = s.skipSpaces(p)
		}
		hyphen := false
		if len(toks) > 0 && s.r(q) == '-' {
			hyphen = true
			q = s.skipSpaces(q + 1)
		}
		if q >= len(s.rs) {
			break
		}
		c := s.r(q)
		if len(toks) > 0 && q == p && !hyphen {
			break // glued to the previous token
		}
		switch {
		case isLatin(c):
			e := q
			for e < len(s.rs) && isLatin(s.r(e)) {
				e++
			}
			if e < len(s.rs) && (isDigit(s.r(e)) || (s.rs[e] == '\'' || s.rs[e] == '’') && isLatin(s.r(e+1))) {
				return toks
			}
			info, ok := s.lookup(q, e)
			if !ok {
				return toks
			}
			toks = append(toks, wtok{start: q, end: e, kind: info.kind, val: info.val, plural: info.plural, hyphen: hyphen})
			p = e
		case isDigit(c):
			if len(toks) == 0 || hyphen {
				return toks
			}
			t := s.digitsRun(q)
			if isLatin(s.r(t.end)) || s.r(t.end) == '/' || s.r(t.end) == '%' {
				return toks
			}
			toks = append(toks, wtok{start: q, end: t.end, kind: wNum, val: t.val})
			p = t.end
		default:
			return toks
		}
	}
	return toks
}

// wordsFrom reads the longest English number phrase at i (or continuing the
// digits first). It appends the number and returns its end, or returns i
// when there is none.
func (s *scanner) wordsFrom(i int, signed bool, first *digitsTok) int {
	if s.toks == nil {
		s.toks = make([]wtok, 0, maxWordTokens)
	}
	toks := s.collect(i, first, s.toks[:0])
	if len(toks) == 0 {
		return i
	}
	minLen := 1
	if first != nil {
		minLen = 2 // the digits alone are read by the caller
	}
	for k := len(toks); k >= minLen; k-- {
		if k < len(toks) {
			switch toks[k].kind {
			case wHundred, wScale, wDozen:
				continue // "3 hundred and 2 | hundred": a card belongs to its multiplier
			case wOrd, wHalf, wQuarter:
				if toks[k].hyphen {
					continue
				}
			case wCard:
				if toks[k].hyphen && toks[k-1].kind == wCard && toks[k-1].val >= 20 && int(toks[k-1].val)%10 == 0 && toks[k].val < 10 {
					continue // twenty-|one
				}
			}
		}
		t := toks[:k]
		v, res, ok := s.evalPhrase(t)
		if !ok {
			continue
		}
		if k == 1 && t[0].kind == wCard && t[0].val == 1 && s.pronounBefore(t[0].start) {
			return i
		}
		start := t[0].start
		if first != nil {
			start = i
		}
		if signed {
			v = -v
		}
		n := Number{Start: start, End: t[k-1].end, Value: v, Scale: 1, Script: Words, Fraction: res.fraction,
			Decimal: res.decimal, Signed: signed || res.signed, LetterStart: isLatin(s.r(start - 1))}
		for _, x := range t {
			if x.kind == wNum {
				n.Script |= Digits
			}
		}
		if first != nil && first.grouped {
			n.Grouped = true
		}
		if last := t[k-1]; last.kind == wScale || last.kind == wHundred {
			n.Scale = last.val
		}
		// a glued suffix after digits that end the phrase: none here
		s.out = append(s.out, n)
		return n.End
	}
	return i
}

// pronounBefore: "one" after the/this/which… is a pronoun.
func (s *scanner) pronounBefore(i int) bool {
	p := i - 1
	for p >= 0 && isSpace(s.rs[p]) {
		p--
	}
	e := p + 1
	for p >= 0 && isLatin(s.r(p)) {
		p--
	}
	if e-p-1 <= 0 {
		return false
	}
	s.buf = s.buf[:0]
	for q := p + 1; q < e; q++ {
		r := s.r(q)
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		s.buf = append(s.buf, byte(r))
	}
	return pronounOne[string(s.buf)]
}

type phraseInfo struct {
	fraction, decimal, signed bool
}

func isFracWord(t wtok) bool { return t.kind == wOrd || t.kind == wHalf || t.kind == wQuarter }

// evalPhrase evaluates a whole token list, or fails.
func (s *scanner) evalPhrase(t []wtok) (float64, phraseInfo, bool) {
	var info phraseInfo
	sign := 1.0
	if t[0].kind == wMinus {
		sign = -1
		info.signed = true
		t = t[1:]
		if len(t) == 0 {
			return 0, info, false
		}
	}
	last := t[len(t)-1]
	// fractions of a scale: half million, two thirds of a million, five and a half million
	if (last.kind == wScale || last.kind == wDozen) && len(t) >= 2 {
		body := t[:len(t)-1]
		if len(body) >= 2 && body[len(body)-1].kind == wA && body[len(body)-2].kind == wOf {
			body = body[:len(body)-2]
		} else if len(body) >= 2 && body[len(body)-1].kind == wA && body[len(body)-2].kind == wHalf {
			body = body[:len(body)-1] // half a dozen
		}
		if len(body) > 0 && isFracWord(body[len(body)-1]) {
			if k := lastAnd(body); k > 0 {
				left, right := body[:k], body[k+1:]
				f, ok1 := fracLike(right)
				l, ok2 := evalInt(left, false)
				if ok1 && ok2 {
					info.fraction = true
					if ls := lastScale(left); ls > last.val {
						return sign * (l + f*last.val), info, true
					}
					return sign * (l + f) * last.val, info, true
				}
			}
			if len(body) == 1 && !body[0].plural && (body[0].kind == wHalf || body[0].kind == wQuarter) {
				info.fraction = true
				return sign * last.val / body[0].val, info, true // half million, quarter million
			}
			if f, ok := fracLike(body); ok {
				info.fraction = true
				return sign * f * last.val, info, true
			}
		}
	}
	if isFracWord(last) {
		// 3 million and a quarter, six million and two thirds
		if k := lastAnd(t); k > 1 && t[k-1].kind == wScale {
			if f, ok := fracLike(t[k+1:]); ok && lastAnd(t[k+1:]) < 0 {
				if l, ok := evalInt(t[:k], false); ok {
					info.fraction = true
					return sign * (l + f*t[k-1].val), info, true
				}
			}
		}
		if f, ok := fracLike(t); ok {
			info.fraction = true
			return sign * f, info, true
		}
		return 0, info, false
	}
	// over, out of, in
	for k := 1; k < len(t)-1; k++ {
		var den []wtok
		switch t[k].kind {
		case wOver:
			if c := s.r(t[0].start - 1); c == '$' || c == '€' || c == '£' || c == '¥' {
				return 0, info, false
			}
			den = t[k+1:]
		case wOut:
			if t[k+1].kind != wOf || k+2 >= len(t) {
				return 0, info, false
			}
			den = t[k+2:]
		case wIn:
			den = t[k+1:]
		default:
			continue
		}
		num, ok1 := evalInt(t[:k], false)
		d, ok2 := evalIntSigned(den)
		if !ok1 || !ok2 || d == 0 {
			return 0, info, false
		}
		if t[k].kind != wOver && num >= d {
			return 0, info, false
		}
		info.fraction = true
		return sign * num / d, info, true
	}
	// point
	for k := 0; k < len(t); k++ {
		if t[k].kind != wPoint {
			continue
		}
		ip, ok := evalInt(t[:k], false)
		if !ok || k == 0 {
			return 0, info, false
		}
		digits, ok := decimalDigits(t[k+1:])
		if !ok {
			return 0, info, false
		}
		f, _ := strconv.ParseFloat("0."+digits, 64)
		info.decimal = true
		return sign * (ip + f), info, true
	}
	v, ok := evalInt(t, false)
	return sign * v, info, ok
}

func evalIntSigned(t []wtok) (float64, bool) {
	if len(t) > 0 && t[0].kind == wMinus {
		v, ok := evalInt(t[1:], false)
		return -v, ok
	}
	return evalInt(t, false)
}

func lastAnd(t []wtok) int {
	for k := len(t) - 1; k >= 0; k-- {
		if t[k].kind == wAnd {
			return k
		}
	}
	return -1
}

func lastScale(t []wtok) float64 {
	for k := len(t) - 1; k >= 0; k-- {
		if t[k].kind == wScale {
			return t[k].val
		}
	}
	return 0
}

// decimalDigits spells the words after "point" as digits: zero three → 03,
// seventy-one → 71, eleven → 11.
func decimalDigits(t []wtok) (string, bool) {
	if len(t) == 0 {
		return "", false
	}
	var b []byte
	for k := 0; k < len(t); k++ {
		x := t[k]
		if x.kind != wCard {
			return "", false
		}
		v := int(x.val)
		if v >= 20 && v%10 == 0 && k+1 < len(t) && t[k+1].kind == wCard && t[k+1].val < 10 && t[k+1].val > 0 {
			v += int(t[k+1].val)
			k++
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return string(b), true
}

// evalInt evaluates an integer phrase: one hundred and six, 3 hundred and 21,
// twenty-one trillion three hundred, a dozen, 2.5 million. With ordAsCard an
// ordinal counts as its cardinal (denominators: one hundred fifth = 105).
func evalInt(t []wtok, ordAsCard bool) (float64, bool) {
	if len(t) == 0 {
		return 0, false
	}
	var total, cur, small float64
	hasSmall := false    // a card since the last hundred or scale
	lastTens := false    // the last card was twenty, thirty…
	hundredDone := false // a hundred applied in cur
	prev := wNone
	lastScaleVal := math.Inf(1)
	for k, x := range t {
		kind := x.kind
		if ordAsCard && kind == wOrd {
			kind = wCard
		}
		switch kind {
		case wCard, wNum:
			if hasSmall {
				if prev == wCard && lastTens && x.val < 10 && x.val > 0 && kind == wCard {
					cur += x.val
					small += x.val
					lastTens = false
					break
				}
				return 0, false
			}
			if prev == wAnd && x.val == 0 {
				return 0, false // "3 hundred and 0": the zero is its own number
			}
			if hundredDone && x.val >= 100 {
				return 0, false
			}
			if total > 0 && x.val >= lastScaleVal {
				return 0, false
			}
			cur += x.val
			small = x.val
			hasSmall = true
			lastTens = kind == wCard && x.val >= 20 && int(x.val)%10 == 0
		case wA:
			if k != 0 || len(t) < 2 {
				return 0, false
			}
			switch t[1].kind {
			case wHundred, wScale, wDozen:
			default:
				return 0, false
			}
			cur, small, hasSmall = 1, 1, true
		case wHundred:
			if !hasSmall || hundredDone {
				return 0, false
			}
			cur = cur - small + small*100
			hundredDone, hasSmall, lastTens = true, false, false
			small = 0
		case wScale:
			if cur == 0 {
				if total > 0 && prev == wScale && x.val > lastScaleVal {
					total *= x.val // three lakh crore
					lastScaleVal = x.val
					break
				}
				return 0, false
			}
			if x.val >= lastScaleVal {
				return 0, false
			}
			total += cur * x.val
			lastScaleVal = x.val
			cur, small, hasSmall, hundredDone, lastTens = 0, 0, false, false, false
		case wDozen:
			if !hasSmall {
				return 0, false
			}
			cur = cur - small + small*12
			hasSmall, lastTens = false, false
			small = 0
			hundredDone = true
		case wAnd:
			if prev != wHundred && prev != wScale || k == len(t)-1 {
				return 0, false
			}
			if n := t[k+1].kind; n != wCard && n != wNum && !(ordAsCard && n == wOrd) {
				return 0, false
			}
		default:
			return 0, false
		}
		prev = kind
	}
	if prev == wAnd || prev == wA {
		return 0, false
	}
	return total + cur, true
}

// composite merges hyphenated tens and units (twenty-one, thirty-fifths)
// into single words for the fraction rules.
func composite(t []wtok, out []wtok) []wtok {
	for k := 0; k < len(t); k++ {
		x := t[k]
		if x.kind == wCard && x.val >= 20 && int(x.val)%10 == 0 && k+1 < len(t) && t[k+1].hyphen &&
			(t[k+1].kind == wCard || t[k+1].kind == wOrd) && t[k+1].val < 10 && t[k+1].val > 0 {
			y := t[k+1]
			x.val += y.val
			x.kind, x.plural, x.end = y.kind, y.plural, y.end
			k++
		}
		out = append(out, x)
	}
	return out
}

// wordValue is a word's value in the fraction rules.
func wordValue(x wtok) float64 {
	switch x.kind {
	case wA:
		return 1
	case wAnd:
		return 0
	}
	return x.val
}

// composable reports whether small can follow big inside one number word
// group (twenty + five, hundred + thirty).
func composable(big, small float64) bool {
	base := 10.0
	if small > 10 {
		base = 100
	}
	return math.Mod(big, base) == 0 && big/base >= 1
}

// fracLike evaluates a phrase ending in an ordinal, half or quarter:
// two thirds, one hundred and three quarters, twenty twenty fifths (20/25),
// one hundred thirty fifths (100/35), one and a half. The split between
// numerator and denominator follows the Recognizers-Text reading.
func fracLike(t0 []wtok) (float64, bool) {
	var arr [maxWordTokens]wtok
	w := composite(t0, arr[:0])
	for _, x := range w {
		switch x.kind {
		case wCard, wHundred, wScale, wAnd, wA, wOrd, wHalf, wQuarter:
		default:
			return 0, false
		}
	}
	n := len(w)
	last := w[n-1]
	if n == 1 {
		if last.kind == wHalf && !last.plural {
			return 0.5, true
		}
		return 0, false
	}
	// two and fifty-four hundredths: a decimal written as a fraction
	if last.kind == wOrd && last.plural && last.val >= 100 {
		if k := lastAnd(w[:n-1]); k > 0 && k < n-2 {
			numer, ok1 := evalInt(w[k+1:n-1], false)
			whole, ok2 := sumChunks(w[:k])
			if ok1 && ok2 && numer < last.val {
				return whole + numer/last.val, true
			}
		}
	}
	split := n - 1
	cur := wordValue(last)
	round := 1.0
	for split = n - 2; split >= 0; split-- {
		if w[split].kind == wAnd {
			continue
		}
		prev := cur
		cur = wordValue(w[split])
		if prev >= 100 && prev > cur || prev < 100 && composable(cur, prev) {
			if prev < 100 && cur >= round {
				round = cur
			} else if prev < 100 && cur < round {
				split++
				break
			}
			if split == 0 {
				split = 1
				for split <= n-2 {
					if wordValue(w[split]) >= 100 && w[split+1].kind != wAnd && wordValue(w[split+1]) < 100 {
						split++
						break
					}
					split++
				}
				break
			}
			continue
		}
		split++
		break
	}
	if split < 0 {
		split = 0
	}
	den := w[split:]
	num := w[:split]
	// the denominator must end in the fraction word and not start with "and"
	if len(den) == 0 || den[0].kind == wAnd || den[0].kind == wA {
		return 0, false
	}
	for _, x := range den[:len(den)-1] {
		if isFracWord(x) {
			return 0, false
		}
	}
	var denom float64
	if len(den) == 1 {
		denom = wordValue(last)
	} else {
		d, ok := evalInt(den, true)
		if !ok {
			return 0, false
		}
		denom = d
	}
	// first and second are fractions only inside a compound (twenty-first)
	if last.kind == wOrd && last.val <= 2 && denom <= 2 {
		return 0, false
	}
	if denom == 0 {
		return 0, false
	}
	if len(num) == 0 {
		return 0, false
	}
	// a singular denominator takes one as numerator: a fifth, one twenty-fifth
	mixed := -1
	for k := len(num) - 2; k >= 0; k-- {
		if num[k].kind == wAnd {
			mixed = k
			break
		}
	}
	if mixed < 0 {
		nv, ok := sumChunks(num)
		if !ok {
			return 0, false
		}
		if !last.plural && last.kind != wHalf && nv != 1 {
			return 0, false
		}
		if last.kind == wHalf && !last.plural && nv != 1 {
			return 0, false
		}
		return nv / denom, true
	}
	numer, ok1 := sumChunks(num[mixed+1:])
	whole, ok2 := sumChunks(num[:mixed])
	if !ok1 || !ok2 {
		return 0, false
	}
	if numer < denom {
		if !last.plural && numer != 1 {
			return 0, false
		}
		return whole + numer/denom, true
	}
	return (whole + numer) / denom, true
}

// sumChunks evaluates words that may be joined by "and" in ways an integer
// phrase does not allow (twenty and three = 23), as the sum of the parts.
func sumChunks(t []wtok) (float64, bool) {
	if v, ok := evalInt(t, false); ok {
		return v, true
	}
	var total float64
	start := 0
	for k := 0; k <= len(t); k++ {
		if k == len(t) || t[k].kind == wAnd {
			if k == start {
				return 0, false
			}
			v, ok := evalInt(t[start:k], false)
			if !ok {
				if k-start == 1 && t[start].kind == wA {
					v, ok = 1, true
				} else {
					return 0, false
				}
			}
			total += v
			start = k + 1
		}
	}
	return total, true
}
