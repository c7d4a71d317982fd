package figures

import (
	"strings"
	"sync"
)

// The word tables of the package are data, not code: each one is written as
// strings of comma-separated words (a word may hold spaces: "more than"),
// grouped by the value they share, and turned into a map the first time it
// is read. The Go compiler lays such declarations out statically, so the
// package has (almost) no initialisation to run when a WASM worker starts,
// and a table that a page never needs is never built.

// wordSet is a set of words.
type wordSet struct {
	words string   // comma-separated words
	list  []string // or the words as a list
	once  sync.Once
	m     map[string]struct{}
}

func (s *wordSet) build() {
	s.m = make(map[string]struct{}, len(s.list)+strings.Count(s.words, ",")+1)
	for _, w := range s.list {
		s.m[w] = struct{}{}
	}
	forEachWord(s.words, func(w string) { s.m[w] = struct{}{} })
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	s.once.Do(s.build)
	_, ok := s.m[w]
	return ok
}

// hasFold is has for a word in any ASCII case, without making a string.
func (s *wordSet) hasFold(w string) bool {
	var b [32]byte
	if len(w) > len(b) {
		return s.has(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	s.once.Do(s.build)
	_, ok := s.m[string(b[:len(w)])]
	return ok
}

// wordList returns the words (for a lexicon).
func (s *wordSet) wordList() []string {
	s.once.Do(s.build)
	out := make([]string, 0, len(s.m))
	for w := range s.m {
		out = append(out, w)
	}
	return out
}

// wordGroup is a value and the comma-separated words that map to it.
type wordGroup[V any] struct {
	value V
	words string
}

// wordTable maps words to values.
type wordTable[V any] struct {
	groups []wordGroup[V]
	once   sync.Once
	m      map[string]V
}

func (t *wordTable[V]) build() {
	n := 0
	for _, g := range t.groups {
		n += strings.Count(g.words, ",") + 1
	}
	t.m = make(map[string]V, n)
	for _, g := range t.groups {
		forEachWord(g.words, func(w string) { t.m[w] = g.value })
	}
}

// get returns the value of w and whether w is in the table.
func (t *wordTable[V]) get(w string) (V, bool) {
	t.once.Do(t.build)
	v, ok := t.m[w]
	return v, ok
}

// getBytes is get for a word held in a byte slice (no string is made).
func (t *wordTable[V]) getBytes(w []byte) (V, bool) {
	t.once.Do(t.build)
	v, ok := t.m[string(w)]
	return v, ok
}

// hasFold is has for a word in any ASCII case, without making a string.
func (t *wordTable[V]) hasFold(w string) bool {
	var b [32]byte
	if len(w) > len(b) {
		return t.has(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	_, ok := t.getBytes(b[:len(w)])
	return ok
}

// val returns the value of w, or the zero value.
func (t *wordTable[V]) val(w string) V {
	t.once.Do(t.build)
	return t.m[w]
}

// has reports whether w is in the table.
func (t *wordTable[V]) has(w string) bool {
	t.once.Do(t.build)
	_, ok := t.m[w]
	return ok
}

// wordList returns the words (for a lexicon).
func (t *wordTable[V]) wordList() []string {
	t.once.Do(t.build)
	out := make([]string, 0, len(t.m))
	for w := range t.m {
		out = append(out, w)
	}
	return out
}

// forEachWord calls fn with each comma-separated word of s, trimmed of
// spaces, tabs and newlines.
func forEachWord(s string, fn func(string)) {
	for s != "" {
		w := s
		if k := strings.IndexByte(s, ','); k >= 0 {
			w, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		if w = strings.Trim(w, " \t\n"); w != "" {
			fn(w)
		}
	}
}

// duplicates lists the words written twice (a map literal would not
// compile with them; a string table would silently keep the last).
func duplicates(sources ...string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range sources {
		forEachWord(s, func(w string) {
			if seen[w] {
				out = append(out, w)
			}
			seen[w] = true
		})
	}
	return out
}

func (s *wordSet) sources() []string { return append([]string{s.words}, s.list...) }

func (t *wordTable[V]) sources() []string {
	out := make([]string, len(t.groups))
	for i, g := range t.groups {
		out[i] = g.words
	}
	return out
}

// wordTables and lexicons list every table of the package: the first Find
// builds them all at once (a worker's warm-up call, whatever its language),
// so that no click pays for a table the warm-up did not touch.
var wordTables = []namedTable{
	{"ambiguousCurrencyWords", ambiguousCurrencyWords}, {"currencyPrefixWords", currencyPrefixWords}, {"dollarPrefixes", dollarPrefixes},
	{"enAboutJunk", enAboutJunk}, {"enAuxiliaries", enAuxiliaries}, {"enBareCurrencies", enBareCurrencies}, {"enCaseUnits", enCaseUnits},
	{"enClauseLinks", enClauseLinks}, {"enCoordinationWords", enCoordinationWords}, {"enCountQualifiers", enCountQualifiers},
	{"enCurrencySymbols", enCurrencySymbols}, {"enElidedBefore", enElidedBefore}, {"enPoundMoneyCues", enPoundMoneyCues}, {"enCurrencyWords", enCurrencyWords}, {"enDeterminers", enDeterminers},
	{"enDimensionWords", enDimensionWords}, {"enDirectionAfter", enDirectionAfter}, {"enDirections", enDirections},
	{"enFrequencyPeriods", enFrequencyPeriods}, {"enFunctionWords", enFunctionWords}, {"enGluedUnits", enGluedUnits},
	{"enIndexWords", enIndexWords}, {"enIngNouns", enIngNouns}, {"enInstruments", enInstruments},
	{"enIrregularPlurals", enIrregularPlurals}, {"enLabelWords", enLabelWords}, {"enLeadingWords", enLeadingWords},
	{"enLossVerbs", enLossVerbs}, {"enLyNouns", enLyNouns}, {"enMeasuredDuration", enMeasuredDuration},
	{"enModelWords", enModelWords}, {"enMonths", enMonths}, {"enMultipleFollowers", enMultipleFollowers},
	{"enMultipleWords", enMultipleWords}, {"enOfIdioms", enOfIdioms}, {"enOrdinalSuffixes", enOrdinalSuffixes}, {"enPastVerbs", enPastVerbs}, {"enPriceCues", enPriceCues},
	{"enPercentWords", enPercentWords}, {"enPronouns", enPronouns}, {"enQualAfter", enQualAfter},
	{"enQualBefore", enQualBefore}, {"enQualifierParts", enQualifierParts}, {"enReadingWords", enReadingWords},
	{"enRecordWords", enRecordWords}, {"enSkipBeforeFigure", enSkipBeforeFigure}, {"enSubjectPronouns", enSubjectPronouns}, {"enSubjectVerbs", enSubjectVerbs},
	{"enTheBefore", enTheBefore}, {"enTimeFrameAfter", enTimeFrameAfter}, {"enTimeFrameBefore", enTimeFrameBefore},
	{"enTimeNames", enTimeNames}, {"enTimeWords", enTimeWords}, {"enUnits", enUnits},
	{"enVerbs", enVerbs}, {"enYearLinks", enYearLinks}, {"glueScales", glueScales},
	{"isoCodes", isoCodes}, {"scaleWords", scaleWords}, {"zhAboutReferences", zhAboutReferences},
	{"zhAboutStripWords", zhAboutStripWords}, {"zhCountWords", zhCountWords}, {"zhCurrencyNames", zhCurrencyNames},
	{"zhDirectionAfter", zhDirectionAfter}, {"zhDirections", zhDirections}, {"zhNotClosingNouns", zhNotClosingNouns},
	{"zhQualAfter", zhQualAfter}, {"zhQualBefore", zhQualBefore}, {"zhUnits", zhUnits},
}

var lexicons = []*lexicon{
	yuanLex, zhAboutKeepEndLex, zhAboutKeepLex, zhAboutPrefixLex, zhAboutSuffixLex,
	zhCasualtyLex, zhClassifierWordLex, zhComparisonLex, zhCountWordLex, zhCurrencyLex,
	zhDirectionAfterLex, zhDirectionLex, zhDurationCueLex, zhLinkVerbLex, zhMeasureContextLex,
	zhMoneyWordLex, zhNotQualBeforeLex, zhNounEndLex, zhNumberWordLex, zhPixelNounLex,
	zhPixelOnlyLex, zhPointsBeforeLex, zhQualAfterLex, zhQualBeforeLex, zhRankWordLex,
	zhTimeFrameAfterLex, zhTimeFrameBeforeLex, zhUnitLex, zhZheWordAfterLex,
}

type namedTable struct {
	name  string
	table interface {
		prepare()
		sources() []string
	}
}

var prepared sync.Once

// prepareTables builds every table once.
func prepareTables() {
	prepared.Do(func() {
		for _, t := range wordTables {
			t.table.prepare()
		}
		for _, l := range lexicons {
			l.once.Do(l.build)
		}
	})
}

func (s *wordSet) prepare()      { s.once.Do(s.build) }
func (t *wordTable[V]) prepare() { t.once.Do(t.build) }
