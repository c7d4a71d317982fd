package figures

import (
	"sort"
	"sync"
)

// lexicon indexes a word list by first and by last rune so that the longest
// word written at (or ending at) a position is found without scanning the
// whole table or converting strings: the tables stay readable lists at the
// top of their files, the hot loops use these indexes. A lexicon is built
// the first time it is read, from a list, a table's words or a function.
type lexicon struct {
	list []string                         // the words, or
	from interface{ wordList() []string } // a table whose words these are, or
	fn   func() []string                  // a function that lists them

	once    sync.Once
	byFirst map[rune][]lexWord
	byLast  map[rune][]lexWord
}

type lexWord struct {
	runes []rune
	word  string
}

func (l *lexicon) build() {
	words := l.list
	switch {
	case l.from != nil:
		words = l.from.wordList()
	case l.fn != nil:
		words = l.fn()
	}
	words = append([]string(nil), words...)
	sort.Strings(words) // the same order whatever the source
	l.byFirst, l.byLast = map[rune][]lexWord{}, map[rune][]lexWord{}
	for _, w := range words {
		rs := []rune(w)
		if len(rs) == 0 {
			continue
		}
		lw := lexWord{rs, w}
		l.byFirst[rs[0]] = append(l.byFirst[rs[0]], lw)
		l.byLast[rs[len(rs)-1]] = append(l.byLast[rs[len(rs)-1]], lw)
	}
	for _, m := range []map[rune][]lexWord{l.byFirst, l.byLast} {
		for k, ws := range m {
			sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].runes) > len(ws[j].runes) })
			m[k] = ws
		}
	}
}

// startingWith returns the words that start with c, longest first.
func (l *lexicon) startingWith(c rune) []lexWord {
	l.once.Do(l.build)
	return l.byFirst[c]
}

// at returns the longest word written at rs[i:], or "".
func (l *lexicon) at(rs []rune, i int) (string, int) {
	if i < 0 || i >= len(rs) {
		return "", i
	}
	for _, w := range l.startingWith(rs[i]) {
		if i+len(w.runes) <= len(rs) && equalRunes(rs[i:i+len(w.runes)], w.runes) {
			return w.word, i + len(w.runes)
		}
	}
	return "", i
}

// endingAt returns the longest word ending right before end (rs[?:end]), or "".
func (l *lexicon) endingAt(rs []rune, end int) (string, int) {
	if end <= 0 || end > len(rs) {
		return "", end
	}
	l.once.Do(l.build)
	for _, w := range l.byLast[rs[end-1]] {
		s := end - len(w.runes)
		if s >= 0 && equalRunes(rs[s:end], w.runes) {
			return w.word, s
		}
	}
	return "", end
}

// covers reports whether a word of the lexicon is written over position i.
func (l *lexicon) covers(rs []rune, i int) bool {
	for s := i; s >= 0 && i-s < 8; s-- {
		if w, e := l.at(rs, s); w != "" && e > i {
			return true
		}
	}
	return false
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// endsWith reports whether rs ends with a word of the lexicon.
func (l *lexicon) endsWith(rs []rune) bool {
	w, _ := l.endingAt(rs, len(rs))
	return w != ""
}
