package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese attribution. A cue verb (表示, 认为, 透露 … zhCues) anchors each
// attribution: the clause before it, up to the previous clause mark, holds
// the speaker, possibly wrapped (据X称, 在X看来, 根据X的预测), with the cue's
// own modifiers (对《X报》表示, 接受本报记者采访时表示) and adverbs or time words
// (昨天, 星期四, 也) in between; after it come the reported words to the end
// of the sentence, or a quotation. A cue right after a quotation attributes it
// (“…”张毅说); a cue at the end of a sentence attributes what came before
// (…，业内人士表示。). A cue without a subject (…，表示…) belongs to the subject
// of its sentence.

// Tunables of the Chinese rules.
const (
	zhMaxClause      = 60  // runes looked back for the start of a speaker's clause
	zhMaxSentence    = 400 // a longer run without sentence punctuation is cut here (keeps Find linear)
	zhMaxSpeaker     = 30  // a longer speaker phrase is not one
	zhMaxUnknownOrg  = 6   // an unknown phrase this short before a cue is taken for an organisation (瑞银)
	zhMaxPremodRest  = 20  // runes between 对/向/在 and the cue verb
	zhShortQuote     = 10  // a quotation this short inside a speaker phrase is part of it (“戊肝”疫苗项目负责人)
	zhRecipientReach = 14  // runes looked ahead for the comma closing a 告诉X recipient
	zhMentionReach   = 30  // runes of a clause searched for names and roles
	zhMinContent     = 2   // shorter reported words are not kept
	zhMinTopicClause = 10  // after 回应/否认… without a comma, shorter words are the verb's object
	zhMaxHeadline    = 30  // a paragraph this short without sentence punctuation is a headline or a link
	zhMaxHandle      = 8   // a label this short before a colon and an @ is a user's name (网友 round-ups)
	zhMaxBeiNoun     = 4   // 被, a verb and 人/者 within this many runes make a noun (被打人, 被执行人), not a passive
)

// The word lists of lexicon_zh.go, indexed for matching (built by
// buildZhTables on the first Find, not at package initialisation: the
// package initialises at every worker start, in WASM's slow baseline tier).
var (
	zhAdverbStartsLx, zhDemonstrativesLx, zhDocNounsLx, zhFramesLx, zhIndustryWordsLx   *lex
	zhLeftStripLx, zhLightVerbsLx, zhNotSpeakerStartsLx, zhOrgSuffixesLx                *lex
	zhOwnerStripLx, zhPersonNounsLx, zhPostTitlesLx, zhPremodsLx, zhRecipientsLx        *lex
	zhRightStripLx, zhSubordinatorsLx, zhSurnameTitlesLx, zhTitlesLx                    *lex
	zhTurnWordsLx, zhNamingLx, zhVerbBeforeCueLx, zhNamingAfterLx, zhNotSubordinatorsLx *lex
	zhKinNounsLx, zhCitePremodsLx, zhAlsoWordsLx, zhChannelsLx, zhFromEndsLx            *lex
	zhOurPlacesLx, zhLabelJoinersLx, zhWordsAfterCueLx                                  *lex
)

var (
	zhCueNotAfterLx                         map[string]*lex // zhCueNotAfter indexed, by cue
	zhCueIndex                              map[rune][]zhCueDef
	zhCueFirst                              runeBitmap // the first runes of the cues
	zhSurnameSet, zhCommonSet, zhTranslitOK *runeSet
	// first characters of the compound surnames (欧阳 → 欧)
	zhCompoundStart *runeSet
)

func buildZhTables() {
	zhToTrad = buildZhToTrad()
	zhCueIndex = map[rune][]zhCueDef{}
	cues := append([]zhCueDef{}, zhCues...)
	for _, c := range zhCues {
		if t := tradVariant(c.w); t != c.w {
			cues = append(cues, zhCueDef{t, c.flags})
		}
	}
	for _, c := range append(cues, zhTaiwanCues...) {
		r := []rune(c.w)[0]
		zhCueIndex[r] = append(zhCueIndex[r], c)
		zhCueFirst.add(r)
	}
	for _, m := range []map[string][]string{zhCueNotBefore, zhCueNotAfter} {
		for k, v := range m {
			v = withTraditional(v)
			m[k] = v
			if t := tradVariant(k); t != k {
				m[t] = v
			}
		}
	}
	zhCueNotAfterLx = map[string]*lex{}
	for k, v := range zhCueNotAfter {
		zhCueNotAfterLx[k] = newLex(v)
	}
	for k := range zhNotSpeakers {
		zhNotSpeakers[tradVariant(k)] = true
	}
	for k := range zhGenericPersonNouns {
		zhGenericPersonNouns[tradVariant(k)] = true
	}
	for k, v := range zhPronouns {
		zhPronouns[tradVariant(k)] = v
	}
	zhFunctionChars, zhNotInDescription, zhNotNounStarts = tradChars(zhFunctionChars), tradChars(zhNotInDescription), tradChars(zhNotNounStarts)
	zhInterviewWords = withTraditional(zhInterviewWords)
	for _, l := range zhCueIndex {
		sort.SliceStable(l, func(i, j int) bool { return runeLen(l[i].w) > runeLen(l[j].w) })
	}
	for _, l := range [][]string{zhRecipients, zhPremods, zhFrames, zhLeftStrip, zhRightStrip, zhDemonstratives,
		zhTitles, zhSurnameTitles, zhPersonNouns, zhOrgSuffixes, zhDocNouns, zhNaming, zhAdverbStarts, zhOwnerStrip,
		zhPostTitles, zhLightVerbs, zhSubordinators, zhNotSpeakerStarts} {
		byLengthDesc(l)
	}
	zhAdverbStartsLx, zhDemonstrativesLx, zhDocNounsLx = newLex(withTraditional(zhAdverbStarts)), newLex(withTraditional(zhDemonstratives)), newLex(withTraditional(zhDocNouns))
	zhFramesLx, zhIndustryWordsLx, zhLeftStripLx = newLex(withTraditional(zhFrames)), newLex(withTraditional(zhIndustryWords)), newLex(withTraditional(zhLeftStrip))
	zhLightVerbsLx, zhNotSpeakerStartsLx, zhOrgSuffixesLx = newLex(withTraditional(zhLightVerbs)), newLex(withTraditional(zhNotSpeakerStarts)), newLex(withTraditional(zhOrgSuffixes))
	zhOwnerStripLx, zhPersonNounsLx, zhPostTitlesLx = newLex(withTraditional(zhOwnerStrip)), newLex(withTraditional(zhPersonNouns)), newLex(withTraditional(zhPostTitles))
	zhPremodsLx, zhRecipientsLx, zhRightStripLx = newLex(withTraditional(zhPremods)), newLex(withTraditional(zhRecipients)), newLex(withTraditional(zhRightStrip))
	zhSubordinatorsLx, zhSurnameTitlesLx, zhTitlesLx = newLex(withTraditional(zhSubordinators)), newLex(withTraditional(zhSurnameTitles)), newLex(withTraditional(zhTitles))
	zhTurnWordsLx, zhNamingLx = newLex(withTraditional(zhTurnWords)), newLex(withTraditional(zhNaming))
	zhVerbBeforeCueLx = newLex(withTraditional(zhVerbBeforeCue))
	zhNotSubordinatorsLx = newLex(withTraditional(zhNotSubordinators))
	zhKinNounsLx = newLex(withTraditional(zhKinNouns))
	zhCitePremodsLx = newLex(withTraditional(zhCitePremods))
	zhAlsoWordsLx = newLex(withTraditional(zhAlsoWords))
	zhChannelsLx = newLex(withTraditional(zhChannels))
	zhFromEndsLx = newLex(withTraditional(zhFromEnds))
	zhOurPlacesLx = newLex(withTraditional(zhOurPlaces))
	zhLabelJoinersLx = newLex(withTraditional(zhLabelJoiners))
	zhWordsAfterCueLx = newLex(withTraditional(zhWordsAfterCue))
	zhNamingAfterLx = newLex(withTraditional(zhNamingAfter))
	zhSurnameSet = newRuneSet(tradChars(zhSurnames))
	zhCommonSet = newRuneSet(tradChars(zhCommonSurnames))
	zhTranslitOK = newRuneSet(tradChars(zhTranslit))
	zhCompoundStart = newRuneSet("")
	for _, cs := range zhCompoundSurnames {
		zhCompoundStart.add([]rune(cs)[0])
	}
}

func byLengthDesc(l []string) {
	sort.SliceStable(l, func(i, j int) bool { return runeLen(l[i]) > runeLen(l[j]) })
}

// runeSet is an exact set of runes: a bit per rune of the Basic
// Multilingual Plane (a lookup is a bit test, not a map access), a map for
// the rest.
type runeSet struct {
	bmp   []uint64
	other map[rune]bool
}

func newRuneSet(s string) *runeSet {
	rs := &runeSet{bmp: make([]uint64, 0x10000/64)}
	for _, r := range s {
		rs.add(r)
	}
	return rs
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		s.bmp[r>>6] |= 1 << (r & 63)
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[r] = true
}

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.other[r]
}

// zhOwnerStrip are words between a document's owner and the document:
// 美联储纽约分行|星期四的一份|报告.
var zhOwnerStrip = []string{"的一份", "一份", "的另外一份", "另外一份", "的另一份", "另一份", "这份", "该份", "的最新", "最新", "的", "其它", "其他", "另外", "最近"}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// lex is a word list indexed for matching at a position: by first rune
// (words starting at i) and by last rune (words ending before e), longest
// first. Matching costs a map lookup and a few comparisons, not a pass over
// the list.
type lex struct {
	first, last map[rune][]lexWord
	// a bit per rune (modulo runeBits) that may start or end a word: most
	// positions start none, and a bit test is far cheaper than a map lookup
	firstBits, lastBits runeBitmap
}

// runeBitmap is a set of runes modulo its size, for a quick "surely not".
type runeBitmap [64]uint64

func (b *runeBitmap) add(r rune)          { b[(r>>6)&63] |= 1 << (r & 63) }
func (b *runeBitmap) mayHave(r rune) bool { return b[(r>>6)&63]&(1<<(r&63)) != 0 }

type lexWord struct {
	w string
	r []rune
}

func newLex(words []string) *lex {
	l := &lex{first: map[rune][]lexWord{}, last: map[rune][]lexWord{}}
	for _, w := range words {
		r := []rune(w)
		if len(r) == 0 {
			continue
		}
		lw := lexWord{w, r}
		l.first[r[0]] = append(l.first[r[0]], lw)
		l.last[r[len(r)-1]] = append(l.last[r[len(r)-1]], lw)
		l.firstBits.add(r[0])
		l.lastBits.add(r[len(r)-1])
	}
	for _, m := range []map[rune][]lexWord{l.first, l.last} {
		for _, ws := range m {
			sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].r) > len(ws[j].r) })
		}
	}
	return l
}

func runesAt(rs []rune, i int, w []rune) bool {
	if i < 0 || i+len(w) > len(rs) {
		return false
	}
	for k, r := range w {
		if rs[i+k] != r {
			return false
		}
	}
	return true
}

// longestAt returns the longest word of l at offset i (ending by e).
func longestAt(rs []rune, i, e int, l *lex) string {
	if i >= e || i < 0 || !l.firstBits.mayHave(rs[i]) {
		return ""
	}
	for _, w := range l.first[rs[i]] {
		if i+len(w.r) <= e && runesAt(rs, i, w.r) {
			return w.w
		}
	}
	return ""
}

// longestEndingAt returns the longest word of l ending just before offset e
// and starting at or after s.
func longestEndingAt(rs []rune, s, e int, l *lex) string {
	if e <= s || e > len(rs) || !l.lastBits.mayHave(rs[e-1]) {
		return ""
	}
	for _, w := range l.last[rs[e-1]] {
		if e-len(w.r) >= s && runesAt(rs, e-len(w.r), w.r) {
			return w.w
		}
	}
	return ""
}

func (f *finder) zhPara(pi int) {
	p := f.para(pi)
	a, b := p.Start, p.End
	k0 := f.addSpans(pi)
	f.zhPseudonyms(pi, a, b)
	f.zhMentions(pi, a, b, k0)
	if p.Kind != "h" && !f.zhHeadline(a, b) {
		f.zhHandleColonQuotes(pi, a, k0)
		f.zhScan(pi, a, b, k0)
		f.zhQuoteThenSpeaker(pi, b, k0)
		f.continueInPara(pi, k0)
	}
}

// zhQuoteThenSpeaker gives a quotation nobody claimed to the person named
// right after it, whatever the verb: “…”麦田由此怀疑…, “…”DCCI院长刘兴亮从资本的
// 角度分析…, “…”日前他在接受采访时说道, “…”在东莞，董事长杨敬辉当面告诉笔者.
// The clause after the quotation (after one short place or time clause at
// most) must open with a name, a role and a name, a known speaker or a
// pronoun, and must not introduce another quotation with a colon.
func (f *finder) zhQuoteThenSpeaker(pi, b, k0 int) {
	rs := f.rs
	for k := k0; k < len(f.spans); k++ {
		sp := &f.spans[k]
		if sp.item >= 0 || !sp.closed || sp.prev >= 0 {
			continue
		}
		if in, out := sp.inner(); !f.speechLike(sp) && (out-in < minSpeechRunesZh || f.namedBefore(sp.open) || f.zhNamedAfter(sp) || !f.opensClause(sp)) {
			continue // a term or a name, not words said (a named speaker after makes a short sentence speech)
		}
		x := sp.end()
		if x < b && (rs[x] == '，' || rs[x] == ',') {
			x++
		}
		ce := f.zhClauseEnd(x, b)
		if ce < b && (rs[ce] == '，' || rs[ce] == ',') && ce-x <= zhMaxLeadClause && (hasAt(rs, x, "在") || hasAt(rs, x, "于") || longestAt(rs, x, ce, zhLeftStripLx) != "") {
			x = ce + 1 // 在东莞洪梅镇，|海新科技董事长杨敬辉…
			ce = f.zhClauseEnd(x, b)
		}
		if o := f.spanIn(x, ce, k0); o >= 0 {
			ce = f.spans[o].open
		}
		if ce-x < 3 || ce-x > zhMaxClause || ce < b && (rs[ce] == '：' || rs[ce] == ':') {
			continue
		}
		s, e := f.zhStrip(x, ce)
		if hasAt(rs, s, "这是") && endsAt(rs, e, "的话") && e-s > 5 {
			s += 2 // “…”这是陈某告别母亲的话
		}
		ent, ne := f.zhLeadingSpeaker(s, e)
		if ent == nil || ne >= e || rs[ne] == '的' {
			continue
		}
		cue := string(rs[ne:min(e, ne+zhMaxLeadCue)])
		hasCue := false
		for y := ne; y < e; y++ {
			if c := zhCueWordAt(rs, y, e); c != "" {
				cue = string(rs[ne : y+runeLen(c)]) // 从资本的角度分析
				hasCue = true
				break
			}
		}
		if in, out := sp.inner(); !hasCue && !f.speechLike(sp) && (ent.kind != kPerson || out-in < zhShortQuote) {
			continue // “数学奖”捐赠人为…: a term before a description and any verb is no speech
		}
		n := f.addItem(item{ent: ent, cue: strings.TrimSpace(cue), para: pi, from: x})
		f.mem.mention(ent, s, true, pi)
		f.claim(k, n)
	}
}

// zhHandleColonQuotes gives a quotation introduced by a colon after a
// user's handle to that user: 网友“某某”：“…” (a person noun, a short name in
// quotation marks, a colon, the words).
func (f *finder) zhHandleColonQuotes(pi, a, k0 int) {
	rs := f.rs
	for k := k0 + 1; k < len(f.spans); k++ {
		sp, h := &f.spans[k], &f.spans[k-1]
		if sp.item >= 0 || sp.prev >= 0 || !h.closed || sp.open-h.close != 2 || rs[sp.open-1] != '：' && rs[sp.open-1] != ':' {
			continue
		}
		in, out := h.inner()
		if out-in < 2 || out-in > zhShortQuote || h.open-a < 2 || runesContainAny(rs[in:out], "，。！？；,.!?;") {
			continue
		}
		noun := longestEndingAt(rs, max(a, h.open-zhMaxSpeaker), h.open, zhPersonNounsLx)
		if noun == "" || runeLen(noun) < 2 {
			continue // (a bare suffix such as 者 is no handle's noun)
		}
		ent := f.mem.add(string(rs[in:out]), noun, kPerson)
		f.mem.mention(ent, h.open, true, pi)
		n := f.addItem(item{ent: ent, cue: "：", para: pi, from: h.open - runeLen(noun)})
		f.claim(k, n)
	}
}

// knownPersonIn reports whether rs[s:e] is the name of a person met before.
func (f *finder) knownPersonIn(s, e int) bool {
	ent := f.mem.find(string(f.rs[s:e]))
	return ent != nil && ent.kind == kPerson
}

// zhHandleLabelAt reports whether a user's handle label opens the clause at
// cs: 网友“某某”：“…”.
func (f *finder) zhHandleLabelAt(cs, k0 int) bool {
	rs := f.rs
	noun := longestAt(rs, cs, min(len(rs), cs+zhMaxSpeaker), zhPersonNounsLx)
	if runeLen(noun) < 2 {
		return false
	}
	k := f.spanOpeningAt(cs+runeLen(noun), k0)
	if k < 0 || !f.spans[k].closed {
		return false
	}
	in, out := f.spans[k].inner()
	x := f.spans[k].end()
	return out-in <= zhShortQuote && x < len(rs) && (rs[x] == '：' || rs[x] == ':')
}

// zhIntroducedParagraphs attributes the words a speaker label introduces —
// a name, its role in parentheses, a colon (王某（某医院儿科主任）：) — the
// way opinion round-ups and interview transcripts print each voice: the
// rest of the line, and the paragraphs after it up to the next label, a
// heading, a quotation or another attribution, are that person's words.
func (f *finder) zhIntroducedParagraphs() {
	rs := f.rs
	for pi := 0; pi < len(f.doc.Paras); pi++ {
		ent, ts := f.zhSpeakerLabel(pi)
		if ent == nil {
			continue
		}
		p := f.para(pi)
		if e := trimEnd(rs, ts, p.End); e-ts >= minParaQuoteRunesZh && f.hasSentenceEnd(ts, p.End) {
			// 张某：… — the words on the same line (a sentence at least: 王某：
			// 贸易战是持久战 without one is a heading)
			f.addLabelled(ent, pi, ts, p.End)
		}
		if w := skipSpace(rs, ts, p.End); w < p.End && isOpenMark(rs[w]) {
			// 楊某：「…」 — words printed in quotation marks: what follows
			// without marks is the narrator's again
			continue
		}
		for pj := pi + 1; pj < len(f.doc.Paras); pj++ {
			q := f.para(pj)
			e := trimEnd(rs, q.Start, q.End)
			if q.Kind == "h" || e-q.Start < minParaQuoteRunesZh || f.zhHeadline(q.Start, q.End) || f.zhLabelled(pj) || f.zhAnyLabel(pj) ||
				isOpenMark(rs[q.Start]) || f.itemStartsIn(pj, q.Start-1, q.End, -1) {
				break
			}
			f.addLabelled(ent, pj, q.Start, q.End)
		}
	}
}

// hasSentenceEnd reports whether rs[s:e] holds sentence punctuation.
func (f *finder) hasSentenceEnd(s, e int) bool {
	for _, r := range f.rs[s:e] {
		if isSentEnd(r) {
			return true
		}
	}
	return false
}

func (f *finder) addLabelled(ent *entity, pi, s, e int) {
	// attributions inside the labelled words are part of them (the host's
	// question quoting a reader: 网友提问，…)
	for n := len(f.items) - 1; n >= max(0, len(f.items)-itemWindow); n-- {
		if it := &f.items[n]; it.para == pi && !it.drop && len(it.segs) > 0 && it.from >= s && it.start() >= s && it.end() <= e {
			it.drop = true
		}
	}
	n := f.addItem(item{ent: ent, cue: "：", direct: true, para: pi, from: s, segs: []seg{{s, e}}})
	if k := f.spanIn(s, e, 0); k >= 0 {
		for ; k < len(f.spans) && f.spans[k].para == pi; k++ {
			if f.spans[k].item < 0 {
				f.spans[k].item = n
			}
		}
	}
}

// zhAnyLabel reports whether paragraph pi opens with a short label and a
// colon (核心提示：, 问：): another voice or a section, not a continuation.
func (f *finder) zhAnyLabel(pi int) bool {
	p := f.para(pi)
	for x := p.Start; x < p.End && x-p.Start <= 8; x++ {
		if f.rs[x] == '：' || f.rs[x] == ':' {
			return x > p.Start
		}
		if isClausePunct(f.rs[x]) || isOpenMark(f.rs[x]) {
			return false
		}
	}
	return false
}

// zhLabelled reports whether paragraph pi opens with a speaker label.
func (f *finder) zhLabelled(pi int) bool {
	ent, _ := f.zhSpeakerLabel(pi)
	return ent != nil
}

// zhSpeakerLabel reads a speaker label opening paragraph pi — a name, a
// role in parentheses, a colon: 王某（某医院儿科主任）：, 张汉晖：…, 主持人：… —
// and returns the speaker and where the words start (after the colon), or
// nil. Only a person (named, or an unnamed role such as 主持人) labels.
func (f *finder) zhSpeakerLabel(pi int) (*entity, int) {
	rs := f.rs
	p := f.para(pi)
	if p.End-p.Start < 3 || !isHan(rs[p.Start]) {
		return nil, 0 // ——陈某：《…》 is a signature, not a label
	}
	c := -1
	depth := 0
	for x := p.Start; x < p.End && x-p.Start <= zhMaxSpeaker+10; x++ {
		switch r := rs[x]; {
		case r == '（' || r == '(':
			depth++
		case r == '）' || r == ')':
			depth--
		case depth > 0:
		case r == '：' || r == ':':
			c = x
		case isClausePunct(r) || isOpenMark(r) || isSpace(r):
			return nil, 0
		}
		if c >= 0 {
			break
		}
	}
	handle := c > p.Start && c+1 < p.End && (rs[c+1] == '@' || rs[c+1] == '＠') && c-p.Start <= zhMaxHandle
	if c < p.Start+2 && !handle {
		return nil, 0 // (矛：@话题@…: a one-character user name before a post)
	}
	e := c
	role := ""
	if rs[e-1] == '）' || rs[e-1] == ')' {
		o := e - 2
		for o > p.Start && rs[o] != '（' && rs[o] != '(' {
			o--
		}
		if o <= p.Start {
			return nil, 0
		}
		role, e = string(rs[o+1:e-1]), o
	}
	for x := p.Start + 1; x < e-1; x++ {
		if w := longestAt(rs, x, e-1, zhLabelJoinersLx); w != "" {
			return nil, 0 // 柯达VS富士：… compares two, it is a heading (张志和： is a name)
		}
	}
	var ent *entity
	if name, r, ok := f.zhName(p.Start, e); ok && (name == string(rs[p.Start:e]) || r != "") {
		if role == "" {
			role = r
		}
		ent = f.mem.add(name, role, kPerson)
	} else if ent = f.findRunes(p.Start, e); ent != nil && ent.kind == kPerson {
	} else if e-p.Start <= 4 && longestEndingAt(rs, p.Start, e, zhTitlesLx) == string(rs[p.Start:e]) && !zhNotSpeakers[string(rs[p.Start:e])] {
		ent = f.mem.add(string(rs[p.Start:e]), role, kAnon) // 主持人：
	} else if handle {
		ent = f.mem.add(string(rs[p.Start:e]), role, kPerson) // 将就：@话题@…: a user's post, under the user's name
	} else {
		return nil, 0
	}
	f.mem.mention(ent, p.Start, true, pi)
	return ent, c + 1
}

// zhNarrativeSpeakers gives the quotations nobody claimed that read as
// someone's own words to the person the narrative is about:
//   - a signature after the quotation: “…”——汪勇;
//   - the person of the clause or sentence right before it, in the same
//     paragraph, with no cue: 李女士也看到了。“…” / 他犯了嘀咕，“…”;
//   - a quoted paragraph after a paragraph of narrative that names a person
//     and quotes nobody: 老周迟疑了。¶“我该怎么说？”
//
// The quotation must read as speech of one's own: in the first person, or
// a sentence of its own.
func (f *finder) zhNarrativeSpeakers() {
	rs := f.rs
	for k := range f.spans {
		sp := &f.spans[k]
		if sp.item >= 0 || sp.prev >= 0 || !sp.closed || !f.speechLike(sp) || !f.zhOwnWords(sp) {
			continue
		}
		pi := sp.para
		p := f.para(pi)
		var ent *entity
		if x := f.zhSignatureAt(sp.end(), p.End); x > 0 {
			if np := f.zhSpeaker(x, f.zhSignatureEnd(x, p.End), zhCueDef{}); np.ok && np.ent != nil && np.ent.kind != kSource {
				ent = np.ent
			}
		} else if sp.open > p.Start {
			// the subject of its own sentence, or of the sentence before
			// when the quotation opens one
			ss := f.zhSentStart(p.Start, sp.open, 0)
			if trimEnd(rs, ss, sp.open) == ss && ss > p.Start {
				ss = f.zhSentStart(p.Start, ss-1, 0)
			}
			if f.itemStartsIn(pi, p.Start-1, sp.open, -1) || f.speechBefore(p.Start, sp.open) {
				// someone spoke before it in the paragraph: only a colon
				// after the subject (同来的司机也受到了牵连：“…”) or a new
				// subject after the last words (…。刘明听了眼睛一红“…”)
				// makes it narrative
				if rs[sp.open-1] != '：' && rs[sp.open-1] != ':' {
					ss = max(ss, f.lastWordsEnd(pi, sp.open))
				}
			}
			ent = f.mem.recentBetweenWhere(ss, sp.open, isOnePerson, true, true)
		} else if sp.open == p.Start && !f.paraIsQuote(sp) {
			// “…”谈到小悦悦，陈贤妹的眼圈红了: the person the sentence goes on about
			se := f.zhSentEnd(sp.end(), p.End, 0)
			if f.spanIn(sp.end(), se, 0) < 0 { // (“A。”X写道：“B” — X introduces B only)
				ent = f.mem.firstBetween(sp.end(), se, isOnePerson)
			}
		} else if f.paraIsQuote(sp) && pi+1 < len(f.doc.Paras) && f.zhSignatureAt(f.para(pi+1).Start, f.para(pi+1).End) > 0 {
			// “…”¶——陈某：《我的主张》
			q := f.para(pi + 1)
			x := f.zhSignatureAt(q.Start, q.End)
			if np := f.zhSpeaker(x, f.zhSignatureEnd(x, q.End), zhCueDef{}); np.ok && np.ent != nil && np.ent.kind != kSource {
				ent = np.ent
			}
		} else if f.paraIsQuote(sp) && pi > 0 {
			ent = f.zhAnswerer(pi)
			if ent == nil {
				ent = f.zhNarratedPerson(pi - 1)
			}
			if ent == nil && f.para(pi-1).Kind != "h" {
				// a quoted paragraph after one just attributed here goes on
				if prev := f.lastSpeakerIn(pi - 1); prev != nil && !f.addresses(sp, prev) {
					ent = prev
				}
			}
		}
		if ent == nil {
			continue
		}
		n := f.addItem(item{ent: ent, para: pi, from: sp.open})
		for j := k; j >= 0; j = f.spans[j].next {
			f.claim(j, n)
		}
	}
}

// speechBefore reports whether a quotation reading as speech opens in
// [s, e) (a term in quotation marks, “露馅”, is not speech).
func (f *finder) speechBefore(s, e int) bool {
	for k := f.spanIn(s, e, 0); k >= 0 && k < len(f.spans) && f.spans[k].open < e; k++ {
		if f.spans[k].item >= 0 || f.speechLike(&f.spans[k]) {
			return true
		}
	}
	return false
}

// zhNarratedPerson is the person a paragraph of narrative (no quotation,
// no attribution) is about — its last subject, else the last person named —
// for a quoted paragraph after it. A short aside naming nobody (——哪有什么
// 从天而降的英雄) passes the question to the paragraph before, once: there the
// last speaker goes on.
func (f *finder) zhNarratedPerson(qi int) *entity {
	for hop := 0; hop < 2 && qi >= 0; hop, qi = hop+1, qi-1 {
		q := f.para(qi)
		if q.Kind == "h" || f.zhHeadline(q.Start, q.End) {
			return nil
		}
		if hop == 0 && f.spanIn(q.Start, q.End, 0) < 0 && !f.itemStartsIn(qi, q.Start-1, q.End, -1) {
			if e := f.mem.recentBetween(q.Start, q.End, isOnePerson, true); e != nil {
				return e
			}
			if e := f.mem.recentBetween(q.Start, q.End, isOnePerson, false); e != nil {
				return e
			}
			if f.mem.recentBetween(q.Start, q.End, func(*entity) bool { return true }, false) != nil || q.End-q.Start > zhMaxAside {
				return nil
			}
			continue
		}
		if hop == 1 {
			return f.lastSpeakerIn(qi)
		}
		return nil
	}
	return nil
}

// zhMaxAside: a paragraph of narrative this short naming nobody does not
// break a speaker's run of quoted paragraphs.
const zhMaxAside = 60

// lastSpeakerIn returns the speaker of the last attributed item of
// paragraph pi, or nil.
func (f *finder) lastSpeakerIn(pi int) *entity {
	var best *item
	for n := len(f.items) - 1; n >= max(0, len(f.items)-itemWindow); n-- {
		it := &f.items[n]
		if it.para == pi && !it.drop && it.ent != nil && len(it.segs) > 0 && (best == nil || it.end() > best.end()) {
			best = it
		}
	}
	if best == nil {
		return nil
	}
	return best.ent
}

// zhAnswerer is who answers the question in the quoted paragraph before pi
// (an interview: “X，你为什么…？” ¶ “…”): the person the question addresses
// by name, else the one who answered the question before.
func (f *finder) zhAnswerer(pi int) *entity {
	q := f.para(pi - 1)
	k := f.spanIn(q.Start, q.End, 0)
	if k < 0 || !f.paraIsQuote(&f.spans[k]) || f.spans[k].item >= 0 {
		return nil
	}
	s, e := f.spans[k].inner()
	e = trimEndSpace(f.rs, s, e)
	if e <= s || f.rs[e-1] != '？' && f.rs[e-1] != '?' {
		return nil
	}
	if c := f.zhClauseEnd(s, e); c < e && f.rs[c] == '，' {
		if ent := f.findRunes(s, c); ent != nil && ent.kind == kPerson {
			return ent
		}
	}
	if pi >= 2 {
		return f.lastSpeakerIn(pi - 2)
	}
	return nil
}

func isOnePerson(e *entity) bool { return (e.kind == kPerson || e.kind == kAnon) && !e.plural }

// zhOwnWords reports whether a quotation reads as someone's own words: in
// the first person, or a whole sentence (closing on its own punctuation).
func (f *finder) zhOwnWords(sp *span) bool {
	s, e := sp.inner()
	for _, r := range f.rs[s:e] {
		if r == '我' || r == '咱' || r == '俺' {
			return true
		}
	}
	e = trimEndSpace(f.rs, s, e)
	return e > s && isSentEnd(f.rs[e-1])
}

// skipSpace is the first index from s on that is not a space (e at most).
func skipSpace(rs []rune, s, e int) int {
	for s < e && isSpace(rs[s]) {
		s++
	}
	return s
}

func trimEndSpace(rs []rune, s, e int) int {
	for e > s && isSpace(rs[e-1]) {
		e--
	}
	return e
}

// zhSignatureEnd is where the name of a signature starting at x ends: at a
// colon or a title in 《》 (——陈某：《我的主张》), else the paragraph end.
func (f *finder) zhSignatureEnd(x, b int) int {
	for y := x; y < b; y++ {
		if r := f.rs[y]; r == '：' || r == ':' || r == '《' || r == '，' {
			return y
		}
	}
	return trimEnd(f.rs, x, b)
}

// lastWordsEnd returns the end of the last attributed words in paragraph
// pi before offset pos (or the paragraph start).
func (f *finder) lastWordsEnd(pi, pos int) int {
	end := f.para(pi).Start
	for n := len(f.items) - 1; n >= max(0, len(f.items)-itemWindow); n-- {
		it := &f.items[n]
		if it.para != pi || it.drop || len(it.segs) == 0 {
			continue
		}
		if e := it.end(); e <= pos && e > end {
			end = e
		}
	}
	for k := f.spanIn(f.para(pi).Start, pos, 0); k >= 0 && k < len(f.spans) && f.spans[k].open < pos; k++ {
		if (f.spans[k].item >= 0 || f.speechLike(&f.spans[k])) && f.spans[k].end() <= pos && f.spans[k].end() > end {
			end = f.spans[k].end()
		}
	}
	return end
}

// zhSignatureAt returns where the name of a signature starts after a
// quotation ending at x (“…”——汪勇, “…”。 —— 老周), or 0: a dash, then a
// short name running to the end of the paragraph.
func (f *finder) zhSignatureAt(x, b int) int {
	rs := f.rs
	for x < b && (isSpace(rs[x]) || rs[x] == '。' || rs[x] == '.') {
		x++
	}
	d := x
	for x < b && (rs[x] == '—' || rs[x] == '-' || rs[x] == '－') {
		x++
	}
	if x-d < 2 && !(x-d == 1 && rs[d] == '—') {
		return 0
	}
	for x < b && isSpace(rs[x]) {
		x++
	}
	if e := f.zhSignatureEnd(x, b); e-x < 2 || e-x > zhMaxSpeaker || e < b && rs[e] == '，' {
		return 0 // ——时势造英雄，…: an aside, not a signature
	}
	return x
}

// opensClause reports whether a quotation opens its clause (at the start
// of the paragraph, after punctuation or a space) rather than standing
// inside one as a term: 是“中国人民的老朋友”卢某.
func (f *finder) opensClause(sp *span) bool {
	p := f.para(sp.para)
	if sp.open <= p.Start {
		return true
	}
	r := f.rs[sp.open-1]
	return isClausePunct(r) || isSpace(r) || isCloseMark(r) || r == '—' || r == '…'
}

// zhCueWordAt returns the longest cue word at y (whatever its flags).
func zhCueWordAt(rs []rune, y, e int) string {
	if y >= e || y >= len(rs) || !zhCueFirst.mayHave(rs[y]) {
		return ""
	}
	for _, c := range zhCueIndex[rs[y]] {
		if y+runeLen(c.w) <= e && hasAt(rs, y, c.w) {
			return c.w
		}
	}
	return ""
}

// zhLeadingSpeaker reads the speaker opening rs[s:e] — a pronoun, a known
// name, a role and a name, or a bare name — and returns it with the offset
// where its predicate begins.
func (f *finder) zhLeadingSpeaker(s, e int) (*entity, int) {
	rs := f.rs
	if s >= e {
		return nil, s
	}
	if k, ok := zhPronouns[string(rs[s])]; ok && k == kPerson && rs[s] != '其' {
		return f.mem.pronoun(s, k), s + 1
	}
	if ent := f.knownAt(s, e); ent != nil {
		for l := min(e-s, maxKnownName, f.mem.longest); l >= 2; l-- {
			if f.findRunes(s, s+l) == ent {
				if longestAt(rs, s+l, e, zhTitlesLx) == "" {
					return ent, s + l
				}
				break // DCCI研究院|院长刘兴亮: the organisation opens a role
			}
		}
	}
	lim := reachOutsideParens(f.rs, s, e, zhMentionReach)
	for x := s; x < lim; x++ {
		t := longestAt(rs, x, lim, zhTitlesLx)
		if t == "" {
			t = longestAt(rs, x, lim, zhPersonNounsLx)
		}
		if t == "" {
			continue
		}
		te := x + runeLen(t)
		if n := f.zhNameLenAt(te, e); n > 0 {
			role := zhRole(rs, s, te, "")
			f.zhRoleOrg(role, s)
			return f.mem.add(string(rs[te:te+n]), role, kPerson), te + n
		}
		x = te - 1
	}
	if n := f.zhBareNameAt(s, e); n > 0 {
		return f.mem.add(string(rs[s:s+n]), "", kPerson), s + n
	}
	return nil, s
}

// zhHeadline reports whether rs[a:b] reads as a headline or a link, not a
// sentence: short, without sentence or clause punctuation.
func (f *finder) zhHeadline(a, b int) bool {
	if b-a > zhMaxHeadline {
		return false
	}
	for _, r := range f.rs[a:b] {
		if isClausePunct(r) || isOpenMark(r) {
			return false
		}
	}
	return true
}

// --- spans within the paragraph ---

func (f *finder) spanOpeningAt(i, k0 int) int {
	if i < 0 || i >= len(f.rs) || !isOpenMark(f.rs[i]) {
		return -1
	}
	if k, ok := f.openAt[i]; ok && k >= k0 {
		return k
	}
	return -1
}

// spanClosingAt returns the closed span whose closing mark is at i.
func (f *finder) spanClosingAt(i, k0 int) int {
	if i < 0 || i >= len(f.rs) || !isCloseMark(f.rs[i]) {
		return -1
	}
	if k, ok := f.closeAt[i]; ok && k >= k0 {
		return k
	}
	return -1
}

// spanIn returns the first span of the paragraph (from k0) opening in [s, e).
func (f *finder) spanIn(s, e, k0 int) int {
	sp := f.spans[k0:]
	k := sort.Search(len(sp), func(i int) bool { return sp[i].open >= s })
	if k < len(sp) && sp[k].open < e {
		return k0 + k
	}
	return -1
}

// --- cues ---

// zhCueAt matches a valid cue at i: the longest listed word there that is
// not part of another word, not a noun and not a verb with an object.
func (f *finder) zhCueAt(i, b int) (zhCueDef, int, bool) {
	rs := f.rs
	if i >= b || i >= len(rs) || !zhCueFirst.mayHave(rs[i]) {
		return zhCueDef{}, 0, false
	}
	for _, c := range zhCueIndex[rs[i]] {
		if !hasAt(rs, i, c.w) {
			continue
		}
		e := i + runeLen(c.w)
		if e > b {
			continue
		}
		if f.zhCueValid(i, e, b, c) {
			return c, e, true
		}
		if e+1 < b && rs[e] == '了' && zhClauseCues[c.w] && f.zhCueValid(i, e, e, c) && f.zhClauseLikeAt(e+1, b) {
			return c, e + 1, true // 强调了自己的儿子并未参加: a clause follows, not an object
		}
	}
	return zhCueDef{}, 0, false
}

// zhClauseCues take a clause after 了 as their reported words (强调了…并未…),
// unlike 表示了歉意.
var zhClauseCues = map[string]bool{"强调": true, "指出": true, "透露": true, "承认": true, "否认": true, "证实": true, "重申": true, "坦言": true, "强調": true, "證實": true}

// zhClauseLikeAt reports whether the words from j to the end of their clause
// read as a clause (a subject and a verb: 自己并未参加, 医院存在…) rather
// than a noun phrase (歉意, 动车事故): long enough and holding a verb marker.
func (f *finder) zhClauseLikeAt(j, b int) bool {
	return f.zhClauseLike(j, b, zhVerbMarkers)
}

func (f *finder) zhClauseLike(j, b int, markers string) bool {
	e := f.zhClauseEnd(j, b)
	if e-j < 5 {
		return false
	}
	for x := j + 1; x < e; x++ {
		if strings.ContainsRune(markers, f.rs[x]) {
			return true
		}
	}
	return false
}

// zhObjectNP reports whether the clause from j is a noun phrase — a
// modifier in 的 and a short head noun closing it (为残疾人士提供的服务) —
// the object of a verb like 介绍, not reported words.
func (f *finder) zhObjectNP(j, b int) bool {
	e := f.zhClauseEnd(j, b)
	d := lastDe(f.rs, j, e)
	if d <= j || e-d > 4 || e-d < 1 {
		return false
	}
	for x := j; x < e; x++ {
		if strings.ContainsRune(zhTopicVerbMarkers, f.rs[x]) || x >= d && !isHan(f.rs[x]) {
			return false // 医院存在…的行为 is a clause
		}
	}
	return true
}

// zhVerbMarkers are characters that mark a verb phrase inside a clause:
// negation, modals, aspect, copula, existence.
const zhVerbMarkers = "是有会将已没不未曾在被把要能可并都也还"

// zhTopicVerbMarkers make the words after 否认/承认/质疑… a clause without a
// comma (否认自己有过失); 是 does not (质疑这是炒作的说法 stays an opinion).
const zhTopicVerbMarkers = "有会将已没不未曾在被把要能可并都也还"

func (f *finder) zhCueValid(i, e, b int, c zhCueDef) bool {
	rs := f.rs
	if slices.Contains(zhReportNouns, c.w) && f.zhReportNounAt(i, e, b) {
		return false // 报道称: the report, a noun, speaks
	}
	for _, w := range zhCueNotBefore[c.w] {
		if endsAt(rs, i, w) && !(w == "话" && endsAt(rs, i, "的话")) && !(w == "人" && f.zhPersonNounEndsAt(i)) { // 引用X的话说 is speech
			return false
		}
	}
	if e < b {
		if longestAt(rs, e, b, zhCueNotAfterLx[""]) != "" && longestAt(rs, e, b, zhWordsAfterCueLx) == "" {
			return false
		}
		if l := zhCueNotAfterLx[c.w]; l != nil && longestAt(rs, e, b, l) != "" {
			return false
		}
	}
	if e < b {
		for _, d := range zhCueIndex[rs[e]] {
			if d.flags&cueDoc != 0 && hasAt(rs, e, d.w) {
				return false // a noun that shows: 一纸建议显示…
			}
		}
	}
	if c.flags&cueNeedPunct != 0 {
		if e >= b {
			return false
		}
		switch rs[e] {
		case '，', ',', '：', ':', '“', '「', '"':
		default:
			return false
		}
	}
	return true
}

// zhReportNounAt reports whether the word 报道 at i..e opens its clause
// (alone or after 该/这篇) and another cue follows within a few characters:
// 报道称, 报道中还提到 — the report, not the verb.
func (f *finder) zhReportNounAt(i, e, b int) bool {
	rs := f.rs
	s := i
	for _, d := range []string{"这篇", "這篇", "该", "該"} {
		if endsAt(rs, s, d) {
			s -= runeLen(d)
			break
		}
	}
	if s > 0 && !isClausePunct(rs[s-1]) && !isSpace(rs[s-1]) {
		return false // 《纽约时报》报道称: the outlet reports
	}
	for j := e; j < b && j <= e+4 && isHan(rs[j]); j++ {
		if _, _, ok := f.zhCueAt(j, b); ok {
			return true
		}
	}
	return false
}

// zhReportOutlet is the news outlet last named before s, whose report a
// clause opened by 报道 speaks for; nil when none was named.
func (f *finder) zhReportOutlet(s int) *entity {
	return f.mem.recent(s, func(e *entity) bool {
		if e.kind != kOrg {
			return false
		}
		name := e.name
		if i := strings.LastIndexAny(name, "（("); i > 0 && strings.HasSuffix(name, "）") || i > 0 && strings.HasSuffix(name, ")") {
			name = name[:i] // 英国广播公司网站（BBC）: the outlet before its short name
		}
		for _, w := range zhOutletEnds {
			if strings.HasSuffix(name, w) {
				return true
			}
		}
		return false
	})
}

// zhOutletAt reads a news outlet's title in book marks near the start of a
// clause (英国《泰晤士报》网站…, 《世界报》…): "《泰晤士报》", or "".
func (f *finder) zhOutletAt(s, e int) string {
	rs := f.rs
	p := s
	for p < e && p-s <= zhOutletLead && isHan(rs[p]) {
		p++
	}
	if p >= e || rs[p] != '《' {
		return ""
	}
	for q := p + 1; q < e && q-p <= zhOutletMaxTitle; q++ {
		if rs[q] == '》' {
			for _, w := range zhOutletTitleEnds {
				if endsAt(rs, q, w) && q-p-1 > runeLen(w) {
					return string(rs[p : q+1])
				}
			}
			return ""
		}
	}
	return ""
}

// zhScan walks the paragraph's cues in order, outside quotations.
func (f *finder) zhScan(pi, a, b, k0 int) {
	i := a
	for i < b {
		if k := f.spanOpeningAt(i, k0); k >= 0 {
			i = f.spans[k].end()
			continue
		}
		c, ce, ok := f.zhCueAt(i, b)
		if !ok {
			i++
			continue
		}
		next := f.zhAttribute(pi, a, b, k0, i, ce, c)
		i = max(next, i+1)
	}
}

// zhAttribute builds the attribution of the cue rs[i:ce] and returns where
// the scan goes on.
func (f *finder) zhAttribute(pi, a, b, k0, i, ce int, c zhCueDef) int {
	rs := f.rs
	// a second speech verb right after makes one cue: 回应称, 解释说
	merged := false
	if ce < b {
		if c2, ce2, ok := f.zhCueAt(ce, b); ok && c2.flags&(cueDoc|cueKanlai) == 0 {
			ce, c.flags, merged = ce2, c2.flags|c.flags&cueRecipient, true
		}
	}
	cs := f.zhClauseStart(a, i, k0)
	if c.w == "说" && f.zhBareModalSay(cs, ce) {
		return ce // 只能说，…: a connective, not speech
	}
	s, e := cs, i
	for s < e && isSpace(rs[s]) {
		s++
	}
	// a quotation right before the speaker: “…”张毅说 / “…，”他接着说
	afterQuote := -1
	if q := cs - 1; q >= a {
		if rs[q] == '，' || rs[q] == ',' {
			q--
			// “…”在东莞洪梅镇，|董事长杨敬辉当面告诉笔者: a short place or
			// time clause between the quotation and its speaker
			if y := f.zhClauseStart(a, q+1, k0); y > a && q+1-y <= zhMaxLeadClause && isCloseMark(rs[y-1]) &&
				(hasAt(rs, y, "在") || hasAt(rs, y, "于") || longestAt(rs, y, q+1, zhLeftStripLx) != "") {
				q = y - 1
			}
		}
		if q >= a && isCloseMark(rs[q]) {
			if k := f.spanClosingAt(q, k0); k >= 0 && f.spans[k].item < 0 && (f.opensClause(&f.spans[k]) || f.speechLike(&f.spans[k])) {
				afterQuote = k // not a term inside the clause: 此事在网上“炸了锅”，网友质疑…
			}
		}
	}
	if c.flags&cueFrom != 0 {
		// 记者从X处获悉: X is the source; without 从 the subject only learnt it
		y := i - 1
		for y >= s && rs[y] != '从' && rs[y] != '從' && i-y <= zhMaxSpeaker+4 {
			y--
		}
		if y < s || rs[y] != '从' && rs[y] != '從' {
			return ce
		}
		s, e = y+1, i
		if w := longestEndingAt(rs, s, e, zhFromEndsLx); w != "" {
			e -= runeLen(w)
		}
		if e-s < 2 {
			return ce
		}
		if longestAt(rs, s, e, zhRecipientsLx) != "" {
			return ce
		}
	}
	frame := false
	if c.flags&cueKanlai != 0 {
		for w := longestAt(rs, s, e, zhLeftStripLx); w != "" && w != "在"; w = longestAt(rs, s, e, zhLeftStripLx) {
			s += runeLen(w)
		}
		if !hasAt(rs, s, "在") {
			return ce
		}
		s++
	} else if w := longestAt(rs, f.zhSkipConnectives(s, e), e, zhFramesLx); w != "" {
		s = f.zhSkipConnectives(s, e) // 而|根据X的介绍
		// 据X称，… : a frame's cue closes its clause (据X称 may run on
		// into the words without a comma: 据警方称嫌疑人已…)
		if ce >= b || !strings.ContainsRune("，,：:", rs[ce]) && !zhFrameRunOnCues[c.w] {
			return ce
		}
		frame = true
		s += runeLen(w)
	}
	if c.flags&cueFrameOnly != 0 && !frame {
		return ce // 所知 speaks only in 据X所知
	}
	// passive: (曾)被X认为 — X speaks
	for x := s; x < e && x-s <= 2; x++ {
		if rs[x] == '被' && zhBeiNoun(rs, x, e) {
			break // 被打人, 被害人: a noun, not the passive
		}
		if rs[x] == '被' && lastDe(rs, x, e) == x { // (被打的记者: a modifier, not the passive)
			s = x + 1
			break
		}
	}
	nounCue := false // X给出的回应是：…
	if i > a && rs[i-1] == '的' && !frame && c.flags&cueKanlai == 0 {
		if !(ce+1 < b && rs[ce] == '是' && strings.ContainsRune("：:，,", rs[ce+1])) {
			return ce // a noun: 的建议, 的预测
		}
		nounCue, e = true, i-1
		if lv := longestEndingAt(rs, s, e, zhLightVerbsLx); lv != "" {
			e -= runeLen(lv)
		}
	}
	if lv := longestEndingAt(rs, s, e, zhLightVerbsLx); lv != "" {
		if !merged {
			return ce // a noun after a light verb: 进行了介绍, 产生质疑
		}
		e -= runeLen(lv) // 予以回应称, 发出警告称: the second verb makes it speech
	}
	cueStart := i
	var quoted *entity // 引用X的话说: X's words
	if m := f.zhPremod(s, e); m > 0 {
		cueStart, e = m, m
		for y := m; y < i-2 && endsAt(rs, i, "的话"); y++ {
			if w := longestAt(rs, y, i, zhCitePremodsLx); w != "" {
				if qs, qe := f.zhStrip(y+runeLen(w), i-2); qs < qe {
					if np := f.zhSpeaker(qs, qe, c); np.ok && np.ent != nil && np.ent.kind != kSource {
						quoted = np.ent
					}
				}
				break
			}
		}
	}
	if v := longestEndingAt(rs, s, e, zhVerbBeforeCueLx); v != "" && e-runeLen(v)-s >= 1 && cueStart == i {
		e -= runeLen(v) // 拉布|威胁称, 火车站方面|辩称
		cueStart = e
	}
	s, e = f.zhStrip(s, e)
	if e > s && longestAt(rs, s, e, zhRightStripLx) == string(rs[s:e]) {
		s = e // 次日在受访时坚称: a time word is no speaker; the subject is elided
	}
	if e > s && rs[e-1] == '地' {
		e = f.zhBeforeAdverbial(s, e)
	}
	if hasAt(rs, s, "像") {
		// 像戴夫·汉森这样的专家认为: experts like X — X speaks
		for y := s + 2; y+3 <= e; y++ {
			if hasAt(rs, y, "这样的") || hasAt(rs, y, "這樣的") {
				s, e = s+1, y
				break
			}
		}
	}
	if longestAt(rs, s, e, zhNotSpeakerStartsLx) != "" {
		// 曾经参加考察的|国家海洋局工作人员: a relative clause before the speaker
		if d := lastDe(rs, s, e); d > s && e-d >= 2 && (longestEndingAt(rs, d, e, zhPersonNounsLx) != "" || longestEndingAt(rs, d, e, zhTitlesLx) != "" || f.zhRoleAndNameAfterDe(d, e)) {
			s = d
		}
	}
	var whenSpeaker *entity
	whenFirst := hasAt(rs, s, "当") || hasAt(rs, s, "當")
	if i-s > 3 && (rs[i-1] == '时' || rs[i-1] == '時') {
		// 当X为Y颁奖时说, X聆听介绍时说: the subject of the when-clause speaks
		ws := s
		if hasAt(rs, ws, "当") || hasAt(rs, ws, "當") {
			ws++
		}
		if ent, _ := f.zhLeadingSpeaker(ws, i-1); ent != nil {
			whenSpeaker = ent
		} else if m := f.zhPremod(ws, e-1); m > ws {
			s, e = f.zhStrip(ws, m)
			if d := lastDe(rs, s, e); d > s && e-d >= 2 {
				s = d
			}
		}
	}
	if !(whenSpeaker != nil && whenFirst) && (f.zhSubordinateAt(s, e) || longestAt(rs, s, e, zhNotSpeakerStartsLx) != "") {
		return ce // 每当她练琴觉得…: a subordinate clause, not a speaker
	}
	var ent *entity
	if whenSpeaker != nil && (whenFirst || s >= e || !f.zhSpeaker(s, e, c).ok) {
		ent = whenSpeaker // (else the speaker phrase reads on its own: 叶小姐接受采访时说)
	} else if s >= e {
		if frame || c.flags&cueDoc != 0 || c.flags&cueImpersonal != 0 {
			return ce
		}
		ent = f.sentenceSubject(a, cs, k0)
		if ss, _ := f.zhStrip(f.zhSentStart(a, cs, k0), cs); ent == nil && ss+1 < cs && (rs[ss] == '他' || rs[ss] == '她') && !zhPluralMark(rs[ss+1]) {
			ent = f.mem.pronoun(ss, kPerson) // 他首先面对镜头鞠躬，然后表示：…: the pronoun opening the sentence
		}
		if ent == nil && f.zhSentStart(a, cs, k0) == cs {
			// 次日在受访时坚称…: a sentence without a subject goes on with
			// the person the paragraph's last sentence was about
			ent = f.mem.recentBetweenWhere(a, cs, func(e *entity) bool { return e.kind == kPerson }, true, true)
		}
		if ent == nil {
			return ce
		}
	} else {
		np := f.zhSpeaker(s, e, c)
		if !np.ok || c.flags&cueImpersonal != 0 && np.guessed {
			return ce
		}
		ent = np.ent
		if np.cuePrefix != "" {
			cueStart = min(cueStart, e)
		}
	}
	if c.flags&cueDoc != 0 && (ent == nil || ent.kind != kSource) {
		return ce
	}
	if quoted != nil && (quoted.kind == kPerson || quoted.kind == kAnon) && (ent == nil || ent.kind == kOrg || ent.kind == kSource) {
		ent = quoted // a paper citing someone: their words (a person citing a saying speaks for himself)
	}
	cue := strings.TrimSpace(string(rs[cueStart:ce]))
	f.mem.mention(ent, max(s, cs), true, pi)
	it := item{ent: ent, cue: cue, para: pi, from: cs, frame: frame}

	// the words: after the cue
	j := ce
	if nounCue {
		j++ // 是
	}
	if c.flags&cueRecipient != 0 {
		j = f.zhSkipRecipient(j, b, c.w == "告诉")
	}
	for j < b && isSpace(rs[j]) {
		j++
	}
	colon, punct := false, false
	if j < b {
		switch rs[j] {
		case '：', ':':
			colon, punct = true, true
			j++
		case '，', ',':
			punct = true
			j++
		}
	}
	if !punct && c.flags&cueTopic != 0 {
		// 回忆起事故发生时的场景：…: the object, then the words after a colon
		if x := f.zhClauseEnd(j, b); x < b && x-j <= zhMaxPremodRest && (rs[x] == '：' || rs[x] == ':') {
			j, colon, punct = x+1, true, true
		}
	}
	for j < b && isSpace(rs[j]) {
		j++
	}
	sentEnd := f.zhSentEnd(j, b, k0)
	if k := f.spanOpeningAt(j, k0); k >= 0 && f.spans[k].item < 0 && f.quoteStandsAlone(k, b) {
		n := f.addItem(it)
		if afterQuote >= 0 && !colon {
			// “A，”他说，“B。” — one speaker; but “A。”X写道：“B” introduces B only
			f.claim(afterQuote, n)
		}
		f.claim(k, n)
		return f.spans[k].end()
	}
	// a quotation later in the sentence, introduced by a colon: X称对…不陌生：“…”
	if k := f.spanIn(j, sentEnd, k0); k >= 0 && f.spans[k].item < 0 {
		if o := f.spans[k].open; o > j && (rs[o-1] == '：' || rs[o-1] == ':') && f.zhNextSpeaker(j, o, k0, c.flags&cueTopic != 0) == 0 {
			// (据X介绍，…，张某称：“…” — another speaker introduces it)
			n := f.addItem(it)
			if afterQuote >= 0 {
				f.claim(afterQuote, n)
			}
			f.claim(k, n)
			return f.spans[k].end()
		}
	}
	ce2 := trimEnd(rs, j, sentEnd)
	if c.flags&cueTopic != 0 && !punct && (f.zhClauseEnd(j, ce2)-j < zhMinTopicClause && !f.zhClauseLike(j, ce2, zhTopicVerbMarkers) || f.zhObjectNP(j, ce2)) {
		return ce // 回应动车事故, 介绍为…提供的服务: the object of the verb (否认自己有过失 is a clause)
	}
	resume := sentEnd
	if x := f.zhNextSpeaker(j, ce2, k0, c.flags&cueTopic != 0); x > 0 {
		ce2, resume = trimEnd(rs, j, x), x
	}
	if ce2-j < zhMinContent || !hasLetters(rs[j:ce2], zhMinContent) {
		if afterQuote >= 0 {
			n := f.addItem(it)
			f.claim(afterQuote, n)
			return sentEnd
		}
		if colon || punct && trimEnd(rs, j, b) == j {
			// X批复：¶“…” / X及时表态，¶“…”: the words are the quotation
			// opening the next paragraph (claimAfterColons)
			if pi+1 < len(f.doc.Paras) {
				f.colonIntros = append(f.colonIntros, it)
			}
			return ce
		}
		// post-posed: the words came before the speaker (…，业内人士表示。)
		ps := f.zhSentStart(a, cs, k0)
		pe := trimEnd(rs, ps, cs)
		k := f.spanIn(ps, pe, k0)
		if ps > a && isCloseMark(rs[ps-1]) {
			k = f.spanClosingAt(ps-1, k0) // “…！”在…现场，姚明如是说: the quotation is a sentence of its own
		}
		if k >= 0 && f.spans[k].item < 0 && f.speechLike(&f.spans[k]) && (f.spans[k].open == ps || f.spans[k].end() == ps) {
			// “…”在…现场，…，姚明如是说。: the quotation opening the sentence
			n := f.addItem(it)
			f.claim(k, n)
			return ce
		}
		if pe-ps < 4 || f.coveredByItem(ps, pe) || f.spanIn(ps, pe, k0) >= 0 {
			return ce
		}
		it.segs = []seg{{ps, pe}}
		f.addItem(it)
		return ce
	}
	n := f.addItem(it)
	if afterQuote >= 0 {
		f.claim(afterQuote, n)
		if k := f.spanIn(j, ce2, k0); k >= 0 && f.opensClause(&f.spans[k]) {
			return ce // more quotations follow: let them be claimed on their own
		}
	}
	f.items[n].segs = append(f.items[n].segs, seg{j, ce2})
	// quotations inside reported words belong to them
	for k := k0; k < len(f.spans); k++ {
		if sp := &f.spans[k]; sp.open >= j && sp.open < ce2 && sp.item < 0 {
			sp.item = n
		}
	}
	if frame {
		return ce
	}
	return resume
}

// zhRoleAndNameAfterDe reports whether rs[d:e], after the 的 that closes a
// relative clause, is a title and a name (负责欧洲业务的|主管张明,
// 负责评级的|主管Anna Berger): the clause describes the speaker.
func (f *finder) zhRoleAndNameAfterDe(d, e int) bool {
	d, e = f.zhStrip(d, e)
	t := longestAt(f.rs, d, e, zhTitlesLx)
	if t == "" {
		return false
	}
	if _, _, ok := zhLatinName(f.rs, d, e); ok {
		return true
	}
	n := f.zhNameLenAt(d+runeLen(t), e)
	return n > 0 && d+runeLen(t)+n == e
}

// zhPluralMark reports whether r after a pronoun makes it plural (他们).
func zhPluralMark(r rune) bool { return r == '们' || r == '們' }

// zhBareModalSay reports whether rs[cs:ce], connectives aside, is only one
// of zhBareModalSays (no subject before it).
func (f *finder) zhBareModalSay(cs, ce int) bool {
	s := f.zhSkipConnectives(cs, ce)
	for s < ce && isSpace(f.rs[s]) {
		s++
	}
	for _, w := range zhBareModalSays {
		if s+runeLen(w) == ce && hasAt(f.rs, s, w) {
			return true
		}
	}
	return false
}

// zhPersonNounEndsAt reports whether a person noun ending in 人 ends at i
// (有人|称, 知情人|称, 被打人|称 — but 人称 alone is "known as").
func (f *finder) zhPersonNounEndsAt(i int) bool {
	rs := f.rs
	if runeLen(longestEndingAt(rs, max(0, i-6), i, zhPersonNounsLx)) >= 2 {
		return true
	}
	for s := i - 3; s >= max(0, i-zhMaxBeiNoun); s-- {
		if zhBeiNoun(rs, s, i) {
			return true
		}
	}
	return false
}

// zhBeiNoun reports whether rs[s:e] is a short 被-noun for a person — 被
// and a verb before 人/者/方 (被打人, 被害人, 被告, 被访者) — rather than a
// passive.
func zhBeiNoun(rs []rune, s, e int) bool {
	if s >= e || rs[s] != '被' {
		return false
	}
	if hasAt(rs, s, "被告") {
		return true
	}
	if longestAt(rs, s+1, e, zhPersonNounsLx) != "" || longestAt(rs, s+1, e, zhTitlesLx) != "" {
		return false // 被记者问到, 被专家认为: the agent of a passive
	}
	for k := s + 2; k < e && k-s < zhMaxBeiNoun; k++ {
		if strings.ContainsRune(zhBeiNounEnds, rs[k]) {
			return true
		}
	}
	return false
}

// zhSubordinateAt reports whether a subordinator opens rs[s:e] (当他…,
// 如果…), not a word that merely starts like one (当地居民, 当局).
func (f *finder) zhSubordinateAt(s, e int) bool {
	w := longestAt(f.rs, s, e, zhSubordinatorsLx)
	return w != "" && longestAt(f.rs, s, e, zhNotSubordinatorsLx) == ""
}

// quoteStandsAlone reports whether the quotation k is a whole utterance, not
// a term opening a longer phrase (“戊肝”疫苗的研制…).
func (f *finder) quoteStandsAlone(k, b int) bool {
	sp := &f.spans[k]
	x := sp.end()
	if !sp.closed || x >= b {
		return true
	}
	r := f.rs[x]
	return isClausePunct(r) || isSpace(r) || isOpenMark(r) || isCloseMark(r) || r == '…' || r == '—' || r == '、' || f.speechLike(sp)
}

// zhNextSpeaker finds, inside reported words rs[j:e], a later clause that
// turns to another speaker (…，而业内人士一语道破：…) and returns where it
// starts, or 0.
func (f *finder) zhNextSpeaker(j, e, k0 int, afterTopic bool) int {
	rs := f.rs
	for x := j; x < e; x++ {
		if k := f.spanOpeningAt(x, k0); k >= 0 {
			x = f.spans[k].end() - 1
			continue
		}
		if rs[x] != '，' && rs[x] != ',' && rs[x] != '；' && rs[x] != ';' {
			continue
		}
		cs := x + 1
		// the same speaker goes on with a verb of its own: …，并称…; after a
		// verb with an object (否认…，强调…) a bare verb does too
		y := cs
		if c := longestAt(rs, y, e, zhAlsoWordsLx); c != "" {
			y += runeLen(c)
		}
		if y > cs || y < e && longestAt(rs, y, e, zhRightStripLx) == "" {
			if c, ce, ok := f.zhCueAt(y, e); ok && c.flags&(cueDoc|cueKanlai|cueImpersonal) == 0 && (y > cs || afterTopic) && (c.flags&cueTopic == 0 || ce < e && strings.ContainsRune("，,：:", rs[ce]) || f.zhClauseEnd(ce, e)-ce >= zhMinTopicClause) {
				return cs
			}
		}
		w := longestAt(rs, cs, e, zhTurnWordsLx)
		if w == "" {
			if f.zhNamedSpeakerClause(cs, e) || f.zhHandleLabelAt(cs, k0) {
				return cs
			}
			continue
		}
		for y := cs + runeLen(w); y < e && y-cs < zhMaxClause; y++ {
			if isClausePunct(rs[y]) || isOpenMark(rs[y]) {
				break
			}
			if _, _, ok := f.zhCueAt(y, e); ok {
				s, se := f.zhStrip(cs+runeLen(w), y)
				if s < se && (longestEndingAt(rs, s, se, zhPersonNounsLx) != "" || longestEndingAt(rs, s, se, zhOrgSuffixesLx) != "" || isNameShape(rs, s, se, false) ||
					longestEndingAt(rs, s, se, zhTitlesLx) != "" || f.zhRoleAndName(s, se)) {
					return cs // …，但华为院士艾伟表示…: a new speaker
				}
				break
			}
		}
	}
	return 0
}

// zhRoleAndName reports whether rs[s:e] is a role and a name (华为院士艾伟).
func (f *finder) zhRoleAndName(s, e int) bool {
	if e-s < 3 || e-s > zhMaxSpeaker {
		return false
	}
	_, role, ok := f.zhName(s, e)
	return ok && role != ""
}

// zhNamedSpeakerClause reports whether the clause at cs is a named
// organisation or person and a cue, then a comma (…，动管组认为，…): another
// speaker, even without a word that turns to it.
func (f *finder) zhNamedSpeakerClause(cs, e int) bool {
	rs := f.rs
	for y := cs + 2; y < e && y-cs <= zhMaxSpeaker; y++ {
		if isClausePunct(rs[y]) || isOpenMark(rs[y]) {
			return false
		}
		c, ce, ok := f.zhCueAt(y, e)
		if !ok {
			continue
		}
		if ce >= e || rs[ce] != '，' && rs[ce] != ',' && rs[ce] != '：' || c.flags&(cueDoc|cueKanlai) != 0 {
			return false
		}
		s, se := f.zhStrip(cs, y)
		if s >= se {
			return false
		}
		if _, ok := zhPronouns[string(rs[s:se])]; ok {
			return false
		}
		return runeLen(longestEndingAt(rs, s, se, zhOrgSuffixesLx)) >= 1 && se-s >= 2 || isNameShape(rs, s, se, false) || f.zhRoleAndName(s, se)
	}
	return false
}

// zhAlsoWords open a clause in which the same speaker says more: …，并称…
// (not 还/也: …，还称… goes on with the same statement)
var zhAlsoWords = []string{"并且", "而且", "同时", "随后", "另外", "此外", "并"}

// zhTurnWords open a clause that turns to another speaker.
var zhTurnWords = []string{"与此同时", "但是", "不过", "然而", "另外", "此外", "同时", "而", "但"}

// zhInterviewWords make 接受… a modifier of the cue: 接受本报记者采访时表示.
var zhInterviewWords = []string{"采访", "询问", "专访", "提问"}

func runesContainAny(rs []rune, chars string) bool {
	for _, r := range rs {
		if strings.ContainsRune(chars, r) {
			return true
		}
	}
	return false
}

func runesIndexFunc(rs []rune, f func(rune) bool) int {
	for i, r := range rs {
		if f(r) {
			return i
		}
	}
	return -1
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// runesContain reports whether w occurs in rs.
func runesContain(rs []rune, w string) bool {
	wr := []rune(w)
	for i := 0; i+len(wr) <= len(rs); i++ {
		if runesAt(rs, i, wr) {
			return true
		}
	}
	return false
}

// zhSkipConnectives skips connectives (而, 但, 同时) opening a clause.
func (f *finder) zhSkipConnectives(s, e int) int {
	for _, w := range zhTurnWords {
		if hasAt(f.rs, s, w) && s+runeLen(w) < e {
			return s + runeLen(w)
		}
	}
	return s
}

// zhBeforeAdverbial cuts a manner adverbial in 地 off the end of a speaker
// phrase: 卢宇|恳切地, 赵亮|既懊恼又无奈地. It returns the end of the longest
// prefix that ends in a known name, a title or a person noun.
func (f *finder) zhBeforeAdverbial(s, e int) int {
	rs := f.rs
	for k := min(s+2, e-2); k >= s+1; k-- {
		if _, ok := zhPronouns[string(rs[s:k])]; ok {
			return k // 她|开玩笑地, 他们|兴奋地
		}
	}
	for k := e - 2; k >= s+1; k-- {
		if f.findRunes(s, k) != nil {
			return k // 卢宇|恳切地: a known name first
		}
	}
	for k := e - 2; k >= max(s+1, e-zhMaxPremodRest); k-- {
		if ne := zhStripPlaceAdverbial(rs, s, k); ne < k {
			return ne // 一位自称业主的男子|在业绩会上|情绪激动地
		}
	}
	for k := e - 2; k >= s+1; k-- {
		if _, _, ok := f.zhName(s, k); ok || f.findRunes(s, k) != nil ||
			longestEndingAt(rs, s, k, zhTitlesLx) != "" || longestEndingAt(rs, s, k, zhPersonNounsLx) != "" && k-s >= 2 {
			return k
		}
	}
	return s
}

// zhClauseEnd returns the end of the clause starting at j (before e).
func (f *finder) zhClauseEnd(j, e int) int {
	for x := j; x < e; x++ {
		if isClausePunct(f.rs[x]) {
			return x
		}
	}
	return e
}

// coveredByItem reports whether an item already holds words in [s, e).
// Only the last items are looked at: overlapping ones are recent.
func (f *finder) coveredByItem(s, e int) bool {
	for n := len(f.items) - 1; n >= max(0, len(f.items)-itemWindow); n-- {
		for _, g := range f.items[n].segs {
			if g.s < e && g.e > s {
				return true
			}
		}
	}
	return false
}

// hasLetters reports whether rs holds at least n letters or digits.
func hasLetters(rs []rune, n int) bool {
	for _, r := range rs {
		if isLetterRune(r) {
			n--
			if n <= 0 {
				return true
			}
		}
	}
	return false
}

func trimEnd(rs []rune, s, e int) int {
	for e > s && (isSpace(rs[e-1]) || isClausePunct(rs[e-1]) || rs[e-1] == '…') {
		e--
	}
	return e
}

// zhClauseStart finds the start of the clause holding offset i: after the
// previous clause mark, a long quotation, or a space.
func (f *finder) zhClauseStart(a, i, k0 int) int {
	rs := f.rs
	j := i
	for j > a {
		if i-j > zhMaxClause {
			return j
		}
		r := rs[j-1]
		switch {
		case r == ')' || r == '）' || r == '》':
			o := r - 1 // '(', '（' and '《' come one code point before their closers
			opens := func(c rune) bool {
				return c == o || r != '》' && (c == '(' || c == '（') // mixed widths: (…）
			}
			k := j - 2
			for k >= a && j-k < 40 && !opens(rs[k]) {
				k--
			}
			if k >= a && opens(rs[k]) {
				j = k
				continue
			}
			return j
		case isLostDot(rs, j-1):
			// 斯蒂芬妮?席尔霍尔茨: a middle dot lost to a charset, not a question
		case isCloseMark(r):
			if k := f.spanClosingAt(j-1, k0); k >= 0 {
				sp := f.spans[k]
				in, out := sp.inner()
				if out-in <= zhShortQuote && sp.open > a && !isClausePunct(rs[sp.open-1]) && !isSpace(rs[sp.open-1]) ||
					out-in <= zhShortQuote && f.knownPersonIn(in, out) { // 。“铁哥们儿”说: a user named before

					j = sp.open
					continue
				}
				return j
			}
		case isSpace(r) && j-2 >= a && j < len(rs) && isASCIILetter(rs[j-2]) && isASCIILetter(rs[j]):
			// Gunter Schumann教授说: the space inside a Latin name
		case isClausePunct(r) || isSpace(r) || r == '—':
			return j
		}
		j--
	}
	return a
}

// zhSentEnd returns the offset of the end of the sentence from j (its
// terminator, outside quotations), or b.
func (f *finder) zhSentEnd(j, b, k0 int) int {
	b = min(b, j+zhMaxSentence)
	for x := j; x < b; x++ {
		if k := f.spanOpeningAt(x, k0); k >= 0 {
			x = f.spans[k].end() - 1
			continue
		}
		switch f.rs[x] {
		case '。', '！', '？', '!', '?':
			if isLostDot(f.rs, x) {
				continue
			}
			return x
		}
	}
	return b
}

// isLostDot reports whether rs[i] is a question mark standing for the
// middle dot of a transliterated name (斯蒂芬妮?席尔霍尔茨).
func isLostDot(rs []rune, i int) bool {
	return i > 0 && i+1 < len(rs) && (rs[i] == '?' || rs[i] == '？') && zhTranslitOK.has(rs[i-1]) && zhTranslitOK.has(rs[i+1])
}

// zhSentStart returns the start of the sentence holding offset i.
func (f *finder) zhSentStart(a, i, k0 int) int {
	a = max(a, i-zhMaxSentence)
	for x := i - 1; x >= a; x-- {
		r := f.rs[x]
		if isCloseMark(r) {
			if k := f.spanClosingAt(x, k0); k >= 0 {
				in, out := f.spans[k].inner()
				if out > in && isSentEnd(f.rs[out-1]) {
					return x + 1
				}
				x = f.spans[k].open
				continue
			}
		}
		if isSentEnd(r) && !isLostDot(f.rs, x) {
			return x + 1
		}
	}
	return a
}

func isSentEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?':
		return true
	}
	return false
}

// zhPremod finds where the cue's own modifiers begin inside the speaker
// clause s..e: 张发恩|接受本报记者采访时|表示. It returns 0 when there are none.
func (f *finder) zhPremod(s, e int) int {
	rs := f.rs
	for x := s + 1; x < e; x++ {
		w := longestAt(rs, x, e, zhPremodsLx)
		if w == "" {
			continue
		}
		if x-s < 2 {
			if _, ok := zhPronouns[string(rs[s:x])]; !ok {
				continue
			}
		}
		if runeLen(w) == 1 && !f.zhSpeakerEndsAt(s, x) {
			continue // 持不同立场的…: 同 is inside the speaker phrase here
		}
		rest := e - x - runeLen(w)
		ok := false
		switch w {
		case "接受":
			ok = rest >= 2 && containsAny(string(rs[x:e]), zhInterviewWords)
		case "在":
			pe := e
			for pe > x+1 {
				w := longestEndingAt(rs, x+1, pe, zhRightStripLx)
				if w == "" {
					break
				}
				pe -= runeLen(w) // 在有关会议上|就
			}
			ok = rest >= 1 && rest <= zhMaxPremodRest && strings.ContainsRune(zhPlaceEnds, rs[pe-1])
		case "发布", "发表", "撰文", "撰写", "致信", "致函":
			ok = rest <= zhMaxPremodRest
		default:
			ok = rest >= 1 && rest <= zhMaxPremodRest
		}
		if ok {
			return x
		}
	}
	return 0
}

// zhSpeakerEndsAt reports whether a speaker phrase may end at x (before a
// preposition opening the cue's modifiers): after a pronoun, a title, a
// person noun, an organisation, a known name, a name or a time word.
func (f *finder) zhSpeakerEndsAt(s, x int) bool {
	rs := f.rs
	if s2, x2 := f.zhStrip(s, x); x2 < x || s2 >= x2 {
		return true // a time word or an adverb ends it, or is all there is
	} else {
		s = s2
	}
	if s >= x {
		return false
	}
	if _, ok := zhPronouns[string(rs[s:x])]; ok {
		return true
	}
	if longestEndingAt(rs, s, x, zhTitlesLx) != "" || longestEndingAt(rs, s, x, zhPersonNounsLx) != "" ||
		longestEndingAt(rs, s, x, zhOrgSuffixesLx) != "" || longestEndingAt(rs, s, x, zhRightStripLx) != "" ||
		longestEndingAt(rs, s, x, zhIndustryWordsLx) != "" || longestEndingAt(rs, s, x, zhDocNounsLx) != "" {
		return true
	}
	if x > s && (rs[x-1] == ')' || rs[x-1] == '）' || rs[x-1] == '》' || !isHan(rs[x-1])) {
		return true
	}
	for l := 2; l <= 4 && x-l >= s; l++ {
		if isNameShape(rs, x-l, x, true) || f.findRunes(x-l, x) != nil {
			return true
		}
	}
	return false
}

// zhStrip trims connectives and quantifiers from the front of a speaker
// phrase and adverbs, time words and 的 from its end.
func (f *finder) zhStrip(s, e int) (int, int) {
	rs := f.rs
	for e > s && isSpace(rs[e-1]) {
		e--
	}
	for s < e && isSpace(rs[s]) {
		s++
	}
	for {
		w := longestAt(rs, s, e, zhLeftStripLx)
		if w == "" {
			break
		}
		if w == "有" && (e-s < 3 || hasAt(rs, s, "有人")) {
			break
		}
		if pn := longestAt(rs, s, e, zhPersonNounsLx); runeLen(pn) > runeLen(w) {
			break // 许多人, 很多人 are the speakers
		}
		if s+runeLen(w) == e && zhNounConnectives[w] {
			break // 结果显示: the results show, not "then … shows"
		}
		s += runeLen(w)
	}
	s = skipDate(rs, s, e)
	s = f.zhSkipLeadingPlace(s, e)
	for {
		changed := false
		if e-s > 1 && rs[e-1] == '的' {
			e--
			changed = true
		}
		if w := longestEndingAt(rs, s, e, zhRightStripLx); w != "" && (e-runeLen(w)-s >= 2 || e-runeLen(w)-s == 1 && isPronounAt(rs, s)) {
			if !(runeLen(w) == 1 && f.findRunes(s, e) != nil) {
				e -= runeLen(w)
				changed = true
			}
		}
		if ne := stripDateEnd(rs, s, e); ne < e {
			e = ne
			changed = true
		}
		if ne := zhStripPlaceAdverbial(rs, s, e); ne < e {
			e = ne
			changed = true
		}
		if e-s > 2 && (rs[e-1] == '在' || rs[e-1] == '于') {
			e-- // 星河科技在|第一时间: a preposition left behind by a time word
			changed = true
		}
		for e > s && isSpace(rs[e-1]) {
			e--
		}
		if !changed {
			break
		}
	}
	return s, e
}

// zhSkipLeadingPlace skips a leading 在…中/上/时 phrase before a pronoun or
// a name: 在采访中|他, 在会上|张某.
func (f *finder) zhSkipLeadingPlace(s, e int) int {
	rs := f.rs
	if !hasAt(rs, s, "在") {
		return s
	}
	for y := s + 2; y < e-1 && y-s <= zhMaxPremodRest; y++ {
		if isClausePunct(rs[y]) {
			return s
		}
		if !strings.ContainsRune(zhPlaceEnds, rs[y]) {
			continue
		}
		r := y + 1
		if _, ok := zhPronouns[string(rs[r])]; ok && rs[r] != '其' || f.knownAt(r, e) != nil || f.zhBareNameAt(r, e) > 0 {
			return r
		}
	}
	return s
}

// zhStripPlaceAdverbial removes a trailing 在…上/中/时 phrase (where or when
// the words were said) from a speaker phrase: 武主任|在短信中, 她|在电话另一边.
func zhStripPlaceAdverbial(rs []rune, s, e int) int {
	if e-s < 3 || !strings.ContainsRune(zhPlaceEnds, rs[e-1]) {
		return e
	}
	for y := e - 2; y >= s && e-y <= zhMaxPremodRest; y-- {
		if isClausePunct(rs[y]) {
			return e
		}
		if rs[y] == '在' {
			return y // at s, nothing is left: the cue's subject is the sentence's
		}
	}
	return e
}

// zhNameBeforeTitle reports whether a name stands right before the title at
// x (钱|主任, 卢倩仪|老师) rather than after it (教授|马文德).
func (f *finder) zhNameBeforeTitle(s, x int) bool {
	rs := f.rs
	if x > s && zhSurnameSet.has(rs[x-1]) && (x-1 == s || !isHan(rs[x-2]) || !zhSurnameSet.has(rs[x-2]) || rs[x-2] == '的' || longestEndingAt(rs, s, x-1, zhTitlesLx) != "") {
		return true
	}
	n := f.zhNameLenEndingAt(s, x)
	return n > 0 && f.zhNameStartOK(s, x-n)
}

// zhNameStartOK reports whether a name may start at ns in a phrase starting
// at s: at its start, after 的 or a non-Han rune, or after a title, a person
// noun or an organisation (社会学|荣誉教授 is no name before 教授).
func (f *finder) zhNameStartOK(s, ns int) bool {
	rs := f.rs
	return ns == s || rs[ns-1] == '的' || !isHan(rs[ns-1]) || longestEndingAt(rs, s, ns, zhTitlesLx) != "" ||
		longestEndingAt(rs, s, ns, zhPersonNounsLx) != "" || longestEndingAt(rs, s, ns, zhOrgSuffixesLx) != ""
}

// zhMaxRoleDescription: a description ending in 的 longer than this (in
// runes) before a role is cut off the role.
const zhMaxRoleDescription = 10

// A quotation followed by its speaker and any verb (zhQuoteThenSpeaker):
// at most this long a place or time clause may stand between them, and the
// cue recorded is at most this many runes of the verb phrase.
const (
	zhMaxLeadClause = 12
	zhMaxLeadCue    = 12
)

// zhPrepSurnames are surnames that are also prepositions (向刘冬求证).
const zhPrepSurnames = "向于"

// zhPlaceEnds close a 在… phrase of place or time.
const zhPlaceEnds = "上中时里后前边头下内外時裡後邊頭內"

func isPronounAt(rs []rune, s int) bool {
	_, ok := zhPronouns[string(rs[s])]
	return ok
}

// skipDate skips a leading date or time: 1月18日, 2024年, 北京时间.
func skipDate(rs []rune, s, e int) int {
	x := s
	if hasAt(rs, x, "北京时间") || hasAt(rs, x, "北京時間") {
		x += 4
	}
	for {
		y := x
		for y < e && isDigit(rs[y]) {
			y++
		}
		if y == x || y >= e {
			break
		}
		switch rs[y] {
		case '年', '月', '日', '号', '时':
			x = y + 1
			continue
		}
		break
	}
	if x < e {
		return x
	}
	return s
}

// stripDateEnd removes a trailing date: 12日, 1月13日, 2012年.
func stripDateEnd(rs []rune, s, e int) int {
	if e-s < 3 {
		return e
	}
	switch rs[e-1] {
	case '日', '号', '月', '年':
	default:
		return e
	}
	x := e - 1
	for x > s && isDigit(rs[x-1]) {
		x--
	}
	if x == e-1 || x-s < 2 {
		return e
	}
	return x
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// zhNP is a parsed speaker phrase.
type zhNP struct {
	ent       *entity
	ok        bool
	cuePrefix string
	guessed   bool // an unknown short phrase taken for an organisation
}

// zhSpeaker turns the speaker phrase rs[s:e] into an entity: a pronoun or a
// description resolved from memory, a known name, a document (source group),
// a name with its role, an unnamed person (anonymous) or an organisation.
func (f *finder) zhSpeaker(s, e int, c zhCueDef) zhNP {
	rs := f.rs
	if lenWithoutParens(rs, s, e) > zhMaxSpeaker {
		// a long description: the speaker is what follows its last 的
		// (１９９５年就进入建筑行业、曾被多次欠薪的|某工会副主席尤良海)
		if d := lastDe(rs, s, e); d > s && e-d >= 2 && lenWithoutParens(rs, d, e) <= zhMaxSpeaker {
			if name, role, ok := f.zhName(d, e); ok {
				f.zhRoleOrg(role, d)
				return zhNP{ent: f.mem.add(name, role, kPerson), ok: true}
			}
			if name, role, ok := zhLatinName(rs, d, e); ok && role != "" {
				// (负责欧洲业务的)|主管Anna Berger: a title and a Latin name
				return zhNP{ent: f.mem.add(name, role, kPerson), ok: true}
			}
		}
		return zhNP{}
	}
	if e-s > 4 && (rs[e-1] == '）' || rs[e-1] == ')') && hasAt(rs, e-3, "化名") {
		e -= 4 // 小强（化名）: the pseudonym is the name
	}
	if ch := longestEndingAt(rs, s, e, zhChannelsLx); ch != "" && e-runeLen(ch)-s >= 2 {
		e -= runeLen(ch) // 公安部治安管理局|官微: the owner of the account speaks
	}
	if isOpenMark(rs[s]) && isCloseMark(rs[e-1]) && e-s > 3 {
		if ent := f.mem.find(string(rs[s+1 : e-1])); ent != nil && ent.kind == kPerson {
			return zhNP{ent: ent, ok: true} // “铁哥们儿”说: a user named before, in quotation marks
		}
	}
	if isCloseMark(rs[e-1]) {
		// 网友“Boy阿继”: a user name in quotation marks after a person noun
		for o := e - 2; o > s && e-o <= zhShortQuote+2; o-- {
			if !isOpenMark(rs[o]) {
				continue
			}
			if o-s >= 2 && (longestEndingAt(rs, s, o, zhPersonNounsLx) != "" || longestEndingAt(rs, s, o, zhTitlesLx) != "") && e-o > 2 {
				return zhNP{ent: f.mem.add(string(rs[o+1:e-1]), string(rs[s:o]), kPerson), ok: true}
			}
			break
		}
	}
	w := string(rs[s:e])
	if zhNotSpeakers[w] || hasAt(rs, s, "我") && longestAt(rs, s, e, zhOurPlacesLx) == "" {
		return zhNP{} // (but 我国…考察队, 我市…: our country's body speaks)
	}
	if k, ok := zhPronouns[w]; ok {
		return zhNP{ent: f.mem.pronoun(s, k), ok: true}
	}
	if zhReportSubjects[w] {
		if ent := f.zhReportOutlet(s); ent != nil {
			return zhNP{ent: ent, ok: true}
		}
		return zhNP{}
	}
	if d := longestAt(rs, s, e, zhDemonstrativesLx); d != "" && e-s > runeLen(d) {
		noun := string(rs[s+runeLen(d) : e])
		want := kPerson
		if longestEndingAt(rs, s+runeLen(d), e, zhOrgSuffixesLx) != "" {
			want = kOrg
		}
		ds := s + runeLen(d)
		if _, _, named := f.zhName(ds, e); named && want == kPerson {
			s, w = ds, noun // 该案件原告的代理律师易学超: the name speaks
		} else if ent := f.mem.lastAnonymous(s); ent != nil && want == kPerson && zhGenericPersonNouns[noun] {
			return zhNP{ent: ent, ok: true} // 该人士: the last unnamed source, whatever noun named it
		} else if ent := f.mem.describeStrict(s, noun, want); ent != nil {
			return zhNP{ent: ent, ok: true}
		} else if want == kPerson && (d == "该" || d == "該") && e-ds > 2 && longestEndingAt(rs, ds, e, zhPersonNounsLx) != "" {
			return zhNP{ent: f.mem.add(noun, "", kAnon), ok: true} // 该项目业主: nobody called so before
		} else if ent := f.mem.describe(s, noun, want); ent != nil {
			return zhNP{ent: ent, ok: true}
		} else if want == kOrg && longestAt(rs, ds, e, zhOrgSuffixesLx) == noun {
			// 该公司 with no company named before: unresolved, not "公司"
			return zhNP{ok: true}
		} else {
			s += runeLen(d)
			w = noun
		}
	}
	if ent := f.mem.find(w); ent != nil {
		if ent.kind == kOrg && ent.name != w && hasAt(rs, e, zhSideWord) {
			// 龙湖方面 after 龙湖集团: "the Longfor side", named as written
			return zhNP{ent: f.mem.add(w+zhSideWord, "", kOrg), ok: true}
		}
		return zhNP{ent: ent, ok: true}
	}
	if ent := f.zhKinSpeaker(s, e); ent != nil {
		return zhNP{ent: ent, ok: true}
	}
	// a known name with a title after it: 夏宁邵教授
	if t := longestEndingAt(rs, s, e, zhTitlesLx); t != "" {
		if ent := f.findRunes(s, e-runeLen(t)); ent != nil && ent.kind == kPerson {
			return zhNP{ent: ent, ok: true}
		}
	}
	// the surname alone, or with a title, for a person named in full
	// before: 顾认为, 陈校长说 (陈立群)
	if ent := f.zhBySurname(s, e); ent != nil {
		return zhNP{ent: ent, ok: true}
	}
	// documents: 报告显示, 美联储纽约分行的一份报告显示, 美国劳工部报告说
	if dn := longestEndingAt(rs, s, e, zhDocNounsLx); dn != "" {
		os, oe := s, e-runeLen(dn)
		attached := oe > os && rs[oe-1] != '的'
		for {
			x := longestEndingAt(rs, os, oe, zhOwnerStripLx)
			if x == "" {
				break
			}
			oe -= runeLen(x)
			attached = false
		}
		os, oe = f.zhStrip(os, oe)
		if c.flags&cueDoc == 0 && attached && oe > os {
			// 美国劳工部报告说: the owner speaks
			np := f.zhSpeaker(os, oe, c)
			np.cuePrefix = dn
			return np
		}
		name := string(rs[s:e])
		if oe > os {
			name = string(rs[os:oe])
		}
		return zhNP{ent: &entity{name: name, role: dn, kind: kSource}, ok: true}
	}
	if name, role, ok := f.zhName(s, e); ok {
		f.zhRoleOrg(role, s)
		return zhNP{ent: f.mem.add(name, role, kPerson), ok: true}
	}
	if name, role, ok := zhLatinName(rs, s, e); ok {
		return zhNP{ent: f.mem.add(name, role, kPerson), ok: true}
	}
	if ls := latinWordStart(rs, s, e); ls > s+1 && e-ls <= zhMaxLatinWord && strings.ToUpper(string(rs[ls:e])) != string(rs[ls:e]) && runeLen(longestEndingAt(rs, s, ls, zhOrgSuffixesLx)) >= 2 && !runesContainAny(rs[s:ls], "，,。：") {
		// 消费者权利协会Codacons: an organisation's description, then its name
		// (an acronym is more likely a title: 苹果公司CEO)
		return zhNP{ent: f.mem.add(string(rs[ls:e]), string(rs[s:ls]), kOrg), ok: true}
	}
	// unnamed people, organisations (a trailing parenthesis stays in the
	// name as written: 世界卫生组织(WHO))
	ce := withoutTrailingParen(rs, s, e)
	if d := lastDe(rs, s, ce); d > s && d-s <= zhMaxRoleDescription && rs[s] == '被' && longestEndingAt(rs, d, ce, zhPersonNounsLx) != "" {
		return zhNP{ent: f.mem.add(w, "", kAnon), ok: true} // 被打的记者: a passive relative clause before a person noun
	}
	if zhBeiNoun(rs, s, ce) && ce-s <= zhMaxSpeaker {
		return zhNP{ent: f.mem.add(w, "", kAnon), ok: true} // 被打人, 被害人家属
	}
	switch {
	case strings.ContainsAny(w[len(longestAt(rs, s, e, zhOurPlacesLx)):], zhNotInDescription):
		return zhNP{}
	case longestEndingAt(rs, s, ce, zhPersonNounsLx) != "" && ce-s >= 2,
		ce-s >= 3 && (rs[ce-1] == '们' || rs[ce-1] == '們') && longestEndingAt(rs, s, ce-1, zhPersonNounsLx) != "": // 医师们
		return zhNP{ent: f.mem.add(w, "", kAnon), ok: true}
	case longestEndingAt(rs, s, ce, zhOrgSuffixesLx) != "" && ce-s >= 2 || longestEndingAt(rs, s, ce, zhIndustryWordsLx) != "":
		return zhNP{ent: f.mem.add(w, "", kOrg), ok: true}
	case ce == e && ce-s == 3 && isNameShape(rs, s, ce, true) && !strings.ContainsAny(w, zhFunctionChars) && !(zhTranslitOK.has(rs[s+1]) && zhTranslitOK.has(rs[s+2])):
		// 齐敦武说: three characters after a rarer surname are a person's
		// name (organisations are rarely so named; 欧莱雅 sounds foreign)
		return zhNP{ent: f.mem.add(w, "", kPerson), ok: true, guessed: true}
	case ce-s >= 2 && ce-s <= zhMaxUnknownOrg && !strings.ContainsAny(w, zhFunctionChars) && !strings.ContainsRune(zhNotNounStarts, rs[s]),
		ce-s <= zhMaxLatinWord && isLatinWord(rs[s:ce]): // Redrain, Codacons: one Latin word longer than a short Chinese name
		return zhNP{ent: f.mem.add(w, "", kOrg), ok: true, guessed: true}
	}
	return zhNP{}
}

// latinWordStart returns where the Latin word ending rs[s:e] starts, or -1
// when rs[s:e] does not end in one.
func latinWordStart(rs []rune, s, e int) int {
	ls := e
	for ls > s && isASCIILetter(rs[ls-1]) {
		ls--
	}
	if ls == e || !isLatinWord(rs[ls:e]) {
		return -1
	}
	return ls
}

// isLatinWord reports whether rs is one word in Latin letters opening with a
// capital.
func isLatinWord(rs []rune) bool {
	if len(rs) == 0 || !isUpperASCII(rs[0]) {
		return false
	}
	for _, r := range rs {
		if !isASCIILetter(r) {
			return false
		}
	}
	return true
}

// zhLatinName reads a person named in Latin letters inside Chinese text, with
// a title after and a role before: 伦敦大学讲师Henrietta Bowden-Jones医生,
// Gunter Schumann教授, 苹果CEO Tim Cook. A name has at least two words
// (a single word is as likely a brand: IBM, Cook); acronyms opening it are
// the role (CEO Tim Cook).
func zhLatinName(rs []rune, s, e int) (name, role string, ok bool) {
	if t := longestEndingAt(rs, s, e, zhTitlesLx); t != "" {
		role = t
		e -= runeLen(t)
	}
	ls := e
	for ls > s && (isASCIILetter(rs[ls-1]) || strings.ContainsRune(zhLatinNameChars, rs[ls-1])) {
		ls--
	}
	for ls < e && !isASCIILetter(rs[ls]) {
		ls++
	}
	words := strings.Fields(string(rs[ls:e]))
	if len(words) == 1 && ls > s && isUpperASCII(rune(words[0][0])) && strings.ToUpper(words[0]) != words[0] {
		// 加拿大大叔Gweilo, 安全研究员Redrain: one word after a person noun
		// or a title is a person's name or handle (a brand has no such noun)
		pre := strings.TrimSuffix(strings.TrimSpace(string(rs[s:ls])), "的")
		if pre != "" && runeLen(pre) <= zhMaxSpeaker && !strings.ContainsAny(pre, "，,。：") {
			prs := []rune(pre)
			if longestEndingAt(prs, 0, len(prs), zhPersonNounsLx) != "" || longestEndingAt(prs, 0, len(prs), zhTitlesLx) != "" {
				return words[0], strings.TrimSpace(pre + role), true
			}
		}
	}
	for len(words) > 2 && strings.ToUpper(words[0]) == words[0] {
		role = strings.TrimSpace(string(rs[s:ls]) + " " + words[0] + " " + role)
		s, words = ls, words[1:]
	}
	if len(words) < 2 || len(words) > zhMaxLatinNameWords || !isUpperASCII(rune(words[0][0])) || !isUpperASCII(rune(words[len(words)-1][0])) {
		return "", "", false
	}
	if pre := strings.TrimSuffix(strings.TrimSpace(string(rs[s:ls])), "的"); pre != "" && s < ls {
		if runeLen(pre) > zhMaxSpeaker || strings.ContainsAny(pre, "，,。：") {
			return "", "", false
		}
		role = strings.TrimSpace(pre + role)
	}
	return strings.Join(words, " "), role, true
}

func isUpperASCII(r rune) bool { return r >= 'A' && r <= 'Z' }

// zhSoloSurnameNext after a surname show it stands alone, for a person
// named in full before: 顾|因…, 陈|在…, 王|也….
const zhSoloSurnameNext = "因为在对向把被也都就还又曾已将并却则说称表认指"

// zhBySurname resolves a surname alone (顾) or a surname and a title (陈校长,
// 王总) to the last person named in full with that surname, or nil.
func (f *finder) zhBySurname(s, e int) *entity {
	rs := f.rs
	if e-s < 1 || !zhSurnameSet.has(rs[s]) {
		return nil
	}
	if e-s > 1 {
		t := string(rs[s+1 : e])
		if longestAt(rs, s+1, e, zhTitlesLx) != t && longestAt(rs, s+1, e, zhSurnameTitlesLx) != t {
			return nil
		}
	}
	return f.mem.recent(s, func(x *entity) bool {
		n := []rune(x.name)
		return x.kind == kPerson && len(n) >= 2 && len(n) <= 4 && n[0] == rs[s] && isHan(n[1]) && x.name != string(rs[s:e])
	})
}

// zhKinSpeaker reads a person named by a relative (小花母亲, 其奶奶 after
// 小刚 → 小刚奶奶, 李亮的父亲, 王家人): a known or name-shaped person, or a
// pronoun, then a kinship word. The relative is a person of that name (not
// an organisation, not anonymous).
func (f *finder) zhKinSpeaker(s, e int) *entity {
	rs := f.rs
	kin := longestEndingAt(rs, s, e, zhKinNounsLx)
	if kin == "" {
		return nil
	}
	pe := e - runeLen(kin)
	if pe > s && rs[pe-1] == '的' {
		pe--
	}
	if pe <= s {
		return nil
	}
	var owner string
	switch p := string(rs[s:pe]); {
	case p == "其" || p == "他" || p == "她":
		ent := f.mem.pronoun(s, kPerson)
		if ent == nil || ent.kind != kPerson || longestEndingAt([]rune(ent.name), 0, runeLen(ent.name), zhKinNounsLx) != "" {
			return nil
		}
		owner = ent.name
	case f.findRunes(s, pe) != nil:
		ent := f.findRunes(s, pe)
		if ent.kind != kPerson {
			return nil
		}
		owner = ent.name
	case isNameShape(rs, s, pe, false):
		owner = p
	default:
		return nil
	}
	ent := f.mem.add(owner+kin, "", kPerson)
	return ent
}

// zhPseudonyms registers the names given as pseudonyms in paragraph
// [a, b): 小花（化名）, 学生小刚（化名） — a person, whatever the characters.
func (f *finder) zhPseudonyms(pi, a, b int) {
	rs := f.rs
	for x := a + 2; x+3 < b; x++ {
		if rs[x] != '（' && rs[x] != '(' || !hasAt(rs, x+1, "化名") {
			continue
		}
		n := 0
		switch {
		case x-3 >= a && isNameShape(rs, x-3, x, true) && !f.zhNameStartAfterWord(a, x-3):
			n = 3
		case isHan(rs[x-1]) && isHan(rs[x-2]) && !strings.ContainsRune(zhNotInNames, rs[x-1]) && !strings.ContainsRune(zhNotInNames, rs[x-2]):
			n = 2
		}
		if n > 0 {
			f.mem.mention(f.mem.add(string(rs[x-n:x]), "", kPerson), x-n, false, pi)
		}
	}
}

// zhNameStartAfterWord reports whether the character before ns ends a
// word that may precede a two-character name (学生|小刚): then the name is
// not the three characters before the parenthesis.
func (f *finder) zhNameStartAfterWord(a, ns int) bool {
	return ns > a && (longestEndingAt(f.rs, a, ns+1, zhPersonNounsLx) != "" || longestEndingAt(f.rs, a, ns+1, zhTitlesLx) != "")
}

// zhLeadingNameLen returns the length of a common-surname name opening
// rs[s:x] when more follows it that is not a title or a person noun (the
// name is the subject, the rest a predicate), or 0.
func zhLeadingNameLen(rs []rune, s, x int) int {
	if s >= x || !zhCommonSet.has(rs[s]) && !zhCompoundStart.has(rs[s]) {
		return 0
	}
	for _, n := range []int{3, 2} {
		if x-s < n+2 || !isNameShape(rs, s, s+n, false) || longestEndingAt(rs, s, s+n, zhOrgSuffixesLx) != "" {
			continue // 东方网 is a website
		}
		if longestAt(rs, s+n, x, zhTitlesLx) != "" || longestAt(rs, s+n, x, zhPersonNounsLx) != "" || longestAt(rs, s+n, x, zhOrgSuffixesLx) != "" {
			return 0
		}
		if n == 3 && isNameShape(rs, s, s+2, false) && longestAt(rs, s+2, x, zhAdverbStartsLx) != "" {
			continue // 张三|也…
		}
		return n
	}
	return 0
}

// reachOutsideParens is the offset n runes after s, not counting what
// stands in parentheses (东方大学（Eastern University，EU）社会学教授…), or e.
func reachOutsideParens(rs []rune, s, e, n int) int {
	depth := 0
	for x := s; x < e; x++ {
		switch rs[x] {
		case '(', '（':
			depth++
			continue
		case ')', '）':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			n--
			if n < 0 {
				return x
			}
		}
	}
	return e
}

// lastDe is the offset after the last 的 in rs[s:e] outside brackets, or s.
func lastDe(rs []rune, s, e int) int {
	depth := 0
	for x := e - 1; x >= s; x-- {
		switch rs[x] {
		case ')', '）', '》', '”':
			depth++
		case '(', '（', '《', '“':
			if depth > 0 {
				depth--
			}
		case '的':
			if depth == 0 {
				return x + 1
			}
		}
	}
	return s
}

// zhNotSpeakers are never the speaker of an attribution: first person
// outside a quotation is the reporter or reported words going on.
var zhNotSpeakers = map[string]bool{"方面": true, "部门": true, "我": true, "我们": true, "笔者": true, "本报": true, "记者": true, "本报记者": true, "咱们": true}

// zhFunctionChars do not occur in a short unknown name standing before a
// cue (长期穿着也不会觉得…, 若颜色无色表示…).
// (为 is not one: 华为称, 张为民说 — but no name starts with it, zhNotNounStarts)
var zhFunctionChars = "的了是在这那个也不会很都就要我你他她它们些若每当像把被让给着过得地能可应该吗呢吧啊如果虽然因所以想似乎"

// zhNotInNames never occur in a person's name.
var zhNotInNames = "的了是在这那个们着过地得和与及或也都就还又再"

// zhNameEndConnectives may end a given name when nothing follows them
// (张志和): elsewhere they join two names.
const zhNameEndConnectives = "和"

// zhNotNames are common words that look like a surname and a given name.
var zhNotNames = map[string]bool{
	"曾经": true, "曾是": true, "常常": true, "明显": true, "明确": true, "严格": true, "严重": true, "高度": true,
	"高级": true, "高层": true, "方面": true, "方式": true, "方法": true, "方向": true, "时间": true, "时候": true,
	"任何": true, "任务": true, "成本": true, "成为": true, "成功": true, "成立": true, "程度": true, "安全": true,
	"安排": true, "文化": true, "文件": true, "马上": true, "周边": true, "周末": true, "金融": true, "石油": true,
	"黄金": true, "关于": true, "关注": true, "关键": true, "江湖": true, "向来": true, "于是": true, "华为": true,
	"东方": true, "高速": true, "孙子": true, "毛病": true, "冷静": true, "许多": true, "何时": true, "何况": true,
	"熊猫": true, "高铁": true, "高考": true, "金额": true, "方案": true, "程序": true, "成绩": true, "成果": true,
	"温度": true, "白色": true, "黄色": true, "安装": true, "管理": true, "管道": true, "路线": true, "车辆": true,
	"习惯": true, "习俗": true, "习题": true,
}

// zhNotInDescription do not occur in a description of a speaker (他得知自己
// 被网友批评…: a clause, not a speaker).
var zhNotInDescription = "了被把他她我你得着过吗呢吧啊"

// zhNotNounStarts are characters that open a prepositional or adverbial
// phrase, not a name: 较预测…, 比…
var zhNotNounStarts = "较比对在从向把被为与和跟由经按以因将已也还并就又再更很最都均仅只一这那其此"

func lenWithoutParens(rs []rune, s, e int) int {
	n, depth := 0, 0
	for _, r := range rs[s:e] {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				n++
			}
		}
	}
	return n
}

// withoutTrailingParen is e moved before a parenthesis ending the phrase.
func withoutTrailingParen(rs []rune, s, e int) int {
	if e > s && (rs[e-1] == ')' || rs[e-1] == '）') {
		for k := e - 2; k > s; k-- {
			if rs[k] == '(' || rs[k] == '（' {
				return k
			}
		}
	}
	return e
}

// zhIndustryWords end a company's name: 恒大地产, 中国电信.
var zhIndustryWords = []string{"地产", "科技", "控股", "股份", "电信", "移动", "联通", "汽车", "航空", "能源", "传媒", "医药", "实业", "投资", "资本", "置业", "电器", "电子", "网络", "软件", "物流", "保险", "信托", "啤酒", "甜品", "食品", "智能", "咨询", "研究"}

// zhName finds a person's name in the speaker phrase rs[s:e] and returns it
// with the role around it: Meta首席执行官|马克·扎克伯格, 厦门大学|夏宁邵|教授,
// 满记甜品上海公司的相关负责人|叶小姐, 张毅.
func (f *finder) zhName(s, e int) (name, role string, ok bool) {
	rs := f.rs
	core := e
	// a trailing parenthesis is an alias: 大卫-汀斯利(David Tinsley)
	if r := rs[core-1]; r == ')' || r == '）' {
		for k := core - 2; k > s; k-- {
			if rs[k] == '(' || rs[k] == '（' {
				core = k
				break
			}
		}
	}
	if core-s < 2 {
		return "", "", false
	}
	// (a) transliterated names: 马克·扎克伯格
	for x := core - 2; x > s; x-- {
		if !isNameSep(rs[x]) || !isHan(rs[x-1]) || !isHan(rs[x+1]) {
			continue
		}
		for k := x + 1; k < core; k++ {
			if !isHan(rs[k]) && !isNameSep(rs[k]) {
				return "", "", false
			}
		}
		y := x
		for y > s && x-y < 5 && isHan(rs[y-1]) && zhTranslitOK.has(rs[y-1]) {
			if t := longestEndingAt(rs, s, y, zhTitlesLx); t != "" {
				break
			}
			y--
		}
		return string(rs[y:core]), zhRole(rs, s, y, ""), true
	}
	// (b) a title after the name: 夏宁邵教授, 叶小姐
	if t := longestEndingAt(rs, s, core, zhPostTitlesLx); t != "" && core-runeLen(t) > s {
		pe := core - runeLen(t)
		if n := f.zhNameLenEndingAt(s, pe); n > 0 && (longestEndingAt(rs, s, pe-n, zhTitlesLx) != "" || longestEndingAt(rs, s, pe-n, zhOrgSuffixesLx) != "" || longestEndingAt(rs, s, pe-n, zhPersonNounsLx) != "") && isSurnameTitle(t) {
			// a full name before a title that may also follow a bare
			// surname: 政大尊重生命社|卢倩仪|老师
			return string(rs[pe-n : pe]), zhRole(rs, s, pe-n, t), true
		}
		if longestEndingAt(rs, pe, core, zhSurnameTitlesLx) == t || isSurnameTitle(t) {
			if f.zhFullNameBefore(s, pe) {
				return string(rs[pe-3 : pe]), zhRole(rs, s, pe-3, t), true
			}
			if zhSurnameSet.has(rs[pe-1]) && (pe-1 == s || !isHan(rs[pe-2]) || !zhSurnameSet.has(rs[pe-2]) || longestEndingAt(rs, s, pe-1, zhTitlesLx) != "" || rs[pe-2] == '的') {
				return string(rs[pe-1 : core]), zhRole(rs, s, pe-1, ""), true
			}
			if n := f.zhNameLenEndingAt(s, pe); n > 0 && f.zhNameStartOK(s, pe-n) {
				return string(rs[pe-n : pe]), zhRole(rs, s, pe-n, t), true
			}
		} else if n := f.zhNameLenEndingAt(s, pe); n > 0 {
			return string(rs[pe-n : pe]), zhRole(rs, s, pe-n, t), true
		}
	}
	// (c) a role, a title or an organisation, then the name: 艾媒咨询CEO张毅,
	// 卫生署署长陈冯美玲
	if p := core - 4; p > s && zhHKName(rs, p, core) && (longestEndingAt(rs, s, p, zhTitlesLx) != "" || longestEndingAt(rs, s, p, zhOrgSuffixesLx) != "") {
		return string(rs[p:core]), zhRole(rs, s, p, ""), true
	}
	for p := core - 2; p > s; p-- {
		if !isNameShapeAtEnd(rs, p, core, true) {
			continue
		}
		if longestEndingAt(rs, s, p, zhTitlesLx) != "" || longestEndingAt(rs, s, p, zhOrgSuffixesLx) != "" || !isHan(rs[p-1]) || rs[p-1] == '的' || rs[p-1] == '、' ||
			longestEndingAt(rs, s, p, zhPersonNounsLx) != "" && isNameShape(rs, p, core, false) {
			return string(rs[p:core]), zhRole(rs, s, p, ""), true
		}
	}
	// (d) a bare name: 张毅, 郭德纲, 陈冯富珍
	if isNameShapeAtEnd(rs, s, core, false) || core-s == 4 && zhHKName(rs, s, core) {
		return string(rs[s:core]), "", true
	}
	// (e) a role, then a transliterated name without a separator:
	// 环境部长|克里尼, 潜水员|布希科
	for p := s + 1; p+3 <= core; p++ {
		if n := f.zhTranslitRunAt(p, core); n > 0 && p+n == core && (longestEndingAt(rs, s, p, zhTitlesLx) != "" || longestEndingAt(rs, s, p, zhPersonNounsLx) != "" || longestEndingAt(rs, s, p, zhOrgSuffixesLx) != "") {
			return string(rs[p:core]), zhRole(rs, s, p, ""), true
		}
	}
	return "", "", false
}

// zhRoleOrg remembers the organisation a role names (江湾港务集团董事长 →
// 江湾港务集团), so that 该集团 can refer back to it.
func (f *finder) zhRoleOrg(role string, pos int) {
	rs := []rune(role)
	for e := len(rs); e >= 2; e-- {
		if w := longestEndingAt(rs, 0, e, zhOrgSuffixesLx); runeLen(w) >= 2 || w != "" && e >= 3 && longestAt(rs, e, len(rs), zhTitlesLx) != "" {
			org := string(rs[:e])
			if strings.ContainsAny(org, zhNotInDescription) || strings.ContainsRune(org, '、') {
				return
			}
			f.mem.mention(f.mem.add(org, "", kOrg), pos, false, f.paraAt(pos))
			return
		}
	}
}

// zhFullNameBefore reports whether a three-character name ends at pe, before
// a title that may also follow a bare surname: 研究基地|齐敦武|博士 (not
// 武博士), while 中心主任|李|博士 and 医院的|马|博士 keep the surname alone.
func (f *finder) zhFullNameBefore(s, pe int) bool {
	rs := f.rs
	return pe-3 >= s && zhSurnameSet.has(rs[pe-3]) && isHan(rs[pe-2]) && !zhSurnameSet.has(rs[pe-2]) && rs[pe-2] != '的' &&
		isNameShape(rs, pe-3, pe, true) && longestEndingAt(rs, s, pe, zhOrgSuffixesLx) == "" && // (光明医院|医生: 明医院 is no name)
		longestEndingAt(rs, s, pe-1, zhTitlesLx) == "" && longestEndingAt(rs, s, pe-2, zhTitlesLx) == "" && longestEndingAt(rs, s, pe-3, zhTitlesLx) == ""
}

func isSurnameTitle(t string) bool {
	for _, x := range zhSurnameTitles {
		if x == t {
			return true
		}
	}
	return false
}

func isNameSep(r rune) bool {
	switch r {
	case '·', '•', '・', '‧', '-', '－', '—', '?', '？': // ? is a middle dot lost to a charset
		return true
	}
	return false
}

// zhRole is the role phrase rs[s:e] (+ a title after the name), trimmed.
func zhRole(rs []rune, s, e int, title string) string {
	for s < e && (isSpace(rs[s]) || rs[s] == '、') {
		s++
	}
	for e > s && (isSpace(rs[e-1]) || rs[e-1] == '的' || rs[e-1] == '、') {
		e--
	}
	// a long description before the role proper is not part of it:
	// (２００１年就进入纺织行业、曾多次被拖欠工资的)|东城区纺织工会副主席
	if d := lastDe(rs, s, e); d > s && e-d >= 2 && (d-s > zhMaxRoleDescription || runesContain(rs[s:d], "、")) {
		s = d
	}
	r := string(rs[s:e])
	if title != "" {
		if r != "" && strings.HasSuffix(r, title) {
			return r
		}
		r += title
	}
	return r
}

// isNameShape reports whether rs[s:e] looks like a Chinese name: a surname
// and one or two characters (full: any listed surname; else a common one),
// or a two-character surname and one or two more.
func isNameShape(rs []rune, s, e int, full bool) bool {
	n := e - s
	for x := s; x < e; x++ {
		if !isHan(rs[x]) || strings.ContainsRune(zhNotInNames, rs[x]) {
			return false
		}
	}
	if n >= 2 && zhNotNames[string(rs[s:e])] || n == 3 && zhNotNames[string(rs[s:s+2])] {
		return false // (熊猫|放归…: a word, not a surname and a given name)
	}
	if n >= 3 {
		// a surname before an adverb is the adverb's first character: 曾|多次
		if w := string(rs[s+1 : e]); zhRightStripLx != nil && (longestAt(rs, s+1, e, zhRightStripLx) == w || longestAt(rs, s+1, e, zhAdverbStartsLx) == w) {
			return false
		}
	}
	if n == 2 && (rs[s] == '老' || rs[s] == '小') && zhCommonSet.has(rs[s+1]) {
		return true // 老陈, 小李
	}
	if n == 4 || n == 3 {
		for _, cs := range zhCompoundSurnames {
			if hasAt(rs, s, cs) {
				return true
			}
		}
	}
	if n != 2 && n != 3 {
		return false
	}
	set := zhCommonSet
	if full {
		set = zhSurnameSet
	}
	if !set.has(rs[s]) {
		return false
	}
	for _, l := range []*lex{zhTitlesLx, zhPersonNounsLx, zhOrgSuffixesLx, zhDocNounsLx, zhIndustryWordsLx} {
		if x := longestEndingAt(rs, s, e, l); x != "" && (runeLen(x) >= 2 || runeLen(x) == n) {
			return false
		}
	}
	return true
}

// isNameShapeAtEnd is isNameShape for a name that ends a speaker phrase
// right before its cue: there a final 和 cannot join another name, so it is
// a given name's character (主任张志和|表示).
func isNameShapeAtEnd(rs []rune, s, e int, full bool) bool {
	return isNameShape(rs, s, e, full) || e-s == 3 && strings.ContainsRune(zhNameEndConnectives, rs[e-1]) && isNameShape(rs, s, e-1, full)
}

// zhNameLenEndingAt returns the length (3, 2 or 0) of a name ending at pe:
// three characters unless a title ends right before the last two.
func (f *finder) zhNameLenEndingAt(s, pe int) int {
	rs := f.rs
	if pe-s >= 3 && zhSurnameSet.has(rs[pe-3]) && isHan(rs[pe-2]) && isHan(rs[pe-1]) && longestEndingAt(rs, s, pe-2, zhTitlesLx) == "" {
		return 3
	}
	if pe-s >= 2 && zhSurnameSet.has(rs[pe-2]) && isHan(rs[pe-1]) {
		return 2
	}
	return 0
}

// zhNameLenAt returns the length of a name starting at i (role + name
// patterns, where the name's end is not known): a transliterated name runs
// while its characters are in zhTranslit; a Chinese name is three
// characters unless the third starts a predicate.
func (f *finder) zhNameLenAt(i, e int) int {
	rs := f.rs
	if i >= e || !isHan(rs[i]) {
		return 0
	}
	// transliterated, with a separator
	x := i
	for x < e && x-i < 5 && zhTranslitOK.has(rs[x]) {
		x++
	}
	if x > i && x+1 < e && isNameSep(rs[x]) && zhTranslitOK.has(rs[x+1]) {
		y := x + 1
		for y < e && y-x < 7 && zhTranslitOK.has(rs[y]) && !f.startsPredicate(y, e) {
			y++
		}
		return y - i
	}
	for _, cs := range zhCompoundSurnames {
		if hasAt(rs, i, cs) && i+3 <= e {
			if i+3 < e && isHan(rs[i+3]) && !f.startsPredicate(i+3, e) {
				return 4
			}
			return 3
		}
	}
	if n := f.zhTranslitRunAt(i, e); n > 0 {
		return n // 消防员|马西米利亚诺|告诉
	}
	if zhHKName(rs, i, e) && (i+4 == e || !isHan(rs[i+4]) || f.startsPredicate(i+4, e)) {
		return 4 // 秘书长|陈冯富珍|今天
	}
	if (rs[i] == '老' || rs[i] == '小') && i+2 <= e && zhCommonSet.has(rs[i+1]) && (i+2 == e || !isHan(rs[i+2]) || f.startsPredicate(i+2, e)) {
		return 2 // 快递员|老周|是…
	}
	if !zhSurnameSet.has(rs[i]) || i+2 > e || !isHan(rs[i+1]) {
		return 0
	}
	if f.startsPredicate(i+1, e) && !f.givenNameChar(i+1, e) {
		return 0
	}
	if strings.ContainsRune(zhPrepSurnames, rs[i]) && zhCommonSet.has(rs[i+1]) {
		return 0 // 记者|向|刘冬求证: a preposition before a name
	}
	n := 2
	if i+2 < e && isHan(rs[i+2]) && !f.startsPredicate(i+2, e) {
		n = 3
	}
	if !isNameShape(rs, i, i+n, true) {
		return 0
	}
	return n
}

// zhTranslitRunAt returns the length of a transliterated foreign name
// written without a separator at i (马西米利亚诺, 克里尼), or 0: a run of
// transliteration characters up to a predicate or the end — four or more,
// or three not opening with a common Chinese surname (王安娜 is Chinese).
func (f *finder) zhTranslitRunAt(i, e int) int {
	rs := f.rs
	x := i
	for x < e && x-i < 7 && zhTranslitOK.has(rs[x]) {
		x++
	}
	n := x - i
	if n < 3 || n == 3 && zhCommonSet.has(rs[i]) {
		return 0
	}
	if x < e && isHan(rs[x]) && !f.startsPredicate(x, e) {
		return 0
	}
	return n
}

// zhHKNameAt reports whether rs[i:i+4] is a married name of Hong Kong
// style: the husband's surname, one's own, a given name (陈冯富珍).
func zhHKName(rs []rune, i, e int) bool {
	if i+4 > e {
		return false
	}
	for x := i; x < i+4; x++ {
		if !isHan(rs[x]) || strings.ContainsRune(zhNotInNames, rs[x]) {
			return false
		}
	}
	return zhCommonSet.has(rs[i]) && zhCommonSet.has(rs[i+1]) && !zhNotNames[string(rs[i:i+2])]
}

// givenNameChar reports whether the one-character adverb at x (正, 仍,
// 曾) is rather the first character of a given name: only it matches there,
// and a Han character that starts no predicate follows (顾|正华|接手, but
// 张|曾|表示).
func (f *finder) givenNameChar(x, e int) bool {
	rs := f.rs
	if x+1 >= e || !isHan(rs[x+1]) || f.startsPredicate(x+1, e) {
		return false
	}
	for _, l := range []*lex{zhAdverbStartsLx, zhPremodsLx, zhTitlesLx, zhRightStripLx} {
		if runeLen(longestAt(rs, x, e, l)) > 1 {
			return false
		}
	}
	if _, _, ok := f.zhCueAt(x, e); ok {
		return false
	}
	return longestAt(rs, x, e, zhRightStripLx) != "" && longestAt(rs, x, e, zhAdverbStartsLx) == ""
}

// startsPredicate reports whether a predicate (an adverb, a cue, a
// modifier of the cue, a title) starts at x.
func (f *finder) startsPredicate(x, e int) bool {
	rs := f.rs
	if longestAt(rs, x, e, zhAdverbStartsLx) != "" || longestAt(rs, x, e, zhPremodsLx) != "" ||
		longestAt(rs, x, e, zhTitlesLx) != "" || longestAt(rs, x, e, zhRightStripLx) != "" {
		return true
	}
	if _, _, ok := f.zhCueAt(x, e); ok {
		return true
	}
	return !isHan(rs[x])
}

// startsVerb reports whether a verb, an adverb or a time word starts at x
// (the end of a subject phrase with no cue to anchor it).
func (f *finder) startsVerb(x, e int) bool {
	rs := f.rs
	if longestAt(rs, x, e, zhAdverbStartsLx) != "" || longestAt(rs, x, e, zhPremodsLx) != "" || longestAt(rs, x, e, zhRightStripLx) != "" {
		return true
	}
	_, _, ok := f.zhCueAt(x, e)
	return ok
}

// zhSkipRecipient skips the listener after 告诉: 《中国经营报》记者, 记者.
func (f *finder) zhSkipRecipient(j, b int, anyListener bool) int {
	rs := f.rs
	x := j
	if x < b && rs[x] == '《' {
		for y := x + 1; y < b && y-x < 30; y++ {
			if rs[y] == '》' {
				x = y + 1
				break
			}
		}
	}
	if w := longestAt(rs, x, b, zhRecipientsLx); w != "" {
		return x + runeLen(w)
	}
	if !anyListener {
		return j
	}
	for y := x; y < b && y-j < zhRecipientReach; y++ {
		if rs[y] == '，' || rs[y] == ',' || rs[y] == '：' || rs[y] == ':' {
			if y-x <= 8 {
				return y
			}
			break
		}
	}
	return x
}

// sentenceSubject is the speaker a subjectless cue (…，表示…) belongs to:
// the last subject mentioned in the same sentence before it.
func (f *finder) sentenceSubject(a, cs, k0 int) *entity {
	ss := f.zhSentStart(a, cs, k0)
	return f.mem.recentBetweenWhere(ss, cs, func(e *entity) bool { return e.kind != kSource }, true, true)
}

// --- mentions ---

// zhMentions records, clause by clause, the people and organisations in
// subject position (and names with roles anywhere), for pronouns and
// subjectless cues to resolve to.
func (f *finder) zhMentions(pi, a, b, k0 int) {
	rs := f.rs
	cs := a
	asRole := ""
	depth := 0 // inside parentheses a comma ends no clause: 纽约州立大学（…，SUNY）教授
	for x := a; x <= b; x++ {
		if x < b {
			if k := f.spanOpeningAt(x, k0); k >= 0 {
				f.zhClauseMentions(pi, cs, x)
				x = f.spans[k].end() - 1
				cs = x + 1
				continue
			}
			switch rs[x] {
			case '(', '（':
				depth++
			case ')', '）':
				if depth > 0 {
					depth--
				}
			}
			if depth > 0 && rs[x] != '\n' || !isClausePunct(rs[x]) && !isSpace(rs[x]) || isLostDot(rs, x) {
				continue
			}
		}
		n0 := len(f.mem.ments)
		f.zhClauseMentions(pi, cs, x)
		f.zhKnownMentions(pi, cs, x)
		if asRole != "" && len(f.mem.ments) > n0 {
			// 作为华东地区最大的胶卷批发商，张梅英…: the 作为 clause is her role
			if mt := f.mem.ments[n0]; mt.e.kind == kPerson && mt.e.role == "" && mt.pos-cs <= 2 {
				mt.e.role = asRole
			}
		}
		asRole = ""
		if x-cs > 3 && runesContain(rs[cs:min(x, cs+6)], "作为") {
			asRole = f.zhAsRole(cs, x, b)
		}
		cs = x + 1
		depth = 0
	}
}

// zhAsRole returns the X of a clause 作为X，… (the role of the person who
// opens the next clause), or "".
func (f *finder) zhAsRole(cs, x, b int) string {
	rs := f.rs
	if s2, e2 := f.zhStrip(cs, x); hasAt(rs, s2, "作为") && e2-s2-2 >= 2 && e2-s2-2 <= zhMaxSpeaker && x < b && (rs[x] == '，' || rs[x] == ',') {
		return string(rs[s2+2 : e2])
	}
	return ""
}

// zhTitleAfterKnown reports whether a title follows the known name at s
// (龙湖集团|董事长吴亚军): the organisation opens a role, not the subject.
func (f *finder) zhTitleAfterKnown(s, e int, ent *entity) bool {
	for l := min(e-s, maxKnownName, f.mem.longest); l >= 2; l-- {
		if f.findRunes(s, s+l) == ent {
			return longestAt(f.rs, s+l, e, zhTitlesLx) != ""
		}
	}
	return false
}

// zhNamedAfterDe reports whether 的, a title or a kinship word and a name
// follow at x: 郭某|的搭档于谦.
func (f *finder) zhNamedAfterDe(x, e int) bool {
	rs := f.rs
	if x >= e || rs[x] != '的' {
		return false
	}
	t := longestAt(rs, x+1, e, zhTitlesLx)
	if t == "" {
		t = longestAt(rs, x+1, e, zhKinNounsLx)
	}
	return t != "" && f.zhNameLenAt(x+1+runeLen(t), e) > 0
}

// zhOwnerOfNamed reports whether the known name at s only owns the person
// named after it: 郭德纲的搭档于谦 — 于谦 is the subject.
func (f *finder) zhOwnerOfNamed(s, e int, ent *entity) bool {
	rs := f.rs
	for l := min(e-s, maxKnownName, f.mem.longest); l >= 2; l-- {
		if f.findRunes(s, s+l) != ent {
			continue
		}
		x := s + l
		if x >= e || rs[x] != '的' {
			return false
		}
		t := longestAt(rs, x+1, e, zhTitlesLx)
		if t == "" {
			t = longestAt(rs, x+1, e, zhKinNounsLx)
		}
		return t != "" && f.zhNameLenAt(x+1+runeLen(t), e) > 0
	}
	return false
}

// zhKnownMentions records the known names anywhere in a clause (as objects:
// 当记者向刘冬求证时), so that a pronoun after them weighs their recency.
func (f *finder) zhKnownMentions(pi, s, e int) {
	for x := s + 1; x < e; x++ {
		if !f.mem.firstRunes.mayHave(f.rs[x]) {
			continue
		}
		if ent := f.knownAt(x, e); ent != nil && ent.kind == kPerson {
			f.mem.mention(ent, x, false, pi)
			x += runeLen(ent.name) - 1
		}
	}
}

func (f *finder) zhClauseMentions(pi, s, e int) {
	rs := f.rs
	s, _ = f.zhStrip(s, e)
	if hasAt(rs, s, "在") && (runesContain(rs[s:e], "看来") || runesContain(rs[s:e], "看來")) {
		s++ // 在X看来
	}
	if e-s < 2 {
		return
	}
	lim := reachOutsideParens(f.rs, s, e, zhMentionReach)
	if o := f.zhOutletAt(s, e); o != "" {
		// 英国《泰晤士报》网站发表了…: the outlet a later 报道称 speaks for
		f.mem.mention(f.mem.add(o, "", kOrg), s, false, pi) // not a subject: no pronoun refers to it
	}
	// a known name or short name first
	if ent := f.knownAt(s, lim); ent != nil && !(ent.kind == kOrg && f.zhTitleAfterKnown(s, lim, ent)) && !f.zhOwnerOfNamed(s, lim, ent) {
		f.mem.mention(ent, s, true, pi)
		if ent.kind == kPerson && ent.role == "" {
			// 熙春是一位摄影发烧友: the copula names the role
			x := s + runeLen(ent.name)
			if f.findRunes(s, x) != ent {
				for l := 2; l <= min(e-s, maxKnownName, f.mem.longest); l++ {
					if f.findRunes(s, s+l) == ent {
						x = s + l
					}
				}
			}
			if hasAt(rs, x, "是") {
				y := x + 1
				if w := longestAt(rs, y, e, zhLeftStripLx); w != "" {
					y += runeLen(w) // 一位
				}
				if e-y >= 2 && (longestEndingAt(rs, y, e, zhTitlesLx) != "" || longestEndingAt(rs, y, e, zhPersonNounsLx) != "") {
					ent.role = string(rs[y:e])
				}
			}
		}
		return
	}
	// a name in Latin letters, a title after it: Henrietta Bowden-Jones|醫生|對…
	if isASCIILetter(rs[s]) {
		ls := s
		for ls-2 >= 0 && isSpace(rs[ls-1]) && isASCIILetter(rs[ls-2]) {
			ls -= 2
			for ls > 0 && (isASCIILetter(rs[ls-1]) || rs[ls-1] == '-' || rs[ls-1] == '.') {
				ls--
			}
		}
		le := s
		for le < e && (isASCIILetter(rs[le]) || strings.ContainsRune(zhLatinNameChars, rs[le])) {
			le++
		}
		t := longestAt(rs, le, e, zhTitlesLx)
		le += runeLen(t)
		// (with a title only: Sea Shepherd|表示 may be an organisation)
		if name, role, ok := zhLatinName(rs, ls, le); ok && t != "" {
			f.mem.mention(f.mem.add(name, role, kPerson), ls, true, pi)
			return
		}
	}
	// a transliterated name: 艾尼亚特·斯拉木|36年来…
	if !zhTranslitOK.has(rs[s]) {
	} else if n := f.zhNameLenAt(s, e); n > 0 && n <= e-s && runesIndexFunc(rs[s:s+n], isNameSep) > 0 {
		f.mem.mention(f.mem.add(string(rs[s:s+n]), "", kPerson), s, true, pi)
		return
	}
	// a bare name before a predicate: 张华|昨日接受… (but 郭某的搭档于谦:
	// the one named after 的 and a title is the subject)
	if n := f.zhBareNameAt(s, e); n > 0 && !f.zhNamedAfterDe(s+n, e) {
		f.mem.mention(f.mem.add(string(rs[s:s+n]), "", kPerson), s, true, pi)
		return
	}
	// a name, 是 and a person noun: (在某媒体供职的)熙春|是一位摄影发烧友
	for y := s + 2; y < e-2; y++ {
		if rs[y] != '是' {
			continue
		}
		ns := y - 2
		if y-3 >= s && (y-3 == s || rs[y-4] == '的') {
			ns = y - 3
		}
		if ns > s && rs[ns-1] != '的' {
			break
		}
		z := y + 1
		if w := longestAt(rs, z, e, zhLeftStripLx); w != "" {
			z += runeLen(w)
		}
		if e-z >= 2 && (longestEndingAt(rs, z, e, zhTitlesLx) != "" || longestEndingAt(rs, z, e, zhPersonNounsLx) != "") && !strings.ContainsAny(string(rs[ns:y]), zhFunctionChars) {
			f.mem.mention(f.mem.add(string(rs[ns:y]), string(rs[z:e]), kPerson), ns, true, pi)
			return
		}
		break
	}
	// a description, then a bare name: 经营二手相机的|老陈|听闻…
	for d := s + 1; d < lim; d++ {
		if rs[d-1] != '的' || !zhSurnameSet.has(rs[d]) && rs[d] != '老' && rs[d] != '小' && !zhCompoundStart.has(rs[d]) && !zhTranslitOK.has(rs[d]) {
			continue
		}
		if n := f.zhBareNameAt(d, e); n > 0 {
			f.mem.mention(f.mem.add(string(rs[d:d+n]), "", kPerson), d, true, pi)
			return
		}
		if n := f.zhNameLenAt(d, e); zhTranslitOK.has(rs[d]) && n > 0 && runesIndexFunc(rs[d:d+n], isNameSep) > 0 {
			// 28岁的|茉莉·西尔斯|患有…: a transliterated name after a description
			f.mem.mention(f.mem.add(string(rs[d:d+n]), "", kPerson), d, true, pi)
			return
		}
		if n := e - d; (n == 2 || n == 3) && isNameShape(rs, d, e, false) {
			// 十年前带领公司上市的|吴亚军|，: the name closes the clause
			f.mem.mention(f.mem.add(string(rs[d:e]), "", kPerson), d, true, pi)
			return
		}
	}
	found := false
	for x := s; x < lim; x++ {
		t := longestAt(rs, x, lim, zhTitlesLx)
		if t == "" {
			// an organisation then a name: 《萌芽》杂志社|赵长天|给予否认
			if x > s && zhCommonSet.has(rs[x]) && longestEndingAt(rs, s, x, zhOrgSuffixesLx) != "" && longestAt(rs, x, e, zhRightStripLx) == "" && longestAt(rs, x, e, zhAdverbStartsLx) == "" {
				if n := zhLeadingNameLen(rs, x, e); n > 0 {
					role := zhRole(rs, f.zhRoleStart(s, x), x, "")
					f.mem.mention(f.mem.add(string(rs[x:x+n]), role, kPerson), x, f.zhSubjectPrefix(s, x), pi)
					found = true
					x = x + n - 1
					continue
				}
			}
			// a person noun then a name: 员工柳冬冬, 农民工黎永芳
			if pn := longestAt(rs, x, lim, zhPersonNounsLx); pn != "" {
				pe := x + runeLen(pn)
				if n := f.zhNameLenAt(pe, e); n > 0 && isNameShape(rs, pe, pe+n, false) {
					f.mem.mention(f.mem.add(string(rs[pe:pe+n]), zhRole(rs, f.zhRoleStart(s, x), pe, ""), kPerson), x, f.zhSubjectPrefix(s, x), pi)
					found = true
					x = pe + n - 1
				}
			}
			continue
		}
		te := x + runeLen(t)
		// title then name: 代省长李斌
		if n := f.zhNameLenAt(te, e); n > 0 && !(isSurnameTitle(t) && f.zhNameBeforeTitle(s, x)) {
			subj := f.zhSubjectPrefix(s, x)
			role := zhRole(rs, f.zhRoleStart(s, x), te, "")
			f.zhRoleOrg(role, x)
			f.mem.mention(f.mem.add(string(rs[te:te+n]), role, kPerson), x, subj, pi)
			found = true
			x = te + n - 1
			continue
		}
		// name then title: 胡锦涛总书记, 叶小姐
		if isSurnameTitle(t) {
			if f.zhFullNameBefore(s, x) {
				// 研究基地|齐敦武|博士
				ns := x - 3
				f.mem.mention(f.mem.add(string(rs[ns:x]), zhRole(rs, f.zhRoleStart(s, ns), ns, t), kPerson), ns, f.zhSubjectPrefix(s, ns), pi)
				found = true
			} else if x > s && zhSurnameSet.has(rs[x-1]) && (x-1 == s || !isHan(rs[x-2]) || !zhSurnameSet.has(rs[x-2]) || rs[x-2] == '的' || longestEndingAt(rs, s, x-1, zhTitlesLx) != "") {
				ent := f.zhBySurname(x-1, te) // 陈校长 after 校长陈立群
				if ent == nil {
					ent = f.mem.add(string(rs[x-1:te]), zhRole(rs, f.zhRoleStart(s, x-1), x-1, ""), kPerson)
				}
				f.mem.mention(ent, x-1, f.zhSubjectPrefix(s, x-1), pi)
				found = true
			} else if n := f.zhNameLenEndingAt(s, x); n > 0 && f.zhNameStartOK(s, x-n) {
				// a full name before the title: 卢倩仪老师
				ns := x - n
				f.mem.mention(f.mem.add(string(rs[ns:x]), zhRole(rs, f.zhRoleStart(s, ns), ns, t), kPerson), ns, f.zhSubjectPrefix(s, ns), pi)
				found = true
			}
		} else if n := f.zhNameLenEndingAt(s, x); n > 0 && longestAt(rs, x, lim, zhPostTitlesLx) == t {
			ns := x - n
			f.mem.mention(f.mem.add(string(rs[ns:x]), zhRole(rs, f.zhRoleStart(s, ns), ns, t), kPerson), ns, f.zhSubjectPrefix(s, ns), pi)
			found = true
		}
		x = te - 1
	}
	if found {
		return
	}
	// an unnamed person or an organisation in subject position:
	// 一位私募基金的医药行业研究员|也不看好…, 恒大地产|在香港召开… (not a
	// predicate: 负责接收死者 is what someone does)
	if longestAt(rs, s, e, zhNotSpeakerStartsLx) != "" || isPronounAt(rs, s) && !hasAt(rs, s, "其") {
		return // (她遇到了一位教练: the pronoun is the subject, not the description)
	}
	for x := s + 1; x <= lim; x++ {
		if x < e && !f.startsVerb(x, e) {
			continue
		}
		if x < e && rs[x] == '的' {
			continue
		}
		if rs[s] == '是' {
			return // 是公司炒作…: a predicate, not a subject
		}
		if s+1 < e && strings.ContainsRune(zhSoloSurnameNext, rs[s+1]) {
			if ent := f.zhBySurname(s, s+1); ent != nil {
				// 顾|因腹痛…: the surname alone for 顾某某, named before
				f.mem.mention(ent, s, true, pi)
				return
			}
		}
		if n := zhLeadingNameLen(rs, s, x); n > 0 {
			// 刘兴亮|劝导消费者…: a name, then a predicate with an object
			f.mem.mention(f.mem.add(string(rs[s:s+n]), "", kPerson), s, true, pi)
			return
		}
		switch {
		case x-s >= 2 && x-s <= 4 && rs[s] != '其' && longestEndingAt(rs, s, x, zhKinNounsLx) != "" && !runesContainAny(rs[s:x], zhFunctionChars):
			f.mem.mention(f.mem.add(string(rs[s:x]), "", kPerson), s, true, pi) // 老母亲|得知…
		case x-s >= 2 && longestEndingAt(rs, s, x, zhPersonNounsLx) != "" && !endsAt(rs, x, "记者") && !endsAt(rs, x, "記者") && !endsAt(rs, x, "笔者") && !endsAt(rs, x, "筆者"):
			if d := longestAt(rs, s, x, zhDemonstrativesLx); d != "" && x-s > runeLen(d) {
				// 这位28岁的年轻人|辞去了工作: the person the story is about
				if ent := f.mem.describe(s, string(rs[s+runeLen(d):x]), kPerson); ent != nil {
					f.mem.mention(ent, s, true, pi)
					return
				}
			}
			f.mem.mention(f.mem.add(string(rs[s:x]), "", kAnon), s, true, pi)
		case strings.ContainsRune(zhDisposalStarts, rs[s]):
			// 将苹果公司起诉至纽约州联邦法院: 将/把 take an object; the
			// clause has no subject of its own
		case runeLen(longestEndingAt(rs, s, x, zhOrgSuffixesLx)) >= 2 || longestEndingAt(rs, s, x, zhIndustryWordsLx) != "":
			f.mem.mention(f.mem.add(string(rs[s:x]), "", kOrg), s, true, pi)
		}
		return
	}
}

// zhBareNameAt returns the length of a name standing alone at s before a
// predicate (张华|昨日接受, 王立新|表示), or 0. The split that leaves the longer
// predicate word after the name wins.
func (f *finder) zhBareNameAt(s, e int) int {
	rs := f.rs
	verbLen := func(x int) int {
		if x >= e {
			return 0
		}
		n := 0
		for _, l := range []*lex{zhAdverbStartsLx, zhPremodsLx, zhRightStripLx} {
			if w := longestAt(rs, x, e, l); runeLen(w) > n {
				n = runeLen(w)
			}
		}
		if c, _, ok := f.zhCueAt(x, e); ok && runeLen(c.w) > n {
			n = runeLen(c.w)
		}
		return n
	}
	m2, m3 := verbLen(s+2), verbLen(s+3)
	switch {
	case m2 > m3 && isNameShape(rs, s, s+2, false):
		return 2
	case m3 > 0 && isNameShape(rs, s, s+3, false):
		return 3
	case m2 > 0 && isNameShape(rs, s, s+2, false):
		return 2
	}
	// a rarer surname (刁娜, 卓伟) before a speech verb or its modifier
	if s+2 > e || zhCommonSet.has(rs[s]) || !zhSurnameSet.has(rs[s]) || !isNameShape(rs, s, s+2, true) {
		return 0
	}
	strong := func(x int) bool {
		if x >= e {
			return false
		}
		_, _, ok := f.zhCueAt(x, e)
		return ok || runeLen(longestAt(rs, x, e, zhPremodsLx)) >= 2 // (班|前就…: 就 is no verb of the name)
	}
	if strong(s+2) && isNameShape(rs, s, s+2, true) {
		return 2
	}
	return 0
}

// knownAt returns the known entity whose name or short name starts at s
// (the longest).
func (f *finder) knownAt(s, e int) *entity {
	if s+1 >= e || !f.mem.firstPairs[[2]rune{f.rs[s], f.rs[s+1]}] {
		return nil
	}
	for l := min(e-s, maxKnownName, f.mem.longest); l >= 2; l-- {
		if ent := f.findRunes(s, s+l); ent != nil && ent.kind != kSource {
			if ent.kind == kAnon && s+l < e && f.rs[s+l-1] == '人' && strings.ContainsRune("民士员物才口", f.rs[s+l]) {
				continue // 中国人|民大学: a description does not run into a longer word
			}

			return ent
		}
	}
	return nil
}

// findRunes returns the entity called rs[s:e], without making a string of
// the runes (a map lookup by string(bytes) does not allocate).
func (f *finder) findRunes(s, e int) *entity {
	if e <= s {
		return nil
	}
	f.kbuf = f.kbuf[:0]
	for _, r := range f.rs[s:e] {
		f.kbuf = utf8.AppendRune(f.kbuf, r)
	}
	return f.mem.byName[string(f.kbuf)]
}

// maxKnownName is the longest name (in runes) knownAt looks for.
const maxKnownName = 12

// zhSubjectPrefix reports whether the text before a name in its clause
// leaves it in subject position (no verb or preposition taking it as object).
func (f *finder) zhSubjectPrefix(s, x int) bool {
	return !containsAny(string(f.rs[s:x]), zhObjectMarkers)
}

// zhRoleStart is where the role before a name begins: after the last verb
// or preposition in the clause.
func (f *finder) zhRoleStart(s, x int) int {
	rs := f.rs
	start := s
	for y := s; y < x; y++ {
		for _, w := range zhRoleBreakers {
			if hasAt(rs, y, w) && !(y > s && zhInWord(rs[y-1], rs[y])) {
				start = y + runeLen(w)
			}
		}
	}
	return start
}

// zhInWord reports whether the two runes make one word (参与, 共同, 面对)
// rather than a word and a preposition or conjunction.
func zhInWord(a, b rune) bool {
	return strings.Contains(zhCompoundsWithConnectives, string([]rune{a, b}))
}

// zhCompoundsWithConnectives are words ending in 与/同/对/向/由/和/请:
// they are not the connective.
const zhCompoundsWithConnectives = "参与给与共同相同不同协同如同赞同合同连同面对针对相对反对绝对核对应对方向动向走向志向倾向意向理由自由缘由来由经由暖和温和柔和平和总和缓和申请邀请聘请"
