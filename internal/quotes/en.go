package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// English attribution, over tokens. A speech verb (enCues) anchors each
// attribution. Its speaker is the phrase before it back to the start of the
// clause — with appositives ("Matt Maley, equity strategist at Miller Tabak,
// says"), skipped parentheticals (", meanwhile,") and auxiliaries or time
// words ("has also estimated", "in October revealed") — or, inverted, the
// phrase after it ("…," said Jeffrey Halley, a market analyst with …). Its
// words are the that-clause or the rest of the sentence after it, a
// quotation it introduces, the quotation right before it, or the clause
// before it when it ends the sentence ("…, according to X.").

// Tunables of the English rules.
const (
	enMaxSubject  = 12  // tokens in a speaker phrase
	enMaxThatGap  = 10  // tokens between the cue and the "that" opening its words
	enMaxQuoteGap = 8   // words between the cue and a quotation it introduces
	enMaxPostTail = 10  // tokens after a sentence-final cue (", X said in a note.")
	enMaxBackScan = 32  // tokens looked back for a speaker's clause
	enMinContent  = 3   // fewer reported words are not kept
	enMaxSentence = 300 // a longer run without sentence punctuation is cut (keeps Find linear)
	enMaxModifier = 3   // words between a determiner and the head noun of a description
	enMaxChunks   = 6   // comma-separated chunks looked back over for a speaker and its appositives
)

const (
	tWord uint8 = iota
	tPunct
	tOpen  // an opening quotation mark
	tClose // a closing quotation mark
)

type etok struct {
	s, e int
	key  [2]int32 // the token's key (see key) is f.keys[key[0]:key[1]]
	kind uint8
	cap  bool
	name bool // a capitalised word that can be part of a name (isCapWord)
	span int  // global index of the quotation it is in or delimits, -1 outside
	sent int
	used bool
}

func (f *finder) enPara(pi int) {
	p := f.para(pi)
	a, b := p.Start, p.End
	k0 := f.addSpans(pi)
	f.tokenize(a, b, k0)
	if f.enProse(a, b) {
		f.enMentions(pi) // not a caption or a credit line ("…Anthony Wallace / AFP - Getty Images")
	}
	if p.Kind != "h" {
		f.enScan(pi, k0)
		f.enColonLeadIns(pi, k0)
		f.enSentenceLeadIns(pi, k0)
		f.continueInPara(pi, k0)
	}
}

// leadInQuote reports a quotation a lead-in sentence may speak for: not yet
// attributed, not the continuation of another, closed, of at least
// enMinColonQuoteWords words, and speech-like.
func (f *finder) leadInQuote(sp *span) bool {
	if sp.item >= 0 || sp.prev >= 0 || !sp.closed {
		return false
	}
	in, out := sp.inner()
	return countWords(f.rs[in:out]) >= enMinColonQuoteWords && f.speechLike(sp)
}

// enColonLeadIns gives a quotation that a colon introduces after a lead-in
// with no speech verb ("Lopez shared her perspective: “…”", "One nurse
// summed it up as follows: “…”") to the subject of the lead-in: a pronoun,
// or the person or body named at the start of the sentence.
func (f *finder) enColonLeadIns(pi, k0 int) {
	for t := 1; t < len(f.toks); t++ {
		tk := f.toks[t]
		if tk.kind != tOpen || tk.span < k0 || !f.isPunct(t-1, ':') {
			continue
		}
		sp := &f.spans[tk.span]
		if !f.leadInQuote(sp) {
			continue
		}
		ss, _ := f.sentBounds(t - 1)
		if t-1-ss < 2 || t-1-ss > enMaxColonLeadIn {
			continue
		}
		clean := true
		for x := ss; x < t-1; x++ {
			if f.toks[x].span >= 0 || f.toks[x].used || f.toks[x].kind == tOpen || f.toks[x].kind == tClose {
				clean = false // words quoted or claimed in the lead-in: not a plain lead-in
				break
			}
		}
		if !clean {
			continue
		}
		var ent *entity
		if want, ok := enPronouns[string(f.key(ss))]; ok && f.isWordTok(ss) {
			ent = f.mem.pronoun(f.toks[ss].s, want)
		} else {
			lo, hi := f.toks[ss].s, f.toks[min(ss+enColonSubjectReach, t-1)].s
			ent = f.mem.recentBetween(lo, hi, func(e *entity) bool { return e.kind != kSource }, true)
			for x := ss + 1; ent == nil && enColonDeterminers[string(f.key(ss))] && x < min(ss+enColonSubjectReach, t-2); x++ {
				if k := string(f.key(x)); f.isWordTok(x) && !f.toks[x].cap && (enPersonNouns[k] || isRole(k)) && f.isWordTok(x+1) && !f.toks[x+1].cap {
					ent, _ = f.enSpeaker(ss, x+1, "", "") // One engineer|summed it up: an unnamed person
				}
			}
		}
		if ent == nil {
			continue
		}
		n := f.addItem(item{ent: ent, cue: ":", para: pi, from: f.toks[ss].s})
		f.claim(tk.span, n)
	}
}

// enProse reports whether rs[a:b] ends like prose (sentence punctuation or
// a closing quotation mark): a photo caption ending in its credit, a
// heading or a byline does not, and names nobody who speaks after it.
func (f *finder) enProse(a, b int) bool {
	e := trimEndSpace(f.rs, a, b)
	if e <= a {
		return false
	}
	switch f.rs[e-1] {
	case '.', '!', '?', ':', '"', '”', '’', '\'', ')', ';':
		return true
	}
	return false
}

// --- tokens ---

func (f *finder) tokenize(a, b, k0 int) {
	rs := f.rs
	f.toks = f.toks[:0]
	k := k0 // next span
	in := -1
	for i := a; i < b; {
		r := rs[i]
		if in >= 0 && i == f.spans[in].close && f.spans[in].closed {
			f.toks = append(f.toks, etok{s: i, e: i + 1, kind: tClose, span: in})
			in = -1
			i++
			continue
		}
		if in < 0 && k < len(f.spans) && i == f.spans[k].open {
			f.toks = append(f.toks, etok{s: i, e: i + 1, kind: tOpen, span: k})
			in = k
			k++
			i++
			continue
		}
		if isSpace(r) {
			i++
			continue
		}
		if isWordRune(r) || r == '$' {
			j := i + 1
			for j < b {
				c := rs[j]
				if isWordRune(c) {
					j++
					continue
				}
				if c == '.' && j+1 < b && unicode.IsUpper(rs[j+1]) && j-i > 1 && !strings.ContainsRune(string(rs[i:j]), '.') {
					break // "Wednesday.The": a missing space, not an abbreviation
				}
				if (c == '\'' || c == '’' || c == '-' || c == '.' || c == '&' || c == '/' || c == ',' && isDigit(rs[j-1])) &&
					j+1 < b && isWordRune(rs[j+1]) && !(in >= 0 && j == f.spans[in].close) {
					j += 2
					continue
				}
				break
			}
			if j < b && rs[j] == '%' {
				j++
			}
			if j < b && rs[j] == '.' && (j-i == 1 && unicode.IsUpper(rs[i]) || enAbbrevs[strings.ToLower(string(rs[i:j]))]) {
				j++
			}
			f.toks = append(f.toks, etok{s: i, e: j, kind: tWord, cap: unicode.IsUpper(r), span: in})
			i = j
			continue
		}
		f.toks = append(f.toks, etok{s: i, e: i + 1, kind: tPunct, span: in})
		i++
	}
	// every token's key, made once: the rules look keys up many times
	f.keys = f.keys[:0]
	for t := range f.toks {
		tk := &f.toks[t]
		tk.key[0] = int32(len(f.keys))
		f.keys = appendKey(f.keys, rs[tk.s:tk.e])
		tk.key[1] = int32(len(f.keys))
	}
	for t := range f.toks {
		if tk := &f.toks[t]; tk.kind == tWord && tk.cap {
			k := string(f.key(t))
			tk.name = !isRole(k) && !enStopCaps[k] && !isContraction(k) && !enMonths[k]
		}
	}
	// sentences: quotations are atomic for the sentence around them; a run
	// without sentence punctuation is cut every enMaxSentence tokens
	sent, since := 0, 0
	f.sents = f.sents[:0]
	for t := range f.toks {
		f.toks[t].sent = sent
		since++
		tk := f.toks[t]
		if since >= enMaxSentence && tk.span < 0 {
			sent, since = sent+1, 0
			continue
		}
		switch {
		case tk.kind == tClose:
			if tk.s > 0 && isSentEndEn(rs[tk.s-1]) && f.startsSentence(t+1) && !(rs[tk.s-1] != '.' && f.speakerCueAfter(t+1)) {
				sent, since = sent+1, 0
			}
		case tk.kind == tPunct && tk.span < 0 && isSentEndEn(rs[tk.s]):
			if f.startsSentence(t + 1) {
				sent, since = sent+1, 0
			}
		}
	}
	// token bounds of each sentence
	for t := range f.toks {
		for len(f.sents) <= f.toks[t].sent {
			f.sents = append(f.sents, [2]int{t, t})
		}
		f.sents[f.toks[t].sent][1] = t + 1
	}
	// a sentence opening with a gerund ("Hosting Cook at …", "Citing
	// Reuters, …") does not open with a name
	for _, sb := range f.sents {
		t := sb[0]
		if t < len(f.toks) && f.toks[t].name && isGerund(string(f.key(t))) && !f.verbFollows(t+1) {
			f.toks[t].name = false // (but "Redding is …", "Redding said …": a verb follows a name)
		}
	}
}

// verbFollows reports whether token t is an auxiliary or a speech verb: what
// follows a subject, not a gerund's object.
func (f *finder) verbFollows(t int) bool {
	if t >= len(f.toks) || !f.isWordTok(t) || f.toks[t].cap {
		return false
	}
	k := string(f.key(t))
	return enAuxiliaries[k] || enCues[k]&(strong|weak) != 0
}

// otherOrgNoun reports whether an organisation is named with a body noun
// other than hn and was never called hn: "the city council" is not the
// "regional government" named before.
func otherOrgNoun(e *entity, hn string) bool {
	name := strings.ToLower(e.name)
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if !enOrgNouns[last] || last == hn {
		return false
	}
	for _, n := range e.nouns {
		if n == hn {
			return false
		}
	}
	return true
}

// isGerund: a word ending in -ing that is not a short word or a given name.
func isGerund(k string) bool {
	return len(k) >= 6 && strings.HasSuffix(k, "ing") && !enIngNames[k]
}

// enIngNames end in -ing but open names.
var enIngNames = map[string]bool{"sterling": true, "irving": true, "channing": true, "manning": true, "fleming": true}

func isSentEndEn(r rune) bool { return r == '.' || r == '!' || r == '?' }

// speakerCueAfter reports whether tokens from t read as a speaker and a cue
// ("Park asked.", "Jo Park said", "Park later told") — what follows a
// quotation ending in ? or ! is then its attribution, not a new sentence.
func (f *finder) speakerCueAfter(t int) bool {
	x := t
	for x < len(f.toks) && x-t < 3 && f.toks[x].kind == tWord && f.toks[x].cap {
		x++
	}
	if x == t {
		return false
	}
	for x < len(f.toks) && x-t < 5 && f.toks[x].kind == tWord && !f.toks[x].cap && isGapAdverb(string(f.key(x))) {
		x++
	}
	if x >= len(f.toks) || f.toks[x].kind != tWord || f.toks[x].cap {
		return false
	}
	return enCues[string(f.key(x))]&(strong|post|weak) != 0
}

// isGapAdverb: a word that may stand between a speaker and the cue verb —
// an auxiliary or time word (enVerbGap) or a manner adverb in -ly
// ("allegedly told", "quietly added").
func isGapAdverb(k string) bool {
	return enVerbGap[k] || len(k) > 4 && strings.HasSuffix(k, "ly") && !enNotAdverbs[k]
}

// isPersonNoun: a noun for a person or people — listed, a role, the plural
// of either, or a plural agent noun (prosecutors, settlers, activists,
// physicians).
func isPersonNoun(k string) bool {
	if enPersonNouns[k] || isRole(k) {
		return true
	}
	if !strings.HasSuffix(k, "s") || len(k) < 5 || enNotPersonPlurals[k] {
		return false
	}
	if sg := strings.TrimSuffix(k, "s"); enPersonNouns[sg] || isRole(sg) {
		return true
	}
	if sg := strings.TrimSuffix(k, "es"); enPersonNouns[sg] || isRole(sg) {
		return true
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ants", "ents"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// enNotPersonPlurals end like plural agent nouns but are not people.
var enNotPersonPlurals = map[string]bool{
	"numbers": true, "orders": true, "papers": true, "matters": true, "letters": true,
	"headquarters": true, "powers": true, "borders": true, "centers": true, "theaters": true, "layers": true,
	"towers": true, "computers": true, "markets": true, "errors": true, "factors": true, "sectors": true,
	"corridors": true, "doors": true, "floors": true, "colors": true, "colours": true, "documents": true,
	"comments": true, "statements": true, "payments": true, "agreements": true, "governments": true,
	"departments": true, "events": true, "percents": true,
	"grants": true, "plants": true, "restaurants": true, "elements": true, "segments": true, "investments": true,
	"filters": true, "offers": true, "quarters": true, "waters": true, "chambers": true,
}

// enNotAdverbs end in -ly but are not adverbs.
var enNotAdverbs = map[string]bool{"july": true, "italy": true, "family": true, "supply": true, "apply": true, "reply": true, "rally": true, "ally": true, "belly": true, "bully": true, "holly": true, "kelly": true, "emily": true, "sally": true, "molly": true, "lily": true, "polly": true}

func (f *finder) startsSentence(t int) bool {
	if t >= len(f.toks) {
		return true
	}
	tk := f.toks[t]
	if tk.kind == tOpen {
		return true
	}
	if tk.kind == tPunct && isSentEndEn(f.rs[tk.s]) {
		return false
	}
	if tk.kind == tPunct && (f.rs[tk.s] == '(' || f.rs[tk.s] == '[') {
		return f.startsSentence(t+1) && t+1 < len(f.toks) && f.toks[t+1].kind == tWord // said.(Photo by AP)
	}
	return tk.kind == tWord && (tk.cap || isDigit(f.rs[tk.s]))
}

// is reports whether token t is the lower-case word w.
func (f *finder) is(t int, w string) bool {
	if t < 0 || t >= len(f.toks) || f.toks[t].kind != tWord {
		return false
	}
	tk := f.toks[t]
	if tk.e-tk.s != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if unicode.ToLower(f.rs[tk.s+i]) != rune(w[i]) {
			return false
		}
	}
	return true
}

// key is token t lower-cased, in a scratch buffer (valid until the next call).
func (f *finder) key(t int) []byte {
	if t < 0 || t >= len(f.toks) {
		return nil
	}
	k := f.toks[t].key
	return f.keys[k[0]:k[1]:k[1]]
}

// appendKey appends the key of a token's runes rs to b: lower case, with
// ’ as '.
func appendKey(b []byte, rs []rune) []byte {
	for _, r := range rs {
		switch {
		case r == '’':
			r = '\''
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

func (f *finder) isWordTok(t int) bool {
	return t >= 0 && t < len(f.toks) && f.toks[t].kind == tWord
}

func (f *finder) isPunct(t int, r rune) bool {
	return t >= 0 && t < len(f.toks) && f.toks[t].kind == tPunct && f.rs[f.toks[t].s] == r
}

func (f *finder) tokText(i, j int) string {
	if i >= j {
		return ""
	}
	return string(f.rs[f.toks[i].s:f.toks[j-1].e])
}

func (f *finder) sentBounds(t int) (int, int) {
	b := f.sents[f.toks[t].sent]
	return b[0], b[1]
}

// isCapWord: a capitalised word that can be part of a name.
func (f *finder) isCapWord(t int) bool {
	return t >= 0 && t < len(f.toks) && f.toks[t].name
}

// isRole reports a role word, also with a prefix (co-CEO, ex-president,
// vice-chair).
func isRole(k string) bool {
	if enRoles[k] {
		return true
	}
	for _, p := range []string{"co-", "ex-", "vice-", "deputy-", "acting-"} {
		if strings.HasPrefix(k, p) && enRoles[k[len(p):]] {
			return true
		}
	}
	// professions by their ending: geologist, biologist, politician,
	// statistician, photographer
	for _, x := range []string{"ologist", "ician", "ographer", "ologists", "icians"} {
		if strings.HasSuffix(k, x) && len(k) >= len(x)+2 {
			return true
		}
	}
	return false
}

// isContraction: don't, we've, it's — never a name.
func isContraction(k string) bool {
	for _, x := range []string{"n't", "'ve", "'re", "'ll", "'m", "'d"} {
		if strings.HasSuffix(k, x) {
			return true
		}
	}
	return k == "it's" || k == "that's" || k == "there's" || k == "here's" || k == "what's" || k == "let's"
}

// enStopCaps are capitalised function words that are not names.
var enStopCaps = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "as": true, "after": true,
	"before": true, "when": true, "while": true, "but": true, "and": true, "however": true, "still": true,
	"those": true, "these": true, "this": true, "that": true, "it": true, "its": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "his": true, "her": true, "their": true, "our": true, "many": true,
	"some": true, "most": true, "more": true, "if": true, "for": true, "with": true, "from": true, "by": true,
	"to": true, "of": true, "so": true, "yet": true, "also": true, "meanwhile": true, "according": true,
	"there": true, "here": true, "what": true, "why": true, "how": true, "one": true, "another": true,
	"looking": true, "shares": true, "despite": true, "although": true, "though": true, "since": true,
	"until": true, "during": true, "over": true, "under": true, "about": true, "like": true, "all": true,
	"both": true, "each": true, "every": true, "no": true, "not": true, "now": true, "then": true,
	"today": true, "yesterday": true, "last": true, "next": true, "earlier": true, "later": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "mr.": true, "ms.": true, "mrs.": true, "dr.": true, "you": true, "my": true, "your": true,
	"whatever": true, "whoever": true, "whichever": true, "wherever": true, "whenever": true, "maybe": true,
	"perhaps": true, "instead": true, "indeed": true, "please": true, "thanks": true, "yes": true,
	"because": true, "unless": true, "whereas": true, "whether": true, "once": true, // subordinators opening a sentence
}

// enPlaceFirst open the names of places, not people: South Sudan, New York.
var enPlaceFirst = map[string]bool{
	"south": true, "north": true, "east": true, "west": true, "new": true, "united": true, "saudi": true,
	"hong": true, "sri": true, "el": true, "los": true, "las": true, "san": true, "santa": true, "st.": true,
	"great": true, "central": true, "greater": true, "upper": true, "lower": true, "fort": true, "port": true,
}

// --- cues ---

func (f *finder) enScan(pi, k0 int) {
	for t := 0; t < len(f.toks); t++ {
		tk := f.toks[t]
		if tk.kind != tWord || tk.span >= 0 || tk.used {
			continue
		}
		cls, ok := enCues[string(f.key(t))]
		if !ok || tk.cap && cls&frame == 0 {
			continue // "State Department", "Report:" — a capitalised cue word is not a verb
		}
		ce := t + 1
		if f.is(t, "cited") || f.is(t, "cites") || f.is(t, "cite") {
			// cited the backlash as proof that …
			if x := f.citeThat(t); x > 0 {
				f.enCue(pi, k0, t, x, cls)
			}
			continue
		}
		if nx, ok := enCueNext[string(f.key(t))]; ok {
			hit := false
			for _, w := range nx {
				if f.is(t+1, w) {
					hit = true
				}
			}
			if !hit {
				continue
			}
			ce = t + 2
			if f.is(t, "quoted") {
				// X was quoted as saying …: said, in other words
				if !f.isBe(t-1) || !f.is(t+2, "saying") {
					continue
				}
				ce = t + 3
			}
		}
		if f.is(t-1, "to") || f.is(t-1, "not") || f.is(t-1, "never") || f.is(t-1, "n't") || f.afterAccordingTo(t) {
			continue
		}
		switch {
		case cls&frame != 0:
			f.enAccording(pi, k0, t, ce)
		case f.isBe(t-1) && (f.is(t, "told") || f.is(t, "said") || f.is(t, "asked")):
			f.enPassive(pi, k0, t, ce)
		default:
			f.enCue(pi, k0, t, ce, cls)
		}
	}
}

// citeThat finds "as proof/evidence/a sign that" after "cited X" and returns
// the token of "that", or 0.
func (f *finder) citeThat(t int) int {
	_, se := f.sentBounds(t)
	for x := t + 1; x < se && x-t <= enMaxThatGap; x++ {
		if f.toks[x].kind != tWord {
			return 0
		}
		if !f.is(x, "as") {
			continue
		}
		y := x + 1
		if f.is(y, "a") || f.is(y, "an") {
			y++
		}
		for _, w := range []string{"proof", "evidence", "sign", "example", "reason", "indication"} {
			if f.is(y, w) && f.is(y+1, "that") {
				return y + 1
			}
		}
		return 0
	}
	return 0
}

func (f *finder) startsSentenceAt(t int) bool {
	return t == 0 || f.toks[t-1].sent != f.toks[t].sent || f.toks[t-1].kind == tClose
}

func (f *finder) isBe(t int) bool {
	for _, w := range []string{"was", "were", "been", "being", "is", "are", "be"} {
		if f.is(t, w) {
			return true
		}
	}
	return false
}

// chunk is a comma-separated stretch of tokens before a cue.
type chunk struct{ l, r int }

// subject describes the speaker phrase found left of a cue.
type subject struct {
	l, r       int    // token range of the phrase
	role       string // an appositive role
	noun       string // a generic noun the speaker was called by (appositive)
	afterQuote int    // span closed right before the phrase, -1
	coord      bool   // "…, and said": the sentence's subject speaks
	inverted   bool   // the speaker follows the cue
	comma      bool   // a comma precedes the phrase (there may be words before it)
}

// enCue builds the attribution of the cue at tokens t..ce.
func (f *finder) enCue(pi, k0, t, ce int, cls cueClass) {
	ss, se := f.sentBounds(t)
	if f.notSpeechObject(t, ce) {
		return
	}
	sub := f.enSubjectSpan(t, ss)
	var ent *entity
	var subjPos int
	hasSpeaker := false
	invEnd := -1
	switch {
	case cls&part != 0:
		ent = f.sentenceSpeaker(pi, t, ss)
		if ent == nil {
			return
		}
		hasSpeaker, subjPos = true, f.toks[t].s
	case sub.coord:
		ent = f.sentenceSpeaker(pi, t, ss)
		if ent == nil {
			return
		}
		hasSpeaker, subjPos = true, f.toks[t].s
	case sub.inverted && cls&recipient != 0 && sub.afterQuote < 0:
		// "Jo Park, an expert … who did not work on the study, told
		// Newsweek:": told is never inverted (the name after it is the
		// listener); a name opening the sentence before a long appositive
		// speaks
		l, r, role := f.enLeadingNameApposition(ss, t)
		if l >= r {
			return
		}
		e, ok := f.enSpeaker(l, r, role, "")
		if !ok {
			return
		}
		ent, hasSpeaker, subjPos = e, true, f.toks[l].s
	case sub.inverted:
		l, r, role, after := f.enInvertedSpan(ce, se)
		if l >= r {
			return
		}
		e, ok := f.enSpeaker(l, r, role, "")
		if !ok {
			return
		}
		ent, hasSpeaker, subjPos = e, true, f.toks[l].s
		f.useToks(l, after)
		invEnd = after
	case sub.l < sub.r:
		e, ok := f.enSpeaker(sub.l, sub.r, sub.role, sub.noun)
		if !ok {
			return
		}
		ent, hasSpeaker, subjPos = e, true, f.toks[sub.l].s
	}
	if !hasSpeaker || cls&docOnly != 0 && (ent == nil || ent.kind != kSource) {
		return
	}
	cue := f.tokText(t, ce)
	// "Schiff asked": a single name taken for an organisation is a person
	// when the verb is one only people use
	if ent != nil && ent.kind == kOrg && enHumanCues[string(f.key(t))] && !strings.Contains(ent.name, " ") && !isAllCaps(ent.name) {
		ent.kind = kPerson
	}

	// the words after the cue
	j := ce
	if invEnd > 0 {
		j = invEnd
	}
	thatAt := -1
	if f.is(j, "that") {
		thatAt = j
	} else if x := f.stanceThat(j, se); x > 0 {
		thatAt = x // reiterated the UK's position that …
	} else if j < se && (cls&recipient != 0 || enAfterCue[string(f.key(j))] || enMonths[string(f.key(j))]) {
		for x := j; x < se && x-j <= enMaxThatGap; x++ {
			if f.isPunct(x, ',') || f.toks[x].kind == tOpen || f.isPunct(x, ':') {
				break
			}
			if f.is(x, "that") {
				thatAt = x
				break
			}
		}
	}
	cs := j
	if thatAt >= 0 {
		cs = thatAt + 1
		cue = f.tokText(t, thatAt)
	} else if cls&recipient != 0 {
		// told TRD …, told reporters …
		x := j
		for x < se && x-j < 3 && f.isWordTok(x) && (f.toks[x].cap || enAfterCue[string(f.key(x))]) {
			x++
		}
		// "told doctors he ate…": a lower-case listener before a clause
		if x == j && f.isWordTok(x) && !f.toks[x].cap && x+1 < se && f.isWordTok(x+1) {
			if k := string(f.key(x + 1)); enPronouns[k] != kNone || enDeterminers[k] || f.toks[x+1].cap {
				x++
			}
		}
		// "told the committee he…", "telling the crowd, “…”": a listener
		// with a determiner, up to a comma, a quotation or a subject pronoun
		if x == j && (f.is(x, "the") || f.is(x, "a") || f.is(x, "an") || f.is(x, "his") || f.is(x, "her") || f.is(x, "their")) {
			for y := x + 1; y < se && y-x <= 4 && f.isWordTok(y); y++ {
				if k := string(f.key(y + 1)); f.isPunct(y+1, ',') || y+1 < se && f.toks[y+1].kind == tOpen || enPronouns[k] != kNone && k != "it" || k == "i" || k == "we" {
					x = y + 1
					break
				}
				if enCues[string(f.key(y))] != 0 || f.is(y, "that") {
					break
				}
			}
		}
		cs = x
	}
	if f.isPunct(cs, ':') || f.isPunct(cs, ',') && f.toks[min(cs+1, len(f.toks)-1)].kind == tOpen {
		cs++
	}
	if f.isPunct(cs, ',') && f.midTail(cs, se) == 0 && (sub.l == ss || sub.l > ss && f.is(sub.l-1, "as")) {
		cs++ // "As Bloomberg reported, there is…"
	}
	// "As Bloomberg reports, the company announced that …": the clause has
	// its own speaker; the outlet only relays it
	if sub.l > ss && f.is(sub.l-1, "as") && (f.isPunct(cs, ',') && f.ownCueThat(cs+1, se) || cs > ce && f.isPunct(cs-1, ',') && f.ownCueThat(cs, se)) {
		return
	}
	colonOrThat := thatAt >= 0 || cs > ce && f.isPunct(cs-1, ':')
	it := item{ent: ent, cue: cue, para: pi, from: f.toks[max(sub.l, ss)].s}
	if sub.inverted || cls&part != 0 || sub.coord {
		it.from = f.toks[t].s
	}
	f.mem.mention(ent, subjPos, true, pi)
	f.useToks(t, ce)

	// a quotation before the speaker: “…,” Noem tweeted
	if sub.afterQuote >= 0 && f.spans[sub.afterQuote].item < 0 {
		n := f.addItem(it)
		f.claim(sub.afterQuote, n)
		// "…," he said, "…" — the next quotation right after continues it
		if q := f.firstOpen(ce, se); q >= 0 && f.wordsBetween(ce, q) <= 4 {
			f.claim(f.toks[q].span, n)
		}
		return
	}
	// a quotation it introduces: said in an email that “…”, adding “…”
	// (a quotation inside the reported clause — said he was "very moved"
	// by it — is part of the clause: the whole clause is kept below)
	if q := f.firstOpen(cs, se); q >= 0 && f.wordsBetween(cs, q) <= enMaxQuoteGap && f.spans[f.toks[q].span].item < 0 && !f.namedBefore(f.toks[q].s) && !f.cueBetween(cs, q) &&
		(f.wordsBetween(cs, q) == 0 || f.isPunct(q-1, ',') || f.isPunct(q-1, ':') || !f.clauseGoesOn(q, se) && (f.onlyIntroWords(cs, q) || f.askedWhether(t, cs, q))) {
		n := f.addItem(it)
		f.claim(f.toks[q].span, n)
		return
	}
	if cls&post != 0 {
		return
	}
	// an attribution inside the sentence: "Prices, Forte said, were cut."
	if mid := f.midTail(cs, se); mid > 0 && (sub.comma || sub.inverted) && !f.frontedAdverbial(ss) {
		pe := sub.l - 1
		if sub.inverted {
			pe = t - 1
		}
		for pe > ss && f.toks[pe].kind == tPunct {
			pe--
		}
		if pe < ss {
			return
		}
		end := se
		for end > mid+1 && f.toks[end-1].kind == tPunct && f.toks[end-1].span < 0 {
			end--
		}
		if pe-ss+1+end-mid-1 >= enMinContent && !f.coveredByItem(f.toks[ss].s, f.toks[pe].e) {
			it.segs = []seg{{f.toks[ss].s, f.toks[pe].e}}
			if end > mid+1 {
				it.segs = append(it.segs, seg{f.toks[mid+1].s, f.toks[end-1].e})
			}
			f.addItem(it)
		}
		return
	}
	// words before the cue at the end of the sentence: "…, says John Petrides."
	tail := f.isTail(cs, se)
	subStart := sub.l
	if sub.inverted {
		subStart = t
	}
	if tail && (sub.comma || sub.inverted) && (!f.frontedAdverbial(ss) || f.clauseBefore(ss, subStart)) {
		pe := sub.l - 1
		if sub.inverted {
			pe = t - 1
		}
		for pe > ss && (f.isPunct(pe, ',') || f.toks[pe].kind == tPunct) {
			pe--
		}
		if pe >= ss && pe-ss+1 >= enMinContent && !f.coveredByItem(f.toks[ss].s, f.toks[pe].e) {
			it.segs = []seg{{f.toks[ss].s, f.toks[pe].e}}
			f.addItem(it)
		}
		return
	}
	if cls&weak != 0 && !colonOrThat && !f.bareClauseAt(cs, se) {
		return
	}
	if tail && thatAt < 0 {
		return
	}
	// a company filing numbers is not speech: "reported third-quarter earnings"
	if (f.is(t, "reported") || f.is(t, "reports") || f.is(t, "report")) && thatAt < 0 && cs < se {
		k := string(f.key(cs))
		if enFinanceObjects[k] || strings.HasPrefix(k, "$") || isDigit(f.rs[f.toks[cs].s]) {
			return
		}

	}
	end := se
	if x, c := f.tailAttributionIn(cs, se); x > 0 {
		if thatAt < 0 || !enOutletCues[string(f.key(c))] {
			return // "X reported seeing …, officials said.": the trailing speaker owns the sentence
		}
		end = x // "X said in a memo that …, the Times reported": X keeps the clause
	}
	if x := f.participleAfter(cs, end); x > 0 {
		end = x // "…, adding …" starts another attribution
	}
	for end > cs && f.toks[end-1].kind == tPunct && f.toks[end-1].span < 0 {
		end--
	}
	if end-cs < enMinContent || f.claimedWhole(f.toks[cs].s, f.toks[end-1].e) {
		return
	}
	n := f.addItem(it)
	f.items[n].segs = append(f.items[n].segs, seg{f.toks[cs].s, f.toks[end-1].e})
	for x := cs; x < end; x++ {
		if tk := f.toks[x]; tk.kind == tOpen && f.spans[tk.span].item < 0 {
			f.spans[tk.span].item = n
		}
	}
}

// surnameLike: a capitalised word that may be a surname standing alone —
// not all capitals (SNC), not a place word, not shaped like a verb or a
// plural (Asked, Sentencing, Democrats).
func (f *finder) surnameLike(x int) bool {
	w := f.tokText(x, x+1)
	k := string(f.key(x))
	if isAllCaps(w) || enPlaceFirst[k] || enStopCaps[k] || len(k) < 3 {
		return false
	}
	for _, suf := range enNotSurnameEnds {
		if strings.HasSuffix(k, suf) {
			return false
		}
	}
	return true
}

// ownCueThat reports whether the clause from cs opens with its own subject
// and a speech cue followed by "that" (the company announced that …),
// within enOwnCueReach tokens and before any quotation.
func (f *finder) ownCueThat(cs, se int) bool {
	for y := cs + 1; y+1 < se && y-cs <= enOwnCueReach; y++ {
		if f.toks[y].kind == tOpen || f.isPunct(y, ',') {
			return false
		}
		if enCues[string(f.key(y))] != 0 && f.is(y+1, "that") {
			return true
		}
	}
	return false
}

// enLeadingNameApposition reads "Name, appositive, cue": a name from the
// sentence start to its first comma, and the appositive after it (up to a
// relative pronoun or the comma before the cue) as the role. It returns an
// empty span when the sentence does not open so.
func (f *finder) enLeadingNameApposition(ss, t int) (int, int, string) {
	c := ss
	for c < t && c-ss <= 6 && !f.isPunct(c, ',') {
		c++
	}
	if c >= t || c == ss || !f.isPunct(c, ',') || !f.isNameChunk(ss, c) || !f.isPunct(t-1, ',') {
		return 0, 0, ""
	}
	re := t - 1
	for x := c + 1; x < t-1; x++ {
		if f.toks[x].kind == tOpen || f.toks[x].kind == tClose {
			return 0, 0, ""
		}
		if k := string(f.key(x)); k == "who" || k == "which" || k == "whose" {
			re = min(re, x)
		}
	}
	if !f.isRoleChunk(c+1, min(re, c+1+enMaxSubject)) {
		return 0, 0, ""
	}
	role := f.tokText(c+1, re)
	role = strings.TrimPrefix(strings.TrimPrefix(role, "a "), "an ")
	return ss, c, role
}

// notSpeechObject reports whether what follows the cue shows it is not
// speech: "tells the truth", "told a story", or a verb right after it (the
// story the White House is telling doesn't…: the cue ends a relative
// clause).
func (f *finder) notSpeechObject(t, ce int) bool {
	if ce >= len(f.toks) || !f.isWordTok(ce) {
		return false
	}
	k := string(f.key(ce))
	// (a gap before a verb after say is a relative clause that speaks: "a
	// gap that officials say will be closed")
	if strings.HasSuffix(string(f.key(t)), "ing") && (isContraction(k) && strings.Contains(k, "n't") || strings.HasSuffix(k, "n’t") || enAuxiliaries[k]) {
		return true
	}
	// "Gallinari added 25 points", "the index added 0.2%": a score or a
	// figure, not words
	if enAddCues[string(f.key(t))] && isDigit(f.rs[f.toks[ce].s]) {
		return true
	}
	if f.is(t, "tell") || f.is(t, "tells") || f.is(t, "told") || f.is(t, "telling") {
		x := ce
		if enDeterminers[k] {
			x++
		}
		if x < len(f.toks) && enTellObjects[string(f.key(x))] {
			return true
		}
	}
	return false
}

// enHumanCues are speech verbs that organisations do not use: a single
// unknown name before them is a person.
var enHumanCues = map[string]bool{"asked": true, "asks": true, "recalled": true, "recalls": true, "joked": true, "jokes": true,
	"shouted": true, "laughed": true, "sighed": true, "cried": true, "exclaimed": true, "whispered": true, "wondered": true, "quipped": true}

func isAllCaps(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// enTellObjects after tell are not listeners: tells the truth, told a
// story, telling lies.
var enTellObjects = map[string]bool{"truth": true, "lie": true, "lies": true, "story": true, "stories": true, "difference": true, "time": true, "joke": true, "jokes": true, "tale": true, "tales": true}

// onlyIntroWords reports whether tokens s..e only say where or how the
// words were said ("in a statement", "on Twitter", "to reporters Tuesday")
// rather than being reported words themselves ("Apple employs 450 of
// them, and he sees").
func (f *finder) onlyIntroWords(s, e int) bool {
	for x := s; x < e; x++ {
		if !f.isWordTok(x) {
			continue
		}
		k := string(f.key(x))
		if f.toks[x].cap || enAfterCue[k] || enPrepositions[k] || enTimeWords[k] || enMonths[k] || enDeterminers[k] || enIntroNouns[k] || isDigit(f.rs[f.toks[x].s]) {
			continue
		}
		return false
	}
	return true
}

// enIntroNouns name the occasion of a quotation: said in a statement “…”.
var enIntroNouns = map[string]bool{
	"statement": true, "interview": true, "tweet": true, "post": true, "email": true, "e-mail": true,
	"letter": true, "note": true, "speech": true, "message": true, "video": true, "conference": true,
	"call": true, "briefing": true, "meeting": true, "hearing": true, "press": true, "news": true,
	"podcast": true, "broadcast": true, "radio": true, "television": true, "rally": true, "event": true,
}

// clauseBefore reports whether the words from ss to the speaker at l hold a
// clause of their own after a fronted adverbial ("After the phones shipped,
// people began using them, Cook said"): more than one comma-separated part.
func (f *finder) clauseBefore(ss, l int) bool {
	commas := 0
	for x := ss; x < l; x++ {
		if f.isPunct(x, ',') && f.toks[x].span < 0 {
			commas++
		}
	}
	return commas >= 2 && l-ss >= 8
}

// enTitleQuote reports whether a quotation is a name used as a modifier —
// after a determiner and before a lower-case noun (the “Stay Home” campaign,
// a “zero tolerance” policy) — not speech.
func (f *finder) enTitleQuote(sp *span) bool {
	if !sp.closed {
		return false
	}
	rs := f.rs
	j := sp.open
	for j > 0 && isSpace(rs[j-1]) {
		j--
	}
	k := j
	for k > 0 && isWordRune(rs[k-1]) {
		k--
	}
	if w := strings.ToLower(string(rs[k:j])); !enTitleDeterminers[w] && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return false // the “…” campaign, Mugabe's “Blue House” compound
	}
	x := sp.end()
	for x < len(rs) && isSpace(rs[x]) {
		x++
	}
	y := x
	for y < len(rs) && (isWordRune(rs[y]) || rs[y] == '-') {
		y++
	}
	if y == x || !unicode.IsLower(rs[x]) {
		return false
	}
	w := string(rs[x:y])
	return enCues[w] == 0 && !enClauseOpeners[w] && !enPrepositions[w] && !enAuxiliaries[w] && !enVerbGap[w] && w != "to"
}

// enTitleDeterminers may open a phrase with a quoted name in it.
var enTitleDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "whose": true,
}

// clauseGoesOn reports whether words follow the quotation opening at token
// q in its sentence (he was "very moved" by the announcement): the
// quotation is then a part of a reported clause.
func (f *finder) clauseGoesOn(q, se int) bool {
	for x := q + 1; x < se; x++ {
		if f.toks[x].kind == tClose {
			return f.wordsBetween(x+1, se) > 0
		}
	}
	return false
}

// stanceThat finds "the/its/X's position that" right after a cue (a
// short object naming a stance, then its content) and returns the token of
// "that", or 0.
func (f *finder) stanceThat(j, se int) int {
	for x := j; x < se && x-j <= 5; x++ {
		if !f.isWordTok(x) {
			return 0
		}
		if f.is(x, "that") {
			if x > j && enStanceNouns[string(f.key(x-1))] {
				return x
			}
			return 0
		}
	}
	return 0
}

// enStanceNouns name a position whose content a that-clause gives.
var enStanceNouns = map[string]bool{
	"position": true, "view": true, "belief": true, "stance": true, "assessment": true, "argument": true,
	"claim": true, "conclusion": true, "contention": true, "warning": true, "assertion": true, "line": true,
}

// bareClauseAt reports whether a clause without "that" opens at cs: a
// subject pronoun ("reiterated it still considers…"), or a short noun
// phrase and an auxiliary ("stressed the decision would not…").
func (f *finder) bareClauseAt(cs, se int) bool {
	if cs >= se || !f.isWordTok(cs) {
		return false
	}
	switch string(f.key(cs)) {
	case "he", "she", "it", "they", "we", "i":
		return f.isWordTok(cs+1) && !f.toks[cs+1].cap
	case "the", "this", "its", "his", "her", "their":
		for x := cs + 1; x < se && x-cs <= 4 && f.isWordTok(x); x++ {
			if enAuxiliaries[string(f.key(x))] {
				return x > cs+1
			}
		}
	}
	return false
}

// enAuxiliaries open the predicate of a bare clause.
var enAuxiliaries = map[string]bool{
	"would": true, "will": true, "could": true, "can": true, "should": true, "may": true, "might": true,
	"must": true, "is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true,
}

// cueBetween reports whether a cue word stands in tokens s..e.
func (f *finder) cueBetween(s, e int) bool {
	for x := s; x < e; x++ {
		if f.isWordTok(x) && !f.toks[x].cap && enCues[string(f.key(x))]&(strong|part) != 0 {
			return true
		}
	}
	return false
}

// newSpeakerCue reports whether tokens from y read as a new subject and a
// speech verb: "the military said", "his lawyer told", "Jo Park added".
func (f *finder) newSpeakerCue(y, e int) bool {
	x := y
	for x < e && x-y < 4 && f.isWordTok(x) {
		k := string(f.key(x))
		if enCues[k]&(strong|weak) != 0 && !f.toks[x].cap && x > y {
			h := string(f.key(x - 1))
			return enOrgNouns[h] || isPersonNoun(h) || f.toks[x-1].cap || enDocNouns[h] || enMilitaryNouns[h]
		}
		if !(enDeterminers[k] || f.toks[x].cap || enOrgNouns[k] || isPersonNoun(k) || enDocNouns[k] || enMilitaryNouns[k]) {
			return false
		}
		x++
	}
	return false
}

// enSelfNaming are institutions that "the X" names by itself (the military
// said is the military, not the last organisation named).
var enSelfNaming = map[string]bool{
	"military": true, "army": true, "navy": true, "government": true, "police": true, "court": true,
	"prosecution": true, "defence": true, "defense": true, "opposition": true, "parliament": true, "senate": true,
}

// enMilitaryNouns speak for armed forces: the military said.
var enMilitaryNouns = map[string]bool{"military": true, "army": true, "navy": true, "militia": true, "rebels": true, "forces": true}

// participleAfter returns the comma before a participle cue ("…, adding
// that…") in tokens s..e, or 0.
func (f *finder) participleAfter(s, e int) int {
	for x := s; x+1 < e; x++ {
		if f.isPunct(x, ',') && f.toks[x].span < 0 && enCues[string(f.key(x+1))]&part != 0 {
			return x
		}
		// "…, and the military said it …": another speaker and a cue
		if (f.is(x, "and") || f.is(x, "but")) && f.toks[x].span < 0 && f.newSpeakerCue(x+1, e) {
			return x
		}
		// "…, and added, “…”": a coordinated cue with its own words
		if f.is(x, "and") && f.toks[x].span < 0 && x+2 < e && !f.toks[x+1].cap && enCues[string(f.key(x+1))]&(strong|weak|post) != 0 &&
			(f.isPunct(x+2, ',') || f.isPunct(x+2, ':') || f.is(x+2, "that") || f.toks[x+2].kind == tOpen || f.bareClauseAt(x+2, e)) {
			return x
		}
	}
	return 0
}

// tailAttributionIn reports whether the words s..e end with an attribution
// of their own: ", the government said late Thursday." / ", officials were
// quoted as saying." — a short subject, a strong cue, then only the tail.
func (f *finder) tailAttributionIn(s, e int) (comma, cue int) {
	for x := s; x+2 < e; x++ {
		if !f.isPunct(x, ',') || f.toks[x].span >= 0 {
			continue
		}
		if !f.isWordTok(x+1) || !(f.toks[x+1].cap || enDeterminers[string(f.key(x+1))] || enPersonNouns[string(f.key(x+1))] || enOrgNouns[string(f.key(x+1))]) {
			continue // (", while the League condemned…", ", but it didn't say…": no subject phrase)
		}
		for c := x + 2; c < e && c-x-1 <= enMaxSubject; c++ {
			if !f.isWordTok(c) || f.toks[c].span >= 0 {
				break
			}
			k := string(f.key(c))
			if f.toks[c].cap || f.isBe(c) && f.is(c+1, "quoted") {
				continue
			}
			if enCues[k]&strong == 0 {
				if enSubjectBreakers[k] {
					break // ", the move that …": no plain subject phrase
				}
				continue
			}
			h := c - 1 // the head of the subject: a name or a noun for people or bodies
			if f.is(c, "quoted") {
				h--
			}
			if hk := string(f.key(h)); h <= x || !(f.toks[h].cap || isRole(hk) || enPersonNouns[hk] || enOrgNouns[hk] || enOrgWords[hk]) {
				break
			}
			ce := c + 1
			if f.is(c, "quoted") {
				if !f.isBe(c-1) || !f.is(c+1, "as") || !f.is(c+2, "saying") {
					continue
				}
				ce = c + 3
			}
			if f.isTail(ce, e) {
				return x, c
			}
			break
		}
	}
	return 0, 0
}

func (f *finder) useToks(s, e int) {
	for x := s; x < e && x < len(f.toks); x++ {
		f.toks[x].used = true
	}
}

func (f *finder) firstOpen(s, e int) int {
	for x := s; x < e; x++ {
		if f.toks[x].kind == tOpen {
			return x
		}
	}
	return -1
}

func (f *finder) wordsBetween(s, e int) int {
	n := 0
	for x := s; x < e; x++ {
		if f.toks[x].kind == tWord {
			n++
		}
	}
	return n
}

// midTail returns the comma after a cue in the middle of its sentence ("…,
// Forte said, …", "…, Benioff said Tuesday, …"), or 0.
func (f *finder) midTail(cs, se int) int {
	for x := cs; x < se && x-cs <= enMaxPostTail; x++ {
		if f.isPunct(x, ',') {
			if x+1 < se && f.toks[x+1].kind != tOpen {
				return x
			}
			return 0
		}
		if f.toks[x].kind != tWord {
			return 0
		}
		k := string(f.key(x))
		if x == cs && !(enPrepositions[k] || enMonths[k] || enTimeWords[k]) || k == "that" {
			return 0
		}
	}
	return 0
}

// isTail reports whether tokens cs..se are only what may follow a
// sentence-final cue: nothing, or a short prepositional or time phrase.
func (f *finder) isTail(cs, se int) bool {
	end := se
	for end > cs && f.toks[end-1].kind == tPunct {
		end--
	}
	if end <= cs {
		return true
	}
	if end-cs > enMaxPostTail {
		return false
	}
	k := string(f.key(cs))
	if !(enPrepositions[k] || enMonths[k] || enTimeWords[k]) {
		return false
	}
	for x := cs; x < end; x++ {
		if f.is(x, "that") {
			return false
		}
	}
	return true
}

// enSubjectSpan finds the speaker phrase left of the cue at t. A quotation
// before it is the speaker's only when nothing but the speaker stands
// between them (“…,” Park said), not when words do (against “criminals” in
// his entourage, a source told Reuters).
func (f *finder) enSubjectSpan(t, ss int) subject {
	sub := f.enSubjectSpan0(t, ss)
	if sub.afterQuote >= 0 && !sub.inverted && sub.l < sub.r {
		q := sub.l - 1
		for q >= ss && !(f.toks[q].kind == tClose && f.toks[q].span == sub.afterQuote) {
			q--
		}
		if q >= ss && f.wordsBetween(q+1, sub.l) > 0 && !(sub.role != "" && f.wordsBetween(q+1, sub.l) == len(strings.Fields(sub.role))) {
			sub.afterQuote = -1 // (but “…,” her mother, Fiona, said: the appositive stands between)
		}
	}
	return sub
}

func (f *finder) enSubjectSpan0(t, ss int) subject {
	sub := subject{afterQuote: -1}
	r := t
	// auxiliaries, adverbs and time words between the speaker and the verb
	for r > ss {
		k := string(f.key(r - 1))
		if f.isWordTok(r-1) && (isGapAdverb(k) && !(f.toks[r-1].cap && !enStopCaps[k]) || enMonths[k] || isDigit(f.rs[f.toks[r-1].s]) && r-2 >= ss && enMonths[string(f.key(r-2))]) {
			r--
			continue
		}
		break
	}
	// "…his defense minister Kim Yong-hyun, who said": the name before the
	// relative pronoun speaks
	if r-3 >= ss && f.is(r-1, "who") && f.isPunct(r-2, ',') && f.isCapWord(r-3) {
		l := r - 3
		for l > ss && f.isCapWord(l-1) && r-2-l < 4 {
			l--
		}
		for l > ss && isRole(string(f.key(l-1))) && !f.toks[l-1].cap {
			l--
		}
		if f.isCapWord(l) || isRole(string(f.key(l))) {
			sub.l, sub.r, sub.comma = l, r-2, true
			return sub
		}
	}
	// chunks between commas, nearest first
	var chunks [enMaxChunks]chunk
	nc := 0
	cr := r
	x := r - 1
	boundary := ss - 1
scan:
	for ; x >= ss && r-x <= enMaxBackScan; x-- {
		tk := f.toks[x]
		switch tk.kind {
		case tClose, tOpen:
			if f.enTitleQuote(&f.spans[tk.span]) {
				continue // the “…” campaign: a name inside the phrase
			}
			if tk.kind == tClose {
				sub.afterQuote = tk.span
			}
			boundary = x
			break scan
		case tPunct:
			c := f.rs[tk.s]
			switch c {
			case ',':
				if nc < len(chunks)-1 {
					chunks[nc] = chunk{x + 1, cr}
					nc++
					cr = x
					// “…,” — the comma of a quotation before the speaker
					if x-1 >= ss && f.toks[x-1].kind == tClose {
						sub.afterQuote = f.toks[x-1].span
						boundary = x
						break scan
					}
					continue
				}
				boundary = x
				break scan
			case ')':
				for x > ss && !f.isPunct(x, '(') {
					x--
				}
				continue
			case '-':
				if !f.isPunct(x-1, '-') && !f.isPunct(x+1, '-') {
					continue
				}
				// "BERLIN -- The agency says": a double hyphen is a dash
			case '&', '\'', '’':
				continue // Chapter & Verse
			}
			boundary = x
			break scan
		case tWord:
			k := string(f.key(x))
			if enClauseOpeners[k] && (!tk.cap || f.startsSentenceAt(x)) {
				// "chairman, CEO and president Craig Menear": and between roles
				if (k == "and" || k == "or") && f.roleAfterAnd(x, t) && (isRole(string(f.key(x-1))) || f.toks[x-1].cap) {
					continue
				}
				// "Jo Park and her team wrote": the named one speaks
				if k == "and" && f.isCapWord(x-1) && f.teamAfterAnd(x) == r {
					continue
				}
				// ", and co-author of the study, said", ", Space, and Security,":
				// the last item of a comma list inside an appositive
				if k == "and" && f.isPunct(x-1, ',') && (f.isRoleChunk(x+1, cr) || f.isNameChunk(x+1, cr)) {
					continue
				}
				// "Department of Health and Human Services": and inside a name
				if k == "and" && f.isCapWord(x+1) && f.ofNameBefore(x) {
					continue
				}
				// inside a comma-enclosed appositive: "Jo Park, president of
				// X, a design and marketing firm, said"
				if (k == "and" || k == "or") && nc > 0 && f.isWordTok(x+1) && f.isWordTok(x-1) {
					continue
				}
				// a comma-enclosed aside: "Jo Park, however, said"
				if enParentheticals[k] && f.isPunct(x-1, ',') && f.isPunct(x+1, ',') {
					continue
				}
				// a relative clause set off by commas: "Jo Park, who
				// represents the family, said"
				if (k == "who" || k == "which" || k == "whose") && nc > 0 && f.isPunct(x-1, ',') {
					continue
				}
				boundary = x
				break scan
			}
		}
	}
	if x < ss || r-x > enMaxBackScan {
		boundary = max(boundary, x)
	}
	chunks[nc] = chunk{boundary + 1, cr}
	nc++
	empty := func(c chunk) bool { return c.l >= c.r }
	// skip parentheticals: ", meanwhile,", ", citing an anonymous source,"
	i := 0
	for i < nc-1 {
		if empty(chunks[i]) && f.isParenthetical(chunks[i+1].l, chunks[i+1].r) && chunks[i+1].l > ss && f.isPunct(chunks[i+1].l-1, ',') {
			i += 2
			continue
		}
		if !empty(chunks[i]) && f.isParenthetical(chunks[i].l, chunks[i].r) {
			i++
			continue
		}
		break
	}
	if i >= nc {
		return sub
	}
	// "…, leaving deep holes, said Jo Park": what the skipped
	// participle leaves before it is a clause, not a speaker; the speaker
	// follows the verb
	if i > 0 && empty(chunks[0]) && !empty(chunks[i]) && f.clauseChunk(chunks[i].l, chunks[i].r) {
		sub.inverted, sub.comma = true, true
		return sub
	}
	atBoundary := boundary >= ss && f.isPunct(boundary, ',')
	// appositives: "Matt Maley, equity strategist at Miller Tabak," /
	// "WeWork's parent company, The We Company,"
	apposition := func(c0, c1 chunk) bool {
		switch {
		case f.isRoleChunk(c0.l, c0.r) && f.isNameChunk(c1.l, c1.r):
			sub.l, sub.r, sub.role = c1.l, c1.r, f.tokText(c0.l, c0.r)
		case f.isNameChunk(c0.l, c0.r) && f.isDescChunk(c1.l, c1.r):
			sub.l, sub.r = c0.l, c0.r
			sub.noun = string(f.key(c1.r - 1))
			if f.isRoleChunk(c1.l, c1.r) || !f.startsWithThe(c1.l) {
				sub.role = f.tokText(c1.l, c1.r)
			}
		default:
			return false
		}
		sub.comma = atBoundary
		return true
	}
	c0 := chunks[i]
	if empty(c0) {
		// a comma right before the verb: an appositive ends there, or the
		// speaker follows the verb ("…, says John Petrides")
		if i == 0 && nc == 1 {
			if boundary >= ss && (f.is(boundary, "and") || f.is(boundary, "but")) {
				sub.coord = true
				return sub
			}
			if boundary < ss || f.toks[boundary].kind == tClose {
				sub.inverted = true
			}
			return sub
		}
		if sub.afterQuote >= 0 && i+1 == nc && empty(chunks[i+1-1]) {
			sub.inverted, sub.comma = true, true
			return sub
		}
		if i+2 < nc && i+3 == nc && apposition(chunks[i+1], chunks[i+2]) {
			return sub
		}
		if f.chainApposition(&sub, chunks[i+1:nc], atBoundary) {
			return sub
		}
		if i+4 == nc && f.nameOfDescription(&sub, chunks[i+1:nc], atBoundary) {
			return sub
		}
		if i+2 == nc && f.isNPChunk(chunks[i+1].l, chunks[i+1].r) {
			sub.l, sub.r, sub.comma = chunks[i+1].l, chunks[i+1].r, atBoundary
			return sub
		}
		sub.inverted, sub.comma = true, true
		return sub
	}
	sub.l, sub.r = c0.l, c0.r
	sub.comma = i+1 < nc || atBoundary
	if i+2 == nc && apposition(c0, chunks[i+1]) {
		return sub
	}
	// "Prince Andrew, the younger brother of the heir, Charles, has told":
	// the nearest name belongs to the description before it; the first
	// name is the subject
	if i+3 == nc && f.nameOfDescription(&sub, chunks[i:nc], atBoundary) {
		return sub
	}
	if i+2 < nc && f.isNameChunk(chunks[nc-1].l, chunks[nc-1].r) && !f.isNameChunk(c0.l, c0.r) && f.chainApposition(&sub, chunks[i:nc], atBoundary) {
		return sub
	}
	return sub
}

// nameOfDescription reads "Prince Andrew, the younger brother of the
// heir, Charles, has told" (cs nearest the verb first: a name, a
// description with of/to, a name): the nearest name belongs to the
// description; the first name is the subject, the description its role.
func (f *finder) nameOfDescription(sub *subject, cs []chunk, atBoundary bool) bool {
	if len(cs) != 3 || !f.isNameChunk(cs[0].l, cs[0].r) || !f.isDescLike(cs[1].l, cs[1].r) || !f.isNameChunk(cs[2].l, cs[2].r) ||
		!f.hasWord(cs[1].l, cs[1].r, "of") && !f.hasWord(cs[1].l, cs[1].r, "to") {
		return false
	}
	sub.l, sub.r, sub.role, sub.comma = cs[2].l, cs[2].r, f.tokText(cs[1].l, cs[1].r), atBoundary
	return true
}

// plainModifier reports whether token x is a lower-case word that may
// modify a role ("press" secretary), not a function word or a verb.
func (f *finder) plainModifier(x int) bool {
	k := string(f.key(x))
	return !f.toks[x].cap && enCues[k] == 0 && !enVerbGap[k] && !enPrepositions[k] && !enDeterminers[k] && !enClauseOpeners[k] && !isContraction(k) && !enAuxiliaries[k] && !strings.HasSuffix(k, "ed") && !strings.HasSuffix(k, "ing")
}

// roleWithin returns the token of a role word within n lower-case words
// from x ("planetary geologist", "study co-author"), or 0.
func (f *finder) roleWithin(x, se, n int) int {
	for y := x; y < se && y-x < n; y++ {
		if !f.isWordTok(y) || f.toks[y].cap && !isRole(string(f.key(y))) {
			return 0
		}
		k := string(f.key(y))
		if isRole(k) {
			return y
		}
		if enCues[k] != 0 || enVerbGap[k] || enPrepositions[k] || enDeterminers[k] || enClauseOpeners[k] || isContraction(k) {
			return 0
		}
	}
	return 0
}

// headNounWithin returns the token of a person noun within n lower-case
// words from x (their modifiers before it: "legal expert"), or 0.
func (f *finder) headNounWithin(x, se, n int) int {
	for y := x; y < se && y-x < n; y++ {
		if !f.isWordTok(y) || f.toks[y].cap {
			return 0
		}
		k := string(f.key(y))
		if isPersonNoun(k) {
			return y
		}
		if enCues[k] != 0 || enVerbGap[k] || enPrepositions[k] || enDeterminers[k] || isContraction(k) {
			return 0
		}
	}
	return 0
}

// roleOfPerson reports whether an appositive role names a person's
// function ("the Democratic Party leader", "a former adviser").
func roleOfPerson(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if isRole(strings.Trim(w, ",.")) {
			return true
		}
	}
	return false
}

// hasWord reports whether the lower-case word w is among tokens l..r.
func (f *finder) hasWord(l, r int, w string) bool {
	for x := l; x < r; x++ {
		if f.is(x, w) {
			return true
		}
	}
	return false
}

// chainApposition reads a name followed by several appositives, nearest the
// verb first in cs: "Jo Park, president of Park & Co, a design firm, said".
// The farthest chunk is the name; every chunk between is a role, a
// description or a relative clause; the role is the one next to the name.
func (f *finder) chainApposition(sub *subject, cs []chunk, atBoundary bool) bool {
	n := len(cs)
	if n < 2 || !f.isNameChunk(cs[n-1].l, cs[n-1].r) {
		return false
	}
	described := false
	for k, c := range cs[:n-1] {
		l := c.l
		if f.is(l, "and") {
			l++ // ", and co-author of the study,"
		}
		if f.isRoleChunk(l, c.r) || f.isDescLike(l, c.r) || f.is(l, "who") || f.is(l, "which") {
			described = true
			continue
		}
		// "in Lyon, France,", "at Acme Defense, Space, and Security,":
		// a short name continuing the capitalised end of the chunk before it
		if left := cs[k+1]; k+1 < n-1 && c.r-l <= enMaxListedName && f.isNameChunk(l, c.r) && f.isCapWord(left.r-1) {
			continue
		}
		return false
	}
	if !described {
		return false
	}
	sub.l, sub.r = cs[n-1].l, cs[n-1].r
	if c := cs[n-2]; f.isRoleChunk(c.l, c.r) || f.isDescLike(c.l, c.r) && (!f.is(c.l, "the") || isRole(string(f.key(c.r-1)))) {
		sub.role = strings.TrimPrefix(strings.TrimPrefix(f.tokText(c.l, c.r), "a "), "an ")
	}
	sub.comma = atBoundary
	return true
}

// isDescLike: an appositive description opening with a determiner ("a
// Boston design agency", "the family's lawyer").
func (f *finder) isDescLike(l, r int) bool {
	if l >= r || r-l > enMaxSubject {
		return false
	}
	if !(f.is(l, "a") || f.is(l, "an") || f.is(l, "the") || f.is(l, "another") || f.is(l, "one") && f.is(l+1, "of")) {
		return false
	}
	for x := l; x < r; x++ {
		if !f.isWordTok(x) && !f.isPunct(x, '&') {
			return false
		}
		if k := string(f.key(x)); enCues[k] != 0 && !f.toks[x].cap {
			return false
		}
	}
	return true
}

// isNPChunk: a short name or description.
func (f *finder) isNPChunk(l, r int) bool {
	return f.isNameChunk(l, r) || f.isDescChunk(l, r) && r-l <= 4
}

// frontedAdverbial reports whether the sentence at ss opens with a
// prepositional phrase ("In a research report early Tuesday, …"), which is
// not reported words.
func (f *finder) frontedAdverbial(ss int) bool {
	return enPrepositions[string(f.key(ss))] || f.is(ss, "looking") || f.is(ss, "following")
}

func (f *finder) startsWithThe(l int) bool { return f.is(l, "the") }

// isParenthetical: a comma-enclosed aside between a speaker and the verb.
func (f *finder) isParenthetical(l, r int) bool {
	if l >= r {
		return false
	}
	if enParentheticals[strings.ToLower(f.tokText(l, r))] {
		return true
	}
	k := string(f.key(l))
	if r-l == 1 && isPartyState(f.tokText(l, r)) {
		return true // "Sen. Jo Park, R-Texas, said"
	}
	return strings.HasSuffix(k, "ing") && !f.toks[l].cap && !enIngAdjectives[k] || k == "who" || k == "whose" || k == "which" || k == "according" || k == "via"
}

// isPartyState: a party and state label after a politician's name (R-Texas,
// D-Minn.).
func isPartyState(w string) bool {
	return len(w) >= 4 && strings.ContainsRune("DRI", rune(w[0])) && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// isRoleChunk: lower-case words around a role noun: "equity strategist at
// Miller Tabak", "a market analyst with the research firm Oanda".
func (f *finder) isRoleChunk(l, r int) bool {
	if l >= r || r-l > enMaxSubject {
		return false
	}
	if f.toks[l].cap && !enDeterminers[string(f.key(l))] && !isRole(string(f.key(l))) {
		// "Jefferies analyst" is a role too, but then a role word must follow
		hasRole := false
		for x := l; x < r; x++ {
			if isRole(string(f.key(x))) && !f.toks[x].cap {
				hasRole = true
			}
		}
		if !hasRole {
			return false
		}
	}
	for x := l; x < r; x++ {
		if isRole(string(f.key(x))) {
			return true
		}
	}
	return false
}

// isNameChunk: capitalised words only (a name).
func (f *finder) isNameChunk(l, r int) bool {
	if l >= r || r-l > 6 {
		return false
	}
	if f.is(l, "the") {
		l++
	}
	for x := l; x < r; x++ {
		if !(f.isCapWord(x) || f.toks[x].cap && f.isWordTok(x) || enNameConnectors[string(f.key(x))] && x > l && x+1 < r) {
			return false
		}
	}
	return l < r
}

// isDescChunk: a description ending in a generic noun ("The group",
// "WeWork's parent company").
func (f *finder) isDescChunk(l, r int) bool {
	if l >= r || r-l > 6 {
		return false
	}
	k := string(f.key(r - 1))
	return enOrgNouns[k] || isPersonNoun(k)
}

// enInvertedSpan reads the speaker after an inverted cue ("said CEO Craig
// Menear in …", "says John Petrides, portfolio manager at …").
func (f *finder) enInvertedSpan(ce, se int) (int, int, string, int) {
	x := ce
	viaRole := false // "said planetary geologist Rosaly Lopes of NASA…": the name ends before "of"
	for x < se && x-ce < enMaxSubject {
		if !f.isWordTok(x) {
			break
		}
		k := string(f.key(x))
		tk := f.toks[x]
		if k == "that" && x == ce {
			break
		}
		if viaRole && !tk.cap {
			break
		}
		if tk.cap || isRole(k) || x == ce && (enDeterminers[k] || enPronouns[k] != kNone || isPersonNoun(k) && !enAfterCue[k]) || x > ce && (isPersonNoun(k) || enOrgNouns[k] || enDocNouns[k]) && !enAfterCue[k] {
			x++
			continue
		}
		if enNameConnectors[k] && f.isCapWord(x+1) && x > ce {
			x++
			continue
		}
		// "said a report from Harbor Equities": a description's phrase
		if x > ce && (k == "from" || k == "at" || k == "by" || k == "with") && f.toks[x-1].kind == tWord && (isPersonNoun(string(f.key(x-1))) || enDocNouns[string(f.key(x-1))] || enOrgNouns[string(f.key(x-1))]) && f.isCapWord(x+1) {
			x++
			continue
		}
		// "said planetary geologist Rosaly Lopes", "said study co-author
		// Ann Lee": lower-case modifiers, a role, a name
		if x == ce {
			h := f.roleWithin(x, se, 3)
			if h2 := f.coordRole(h, se); h2 > 0 {
				h = h2 // "said lead author and ESA glaciologist Jo Park"
			}
			if h > 0 && f.isCapWord(h+1) {
				x, viaRole = h+1, true
				continue
			}
		}
		// "said one legal expert": modifiers between a determiner and the
		// head noun
		if x == ce+1 && enDeterminers[string(f.key(ce))] {
			if h := f.headNounWithin(x, se, enMaxModifier); h > 0 {
				x = h + 1
				continue
			}
		}
		break
	}
	if x == ce {
		return ce, ce, "", ce
	}
	// "said Jo Park of the design team": the name, then its affiliation as the role
	if y := f.affiliationAt(x, se); y > 0 && f.personNameRun(ce, x) {
		role, after := f.tokText(x, y), y
		if f.isPunct(after, ',') && f.isRoleChunk(after+1, se) {
			after = se // (", a unit of …": an appositive after it goes with the name)
		}
		return ce, x, role, after
	}
	// "said the US policy change…", "said Epstein's death…": the clause
	// goes on, so what follows the cue is its subject, not the speaker
	if strings.HasSuffix(f.tokText(x-1, x), "'s") || strings.HasSuffix(f.tokText(x-1, x), "’s") {
		return ce, ce, "", ce
	}
	if x < se && f.isWordTok(x) && !f.toks[x].cap {
		k := string(f.key(x))
		if !(enPrepositions[k] || enTimeWords[k] || enMonths[k] || k == "who" || k == "which" || k == "and" || k == "of" && (viaRole || f.isCapWord(x+1))) {
			return ce, ce, "", ce
		}
	}
	role, after := "", x
	rx := x
	for f.isPunct(rx, ',') && f.isWordTok(rx+1) && enCredentials[string(f.key(rx+1))] && f.isPunct(rx+2, ',') {
		rx += 2 // says Jo Park, MD, president of …: the degree is no role
	}
	if f.isPunct(rx, ',') {
		x := rx
		y := x + 1
		for y < se && !f.isPunct(y, ',') && f.toks[y].kind != tOpen && !(f.toks[y].kind == tPunct && isSentEndEn(f.rs[f.toks[y].s])) {
			y++
		}
		if f.isRoleChunk(x+1, y) || f.is(x+1, "a") || f.is(x+1, "an") || f.is(x+1, "the") && y-x > 2 {
			role = f.tokText(x+1, y)
			role = strings.TrimPrefix(strings.TrimPrefix(role, "a "), "an ")
			after = y
			if f.isPunct(after, ',') {
				after++
			}
		}
	}
	return ce, x, role, after
}

// enSpeaker turns the phrase at tokens l..r into an entity: a pronoun or a
// description resolved from memory, a name with its role, an unnamed person
// (anonymous) or an organisation.
func (f *finder) enSpeaker(l, r int, role, noun string) (*entity, bool) {
	for l < r && f.toks[l].kind == tPunct {
		l++
	}
	for r > l && f.toks[r-1].kind == tPunct {
		if f.isPunct(r-1, ')') {
			y := r - 1
			for y > l && !f.isPunct(y, '(') {
				y--
			}
			r = y
			continue
		}
		r--
	}
	if l >= r || r-l > enMaxSubject {
		return nil, false
	}
	for x := l; x < r; x++ {
		if f.toks[x].kind == tOpen || f.toks[x].kind == tClose {
			return nil, false
		}
	}
	// "Jo Park and his team wrote": Jo Park
	if y := r - 3; y > l && f.is(y, "and") && f.teamAfterAnd(y) == r {
		r = y
	}
	// "Dr. Jo Park of the State Department of Health says": the name speaks,
	// its affiliation is the role
	for x := l + 2; x < r-1; x++ {
		if y := f.affiliationAt(x, r); y == r && f.personNameRun(l, x) {
			if role == "" {
				role = f.tokText(x, r)
			}
			r = x
			break
		}
	}
	pos := f.toks[l].s
	k := string(f.key(l))
	if r-l == 1 {
		if want, ok := enPronouns[k]; ok {
			return f.mem.pronoun(pos, want), true
		}
		// "Prosecutors alleged": a capital only because the sentence starts
		if f.startsSentenceAt(l) && isPersonNoun(k) && !enOrgWords[k] && f.mem.find(f.tokText(l, r)) == nil {
			e := f.mem.add(f.tokText(l, r), role, kAnon)
			e.plural = strings.HasSuffix(k, "s")
			return e, true
		}
	}
	// "Jo Park’s office said": an office, a campaign or a team of a named
	// person or body speaks
	if r-l >= 2 && enOrgNouns[string(f.key(r-1))] && !f.toks[r-1].cap {
		if pk := f.tokText(r-2, r-1); strings.HasSuffix(pk, "'s") || strings.HasSuffix(pk, "’s") {
			return f.mem.add(f.tokText(l, r), role, kOrg), true
		}
	}
	the := false
	if k == "the" && r-l > 1 {
		the = true
		l++
	}
	// a description: the company, the news organization, the analyst
	if the || k == "this" || k == "that" {
		// "the company" refers back; "the French ministry" is a new speaker
		capFrom := l + 1
		if the {
			capFrom = l
		}
		if r-l <= 3 && !f.anyCap(capFrom, r) {
			hn := string(f.key(r - 1))
			want := kNone
			switch {
			case enOrgNouns[hn]:
				want = kOrg
			case isPersonNoun(hn):
				want = kPerson
			}
			if want != kNone && !enSelfNaming[hn] {
				describe := f.mem.describe
				if want == kPerson && strings.HasSuffix(hn, "s") && !strings.HasSuffix(hn, "ss") {
					describe = f.mem.describeStrict // "the officials": not the last person named
				}
				if want == kPerson && enLayNouns[hn] {
					describe = f.mem.describeStrict // "the patient said": not the doctor named before
				}
				if e := describe(pos, hn, want); e != nil && !(want == kOrg && otherOrgNoun(e, hn)) {
					if want == kOrg {
						e.guessed = false // "the company said": an organisation indeed
					}
					if e.role == "" && want == kPerson && e.kind == kPerson && isRole(hn) {
						e.role = f.tokText(l, r) // "the real estate agent said" names her role
					}
					return e, true
				}
				// nothing to refer back to: the description is the speaker
				// ("The union stressed…" with no union named before)
			}
		}
	}
	// a name at the end, a role before it
	ne := r
	ns := ne
	for ns > l {
		x := ns - 1
		if f.isCapWord(x) || f.toks[x].cap && f.isWordTok(x) && ns < ne && !isRole(string(f.key(x))) {
			ns--
			continue
		}
		if ns < ne && x > l && enNameConnectors[string(f.key(x))] && f.isCapWord(x-1) {
			ns--
			continue
		}
		break
	}
	if ns < ne && ns > l && ne-ns >= 3 && (f.is(ns-1, "of") || f.is(ns-1, "to") || f.is(ns-1, "for")) {
		ns++ // "Secretary of State Jo Park": State belongs to the role
	}
	if ns < ne {
		prefixOK := true
		hasRole, modifiers := false, 0
		for x := l; x < ns; x++ {
			kx := string(f.key(x))
			switch {
			case isRole(kx) || enPersonNouns[kx] && !enDeterminers[kx]:
				hasRole = true
			case f.toks[x].cap, enDeterminers[kx], kx == "and", f.isPunct(x, ','), kx == "of", kx == "at":
			case f.isWordTok(x) && !enVerbGap[kx] && !enClauseOpeners[kx] && !isContraction(kx) && kx != "by":
				modifiers++ // "planetary scientist", "press secretary", "former CEO"
			default:
				prefixOK = false
			}
		}
		onlyModifiers := ns > l
		for x := l; x < ns; x++ {
			if kx := string(f.key(x)); f.toks[x].cap || !f.isWordTok(x) || enPrepositions[kx] || enNameConnectors[kx] || enDeterminers[kx] {
				onlyModifiers = false
			}
		}
		if modifiers > 0 && !hasRole && !(the && onlyModifiers && modifiers <= 3 && ne-ns <= 3) || ns-l > 8 {
			prefixOK = false // ("the 14th-ranked Schwartzman" is a name with a modifier)
		}
		if ns > l {
			// the word right before the name is a role, a noun or a capitalised word
			kp := string(f.key(ns - 1))
			if !(isRole(kp) || enPersonNouns[kp] || f.toks[ns-1].cap || the && onlyModifiers) {
				prefixOK = false
			}
		}
		if prefixOK {
			name := trimPossessive(f.tokText(ns, ne))
			kind := kPerson
			orgish := false
			for x := ns; x < ne; x++ {
				if enOrgWords[string(f.key(x))] {
					orgish = true
				}
			}
			if e := f.mem.find(name); e != nil && !orgish {
				if role == "" && (hasRole || the && onlyModifiers) {
					role = strings.TrimSpace(f.tokText(l, ns))
				}
				if e.kind == kOrg && ne-ns == 1 && (hasRole || roleOfPerson(role)) {
					e.kind = kPerson // "Lee, the party leader, said": taken for an organisation when named alone
				}
				if e.kind == kOrg && ne-ns == 1 && ns == l && f.surnameLike(ns) {
					guessOrg(e)
				}
				if e.role == "" || role != "" && !strings.Contains(e.role, " ") && isRole(strings.ToLower(e.role)) && strings.Contains(role, " ") {
					e.role = role // "chairman of the Joint Chiefs" says more than "General"
				}
				e.addNoun(noun)
				return e, true
			}
			switch {
			case orgish, enPlaceFirst[string(f.key(ns))]:
				kind = kOrg
			case ne-ns == 1 && !hasRole && !roleOfPerson(role):
				kind = kOrg // "Apple said"; but "Lee, the party leader, said" is a person
			}
			if (hasRole || the && onlyModifiers) && ns > l && role == "" {
				role = strings.TrimSpace(f.tokText(l, ns))
			}
			e := f.mem.add(name, role, kind)
			if kind == kOrg && !orgish && !the && ns == l && f.surnameLike(ns) {
				guessOrg(e)
			}
			e.addNoun(noun)
			return e, true
		}
	}
	// an unnamed person, an organisation or a document: "A person familiar
	// with the matter", "Company management", "one user", "court records"
	return f.enDescription(l, r, role, the)
}

// enDescription reads a speaker without a name: [determiner] [up to three
// modifiers] head noun [a prepositional phrase]. The head noun decides the
// group: a person, an organisation or a document (source).
func (f *finder) enDescription(l, r int, role string, the bool) (*entity, bool) {
	// "Those in favor of punishment", "those close to the talks": people
	if f.is(l, "those") && r-l >= 2 && enThoseGroupNext[string(f.key(l+1))] {
		e := f.mem.add(f.tokText(l, r), role, kAnon)
		e.plural = true
		return e, true
	}
	x := l
	if enDeterminers[string(f.key(x))] || f.isWordTok(x) && isDigit(f.rs[f.toks[x].s]) {
		x++
	}
	head := -1
	for y := x; y < r && y-x <= enMaxModifier; y++ {
		k := string(f.key(y))
		if isContraction(k) || enVerbGap[k] && !enTimeWords[k] {
			return nil, false
		}
		if isPersonNoun(k) || enOrgNouns[k] || enDocNouns[k] {
			head = y
			// a compound head: "company spokesperson"
			for head+1 < r {
				k2 := string(f.key(head + 1))
				if isPersonNoun(k2) || enOrgNouns[k2] || enDocNouns[k2] {
					head++
					continue
				}
				break
			}
			break
		}
	}
	if head < 0 {
		return nil, false
	}
	if head+1 < r {
		k := string(f.key(head + 1))
		if !enDescriptionPP[k] || r-head-1 > 8 {
			return nil, false
		}
	}
	hk := string(f.key(head))
	desc := f.tokText(l, r)
	kind := kAnon
	switch {
	case enDocNouns[hk]:
		return &entity{name: desc, role: role, kind: kSource}, true
	case enOrgNouns[hk] && !isPersonNoun(hk):
		kind = kOrg
	case f.toks[head].cap && !f.startsSentenceAt(head):
		kind = kPerson // a title held by one person: the High Commissioner for Human Rights
	}
	e := f.mem.add(desc, role, kind)
	e.addNoun(hk) // "A doctor on the scene" is "the doctor" later
	if kind == kAnon && strings.HasSuffix(hk, "s") && !enPersonNouns[hk] || kind == kAnon && enPluralPeople[hk] {
		e.plural = true
	}
	return e, true
}

// enPluralPeople are listed plural nouns for people (no -s test needed).
var enPluralPeople = map[string]bool{
	"people": true, "sources": true, "officials": true, "insiders": true, "employees": true, "users": true,
	"analysts": true, "executives": true, "investors": true, "experts": true, "economists": true,
	"residents": true, "witnesses": true, "workers": true, "members": true, "critics": true, "supporters": true,
	"observers": true, "men": true, "women": true, "staffers": true, "aides": true, "diplomats": true,
	"lawmakers": true, "traders": true, "strategists": true, "researchers": true, "scientists": true,
	"doctors": true, "customers": true, "parents": true, "students": true, "others": true,
}

// enDescriptionPP may follow the head noun of a description: "people
// familiar with the matter", "analysts at Jefferies", "a group of employees".
var enDescriptionPP = map[string]bool{
	"familiar": true, "close": true, "of": true, "with": true, "at": true, "from": true, "in": true, "for": true,
	"surveyed": true, "polled": true, "by": true, "on": true, "who": true, "briefed": true, "involved": true,
	"knowledgeable": true, "published": true, "released": true, "filed": true, "seen": true, "obtained": true,
}

func (f *finder) anyCap(l, r int) bool {
	for x := l; x < r; x++ {
		if f.toks[x].cap {
			return true
		}
	}
	return false
}

func trimPossessive(s string) string {
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, p) && len(s) > len(p)+1 {
			return s[:len(s)-len(p)]
		}
	}
	return s
}

// sentenceSpeaker: who a participle ("…, adding") or a coordinated verb
// ("…, and said") belongs to — the speaker of an attribution earlier in the
// sentence, else the subject mentioned at its start.
func (f *finder) sentenceSpeaker(pi, t, ss int) *entity {
	lo, hi := f.toks[ss].s, f.toks[t].s
	for n := len(f.items) - 1; n >= max(0, len(f.items)-itemWindow); n-- {
		it := &f.items[n]
		if it.para < pi {
			break
		}
		if it.para == pi && it.ent != nil && it.from >= lo && it.from < hi {
			return it.ent
		}
	}
	if e := f.mem.recentBetween(lo, hi, func(e *entity) bool { return e.kind != kSource }, true); e != nil {
		return e
	}
	// no subject recorded: the first person named in the sentence ("Last
	// week official Jo Park revealed it, saying…")
	return f.mem.firstBetween(lo, hi, func(e *entity) bool { return e.kind == kPerson || e.kind == kAnon })
}

// enAccording handles "according to X": before the clause it sources
// ("According to Reuters, …") or after it ("…, according to the analyst.").
func (f *finder) enAccording(pi, k0, t, ce int) {
	ss, se := f.sentBounds(t)
	// the source phrase: to the next comma or the end of the sentence
	x := ce
	for x < se && !f.isPunct(x, ',') && !(f.toks[x].kind == tPunct && isSentEndEn(f.rs[f.toks[x].s])) && f.toks[x].kind != tOpen {
		x++
	}
	pre := t == ss || t == ss+1 && f.toks[ss].kind == tPunct
	var cs, cend int
	if pre {
		if !f.isPunct(x, ',') {
			return
		}
		cs, cend = x+1, se
	} else {
		cs, cend = ss, t
	}
	for cend > cs && f.toks[cend-1].kind == tPunct {
		cend--
	}
	// mid-sentence: "Trump, according to the White House, made a trip…" —
	// the words are the sentence around the frame
	var rest seg
	if !pre && t > ss && f.isPunct(t-1, ',') && f.isPunct(x, ',') {
		re := se
		for re > x+1 && f.toks[re-1].kind == tPunct && f.toks[re-1].span < 0 {
			re--
		}
		if re-(x+1) >= enMinContent {
			rest = seg{f.toks[x+1].s, f.toks[re-1].e}
		}
	}
	if cend-cs < enMinContent && rest.e == 0 || x-ce < 1 {
		return
	}
	ent, ok := f.enSpeaker(ce, x, "", "")
	if !ok {
		return
	}
	f.mem.mention(ent, f.toks[ce].s, false, pi)
	f.useToks(t, x)
	if f.coveredByItem(f.toks[cs].s, f.toks[cend-1].e) && !pre {
		return
	}
	it := item{ent: ent, cue: "according to", para: pi, from: f.toks[t].s, frame: pre}
	if !pre {
		it.from = f.toks[ss].s
	}
	it.segs = []seg{{f.toks[cs].s, f.toks[cend-1].e}}
	if rest.e > 0 {
		it.segs = append(it.segs, rest)
	}
	n := f.addItem(it)
	for y := cs; y < cend; y++ {
		if tk := f.toks[y]; tk.kind == tOpen && f.spans[tk.span].item < 0 {
			f.spans[tk.span].item = n
		}
	}
}

// enPassive handles "employees were told that …": the speaker is the agent
// named with "by" in the sentence.
func (f *finder) enPassive(pi, k0, t, ce int) {
	ss, se := f.sentBounds(t)
	by := -1
	for x := ss; x < se; x++ {
		if f.is(x, "by") && f.toks[x].span < 0 {
			by = x
			break
		}
	}
	if by < 0 {
		return
	}
	y := by + 1
	for y < se && f.isWordTok(y) && (f.toks[y].cap || isRole(string(f.key(y))) || enDeterminers[string(f.key(y))]) {
		y++
	}
	ent, ok := f.enSpeaker(by+1, y, "", "")
	if !ok || ent == nil {
		return
	}
	cs := ce
	if f.is(cs, "that") {
		cs++
	} else {
		return
	}
	end := se
	for end > cs && f.toks[end-1].kind == tPunct {
		end--
	}
	if end-cs < enMinContent {
		return
	}
	f.mem.mention(ent, f.toks[by+1].s, false, pi)
	n := f.addItem(item{ent: ent, cue: f.tokText(max(t-1, ss), ce), para: pi, from: f.toks[ss].s})
	f.items[n].segs = append(f.items[n].segs, seg{f.toks[cs].s, f.toks[end-1].e})
}

// --- mentions ---

// enMentions records the people and organisations at clause starts, and
// names after roles anywhere ("sent by chairman Marcelo Claure"), for
// pronouns, descriptions and short names to resolve to.
func (f *finder) enMentions(pi int) {
	for t := 0; t < len(f.toks); t++ {
		tk := f.toks[t]
		if tk.kind != tWord || tk.span >= 0 {
			continue
		}
		// role + name anywhere
		if isRole(string(f.key(t))) && f.isCapWord(t+1) && f.isCapWord(t+2) {
			e := t + 1
			for e < len(f.toks) && (f.isCapWord(e) || f.toks[e].cap && f.isWordTok(e) && !isRole(string(f.key(e)))) && e-t <= 4 {
				e++
			}
			l := t
			for l > 0 && t-l < 4 && f.isWordTok(l-1) && f.toks[l-1].span < 0 && (isRole(string(f.key(l-1))) || f.toks[l-1].cap && !enStopCaps[string(f.key(l-1))] || f.is(l-1, "and") || f.is(l-1, "former") ||
				l == t && f.plainModifier(l-1)) { // "White House press secretary Josh Earnest"
				l--
			}
			orgish := false
			for x := t + 1; x < e; x++ {
				if enOrgWords[string(f.key(x))] {
					orgish = true
				}
			}
			if !orgish {
				ent := f.mem.add(trimPossessive(f.tokText(t+1, e)), f.tokText(l, t+1), kPerson)
				f.mem.mention(ent, f.toks[t+1].s, f.isClauseStart(l), pi)
			}
			t = e - 1
			continue
		}
		if !f.isClauseStart(t) {
			f.enNameMention(pi, t)
			continue
		}
		f.enClauseMention(pi, t)
	}
}

// enNameMention registers two or three capitalised words standing between
// lower-case text as a person's name ("…, then Marcel Granollers and
// Feliciano Lopez completed…"), so that the family name alone resolves later.
func (f *finder) enNameMention(pi, t int) {
	if !f.isCapWord(t) || f.isCapWord(t-1) || f.toks[t-1].cap && !f.openingStopWord(t-1) || f.is(t-1, "the") {
		return // "the Western District" is a place or a body, not a person
	}
	if t >= 2 && f.is(t-1, "of") && f.toks[t-2].cap && !isRole(string(f.key(t-2))) {
		return // "the Department of Health Sciences": the rest of a body's name
	}
	e := t
	for e < len(f.toks) && f.isCapWord(e) && f.toks[e].span < 0 && e-t < 4 {
		e++
	}
	n := e - t
	if n < 2 || n > 3 || f.toks[min(e, len(f.toks)-1)].cap && e < len(f.toks) {
		return
	}
	role := ""
	if n == 3 && (f.is(t-1, "of") || f.is(t-1, "to") || f.is(t-1, "for")) {
		// "Secretary of State Jo Park", "envoy to Ukraine Jo Park"
		if r := t - 2; r >= 0 && isRole(string(f.key(r))) {
			l := r
			for l > 0 && r-l < 4 && f.isWordTok(l-1) && f.toks[l-1].span < 0 && (isRole(string(f.key(l-1))) || f.toks[l-1].cap && !enStopCaps[string(f.key(l-1))] || f.is(l-1, "former")) {
				l--
			}
			role = f.tokText(l, t+1)
		}
		t++
		n--
	}
	for x := t; x < e; x++ {
		k := string(f.key(x))
		if enOrgWords[k] || len(k) < 2 || strings.ContainsAny(k, "0123456789") || enPlaceFirst[k] {
			return
		}
	}
	name := trimPossessive(f.tokText(t, e))
	if role == "" && f.isPunct(e, ',') {
		if r, ok := f.appositiveAt(t, e); ok {
			role = r // "… appeal to Jo Park, a state health officer, …"
		}
	}
	if f.mem.find(name) == nil {
		f.mem.mention(f.mem.add(name, role, kPerson), f.toks[t].s, false, pi)
	}
}

// openingStopWord reports a function word capitalised only because it opens
// the sentence ("Because Maria Lopez doubted…"): the name after it stands
// alone.
func (f *finder) openingStopWord(t int) bool {
	return f.startsSentenceAt(t) && enStopCaps[string(f.key(t))] && !f.is(t, "the")
}

func (f *finder) isClauseStart(t int) bool {
	if t == 0 || f.startsSentenceAt(t) {
		return true
	}
	if f.isPunct(t-1, ',') {
		return true
	}
	k := string(f.key(t - 1))
	return enClauseOpeners[k] && !f.toks[t-1].cap
}

// mainClauseStart reports whether a clause starting at t is a main clause,
// whose subject pronouns refer to: the start of a sentence or a clause after
// a comma or a coordinator — not one after a subordinator ("whether Thomas
// slept…", "that Thomas had…").
func (f *finder) mainClauseStart(t int) bool {
	if t == 0 || f.startsSentenceAt(t) || f.isPunct(t-1, ',') {
		return true
	}
	switch string(f.key(t - 1)) {
	case "and", "but", "so", "yet", "then", "however", "meanwhile", "also":
		return true
	}
	return false
}

// allNameToks reports whether tokens x..e are all words that can be part of
// a name.
func (f *finder) allNameToks(x, e int) bool {
	for z := x; z < e; z++ {
		if !f.isCapWord(z) {
			return false
		}
	}
	return true
}

// appositiveAt reads what sets off the name at tokens x..e (followed by a
// comma) as a person: a role after it ("Jo Park, the former envoy,"), a
// relative clause ("Jo Park, who runs…") or a description of a person before
// it ("The new candidate, Jo Park,"). It returns the role, if any.
func (f *finder) appositiveAt(x, e int) (string, bool) {
	_, se := f.sentBounds(x)
	y := e + 1
	for y < se && f.toks[y].kind == tWord || y < se && f.isPunct(y, '&') {
		y++
	}
	if f.is(e+1, "who") {
		return "", true
	}
	if y == e+2 && isDigit(f.rs[f.toks[e+1].s]) && f.isPunct(y, ',') {
		return "", true // "Jo Park, 55, of Addison"
	}
	if y > e+1 && f.isRoleChunk(e+1, y) {
		role := f.tokText(e+1, y)
		return strings.TrimPrefix(strings.TrimPrefix(role, "a "), "an "), true
	}
	// a description before: ", Jo Park," after "the new candidate"
	if f.isPunct(x-1, ',') && x-2 >= 0 && f.isWordTok(x-2) {
		k := string(f.key(x - 2))
		if isRole(k) || enPersonNouns[k] {
			return "", true
		}
	}
	return "", false
}

// enClauseMention registers the noun phrase starting a clause at t.
func (f *finder) enClauseMention(pi, t int) {
	k := string(f.key(t))
	pos := f.toks[t].s
	subj := f.mainClauseStart(t)
	if want, ok := enPronouns[k]; ok && want == kPerson {
		if e := f.mem.pronoun(pos, want); e != nil {
			f.mem.mention(e, pos, subj, pi)
		}
		return
	}
	x := t
	if enDeterminers[k] {
		x++
	}
	e := x
	for e < len(f.toks) && e-x < 6 && f.isWordTok(e) && f.toks[e].span < 0 {
		ke := string(f.key(e))
		if f.isCapWord(e) || e > x && enNameConnectors[ke] && f.isCapWord(e+1) {
			e++
			continue
		}
		if (enOrgNouns[ke] || enPersonNouns[ke]) && e == x && !f.toks[e].cap || e > x && (enOrgNouns[ke] || enPersonNouns[ke]) {
			e++
			break
		}
		break
	}
	if e == x {
		return
	}
	last := string(f.key(e - 1))
	// "The group, WeWorkers Coalition," — an appositive name
	if f.isPunct(e, ',') && f.isCapWord(e+1) {
		y := e + 1
		for y < len(f.toks) && (f.isCapWord(y) || f.toks[y].cap && f.isWordTok(y)) && y-e <= 5 {
			y++
		}
		if f.isPunct(y, ',') && (enOrgNouns[last] || enPersonNouns[last]) {
			kind := kPerson
			if enOrgNouns[last] {
				kind = kOrg
			}
			for z := e + 1; z < y; z++ {
				if enOrgWords[string(f.key(z))] {
					kind = kOrg
				}
			}
			ent := f.mem.add(trimPossessive(f.tokText(e+1, y)), "", kind)
			ent.addNoun(last)
			f.mem.mention(ent, pos, subj, pi)
			return
		}
	}
	if !f.toks[e-1].cap {
		// a description: "the group raised alarm"
		if f.is(t, "the") && e-x <= 2 {
			want := kPerson
			if enOrgNouns[last] {
				want = kOrg
			}
			describe := f.mem.describe
			if want == kPerson && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
				describe = f.mem.describeStrict // "the officials": not the last person named
			}
			if ent := describe(pos, last, want); ent != nil {
				if ent.role == "" && want == kPerson && ent.kind == kPerson && isRole(last) {
					ent.role = f.tokText(x, e)
				}
				f.mem.mention(ent, pos, subj, pi)
			}
		}
		return
	}
	name := trimPossessive(f.tokText(x, e))
	orgish := false
	for z := x; z < e; z++ {
		if enOrgWords[string(f.key(z))] {
			orgish = true
		}
	}
	if a, b, ok := strings.Cut(name, " and "); ok && !orgish && strings.Contains(a, " ") && strings.Contains(b, " ") && f.mem.find(name) == nil {
		// "Marcel Granollers and Feliciano Lopez completed…": two people
		for _, n := range []string{a, b} {
			f.mem.mention(f.mem.add(n, "", kPerson), pos, subj, pi)
		}
		return
	}
	personShape := e-x >= 2 && e-x <= 3 && !orgish && !enPlaceFirst[string(f.key(x))] && f.allNameToks(x, e)
	if strings.HasSuffix(f.tokText(x, e), "'s") || strings.HasSuffix(f.tokText(x, e), "’s") {
		// a possessive modifies what follows, but a full name is still a
		// person to come back to: "Jo Park's answer was…"
		if personShape && f.mem.find(name) == nil {
			f.mem.mention(f.mem.add(name, "", kPerson), pos, false, pi)
		}
		return
	}
	if ent := f.mem.find(name); ent != nil {
		f.mem.mention(ent, pos, subj, pi)
		if ent.role == "" && ent.kind == kPerson && (f.is(e, "is") || f.is(e, "was")) {
			// "Hege is the CEO of DH, …": the copula names the role
			_, se := f.sentBounds(e)
			y := e + 1
			for y < se && f.isWordTok(y) || y < se && f.isPunct(y, '&') {
				y++
			}
			if f.isRoleChunk(e+1, y) {
				ent.role = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(f.tokText(e+1, y), "the "), "a "), "an ")
			}
		}
		return
	}
	if a, b, ok := strings.Cut(name, " and "); ok {
		// two known people joined by "and" are two speakers, not one name
		if ea, eb := f.mem.find(a), f.mem.find(b); ea != nil && eb != nil && ea.kind == kPerson && eb.kind == kPerson {
			f.mem.mention(ea, pos, subj, pi)
			f.mem.mention(eb, pos, subj, pi)
			return
		}
	}
	// a name with an appositive: "Jo Park, the former envoy, and …",
	// "Jo Park, who runs the firm, …", "The new candidate, Jo Park, …"
	if personShape && f.isPunct(e, ',') {
		if role, ok := f.appositiveAt(x, e); ok {
			// after a description (", Rudy Giuliani,") the name is an object
			f.mem.mention(f.mem.add(name, role, kPerson), pos, subj && !f.isPunct(x-1, ','), pi)
			return
		}
	}
	if f.isPunct(e, ',') && e+2 < len(f.toks) && enParentheticals[string(f.key(e+1))] && f.isPunct(e+2, ',') {
		e += 3 // "Jo Park, however, decided…": the verb after the aside
	}
	nk := string(f.key(e))
	verbish := enVerbGap[nk] || enCues[nk] != 0 || nk == "has" || nk == "had"
	lower := f.isWordTok(e) && !f.toks[e].cap
	switch {
	case orgish && lower:
		f.mem.mention(f.mem.add(name, "", kOrg), pos, subj, pi)
	case e-x == 1 && verbish && f.startsSentenceAt(x) && isPersonNoun(string(f.key(x))) && !enOrgWords[string(f.key(x))]:
		f.mem.mention(f.mem.add(name, "", kAnon), pos, subj, pi) // "Prosecutors alleged"
	case e-x == 1 && verbish && !enStopCaps[string(f.key(x))]:
		f.mem.mention(f.mem.add(name, "", kOrg), pos, subj, pi)
	case e-x >= 2 && lower && !orgish && !enPlaceFirst[string(f.key(x))]:
		f.mem.mention(f.mem.add(name, "", kPerson), pos, subj, pi)
	}
}

// --- round 11: names with affiliations, coordinated roles, clause chunks ---

// coordRole continues the role word at h over "and" to a second role
// ("lead author and ESA glaciologist", "fact checker and staff
// writer") and returns that role's token, or 0.
func (f *finder) coordRole(h, se int) int {
	if h <= 0 || !f.is(h+1, "and") {
		return 0
	}
	y := h + 2
	for n := 0; n < enMaxRoleOrgWords && f.isCapWord(y) && !isRole(string(f.key(y))); n++ {
		y++ // an organisation before the second role: "ESA glaciologist"
	}
	return f.roleWithin(y, se, 3)
}

// affiliationAt reads an affiliation after a name at token x: "of"/"at",
// an optional "the", then capitalised words joined by name connectors
// ("of the CDF", "of the State Department of Health and Human Services").
// It returns the token after it, or 0.
func (f *finder) affiliationAt(x, se int) int {
	if x >= se || !enAffiliationWords[string(f.key(x))] || f.toks[x].cap {
		return 0
	}
	y := x + 1
	if f.is(y, "the") {
		y++
	}
	if !f.isCapWord(y) {
		return 0
	}
	for y < se {
		if f.isCapWord(y) {
			y++
			continue
		}
		if k := string(f.key(y)); (enNameConnectors[k] || k == "the") && !f.toks[y].cap && f.isCapWord(y+1) {
			y++
			continue
		}
		break
	}
	return y
}

// personNameRun reports whether tokens l..r end in a person's name of at
// least two capitalised words, with only titles or roles before it: no
// organisation word ("Bank of America" is no person with an affiliation).
func (f *finder) personNameRun(l, r int) bool {
	names := 0
	for x := l; x < r; x++ {
		k := string(f.key(x))
		switch {
		case enOrgWords[k] || enPlaceFirst[k]:
			return false
		case isRole(k):
			if names > 0 {
				return false // "Jo Park Secretary of …"
			}
		case f.isCapWord(x):
			names++
		case !f.isWordTok(x) && f.isPunct(x, '.'):
		default:
			if !(isRole(k) || enDeterminers[k]) || names > 0 {
				return false
			}
		}
	}
	return names >= 2
}

// ofNameBefore reports whether the "and" at x continues a name that has an
// "of" part before it ("Department of Health and Human Services", "Minister
// of Trade and Industry"): capitalised words back to "of" and a capitalised
// word before that.
func (f *finder) ofNameBefore(x int) bool {
	y := x - 1
	for y >= 0 && f.isCapWord(y) && x-y <= 4 {
		y--
	}
	return y < x-1 && y >= 1 && f.is(y, "of") && f.isCapWord(y-1)
}

// clauseChunk reports whether tokens l..r read as a clause rather than a
// speaker phrase: no capitalised word, and a last word that is no noun for
// people, bodies or documents nor a pronoun ("freeze and expand", "the
// water seeps in").
func (f *finder) clauseChunk(l, r int) bool {
	for x := l; x < r; x++ {
		if f.toks[x].cap || !f.isWordTok(x) && !f.isPunct(x, '-') {
			return false
		}
	}
	k := string(f.key(r - 1))
	return !(isPersonNoun(k) || enOrgNouns[k] || enDocNouns[k] || enPronouns[k] != kNone || enMilitaryNouns[k])
}

// afterAccordingTo reports whether the cue word at t is a noun in "according
// to (credible) reports": "according to" a few lower-case words before it.
func (f *finder) afterAccordingTo(t int) bool {
	for y := t - 1; y >= 1 && t-y <= 3; y-- {
		if !f.isWordTok(y) || f.toks[y].cap {
			return false
		}
		if f.is(y, "to") {
			return f.is(y-1, "according")
		}
	}
	return false
}

// askedWhether reports whether a quotation at q follows an asking cue at t
// through a short indirect question ("asked if there were “…”").
func (f *finder) askedWhether(t, cs, q int) bool {
	return enAskCues[string(f.key(t))] && enQuestionOpeners[string(f.key(cs))] && f.wordsBetween(cs, q) <= enMaxAskGap
}

// roleAfterAnd reports whether a role follows the "and" at x, with up to
// enMaxRoleOrgWords capitalised words before it ("and ESA
// glaciologist").
func (f *finder) roleAfterAnd(x, t int) bool {
	y := x + 1
	for n := 0; n < enMaxRoleOrgWords && f.isCapWord(y) && !isRole(string(f.key(y))); n++ {
		y++
	}
	return isRole(string(f.key(y))) || f.roleWithin(y, t, 3) > 0
}

// teamAfterAnd returns the token after "and his/her/their team" at x (a
// named person's co-workers), or 0.
func (f *finder) teamAfterAnd(x int) int {
	if !f.is(x, "and") || !enTeamOwners[string(f.key(x+1))] || !enTeamNouns[string(f.key(x+2))] {
		return 0
	}
	return x + 3
}

// enSentenceLeadIns gives a quotation that makes up a whole sentence with no
// speech verb ("Voss pressed the point. “Which …?”") to the person
// whose name or pronoun opens the sentence right before it in the same
// paragraph, when that sentence quotes nothing and is at most
// enMaxSentenceLeadIn tokens.
func (f *finder) enSentenceLeadIns(pi, k0 int) {
	for t := 1; t < len(f.toks); t++ {
		tk := f.toks[t]
		if tk.kind != tOpen || tk.span < k0 || f.toks[t-1].kind != tPunct || !isSentEndEn(f.rs[f.toks[t-1].s]) {
			continue
		}
		sp := &f.spans[tk.span]
		if !f.leadInQuote(sp) {
			continue
		}
		c := t + 1
		for c < len(f.toks) && !(f.toks[c].kind == tClose && f.toks[c].span == tk.span) {
			c++
		}
		if c >= len(f.toks) {
			continue
		}
		if _, se := f.sentBounds(c); f.wordsBetween(c+1, se) > 0 {
			continue // “…” is the motto of …: the quotation is not the sentence
		}
		ps, _ := f.sentBounds(t - 1)
		if t-1-ps < 2 || t-1-ps > enMaxSentenceLeadIn {
			continue
		}
		clean := true
		for x := ps; x < t-1; x++ {
			if f.toks[x].span >= 0 || f.toks[x].kind == tOpen || f.toks[x].kind == tClose {
				clean = false
				break
			}
		}
		if !clean {
			continue
		}
		var ent *entity
		if want, ok := enPronouns[string(f.key(ps))]; ok && want == kPerson && f.isWordTok(ps) {
			ent = f.mem.pronoun(f.toks[ps].s, want)
		} else {
			lo, hi := f.toks[ps].s, f.toks[min(ps+enColonSubjectReach, t-1)].s
			ent = f.mem.recentBetween(lo, hi, func(e *entity) bool { return e.kind == kPerson }, true)
		}
		if ent == nil {
			continue
		}
		n := f.addItem(item{ent: ent, cue: "", para: pi, from: f.toks[ps].s})
		f.claim(tk.span, n)
	}
}
