package text

import "unicode/utf8"

// Span is a half-open range of code-point offsets.
type Span struct{ Start, End int }

// Sentences splits s into sentences and returns their code-point spans.
// Chinese 。！？ and English . ! ? end a sentence; a closing quotation mark or
// bracket right after the terminator stays with the sentence; an English
// period ends a sentence only before whitespace and an upper-case letter,
// digit or quotation mark, and not after a common abbreviation or an initial.
// Newlines always end a sentence.
func Sentences(s string) []Span { return SentencesOf([]rune(s)) }

// SentencesOf is Sentences of the text already decoded to code points.
func SentencesOf(rs []rune) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		// trim leading/trailing spaces
		a, b := start, end
		for a < b && isSpace(rs[a]) {
			a++
		}
		for b > a && isSpace(rs[b-1]) {
			b--
		}
		if b > a {
			out = append(out, Span{a, b})
		}
		start = end
	}
	depth := 0 // nesting of CJK/curly quotation marks
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r >= 0x4e00 && r <= 0x9fff || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			continue // ideographs and letters: none of the marks below
		}
		switch r {
		case '“', '「', '『', '‘':
			depth++
			continue
		case '”', '」', '』', '’':
			if depth > 0 {
				depth--
			}
			continue
		case '\n':
			emit(i)
			depth = 0
			continue
		}
		if !isTerminator(r) {
			continue
		}
		if r == '.' && !englishPeriodEnds(rs, i) {
			continue
		}
		j := i + 1
		for j < len(rs) && (isTerminator(rs[j]) || isCloser(rs[j])) {
			if isCloser(rs[j]) && depth > 0 {
				depth--
			}
			j++
		}
		// Inside an open Chinese quotation a 。 does not end the outer sentence
		// unless the quotation closes right after it.
		if depth > 0 && isCJKTerminator(r) {
			i = j - 1
			continue
		}
		emit(j)
		i = j - 1
	}
	emit(len(rs))
	return out
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\n' || r == 0xa0 || r == 0x3000
}

func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '.', '…':
		return true
	}
	return false
}

func isCJKTerminator(r rune) bool { return r == '。' || r == '！' || r == '？' }

func isCloser(r rune) bool {
	switch r {
	case '”', '」', '』', '’', '"', '\'', ')', '）', '》':
		return true
	}
	return false
}

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "vs": true, "etc": true, "no": true, "gov": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "e.g": true, "i.e": true,
	"rep": true, "sen": true, "gen": true, "lt": true, "col": true, "capt": true, "gov.": true,
}

// englishPeriodEnds decides whether the '.' at rs[i] ends a sentence.
func englishPeriodEnds(rs []rune, i int) bool {
	if i+1 < len(rs) {
		n := rs[i+1]
		if n >= '0' && n <= '9' { // 3.5
			return false
		}
		if !isSpace(n) && !isCloser(n) && n != '\n' {
			return isCJK(n) // "AI.中文" — a period before CJK ends
		}
	}
	// the word before the period
	j := i
	for j > 0 && (isLetter(rs[j-1]) || rs[j-1] == '.') {
		j--
	}
	w := string(rs[j:i])
	if utf8.RuneCountInString(w) == 1 && rs[j] >= 'A' && rs[j] <= 'Z' {
		return false // an initial: "J. Smith"
	}
	if abbreviations[lower(w)] {
		return false
	}
	// the next non-space character should start a sentence
	k := i + 1
	for k < len(rs) && (isSpace(rs[k]) || isCloser(rs[k])) && rs[k] != '\n' {
		k++
	}
	if k >= len(rs) || rs[k] == '\n' {
		return true
	}
	n := rs[k]
	return !(n >= 'a' && n <= 'z')
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

func isCJK(r rune) bool {
	return r >= 0x2e80 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff || r >= 0xff00 && r <= 0xffef
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
