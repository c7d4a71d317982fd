// Package text holds the language-level helpers shared by the core: the
// article as paragraphs with offsets, sentence splitting that understands
// Chinese and English punctuation and quotation marks, script classification
// and language detection.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Para is one paragraph of the article text.
type Para struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // offset of the first code point in Doc.Text
	End   int    `json:"end"`   // offset after the last code point
	Node  int    `json:"node"`  // node id of the element that holds it (-1 unknown)
	Kind  string `json:"kind"`  // p, h (heading), li, quote, caption, pre, table
}

// Doc is the article's plain text: paragraphs joined by "\n".
type Doc struct {
	Lang  string
	Text  string
	Paras []Para
}

// NewDoc joins paragraphs with newlines and fills in their offsets (in code
// points, the unit every offset in the Analysis uses).
func NewDoc(lang string, paras []Para) *Doc {
	var b strings.Builder
	off := 0
	out := make([]Para, 0, len(paras))
	for _, p := range paras {
		t := strings.TrimSpace(p.Text)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			off++
		}
		p.Text = t
		p.Start = off
		off += utf8.RuneCountInString(t)
		p.End = off
		b.WriteString(t)
		out = append(out, p)
	}
	return &Doc{Lang: lang, Text: b.String(), Paras: out}
}

// IsCJK reports Han, Kana, Hangul and CJK punctuation. The common answers
// come first, without the Unicode tables: nothing below U+1100 (where
// Hangul, the lowest of the four scripts, starts), the CJK punctuation and
// full-width forms, and the main block of ideographs.
func IsCJK(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef || r >= 0x4e00 && r <= 0x9fff:
		return true
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r)
}

// DetectLang guesses the primary language tag of s from its scripts, falling
// back to hint (e.g. the page's lang attribute) for Latin-script text.
func DetectLang(s, hint string) string {
	var han, kana, hangul, cyr, latin, other int
	n := 0
	for _, r := range s {
		if n > 20000 {
			break
		}
		n++
		switch {
		case r < 0x80:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				latin++
			}
		case r >= 0x4e00 && r <= 0x9fff || unicode.Is(unicode.Han, r): // the main block of ideographs first
			han++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.IsLetter(r):
			if unicode.Is(unicode.Latin, r) {
				latin++
			} else {
				other++
			}
		}
	}
	hint = strings.ToLower(strings.TrimSpace(hint))
	if i := strings.IndexAny(hint, "-_"); i > 0 {
		hint = hint[:i]
	}
	// A Han character carries roughly as much as a short Latin word: weigh it.
	switch {
	case kana > 0 && kana*10 >= han && (kana+han)*3 > latin:
		return "ja"
	case hangul > 0 && hangul*3 > latin:
		return "ko"
	case han > 0 && han*3 > latin:
		return "zh"
	case cyr > latin:
		if hint != "" {
			return hint
		}
		return "ru"
	}
	if hint != "" && hint != "zh" && hint != "ja" && hint != "ko" {
		return hint
	}
	if latin > 0 {
		return "en"
	}
	return hint
}

// RuneLen is the length of s in code points.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }

// ToLower is strings.ToLower without its per-character call of
// unicode.ToLower through strings.Map: ASCII and the scripts without case
// (CJK, kana, Hangul and their punctuation) are handled in the loop, and a
// string that does not change is returned as it is.
func ToLower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return lowerFrom(s, i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isCaseless(r) {
			return lowerFrom(s, i)
		}
		i += size
	}
	return s
}

// lowerFrom lower-cases s from byte i on, s[:i] being lower case already.
func lowerFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return strings.ToLower(s) // invalid UTF-8: as strings.Map replaces it
		}
		if !isCaseless(r) {
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

// isCaseless reports the two blocks of code points above ASCII that have no
// lower-case mapping and hold CJK text: U+2CF3–U+A63F (CJK punctuation,
// kana, the ideographs) and U+A7F6–U+FF20 (Hangul, compatibility forms, the
// full-width punctuation before the full-width capitals).
func isCaseless(r rune) bool {
	return r >= 0x2cf3 && r <= 0xa63f || r >= 0xa7f6 && r <= 0xff20
}
