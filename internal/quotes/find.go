package quotes

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"lede/internal/text"
)

// Find returns the attributions of doc in text order.
//
// The stages, each a pass over one paragraph at a time (linear in the text):
//  1. marks: the top-level quotations of the paragraph (marks.go);
//  2. mentions: the names, roles and descriptions in subject position, into
//     the discourse memory that resolves pronouns and short names (memory.go);
//  3. after-quote cues: “…，”张毅说 / "…," said X, chief executive of Y;
//  4. cues: a speech verb with its speaker before it and the reported or
//     quoted words after it (X表示：“…”, 据X透露, X said that …), or the
//     words before it (…, according to X);
//  5. continuation inside the paragraph: “A,” he said. “B.” is one item.
//
// Then over the whole text: quotations spanning paragraphs, a quotation
// opening the paragraph after an attribution that ended with a colon (X批复：
// ¶“…”), speaker labels (张某（职务）：…, transcripts), quoted paragraphs
// continuing the previous speaker, quotations in narrative given to the
// person the narrative is about (Chinese: 老周迟疑了。¶“…”, “…”——X,
// interview answers), quotations nobody claims that read as speech
// (unattributed), sourcing frames yielding to the attribution inside them,
// and pull quotes repeated from the body.
//
// The word lists are indexed on the first call (loadTables), not at package
// initialisation: the package initialises at every start of the WASM
// worker, where initialisation code runs slowly.
func Find(doc *text.Doc) []Quote {
	if doc == nil || len(doc.Paras) == 0 {
		return nil
	}
	loadTables()
	f := getFinder(doc)
	defer putFinder(f)
	for i := range doc.Paras {
		if f.zh {
			f.zhPara(i)
		} else {
			f.enPara(i)
		}
	}
	f.linkSpans()
	f.claimAfterColons()
	if f.zh {
		f.zhIntroducedParagraphs()
	}
	f.continueParagraphs()
	if f.zh {
		f.zhNarrativeSpeakers()
		f.continueParagraphs() // quoted paragraphs after the ones just attributed
	}
	f.unattributed()
	f.trimFrames()
	return f.output()
}

// tablesOnce builds the indexed word lists on the first Find.
var tablesOnce sync.Once

func loadTables() { tablesOnce.Do(buildZhTables) }

// Tunables of the assembly.
const (
	// A quotation nobody claims is kept (unattributed) when it reads as
	// speech: at least this long (runes for Chinese, words for English) …
	minSpeechRunesZh = 8
	minSpeechWordsEn = 6
	// … and a whole-paragraph quotation when at least this long.
	minParaQuoteRunesZh = 6
	minParaQuoteWordsEn = 4
	// A pull quote (the same words again) is dropped when at least this long.
	minPullQuoteRunes = 12
	// Overlap checks between items look at this many recent items only
	// (overlapping items are close; this keeps Find linear).
	itemWindow = 48
	// A pronoun's antecedent: a subject further back than this from the
	// person named just before the pronoun counts as another sentence's.
	objectSpeaksReach = 200
	// A list of quotations (“…”“…”等) is read up to this many quotations,
	// each at most this many runes (keeps zhNamedAfter bounded).
	zhMaxListedQuotes = 4
	zhMaxListedQuote  = 60
	// Text segments of one item are joined with this.
	joinEn = " … "
	joinZh = "……"
)

// item is one attribution under construction.
type item struct {
	ent    *entity // nil: unattributed
	cue    string
	direct bool
	segs   []seg // the quoted or reported words, in order
	para   int
	frame  bool // a sourcing frame (据X报道, according to X) that yields to attributions inside it
	from   int  // start of the attributing clause (frames are cut before the next one)
	drop   bool
}

type seg struct{ s, e int }

func (it *item) start() int { return it.segs[0].s }
func (it *item) end() int   { return it.segs[len(it.segs)-1].e }

type finder struct {
	doc   *text.Doc
	rs    []rune
	zh    bool
	mem   memory
	items []item
	spans []span
	// offsets of the quotation marks → span index
	openAt, closeAt map[int]int
	// per-paragraph scratch
	used     []seg    // rune ranges consumed by an attribution (zh)
	toks     []etok   // tokens (en)
	sents    [][2]int // token bounds of each sentence (en)
	keys     []byte   // the keys of the tokens (etok.key)
	kbuf     []byte   // name lookups (findRunes)
	lastItem []int    // continueParagraphs scratch
	// attributions ending a paragraph with a colon (X批复：), waiting for
	// the quotation that opens the next paragraph
	colonIntros []item
}

// getFinder prepares a finder. Finders are pooled: Find runs on every click
// and reuses its buffers.
func getFinder(doc *text.Doc) *finder {
	f, _ := finderPool.Get().(*finder)
	if f == nil {
		f = &finder{}
	}
	f.doc = doc
	f.rs = appendRunes(f.rs[:0], doc.Text)
	lang := doc.Lang
	if lang == "" {
		lang = text.DetectLang(doc.Text, "")
	}
	f.zh = lang == "zh" || lang == "ja" || lang == "ko"
	f.mem.reset()
	f.mem.reported = f.inReported
	f.mem.objectSpeaks = f.objectSpeaks
	f.items = f.items[:0]
	f.spans = f.spans[:0]
	f.colonIntros = f.colonIntros[:0]
	if f.openAt == nil {
		f.openAt, f.closeAt = map[int]int{}, map[int]int{}
	}
	clear(f.openAt)
	clear(f.closeAt)
	return f
}

// addSpans finds the quotations of paragraph pi and indexes their marks.
func (f *finder) addSpans(pi int) int {
	p := f.para(pi)
	k0 := len(f.spans)
	f.spans = findSpans(f.rs, p.Start, p.End, pi, f.spans)
	for k := k0; k < len(f.spans); k++ {
		f.openAt[f.spans[k].open] = k
		if f.spans[k].closed {
			f.closeAt[f.spans[k].close] = k
		}
	}
	return k0
}

var finderPool sync.Pool

func putFinder(f *finder) {
	f.doc = nil
	f.mem.reported = nil
	f.mem.objectSpeaks = nil
	for i := range f.items {
		f.items[i] = item{}
	}
	if cap(f.rs) > 1<<20 { // do not keep huge texts alive
		return
	}
	finderPool.Put(f)
}

func appendRunes(dst []rune, s string) []rune {
	if cap(dst) < len(s) { // (cap is in runes, len in bytes: count before reallocating)
		if n := utf8.RuneCountInString(s); cap(dst) < n {
			dst = make([]rune, 0, n)
		}
	}
	for _, r := range s {
		if r == zhVerticalColon {
			r = '：' // one rune for another: offsets stay those of the text
		}
		dst = append(dst, r)
	}
	return dst
}

func (f *finder) para(pi int) text.Para { return f.doc.Paras[pi] }

// claimedWhole reports whether the letters of [s, e) all lie in
// quotations already claimed (a clause that only repeats them: "telling
// Cook, “…”" after the quotation went to "…," Benioff weighed in).
func (f *finder) claimedWhole(s, e int) bool {
	k := sort.Search(len(f.spans), func(i int) bool { return f.spans[i].end() > s })
	for x := s; x < e; x++ {
		if !isLetterRune(f.rs[x]) {
			continue
		}
		for k < len(f.spans) && f.spans[k].end() <= x {
			k++
		}
		if k >= len(f.spans) || f.spans[k].open > x || f.spans[k].item < 0 {
			return false
		}
	}
	return true
}

// inReported reports whether offset pos lies in the words of an item
// (reported or quoted words). Only the last items are looked at.
// objectSpeaks is memory.objectSpeaks: a sentence ends between the two
// mentions, or an interview verb stands between them.
func (f *finder) objectSpeaks(subjPos, objPos int) bool {
	if subjPos < 0 || objPos > len(f.rs) || objPos-subjPos > objectSpeaksReach {
		return true
	}
	for x := subjPos; x < objPos; x++ {
		if isSentEnd(f.rs[x]) {
			return true
		}
	}
	return containsAny(string(f.rs[subjPos:objPos]), zhInterviewWords)
}

func (f *finder) inReported(pos int) bool {
	for n := len(f.items) - 1; n >= max(0, len(f.items)-itemWindow); n-- {
		if f.items[n].frame {
			continue // a sourcing frame (据X报道，…) holds the sentences of others
		}
		for _, g := range f.items[n].segs {
			if g.s <= pos && pos < g.e {
				return true
			}
		}
	}
	return false
}

// paraAt returns the index of the paragraph holding offset pos.
func (f *finder) paraAt(pos int) int {
	ps := f.doc.Paras
	lo, hi := 0, len(ps)
	for lo < hi {
		m := (lo + hi) / 2
		if ps[m].End <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return min(lo, len(ps)-1)
}

// addItem records an attribution and returns its index.
func (f *finder) addItem(it item) int {
	f.items = append(f.items, it)
	return len(f.items) - 1
}

// claim gives span k (global index) to item n, adding its words.
func (f *finder) claim(k, n int) {
	sp := &f.spans[k]
	if sp.item >= 0 {
		return
	}
	sp.item = n
	s, e := sp.inner()
	it := &f.items[n]
	it.direct = true
	it.segs = insertSeg(it.segs, seg{s, e})
}

func insertSeg(segs []seg, x seg) []seg {
	i := len(segs)
	for i > 0 && segs[i-1].s > x.s {
		i--
	}
	segs = append(segs, seg{})
	copy(segs[i+1:], segs[i:])
	segs[i] = x
	return segs
}

// linkSpans joins quotations spanning paragraphs: one left open at the end of
// a paragraph goes on in the next paragraph when that one opens with a
// quotation mark. An attribution found for any part holds for all parts.
func (f *finder) linkSpans() {
	for k := range f.spans {
		sp := &f.spans[k]
		if sp.closed || k+1 >= len(f.spans) {
			continue
		}
		nx := &f.spans[k+1]
		if nx.para != sp.para+1 || nx.open != f.para(nx.para).Start {
			continue
		}
		sp.next, nx.prev = k+1, k
	}
	// Parts claimed by two items of the same speaker are one quotation.
	for k := range f.spans {
		sp := &f.spans[k]
		if sp.next < 0 || sp.item < 0 {
			continue
		}
		nx := &f.spans[sp.next]
		if nx.item < 0 || nx.item == sp.item {
			continue
		}
		a, b := &f.items[sp.item], &f.items[nx.item]
		if a.ent != nil && a.ent == b.ent && a.direct && b.direct {
			for _, g := range b.segs {
				a.segs = insertSeg(a.segs, g)
			}
			b.drop = true
			for j := range f.spans {
				if f.spans[j].item == nx.item {
					f.spans[j].item = sp.item
				}
			}
		}
	}
	// Propagate a claim along each chain.
	for k := range f.spans {
		if f.spans[k].prev >= 0 {
			continue
		}
		owner := -1
		for j := k; j >= 0; j = f.spans[j].next {
			if f.spans[j].item >= 0 {
				owner = f.spans[j].item
				break
			}
		}
		if owner < 0 {
			continue
		}
		for j := k; j >= 0; j = f.spans[j].next {
			if f.spans[j].item < 0 {
				f.claim(j, owner)
			} else if f.spans[j].item != owner {
				break
			}
		}
	}
}

// claimAfterColons gives the quotation opening a paragraph to the
// attribution that ended the paragraph before with a colon (上头领导批复：
// ¶“…”).
func (f *finder) claimAfterColons() {
	for _, it := range f.colonIntros {
		pi := it.para + 1
		p := f.para(pi)
		k := f.spanIn(p.Start, p.Start+1, 0)
		if k < 0 || f.spans[k].item >= 0 || f.spans[k].prev >= 0 {
			continue
		}
		it.para, it.from = pi, f.spans[k].open
		n := f.addItem(it)
		for j := k; j >= 0; j = f.spans[j].next {
			f.claim(j, n)
		}
	}
}

// continueParagraphs gives a quoted paragraph without its own attribution to
// the speaker of the paragraph before it (no heading in between).
func (f *finder) continueParagraphs() {
	// para → its last attributed item (-1 none)
	if cap(f.lastItem) < len(f.doc.Paras) {
		f.lastItem = make([]int, len(f.doc.Paras))
	}
	last := f.lastItem[:len(f.doc.Paras)]
	for i := range last {
		last[i] = -1
	}
	for n := range f.items {
		it := &f.items[n]
		if it.ent == nil || it.drop {
			continue
		}
		if m := last[it.para]; m < 0 || f.items[m].end() < it.end() {
			last[it.para] = n
		}
	}
	for k := range f.spans {
		sp := &f.spans[k]
		if sp.item >= 0 || sp.prev >= 0 {
			continue
		}
		p := f.para(sp.para)
		if !f.paraIsQuote(sp) || sp.para == 0 || p.Kind == "h" {
			continue
		}
		prev := f.para(sp.para - 1)
		if prev.Kind == "h" || f.zh && sp.para+1 < len(f.doc.Paras) && f.zhSignatureAt(f.para(sp.para+1).Start, f.para(sp.para+1).End) > 0 {
			continue // (the quotation is signed in the next paragraph: ——X：《…》)
		}
		m := last[sp.para-1]
		if m < 0 {
			continue
		}
		src := f.items[m]
		if f.addresses(sp, src.ent) {
			continue // “老周，你…？”: someone speaking to them
		}
		n := f.addItem(item{ent: src.ent, cue: src.cue, para: sp.para, from: sp.open})
		for j := k; j >= 0; j = f.spans[j].next {
			f.claim(j, n)
		}
		last[sp.para] = n
		// a whole run of quoted paragraphs continues in turn
		for j := k; j >= 0; j = f.spans[j].next {
			last[f.spans[j].para] = n
		}
	}
}

// addresses reports whether the quotation opens by calling e by name
// (“老周，你…”, "Maria, you …"): words spoken to e, not by e.
func (f *finder) addresses(sp *span, e *entity) bool {
	if e == nil {
		return false
	}
	s, end := sp.inner()
	for x := s; x < end && x-s <= 12; x++ {
		if f.rs[x] == '，' || f.rs[x] == ',' {
			n := string(f.rs[s:x])
			if n == e.name {
				return true
			}
			for _, a := range e.aliases {
				if n == a {
					return true
				}
			}
			return false
		}
	}
	return false
}

// paraIsQuote reports whether the paragraph holding sp is that quotation
// (at most a few characters outside it).
func (f *finder) paraIsQuote(sp *span) bool {
	p := f.para(sp.para)
	if sp.open != p.Start {
		return false
	}
	rest := 0
	for x := sp.end(); x < p.End; x++ {
		if !isSpace(f.rs[x]) && !isClausePunct(f.rs[x]) {
			rest++
		}
	}
	return rest <= 2
}

// unattributed keeps the quotations nobody claimed that read as speech.
func (f *finder) unattributed() {
	for k := range f.spans {
		sp := &f.spans[k]
		if sp.item >= 0 || sp.prev >= 0 {
			continue
		}
		if !f.speechLike(sp) {
			continue
		}
		n := f.addItem(item{para: sp.para, from: sp.open})
		for j := k; j >= 0; j = f.spans[j].next {
			f.claim(j, n)
		}
	}
}

// speechLike tells a quotation of speech from a scare quote, a title or a
// term: long enough, sentence-like, and not introduced as a name.
func (f *finder) speechLike(sp *span) bool {
	s, e := sp.inner()
	whole := f.paraIsQuote(sp)
	if f.zh {
		n := e - s
		if f.namedBefore(sp.open) || f.zhNamedAfter(sp) {
			return false
		}
		if whole && n >= minParaQuoteRunesZh {
			return true
		}
		if n < minSpeechRunesZh {
			return false
		}
		for _, r := range f.rs[s:e] {
			if r == '，' || r == '。' || r == '！' || r == '？' || r == ',' || r == '；' || r == '!' || r == '?' {
				return true
			}
		}
		return false
	}
	words := countWords(f.rs[s:e])
	if f.namedBefore(sp.open) || f.enTitleQuote(sp) {
		return false
	}
	if whole && words >= minParaQuoteWordsEn {
		return true
	}
	if words < minSpeechWordsEn {
		return false
	}
	last := e - 1
	for last > s && isSpace(f.rs[last]) {
		last--
	}
	return isEndPunct(f.rs[last]) || strings.ContainsRune(string(f.rs[s:e]), ',')
}

// zhNamedAfter reports whether the words after the quotation make it the
// name of a proposal, a rule or a term: “…”一案, “…”的规定, “…”字样.
func (f *finder) zhNamedAfter(sp *span) bool {
	if !sp.closed {
		return false
	}
	// the last of a list of quotations decides for all: “…”“…”等, “…”、“…”的口号
	x := sp.end()
	for n := 0; n < zhMaxListedQuotes && x < len(f.rs); n++ {
		y := x
		if f.rs[y] == '、' {
			y++
		}
		if y >= len(f.rs) || !isOpenMark(f.rs[y]) {
			break
		}
		c := y + 1
		for c < len(f.rs) && c-y <= zhMaxListedQuote && !isCloseMark(f.rs[c]) && f.rs[c] != '\n' {
			c++
		}
		if c >= len(f.rs) || !isCloseMark(f.rs[c]) {
			break
		}
		x = c + 1
	}
	return longestAt(f.rs, x, min(len(f.rs), x+4), zhNamingAfterLx) != ""
}

// namedBefore reports whether the quotation opening at i is introduced as a
// name or term (the slogan “…”, 口号“…”).
func (f *finder) namedBefore(i int) bool {
	if f.zh {
		return longestEndingAt(f.rs, max(0, i-4), i, zhNamingLx) != ""
	}
	// the word before (skipping one determiner)
	j := i
	for n := 0; n < 2; n++ {
		for j > 0 && isSpace(f.rs[j-1]) {
			j--
		}
		k := j
		for k > 0 && (isWordRune(f.rs[k-1]) || f.rs[k-1] == '-') {
			k--
		}
		if k == j {
			return false
		}
		w := strings.ToLower(string(f.rs[k:j]))
		if enNaming[w] {
			return true
		}
		if !enDeterminers[w] {
			return false
		}
		j = k
	}
	return false
}

func countWords(rs []rune) int {
	n, in := 0, false
	for _, r := range rs {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// trimFrames cuts a sourcing frame (据媒体报道，…; according to X, …) before
// an attribution inside it, and drops it when nothing is left.
func (f *finder) trimFrames() {
	for n := range f.items {
		it := &f.items[n]
		if !it.frame || it.drop {
			continue
		}
		s, e := it.start(), it.end()
		cut := e
		for m := max(0, n-itemWindow); m < min(len(f.items), n+itemWindow); m++ {
			o := &f.items[m]
			if m == n || o.drop || o.para != it.para {
				continue
			}
			if o.from > s && o.from < cut {
				cut = o.from
			}
		}
		if cut == e {
			continue
		}
		for cut > s && (isSpace(f.rs[cut-1]) || isClausePunct(f.rs[cut-1])) {
			cut--
		}
		if cut-s < 4 {
			it.drop = true
			continue
		}
		it.segs = it.segs[:1]
		it.segs[0].e = min(it.segs[0].e, cut)
	}
}

// output turns the items into Quotes in text order, without pull quotes.
func (f *finder) output() []Quote {
	order := make([]int, 0, len(f.items))
	for n := range f.items {
		it := &f.items[n]
		if it.drop || len(it.segs) == 0 {
			continue
		}
		order = append(order, n)
	}
	sort.SliceStable(order, func(i, j int) bool { return f.items[order[i]].start() < f.items[order[j]].start() })
	out := make([]Quote, 0, len(order))
	seen := make([]string, 0, len(order)) // squashed texts of out, for pull quotes
	sigs := make([]runeSig, 0, len(order))
	exact := map[string]int{}
	for _, n := range order {
		it := &f.items[n]
		q := Quote{
			Cue:  it.cue,
			Kind: "indirect",
			Text: f.itemText(it),
			Node: f.para(it.para).Node,
		}
		q.Start, q.End = it.start(), it.end()
		if it.direct {
			q.Kind = "direct"
			// include the marks in the highlighted range
			if q.Start > 0 && isOpenMark(f.rs[q.Start-1]) {
				q.Start--
			}
			if q.End < len(f.rs) && isCloseMark(f.rs[q.End]) {
				q.End++
			}
		}
		if q.Text == "" {
			continue
		}
		if e := it.ent; e != nil {
			q.Speaker, q.Role = e.name, e.role
			switch e.kind {
			case kOrg:
				q.Group = "organisation"
			case kSource:
				q.Group = "source"
			case kAnon:
				q.Group, q.Anonymous = "person", true
			default:
				q.Group = "person"
			}
		} else {
			q.Group = "unattributed"
		}
		sq := squash(q.Text)
		if i, ok := exact[sq]; ok && utf8.RuneCountInString(sq) >= minPullQuoteRunes {
			adopt(&out[i], q)
			continue
		}
		sig := sigOf(sq)
		if isPullQuote(out, seen, sigs, q, sq, sig) {
			continue
		}
		exact[sq] = len(out)
		out = append(out, q)
		seen = append(seen, sq)
		sigs = append(sigs, sig)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func (f *finder) itemText(it *item) string {
	join := joinEn
	if f.zh {
		join = joinZh
	}
	var b strings.Builder
	for i, s := range it.segs {
		t := strings.TrimRight(strings.TrimSpace(string(f.rs[s.s:s.e])), ",，")
		if strings.HasSuffix(t, ",’") || strings.HasSuffix(t, ".’") {
			t = strings.TrimRight(t[:len(t)-len("’")], ",") // “…,’’ closed by two single quotes
		}
		if t == "" {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteString(join)
		}
		b.WriteString(t)
	}
	return b.String()
}

// isPullQuote: the same words were already given (a pull quote or a
// repeated quotation); the earlier item stands.
func isPullQuote(prev []Quote, seen []string, sigs []runeSig, q Quote, t string, sig runeSig) bool {
	if utf8.RuneCountInString(q.Text) < minPullQuoteRunes {
		return false
	}
	for i := max(0, len(prev)-itemWindow); i < len(prev); i++ {
		p := &prev[i]
		if p.Start <= q.Start && p.End >= q.End {
			continue // nested in an earlier range: different words of one sentence
		}
		if !sig.within(sigs[i]) && !sigs[i].within(sig) {
			continue // neither text holds all the other's characters
		}
		pt := seen[i]
		if strings.Contains(pt, t) {
			adopt(p, q)
			return true
		}
		if strings.Contains(t, pt) && utf8.RuneCountInString(pt) >= minPullQuoteRunes {
			// the earlier one is the excerpt (a pull quote before the
			// body): the full quotation stands in its place
			if utf8.RuneCountInString(t) > utf8.RuneCountInString(pt) {
				full := q
				adopt(&full, *p)
				*p, seen[i] = full, t
			} else {
				adopt(p, q)
			}
			return true
		}
	}
	return false
}

// runeSig is a 256-bit signature of the characters of a text: a text can
// contain another only if it has all of its bits (a quick "surely not"
// before a substring search, which pull-quote checks do for every pair).
type runeSig [4]uint64

func sigOf(s string) runeSig {
	var g runeSig
	for _, r := range s {
		h := uint32(r) * 2654435761 >> 24
		g[h>>6] |= 1 << (h & 63)
	}
	return g
}

// within reports whether every bit of g is set in o.
func (g runeSig) within(o runeSig) bool {
	return g[0]&^o[0] == 0 && g[1]&^o[1] == 0 && g[2]&^o[2] == 0 && g[3]&^o[3] == 0
}

// adopt gives an unattributed quote the attribution of its repetition.
func adopt(p *Quote, q Quote) {
	if p.Speaker == "" && q.Speaker != "" {
		p.Speaker, p.Role, p.Anonymous, p.Group, p.Cue = q.Speaker, q.Role, q.Anonymous, q.Group, q.Cue
	}
}

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x4E00 && r <= 0x9FFF || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r // the common case, without a table lookup
		}
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s)
}

func isOpenMark(r rune) bool {
	switch r {
	case '“', '「', '『', '"', '‘':
		return true
	}
	return false
}

func isCloseMark(r rune) bool {
	switch r {
	case '”', '」', '』', '"', '’':
		return true
	}
	return false
}

// isClausePunct ends a clause in either language.
func isClausePunct(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

func isLetterRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// hasAt reports whether rs has w at offset i.
func hasAt(rs []rune, i int, w string) bool {
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// endsAt reports whether w ends just before offset i in rs.
func endsAt(rs []rune, i int, w string) bool {
	n := utf8.RuneCountInString(w)
	if n > i {
		return false
	}
	return hasAt(rs, i-n, w)
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// continueInPara gives a quotation following an attributed one in the same
// paragraph, with no other attribution between them, to the same item:
// “A,” he said. “B.” is one speaker and one item.
func (f *finder) continueInPara(pi, k0 int) {
	last := -1
	for k := k0; k < len(f.spans); k++ {
		sp := &f.spans[k]
		if sp.item >= 0 {
			last = -1
			if f.items[sp.item].direct {
				last = sp.item
			}
			continue
		}
		if last < 0 {
			last = f.indirectJustBefore(pi, sp.open)
		}
		if last < 0 || f.itemStartsIn(pi, f.items[last].end(), sp.open, last) {
			last = -1
			continue
		}
		// another person named as a subject between them speaks next
		if o := f.mem.recentBetween(f.items[last].end(), sp.open, func(e *entity) bool { return e.kind == kPerson || e.kind == kAnon }, true); o != nil && o != f.items[last].ent {
			last = -1
			continue
		}
		if f.namedBefore(sp.open) || !f.longEnoughToContinue(sp) {
			continue
		}
		f.claim(k, last)
	}
}

// indirectJustBefore returns the attributed item of paragraph pi whose
// reported words end right before offset open, only punctuation between
// (X认为，…。“…” — the quotation goes on with X), or -1.
func (f *finder) indirectJustBefore(pi, open int) int {
	for n := len(f.items) - 1; n >= max(0, len(f.items)-itemWindow); n-- {
		it := &f.items[n]
		if it.para != pi || it.drop || it.frame || it.ent == nil || len(it.segs) == 0 {
			continue
		}
		e := it.end()
		if e > open {
			continue
		}
		for x := e; x < open; x++ {
			if !isSpace(f.rs[x]) && !isClausePunct(f.rs[x]) && f.rs[x] != '…' {
				return -1
			}
		}
		return n
	}
	return -1
}

// itemStartsIn reports whether an item other than skip starts in (s, e).
func (f *finder) itemStartsIn(pi, s, e, skip int) bool {
	for n := len(f.items) - 1; n >= max(0, len(f.items)-itemWindow); n-- {
		it := &f.items[n]
		if n == skip || it.para != pi || it.drop {
			continue
		}
		if it.from > s && it.from < e {
			return true
		}
		for _, g := range it.segs {
			if g.s > s && g.s < e {
				return true
			}
		}
	}
	return false
}

func (f *finder) longEnoughToContinue(sp *span) bool {
	s, e := sp.inner()
	if f.zh {
		if e-s >= 10 {
			return true
		}
		for _, r := range f.rs[s:e] {
			if r == '，' || r == '。' || r == '！' || r == '？' || r == ',' {
				return true
			}
		}
		return false
	}
	return countWords(f.rs[s:e]) >= 3
}
