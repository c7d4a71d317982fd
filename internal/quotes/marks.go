package quotes

// Quotation marks: the top-level quotations of a paragraph. Curly “…”,
// corner 「…」 『…』 and straight "…" quotes pair up; curly single ‘…’ quotes
// count only where they cannot be apostrophes; quotations nested inside
// another are part of it. A quotation left open at the end of its paragraph
// may go on in the next one (the convention for quotes spanning paragraphs).

// span is one top-level quotation.
type span struct {
	open   int  // offset of the opening mark
	close  int  // offset of the closing mark, or the paragraph end when unclosed
	closed bool // false: runs to the end of its paragraph
	item   int  // index of the item that claimed it, -1 when none
	para   int  // paragraph index
	next   int  // span (global index) continuing it in the next paragraph, -1
	prev   int  // span it continues, -1
}

func (s *span) inner() (int, int) { return s.open + 1, s.close }

// end is the offset just after the quotation (after its closing mark).
func (s *span) end() int {
	if s.closed {
		return s.close + 1
	}
	return s.close
}

// findSpans appends the top-level quotations of rs[a:b] to dst.
func findSpans(rs []rune, a, b, para int, dst []span) []span {
	add := func(o, c int, closed bool) {
		dst = append(dst, span{open: o, close: c, closed: closed, item: -1, para: para, next: -1, prev: -1})
	}
	for i := a; i < b; i++ {
		switch rs[i] {
		case '“':
			j := matchCurly(rs, i, b)
			if j < 0 {
				add(i, b, false)
				return dst
			}
			add(i, j, true)
			i = j
		case '「', '『':
			closer := '」'
			if rs[i] == '『' {
				closer = '』'
			}
			j := matchPair(rs, i, b, rs[i], closer)
			if j < 0 {
				add(i, b, false)
				return dst
			}
			add(i, j, true)
			i = j
		case '"':
			j := -1
			curly := 0 // “…” nested inside
			for k := i + 1; k < b; k++ {
				switch {
				case rs[k] == '"':
					j = k
				case rs[k] == '“':
					curly++
				case rs[k] == '”' && curly > 0:
					curly--
				case rs[k] == '”' && isEndPunct(rs[k-1]) && (k+1 == b || !isWordRune(rs[k+1])):
					j = k // "…,” — opened straight, closed curly (mixed marks are common)
				}
				if j >= 0 {
					break
				}
			}
			if j < 0 {
				if b-i > 1 {
					add(i, b, false)
				}
				return dst
			}
			add(i, j, true)
			i = j
		case '‘':
			if i > a && isWordRune(rs[i-1]) {
				continue
			}
			if j := matchSingle(rs, i, b); j > 0 {
				add(i, j, true)
				i = j
			}
		}
	}
	return dst
}

// matchCurly finds the ” closing the “ at i. A straight quote right after
// sentence punctuation closes it too (“…," — mixed marks are common).
func matchCurly(rs []rune, i, b int) int {
	depth := 1
	for j := i + 1; j < b; j++ {
		switch rs[j] {
		case '“':
			depth++
		case '”':
			depth--
			if depth == 0 {
				return j
			}
		case '"':
			if depth == 1 && j > i+1 && isEndPunct(rs[j-1]) && (j+1 == b || isSpace(rs[j+1])) {
				return j
			}
		case '’':
			// “…,’’ — two single closing quotes for a double one
			if depth == 1 && j+1 < b && rs[j+1] == '’' && j > i+1 && (isEndPunct(rs[j-1]) || j+2 == b || isSpace(rs[j+2])) {
				return j + 1
			}
		}
	}
	return -1
}

func matchPair(rs []rune, i, b int, open, close rune) int {
	depth := 1
	for j := i + 1; j < b; j++ {
		switch rs[j] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// matchSingle finds the ’ closing a ‘: one not followed by a letter (we’re
// and Kylie’s are apostrophes).
func matchSingle(rs []rune, i, b int) int {
	for j := i + 1; j < b; j++ {
		if rs[j] == '‘' {
			return -1
		}
		if rs[j] == '’' && (j+1 == b || !isWordRune(rs[j+1])) && !isSpace(rs[j-1]) {
			return j
		}
	}
	return -1
}

func isEndPunct(r rune) bool {
	switch r {
	case ',', '.', '!', '?', '，', '。', '！', '？', '…':
		return true
	}
	return false
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0 || r == 0x3000
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 0x7f && isLetterRune(r)
}
