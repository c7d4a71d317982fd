package extract

import "sync"

// automaton finds which of up to eight lists of substrings occur in a
// string, in one pass over its bytes: Aho–Corasick, as a table over the
// bytes that occur in the patterns. Each list is a bit of the result.
type automaton struct {
	col  [256]uint8 // byte → column of the table (0: in no pattern)
	cols int
	next []uint16 // next[state*cols+col]: the state after a byte
	out  []uint8  // lists with a pattern ending in the state
}

func newAutomaton(lists map[uint8][]string) *automaton {
	a := &automaton{cols: 1}
	for _, ps := range lists {
		for _, p := range ps {
			for i := 0; i < len(p); i++ {
				if a.col[p[i]] == 0 {
					if a.cols == 255 {
						panic("extract: the automaton's patterns use too many distinct bytes")
					}
					a.col[p[i]] = uint8(a.cols)
					a.cols++
				}
			}
		}
	}
	// The trie, with -1 for a missing edge; then failure links breadth
	// first, filling missing edges with the failure state's (a DFA).
	trie := [][]int32{make([]int32, a.cols)}
	for i := range trie[0] {
		trie[0][i] = -1
	}
	out := []uint8{0}
	for bit, ps := range lists {
		for _, p := range ps {
			st := int32(0)
			for i := 0; i < len(p); i++ {
				c := a.col[p[i]]
				if trie[st][c] < 0 {
					row := make([]int32, a.cols)
					for j := range row {
						row[j] = -1
					}
					trie = append(trie, row)
					out = append(out, 0)
					trie[st][c] = int32(len(trie) - 1)
				}
				st = trie[st][c]
			}
			out[st] |= bit
		}
	}
	fail := make([]int32, len(trie))
	var queue []int32
	for c := range a.cols {
		if t := trie[0][c]; t < 0 {
			trie[0][c] = 0
		} else {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		out[st] |= out[fail[st]]
		for c := range a.cols {
			if t := trie[st][c]; t < 0 {
				trie[st][c] = trie[fail[st]][c]
			} else {
				fail[t] = trie[fail[st]][c]
				queue = append(queue, t)
			}
		}
	}
	if len(trie) > 1<<16 {
		panic("extract: the automaton's patterns make too many states")
	}
	a.next = make([]uint16, len(trie)*a.cols)
	for st, row := range trie {
		for c, t := range row {
			a.next[st*a.cols+c] = uint16(t)
		}
	}
	a.out = out
	return a
}

// step is the state after byte c in state st.
func (a *automaton) step(st int, c byte) int {
	return int(a.next[st*a.cols+int(a.col[c])])
}

// find returns the lists with a pattern inside s.
func (a *automaton) find(s string) uint8 {
	var found uint8
	st := 0
	for i := 0; i < len(s); i++ {
		st = a.step(st, s[i])
		found |= a.out[st]
	}
	return found
}

// has reports whether s holds a pattern of one of the lists in mask,
// stopping at the first.
func (a *automaton) has(s string, mask uint8) bool {
	st := 0
	for i := 0; i < len(s); i++ {
		st = a.step(st, s[i])
		if a.out[st]&mask != 0 {
			return true
		}
	}
	return false
}

// lazyAutomaton is an automaton built from its lists on first use (not at
// package initialisation, which runs at every worker start).
type lazyAutomaton struct {
	once  sync.Once
	lists func() map[uint8][]string
	a     *automaton
}

func (l *lazyAutomaton) get() *automaton {
	l.once.Do(func() { l.a = newAutomaton(l.lists()) })
	return l.a
}

// reset makes the next use build the automaton again, from the lists as
// they are then (for tests that change them).
func (l *lazyAutomaton) reset() { l.once = sync.Once{} }
