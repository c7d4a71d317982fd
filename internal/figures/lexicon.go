package figures

import "sync"

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
	// firstBits and lastBits have a bit set for the first and the last
	// runes of the words (by their low 12 bits): most runes of a text are
	// answered without a map lookup.
	firstBits, lastBits runeBitmap
}

// runeBitmap is a set of runes modulo its size, for a quick "surely not"
// (as in package quotes).
type runeBitmap [64]uint64

func (b *runeBitmap) add(r rune)          { b[(r>>6)&63] |= 1 << (r & 63) }
func (b *runeBitmap) mayHave(r rune) bool { return b[(r>>6)&63]&(1<<(r&63)) != 0 }

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
	l.byFirst, l.byLast = make(map[rune][]lexWord, len(words)), make(map[rune][]lexWord, len(words))
	runes := make([]rune, 0, 4*len(words)) // one backing array for all the words' runes
	for _, w := range words {
		start := len(runes)
		for _, c := range w {
			runes = append(runes, c)
		}
		rs := runes[start:len(runes):len(runes)]
		if len(rs) == 0 {
			continue
		}
		lw := lexWord{rs, w}
		l.firstBits.add(rs[0])
		l.lastBits.add(rs[len(rs)-1])
		l.byFirst[rs[0]] = insertLongestFirst(l.byFirst[rs[0]], lw)
		l.byLast[rs[len(rs)-1]] = insertLongestFirst(l.byLast[rs[len(rs)-1]], lw)
	}
}

// insertLongestFirst inserts w into ws, kept longest first (buckets hold a
// few words; among words of one length the first listed stays first, and
// two words of one length written at one position are the same word).
func insertLongestFirst(ws []lexWord, w lexWord) []lexWord {
	k := len(ws)
	for k > 0 && len(ws[k-1].runes) < len(w.runes) {
		k--
	}
	ws = append(ws, lexWord{})
	copy(ws[k+1:], ws[k:])
	ws[k] = w
	return ws
}

// startingWith returns the words that start with c, longest first.
func (l *lexicon) startingWith(c rune) []lexWord {
	l.once.Do(l.build)
	if !l.firstBits.mayHave(c) {
		return nil
	}
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
	if !l.lastBits.mayHave(rs[end-1]) {
		return "", end
	}
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
