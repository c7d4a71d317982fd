package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The discourse memory: the people and organisations the text has named so
// far, with their roles and short names, and where each was mentioned. It
// resolves pronouns (他, she), short names (扎克伯格 → 马克·扎克伯格, Claure →
// Marcelo Claure) and descriptions (该行, the group, the analyst) to the
// entity mentioned before — preferring the last one in subject position
// (salience), then the last one anywhere (recency).

// Tunables of the memory.
const (
	memWindow = 96 // mentions looked at when resolving (the most recent ones)
)

type entKind uint8

const (
	kNone   entKind = iota
	kPerson         // a named person
	kAnon           // an unnamed person or people: 快手内部人士, a person familiar with the matter
	kGroup          // what a plural pronoun wants: people or an organisation
	kOrg            // an organisation speaking
	kSource         // a document or survey
)

type entity struct {
	name    string
	role    string
	kind    entKind
	plural  bool     // unnamed people in the plural (prosecutors, 网友): no antecedent of he/她
	aliases []string // short names: 扎克伯格, Clark
	nouns   []string // generic nouns it was called by: group, company
	// guessed: an organisation only by default (one unknown capitalised
	// word, "Gonzalez said"); a later he/she may take it for a person
	guessed bool
}

type mention struct {
	pos  int
	para int
	e    *entity
	subj bool
}

type memory struct {
	ents   []*entity
	ments  []mention
	byName map[string]*entity // names and short names; a later entity wins
	// first runes of the names, to look a name up at a position only when
	// one may start there
	firstRunes runeBitmap       // (a quick test, with false positives)
	firstPairs map[[2]rune]bool // and their first two runes
	longest    int              // runes of the longest name or short name known
	// reported reports whether an offset lies in words already attributed
	// to a speaker: a name mentioned there is not what a later pronoun
	// refers to (小刚称，妈妈要求…。其奶奶指出 — 其 is 小刚, not 妈妈).
	reported func(pos int) bool
	// objectSpeaks reports whether a person named after the subject, just
	// before a pronoun, is the one the pronoun means (采访了刘冬，她表示): the
	// subject was named in an earlier sentence, or interviewed them. Without
	// it the subject of the same sentence speaks (李青力挺王明，他说 — 李青).
	objectSpeaks func(subjPos, objPos int) bool
}

func (m *memory) reset() {
	m.ents = m.ents[:0]
	m.ments = m.ments[:0]
	if m.byName == nil {
		m.byName, m.firstPairs = map[string]*entity{}, map[[2]rune]bool{}
	}
	clear(m.byName)
	m.firstRunes = runeBitmap{}
	clear(m.firstPairs)
	m.longest = 0
}

// find returns the entity called name (its name or a short name).
func (m *memory) find(name string) *entity {
	if name == "" {
		return nil
	}
	return m.byName[name]
}

func (m *memory) index(e *entity) {
	for i := -1; i < len(e.aliases); i++ {
		n := e.name
		if i >= 0 {
			n = e.aliases[i]
		}
		m.byName[n] = e
		var first [2]rune
		k := 0
		for _, r := range n {
			if k == 0 {
				m.firstRunes.add(r)
			}
			if k < 2 {
				first[k] = r
			}
			k++
		}
		if k >= 2 {
			m.firstPairs[first] = true
		}
		m.longest = max(m.longest, k)
	}
}

// add records an entity (or returns the known one of that name), learning
// its role the first time one is given.
func (m *memory) add(name, role string, kind entKind) *entity {
	if e := m.find(name); e != nil {
		if e.role == "" && role != "" {
			e.role = role
		}
		if e.kind == kOrg && (kind == kPerson || kind == kAnon) || e.kind == kNone {
			e.kind = kind
		}
		return e
	}
	// A full name after its short form was seen alone: upgrade.
	if kind == kPerson {
		if e := m.byName[shortName(name)]; e != nil && e.kind == kPerson && e.name == shortName(name) {
			e.aliases = append(e.aliases, e.name)
			e.name = name
			if e.role == "" {
				e.role = role
			}
			m.index(e)
			return e
		}
	}
	e := &entity{name: name, role: role, kind: kind}
	if kind == kPerson {
		if a := shortName(name); a != "" && a != name {
			e.aliases = append(e.aliases, a)
		}
		// a transliterated name is also called by its given name, first
		// (茉莉·西尔斯 → 茉莉, as translated stories do)
		if g := givenName(name); g != "" && g != name {
			e.aliases = append(e.aliases, g)
		}
		// the family name may come first (Yoon Suk Yeol → Yoon)
		if f := strings.Fields(name); len(f) == 3 && len(f[1]) <= 5 && len(f[2]) <= 5 && len(f[0]) > 1 {
			e.aliases = append(e.aliases, f[0])
		}
	}
	if kind == kOrg {
		if a := companyShortName(name); a != "" && m.byName[a] == nil {
			e.aliases = append(e.aliases, a)
		}
	}
	m.ents = append(m.ents, e)
	m.index(e)
	return e
}

// companyShortName is a company's name without its legal ending (苹果公司 →
// 苹果), or "" when that leaves too little or the name is a description
// (该公司, 一家公司, 美国公司 stay whole: they hold no name of their own).
func companyShortName(name string) string {
	for _, end := range zhCompanyEnds {
		short, ok := strings.CutSuffix(name, end)
		if !ok {
			continue
		}
		rs := []rune(short)
		if len(rs) < zhMinCompanyShort || strings.ContainsAny(short, zhCompanyShortNotIn) ||
			strings.ContainsRune(zhCompanyShortNotEnds, rs[len(rs)-1]) || strings.ContainsRune(zhCompanyShortNotStarts, rs[0]) {
			return ""
		}
		for _, r := range rs {
			if !isHan(r) && !unicode.IsLetter(r) {
				return "" // 5家公司, 公司（A股）
			}
		}
		return short
	}
	return ""
}

// addNoun records that e was called by a generic noun ("the group").
func (e *entity) addNoun(n string) {
	if n == "" {
		return
	}
	for _, x := range e.nouns {
		if x == n {
			return
		}
	}
	e.nouns = append(e.nouns, n)
}

func (m *memory) mention(e *entity, pos int, subj bool, para int) {
	if e == nil || e.kind == kSource {
		return
	}
	m.ments = append(m.ments, mention{pos, para, e, subj})
}

// recent returns the entity ok accepts that was mentioned last before pos,
// preferring a mention in subject position unless a later mention is in a
// later paragraph.
func (m *memory) recent(pos int, ok func(*entity) bool) *entity {
	return m.recentWhere(pos, ok, nil)
}

// recentWhere is recent over the mentions at offsets okPos accepts (all
// when nil).
func (m *memory) recentWhere(pos int, ok func(*entity) bool, okPos func(int) bool) *entity {
	var subj, any *mention
	lo := max(0, len(m.ments)-memWindow)
	for i := len(m.ments) - 1; i >= lo; i-- {
		mt := &m.ments[i]
		if mt.pos >= pos || !ok(mt.e) || okPos != nil && !okPos(mt.pos) {
			continue
		}
		if mt.subj && (subj == nil || mt.pos > subj.pos) {
			subj = mt
		}
		if any == nil || mt.pos > any.pos {
			any = mt
		}
	}
	switch {
	case subj == nil && any == nil:
		return nil
	case subj == nil || any.para > subj.para:
		return any.e
	case any.pos > subj.pos && any.para == subj.para && any.pos+runeLen(any.e.name) >= pos-2 && startsHan(any.e.name) &&
		(m.objectSpeaks == nil || m.objectSpeaks(subj.pos, any.pos)):
		// (Chinese) named just before, one comma away: 采访了…刘冬，她表示
		return any.e
	}
	return subj.e
}

// recentBetween returns the entity ok accepts mentioned last in [lo, hi)
// (in subject position only, when subjOnly).
func (m *memory) recentBetween(lo, hi int, ok func(*entity) bool, subjOnly bool) *entity {
	return m.recentBetweenWhere(lo, hi, ok, subjOnly, false)
}

// recentBetweenWhere is recentBetween, passing over the mentions inside
// reported words when notReported.
func (m *memory) recentBetweenWhere(lo, hi int, ok func(*entity) bool, subjOnly, notReported bool) *entity {
	var best *mention
	for i := len(m.ments) - 1; i >= max(0, len(m.ments)-memWindow); i-- {
		mt := &m.ments[i]
		if mt.pos < lo || mt.pos >= hi || subjOnly && !mt.subj || !ok(mt.e) || notReported && m.reported != nil && m.reported(mt.pos) {
			continue
		}
		if best == nil || mt.pos > best.pos {
			best = mt
		}
	}
	if best == nil {
		return nil
	}
	return best.e
}

// firstBetween returns the entity ok accepts mentioned first in [lo, hi).
func (m *memory) firstBetween(lo, hi int, ok func(*entity) bool) *entity {
	var best *mention
	for i := len(m.ments) - 1; i >= max(0, len(m.ments)-memWindow); i-- {
		mt := &m.ments[i]
		if mt.pos < lo || mt.pos >= hi || !ok(mt.e) {
			continue
		}
		if best == nil || mt.pos < best.pos {
			best = mt
		}
	}
	if best == nil {
		return nil
	}
	return best.e
}

// pronoun resolves a pronoun wanting kind, passing over the names
// mentioned inside reported words.
// guessOrg marks an entity taken for an organisation by default (one
// unknown capitalised word), unless a generic noun already called it so.
func guessOrg(e *entity) *entity {
	if e.kind == kOrg && len(e.nouns) == 0 {
		e.guessed = true
	}
	return e
}

func (m *memory) pronoun(pos int, want entKind) *entity {
	ok := func(e *entity) bool {
		return kindFits(e.kind, want) && !(want == kPerson && e.plural) || want == kPerson && e.guessed && e.kind == kOrg
	}
	var e *entity
	if m.reported != nil {
		e = m.recentWhere(pos, ok, func(p int) bool { return !m.reported(p) })
	}
	if e == nil {
		e = m.recent(pos, ok)
	}
	if e != nil && e.guessed && want == kPerson {
		e.kind, e.guessed = kPerson, false // "Gonzalez said … She added": a person after all
	}
	return e
}

// lastAnonymous resolves a demonstrative before a generic noun for people
// (该人士, 该人员): the last unnamed person, passing over the ones mentioned
// inside reported words.
func (m *memory) lastAnonymous(pos int) *entity {
	ok := func(e *entity) bool { return e.kind == kAnon }
	if m.reported != nil {
		if e := m.recentWhere(pos, ok, func(p int) bool { return !m.reported(p) }); e != nil {
			return e
		}
	}
	return m.recent(pos, ok)
}

func kindFits(have, want entKind) bool {
	switch want {
	case kPerson:
		return have == kPerson || have == kAnon
	case kGroup:
		return have == kAnon || have == kOrg
	case kOrg:
		return have == kOrg
	}
	return have == want
}

// describe resolves a description by a generic noun (the analyst, 该行,
// 上述研究员): the last entity called by that noun, whose role holds it or
// whose name ends with it; else the last entity of the kind the noun implies.
func (m *memory) describe(pos int, noun string, want entKind) *entity {
	ln := strings.ToLower(noun)
	e := m.recent(pos, func(e *entity) bool {
		for _, n := range e.nouns {
			if n == ln {
				return true
			}
		}
		if want != kOrg && e.role != "" && containsWord(strings.ToLower(e.role), ln) {
			return true
		}
		return strings.HasSuffix(e.name, noun)
	})
	if e != nil || want == kNone {
		return e
	}
	return m.pronoun(pos, want)
}

// describeStrict is describe without the fallback to the last entity of
// the kind: only an entity called by the noun, holding it in its role or
// ending its name with it.
func (m *memory) describeStrict(pos int, noun string, want entKind) *entity {
	ln := strings.ToLower(noun)
	for i := len(m.ments) - 1; i >= max(0, len(m.ments)-memWindow); i-- {
		e := m.ments[i].e
		if m.ments[i].pos >= pos || !kindFits(e.kind, want) && !(want == kOrg && e.kind == kOrg) {
			continue
		}
		for _, n := range e.nouns {
			if n == ln {
				return e
			}
		}
		if want != kOrg && e.role != "" && containsWord(strings.ToLower(e.role), ln) || strings.HasSuffix(e.name, noun) {
			return e
		}
	}
	return nil
}

// containsWord reports whether w occurs in s as a whole word (any CJK
// substring counts).
func containsWord(s, w string) bool {
	i := strings.Index(s, w)
	for i >= 0 {
		before := i == 0 || !isASCIILetter(rune(s[i-1]))
		j := i + len(w)
		after := j >= len(s) || !isASCIILetter(rune(s[j]))
		if before && after {
			return true
		}
		k := strings.Index(s[i+1:], w)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// shortName is how a text refers to a person after the first mention: the
// family name of a Latin name (Tim Clark → Clark), the part after the
// separator of a transliterated name (马克·扎克伯格 → 扎克伯格).
func shortName(name string) string {
	if f := strings.Fields(name); len(f) == 2 && koreanGiven(f[1]) {
		return f[0] // Lee Jae-myung → Lee: the family name comes first
	}
	if i := strings.LastIndexAny(name, "·•・‧-－?？"); i >= 0 && !strings.Contains(name, " ") {
		_, size := utf8.DecodeRuneInString(name[i:])
		return name[i+size:]
	}
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		last := name[i+1:]
		if (last == "Jr." || last == "Sr." || last == "II" || last == "III") && i > 0 {
			if j := strings.LastIndexByte(name[:i], ' '); j > 0 {
				return name[j+1 : i]
			}
		}
		return last
	}
	return ""
}

// givenName is the first part of a Chinese transliterated name (茉莉 of
// 茉莉·西尔斯), or "" (two characters at least, and a separator).
func givenName(name string) string {
	i := strings.IndexAny(name, "·•・‧")
	if i <= 0 || strings.Contains(name, " ") || !startsHan(name) || utf8.RuneCountInString(name[:i]) < 2 {
		return ""
	}
	return name[:i]
}

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func startsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHan(r)
}

// koreanGiven reports whether w is a romanised Korean given name: two
// syllables joined by a hyphen, the second in lower case (Jae-myung).
func koreanGiven(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[0] >= 'A' && w[0] <= 'Z' && w[i+1] >= 'a' && w[i+1] <= 'z'
}
