package extract

// A small backtracking matcher for the few text patterns of the extraction
// stages (dates, times, page numbers in addresses), in place of package
// regexp: the WASM core then links no regular-expression engine (≈ 260 KB of
// code, 140 KB gzipped) and compiles nothing when the worker starts.
//
// A pattern is a sequence of nodes, written with the constructors below
// beside the regular expression it stands for. Matching follows Go's regexp
// exactly (RE2 syntax, leftmost-first): the leftmost start, then greedy
// repetition and alternatives tried in order, backtracking as a Perl engine
// does; \d and \s are ASCII ([0-9], [\t\n\f\r ]), \b is an ASCII word
// boundary, and case folding (regexp's (?i)) follows Unicode simple folding,
// so a folded k also matches U+212A KELVIN SIGN and s U+017F LONG S.
// pattern_test.go checks every pattern against its regular expression.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type pnodeKind uint8

const (
	pLit   pnodeKind = iota // the literal text (folded when fold)
	pClass                  // one rune of the class, repeated min…max times (greedy)
	pGroup                  // one of alts (in order), optional when opt (greedy)
	pWordBoundary
	pEnd      // end of the text
	pCapStart // start of capture group capIndex
	pCapEnd   // end of capture group capIndex
)

// Classes of pClass nodes.
const (
	cDigit   = iota // \d
	cSpace          // \s
	cSet            // a rune of set (folded when fold)
	cLetters        // [a-z], or with fold (?i)[a-z]; plus the runes of set
)

type pnode struct {
	kind     pnodeKind
	text     string // pLit: the literal; pClass: the set
	fold     bool
	class    uint8
	min, max int // pClass repetition; max < 0 is unbounded
	alts     []pattern
	opt      bool
	capIndex int
}

// pattern is a sequence of nodes.
type pattern []pnode

// Constructors, named after the regular expression syntax they stand for.
func seq(ns ...pnode) pattern   { return ns }
func lit(s string) pnode        { return pnode{kind: pLit, text: s} }
func litFold(s string) pnode    { return pnode{kind: pLit, text: s, fold: true} }
func digits(min, max int) pnode { return pnode{kind: pClass, class: cDigit, min: min, max: max} }
func spaces(min int) pnode      { return pnode{kind: pClass, class: cSpace, min: min, max: -1} }
func runeIn(set string) pnode   { return pnode{kind: pClass, class: cSet, text: set, min: 1, max: 1} }
func runeInFold(set string) pnode {
	return pnode{kind: pClass, class: cSet, text: set, fold: true, min: 1, max: 1}
}
func optional(n pnode) pnode         { n.min = 0; return n }
func group(alts ...pattern) pnode    { return pnode{kind: pGroup, alts: alts} }
func optGroup(alts ...pattern) pnode { return pnode{kind: pGroup, alts: alts, opt: true} }
func wordBoundary() pnode            { return pnode{kind: pWordBoundary} }
func endOfText() pnode               { return pnode{kind: pEnd} }

// lettersFold is (?i)[a-z] plus the runes of extra, repeated min…max times.
func lettersFold(extra string, min, max int) pnode {
	return pnode{kind: pClass, class: cLetters, text: extra, fold: true, min: min, max: max}
}

// capture is the capture group i around p.
func capture(i int, p ...pnode) pnode {
	inner := append(append(pattern{{kind: pCapStart, capIndex: i}}, p...), pnode{kind: pCapEnd, capIndex: i})
	return group(inner)
}

// litFolds are alternatives of folded literals: (?i)(a|b|c).
func litFolds(words ...string) []pattern {
	out := make([]pattern, len(words))
	for i, w := range words {
		out[i] = seq(litFold(w))
	}
	return out
}

// maxCaptures bounds the capture groups of a pattern.
const maxCaptures = 8

// cont is what remains to match after a group: the rest of the enclosing
// sequence, then the rest of its own enclosing one.
type cont struct {
	rest pattern
	next *cont
}

// matcher matches one pattern in one text.
type matcher struct {
	s    string
	caps [2 * maxCaptures]int
}

// find returns the leftmost match of p in s ([start, end)), or -1, -1.
func (p pattern) find(s string) (int, int) {
	m := matcher{s: s}
	return m.find(p, 0)
}

// matchString reports whether s holds a match of p.
func (p pattern) matchString(s string) bool {
	start, _ := p.find(s)
	return start >= 0
}

// findAll calls f with every successive non-overlapping match of p in s.
func (p pattern) findAll(s string, f func(start, end int)) {
	m := matcher{s: s}
	for from := 0; from <= len(s); {
		start, end := m.find(p, from)
		if start < 0 {
			return
		}
		f(start, end)
		if end > from {
			from = end
		} else if from < len(s) { // an empty match: step over one rune
			_, size := utf8.DecodeRuneInString(s[from:])
			from += size
		} else {
			return
		}
	}
}

// submatches returns the leftmost match of p in s and its capture groups
// 1…n (nil when there is no match; "" for a group that did not take part),
// like regexp's FindStringSubmatch.
func (p pattern) submatches(s string, n int) []string {
	m := matcher{s: s}
	for i := range m.caps {
		m.caps[i] = -1
	}
	start, end := m.find(p, 0)
	if start < 0 {
		return nil
	}
	out := make([]string, n+1)
	out[0] = s[start:end]
	for i := 1; i <= n; i++ {
		if a, b := m.caps[2*i], m.caps[2*i+1]; a >= 0 && b >= 0 {
			out[i] = s[a:b]
		}
	}
	return out
}

func (m *matcher) find(p pattern, from int) (int, int) {
	for i := from; i <= len(m.s); {
		if end := m.match(p, i, nil); end >= 0 {
			return i, end
		}
		if i == len(m.s) {
			break
		}
		_, size := utf8.DecodeRuneInString(m.s[i:])
		i += size
	}
	return -1, -1
}

// match matches p at i, then k; it returns the end of the match or -1.
func (m *matcher) match(p pattern, i int, k *cont) int {
	s := m.s
	for idx := 0; idx < len(p); idx++ {
		n := &p[idx]
		switch n.kind {
		case pLit:
			j, ok := m.matchLit(n, i)
			if !ok {
				return -1
			}
			i = j
		case pClass:
			if n.min == 1 && n.max == 1 {
				r, size := utf8.DecodeRuneInString(s[i:])
				if size == 0 || !m.inClass(n, r) {
					return -1
				}
				i += size
				continue
			}
			// Greedy: take as many as allowed, then give back one at a time.
			count, j := 0, i
			for n.max < 0 || count < n.max {
				r, size := utf8.DecodeRuneInString(s[j:])
				if size == 0 || !m.inClass(n, r) {
					break
				}
				j += size
				count++
			}
			for ; count >= n.min; count-- {
				if end := m.match(p[idx+1:], j, k); end >= 0 {
					return end
				}
				if count > 0 {
					_, size := utf8.DecodeLastRuneInString(s[:j])
					j -= size
				}
			}
			return -1
		case pGroup:
			rest := &cont{p[idx+1:], k}
			for _, alt := range n.alts {
				if end := m.match(alt, i, rest); end >= 0 {
					return end
				}
			}
			if n.opt {
				return m.match(p[idx+1:], i, k)
			}
			return -1
		case pWordBoundary:
			if isWordByteBefore(s, i) == isWordByteAt(s, i) {
				return -1
			}
		case pEnd:
			if i != len(s) {
				return -1
			}
		case pCapStart, pCapEnd:
			slot := 2 * n.capIndex
			if n.kind == pCapEnd {
				slot++
			}
			old := m.caps[slot]
			m.caps[slot] = i
			end := m.match(p[idx+1:], i, k)
			if end < 0 {
				m.caps[slot] = old
			}
			return end
		}
	}
	if k == nil {
		return i
	}
	return m.match(k.rest, i, k.next)
}

func (m *matcher) matchLit(n *pnode, i int) (int, bool) {
	if !n.fold {
		if strings.HasPrefix(m.s[i:], n.text) {
			return i + len(n.text), true
		}
		return i, false
	}
	for _, c := range n.text {
		r, size := utf8.DecodeRuneInString(m.s[i:])
		if size == 0 || !foldEqual(r, c) {
			return i, false
		}
		i += size
	}
	return i, true
}

func (m *matcher) inClass(n *pnode, r rune) bool {
	switch n.class {
	case cDigit:
		return r >= '0' && r <= '9'
	case cSpace:
		return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
	case cLetters:
		if r >= 'a' && r <= 'z' {
			return true
		}
		if n.fold && (r >= 'A' && r <= 'Z' || r == 'ſ' || r == 'K') {
			return true
		}
	}
	// cSet, and the extra runes of cLetters
	for _, c := range n.text {
		if r == c || n.fold && foldEqual(r, c) {
			return true
		}
	}
	return false
}

// foldEqual reports whether r and c are equal under Unicode simple folding.
func foldEqual(r, c rune) bool {
	if r == c {
		return true
	}
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// isWordByteBefore and isWordByteAt: whether the rune before / at i is an
// ASCII word character ([0-9A-Za-z_]), as regexp's \b sees it.
func isWordByteBefore(s string, i int) bool { return i > 0 && isWordByte(s[i-1]) }
func isWordByteAt(s string, i int) bool     { return i < len(s) && isWordByte(s[i]) }

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}
