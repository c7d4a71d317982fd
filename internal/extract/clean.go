package extract

// Stage 4 — clean: clutter inside the chosen article. Nothing is removed from
// the page: pruned elements are marked hidden, and the statistics of their
// ancestors are reduced so that later checks see the article as a reader
// will. The checks follow Readability's _prepArticle (conditional cleaning of
// forms, tables, lists and divs; share bars; negative headers) in its order,
// evaluating descendants before their ancestors.

import (
	"strings"

	"lede/internal/dom"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tunables of the clean stage.
const (
	shareMaxLen          = 500 // share-named blocks shorter than this go (Readability's charThreshold)
	clutterBlockMaxLen   = 200 // clutter-named blocks shorter than this (weighted) go…
	clutterBlockLinks    = 0.5 // …and so do those with more links than this
	conditionalMaxCommas = 10  // blocks with this many clause marks are kept without further checks
	liAllowance          = 100 // Readability subtracts 100 from the li count
	listTextShare        = 0.9 // a block whose text is this much lists is a list
	linkDensityMax       = 0.2 // link density above which a non-list block goes (0.5 with a positive class)
	linkDensityMaxGood   = 0.5
	embedShortText       = 75 // a block with one embed and less text than this goes
	headingDensityMax    = 0.9
	tinyBlockLen         = 25
	dataTableMinRows     = 10
	dataTableMinCols     = 4
	dataTableMinCells    = 10
)

// adWords and loadingWords: a block whose whole text is one of these goes.
var (
	adWords      = []string{"ad", "ads", "advertising", "advertisement", "pub", "publicité", "werbung", "广告", "реклама", "anuncio", "sponsored"}
	loadingWords = []string{"loading", "正在加载", "加载中", "загрузка", "chargement", "cargando"}
	// textishTags: text inside them counts as "in paragraphs" for the
	// no-useful-content check.
	textishTags = atomSet(atom.Span, atom.Li, atom.Td, atom.Blockquote, atom.Dl, atom.Div, atom.Img, atom.Ol, atom.P, atom.Pre, atom.Table, atom.Ul)
	// alwaysRemoveTags inside an article (Readability's _clean lists).
	alwaysRemoveTags = atomSet(atom.Object, atom.Embed, atom.Footer, atom.Aside, atom.Link, atom.Iframe, atom.Input, atom.Textarea, atom.Select, atom.Button)
	// videoHosts: embeds from these stay (they are content).
	videoHosts = []string{"youtube.com", "youtube-nocookie.com", "player.vimeo.com", "dailymotion.com", "player.twitch.tv", "bilibili.com", "v.qq.com", "archive.org", "upload.wikimedia.org", "player.youku.com"}
)

// cleaner carries one article's cleaning state.
type cleaner struct {
	p      *page
	sc     *scores
	parts  []*dom.Elem
	hidden []bool // per element index: hidden by the clean stage
	// cur holds the statistics of the parts' elements net of what was
	// hidden so far (see stats): it spans the parts only, not the page.
	cur     []dom.Stats
	curFrom int    // the element index of cur[0]
	free    []int  // text not inside any textish descendant
	data    []bool // data tables
	// bottom-up facts for the conditional checks
	listLen []int       // text inside (outermost) lists
	hasData []bool      // holds a data table
	videos  []int       // video embeds
	inPart  []bool      // inside one of the parts
	elems   []*dom.Elem // elements of the parts in document order
}

// clean runs the clean stage over the chosen parts and returns the per-index
// hidden marks.
func (p *page) clean(sc *scores, ch *choice) *cleaner {
	n := len(p.doc.Elems)
	c := &cleaner{p: p, sc: sc, parts: ch.parts, hidden: make([]bool, n), inPart: make([]bool, n)}
	if len(ch.parts) > 0 {
		lo, hi := ch.parts[0].Index, ch.parts[0].End
		for _, part := range ch.parts {
			lo, hi = min(lo, part.Index), max(hi, part.End)
		}
		c.cur, c.curFrom = make([]dom.Stats, hi-lo), lo
	}
	c.free = make([]int, n)
	c.data = make([]bool, n)
	for _, part := range ch.parts {
		for _, e := range p.doc.Elems[part.Index:part.End] {
			c.inPart[e.Index] = true
			c.elems = append(c.elems, e)
			*c.stats(e) = sc.eff[e.Index]
		}
	}
	// elements this attempt left out are hidden too (furniture inside the article)
	for _, e := range c.elems {
		if c.hidden[e.Index] || c.insideHidden(e) {
			continue
		}
		f := p.m.flags[e.Index]
		if f&(fHidden|fNonContent) != 0 {
			continue // not rendered anyway; already out of the statistics
		}
		if sc.at.stripUnlikely && f&fUnlikely != 0 {
			c.hidden[e.Index] = true // statistics already exclude it
		}
	}
	// free text (outside textish descendants), bottom-up
	for i := len(c.elems) - 1; i >= 0; i-- {
		e := c.elems[i]
		c.free[e.Index] += e.Own.TextLen
		if e.Parent != nil && c.inPart[e.Parent.Index] && !textishTags[e.Tag()] && !p.paraDiv[e.Index] && !p.pruned(sc.at, e) {
			c.free[e.Parent.Index] += c.free[e.Index]
		}
	}
	c.markDataTables()
	c.listLen = make([]int, n)
	c.hasData = make([]bool, n)
	c.videos = make([]int, n)
	for i := len(c.elems) - 1; i >= 0; i-- {
		e := c.elems[i]
		if p.pruned(sc.at, e) || e.Parent == nil || !c.inPart[e.Parent.Index] {
			continue
		}
		pi := e.Parent.Index
		if e.Tag() == atom.Ul || e.Tag() == atom.Ol {
			c.listLen[pi] += c.stats(e).TextLen
		} else {
			c.listLen[pi] += c.listLen[e.Index]
		}
		c.hasData[pi] = c.hasData[pi] || c.hasData[e.Index] || (e.Tag() == atom.Table && c.data[e.Index])
		c.videos[pi] += c.videos[e.Index]
		switch e.Tag() {
		case atom.Iframe, atom.Embed, atom.Object, atom.Video:
			if e.Tag() == atom.Video || isVideo(e) {
				c.videos[pi]++
			}
		}
	}

	if sc.at.cleanClutter {
		c.conditionally(atom.Form, atom.Fieldset)
	}
	c.removeTags()
	c.removeShareBlocks()
	c.removeClutterBlocks()
	c.removeNegativeHeaders()
	if sc.at.cleanClutter {
		c.conditionally(atom.Table, atom.Ul, atom.Div)
	}
	return c
}

// textLen is the article's remaining weighted text length.
func (c *cleaner) textLen() int {
	n := 0
	for _, part := range c.parts {
		n += wlen(c.stats(part))
	}
	return n
}

// hide marks e hidden and takes its statistics out of its ancestors.
func (c *cleaner) hide(e *dom.Elem) {
	if c.hidden[e.Index] {
		return
	}
	c.hidden[e.Index] = true
	s := *c.stats(e)
	for a := e.Parent; a != nil && c.inPart[a.Index]; a = a.Parent {
		sub(c.stats(a), &s)
	}
}

// stats returns the statistics of e, an element of the parts, net of what
// was hidden so far.
func (c *cleaner) stats(e *dom.Elem) *dom.Stats { return &c.cur[e.Index-c.curFrom] }

func sub(a, b *dom.Stats) {
	a.TextLen -= b.TextLen
	a.LinkLen -= b.LinkLen
	a.HashLinkLen -= b.HashLinkLen
	a.Punct -= b.Punct
	a.Commas -= b.Commas
	a.HanLen -= b.HanLen
	a.Words -= b.Words
	a.Ps -= b.Ps
	a.Imgs -= b.Imgs
	a.Lis -= b.Lis
	a.Inputs -= b.Inputs
	a.Embeds -= b.Embeds
	a.Links -= b.Links
	a.HeadingLen -= b.HeadingLen
}

// insideHidden reports whether e or an ancestor inside the parts is hidden.
func (c *cleaner) insideHidden(e *dom.Elem) bool {
	for a := e; a != nil && c.inPart[a.Index]; a = a.Parent {
		if c.hidden[a.Index] {
			return true
		}
	}
	return false
}

// gone reports whether e no longer shows: hidden by us, pruned by the attempt,
// or not rendered.
func (c *cleaner) gone(e *dom.Elem) bool {
	return c.p.pruned(c.sc.at, e) || c.insideHidden(e)
}

// hasAncestorTag reports an ancestor (inside the parts) with tag t.
func (c *cleaner) hasAncestor(e *dom.Elem, pred func(*dom.Elem) bool) bool {
	for a := e.Parent; a != nil; a = a.Parent {
		if pred(a) {
			return true
		}
		if !c.inPart[a.Index] {
			return false
		}
	}
	return false
}

func (c *cleaner) removeTags() {
	for i := len(c.elems) - 1; i >= 0; i-- {
		e := c.elems[i]
		if !alwaysRemoveTags[e.Tag()] || c.gone(e) {
			continue
		}
		if (e.Tag() == atom.Iframe || e.Tag() == atom.Embed || e.Tag() == atom.Object) && isVideo(e) {
			continue
		}
		if e.Tag() == atom.Footer || e.Tag() == atom.Aside {
			if c.p.m.flags[e.Index]&fInCode != 0 || c.p.m.class[e.Index].quote {
				continue // a pull quote set in an <aside> is the article's
			}
		}
		c.hide(e)
	}
}

// removeShareBlocks hides short blocks named like share bars.
func (c *cleaner) removeShareBlocks() {
	for i := len(c.elems) - 1; i >= 0; i-- {
		e := c.elems[i]
		if c.gone(e) || isPartRoot(c.parts, e) {
			continue
		}
		if isShareName(dom.ClassID(e.Node)) && c.stats(e).TextLen < shareMaxLen {
			c.hide(e)
		}
	}
}

// removeClutterBlocks hides blocks named as clutter (related, newsletter,
// comments, ads, overlays…) that are short or mostly links.
func (c *cleaner) removeClutterBlocks() {
	for i := len(c.elems) - 1; i >= 0; i-- {
		e := c.elems[i]
		f := c.p.m.flags[e.Index]
		if f&fClutter == 0 || f&fBlock == 0 || f&fInCode != 0 || c.gone(e) || isPartRoot(c.parts, e) || c.p.paraDiv[e.Index] {
			continue // (inline words named "keyword" or "comment" are prose)
		}
		st := c.stats(e)
		if wlen(st) < clutterBlockMaxLen || st.LinkDensity() > clutterBlockLinks {
			c.hide(e)
		}
	}
}

func isPartRoot(parts []*dom.Elem, e *dom.Elem) bool {
	for _, p := range parts {
		if p == e {
			return true
		}
	}
	return false
}

// isShareName matches Readability's /(\b|_)(share|sharedaddy)(\b|_)/.
func isShareName(s string) bool {
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if t == "share" || t == "sharedaddy" {
			return true
		}
	}
	return false
}

func (c *cleaner) removeNegativeHeaders() {
	for i := len(c.elems) - 1; i >= 0; i-- {
		e := c.elems[i]
		if (e.Tag() == atom.H1 || e.Tag() == atom.H2) && !c.gone(e) && c.p.classWeight(c.sc.at, e) < 0 {
			c.hide(e)
		}
	}
}

// conditionally runs Readability's _cleanConditionally for the given tags.
func (c *cleaner) conditionally(tags ...atom.Atom) {
	for i := len(c.elems) - 1; i >= 0; i-- {
		e := c.elems[i]
		match := false
		for _, t := range tags {
			if e.Tag() == t {
				match = true
			}
		}
		if !match || c.gone(e) || isPartRoot(c.parts, e) || c.p.paraDiv[e.Index] {
			continue // a div that is a paragraph is not a container
		}
		if c.shouldRemove(e) {
			c.hide(e)
		}
	}
}

func (c *cleaner) shouldRemove(e *dom.Elem) bool {
	st := c.stats(e)
	tag := e.Tag()
	isList := tag == atom.Ul || tag == atom.Ol
	if !isList && st.TextLen > 0 {
		isList = float64(c.listLen[e.Index])/float64(st.TextLen) > listTextShare
	}
	if tag == atom.Table && c.data[e.Index] {
		return false
	}
	if c.hasAncestor(e, func(a *dom.Elem) bool { return a.Tag() == atom.Table && c.data[a.Index] }) {
		return false
	}
	if c.p.m.flags[e.Index]&fInCode != 0 || c.hasAncestor(e, func(a *dom.Elem) bool { return a.Tag() == atom.Code }) {
		return false
	}
	if c.hasData[e.Index] || c.videos[e.Index] > 0 {
		return false
	}
	weight := c.p.classWeight(c.sc.at, e)
	if st.Imgs > 0 && classIDHas(e.Node, cpCaption) && wlen(st) < pictureBoxMaxLen {
		return false // a captioned picture box ("wp-caption"), named like a caption
	}
	if weight < 0 {
		return true
	}
	if st.Commas >= conditionalMaxCommas {
		return false
	}
	ps, imgs, lis, inputs := st.Ps, st.Imgs, st.Lis-liAllowance, st.Inputs
	headingDensity := 0.0
	if st.TextLen > 0 {
		headingDensity = float64(st.HeadingLen) / float64(st.TextLen)
	}
	embeds := st.Embeds
	text := ""
	if st.TextLen < 40 {
		text = strings.ToLower(c.text(e))
		if oneOf(text, adWords) || oneOf(strings.TrimRight(text, ".…"), loadingWords) {
			return true
		}
	}
	contentLen := st.TextLen
	linkDensity := st.LinkDensity()
	textDensity := 0.0
	if st.TextLen > 0 {
		textDensity = float64(st.TextLen-c.free[e.Index]) / float64(st.TextLen)
	}
	inFigure := c.hasAncestor(e, func(a *dom.Elem) bool { return a.Tag() == atom.Figure })
	remove := false
	switch {
	case !inFigure && imgs > 1 && float64(ps)/float64(imgs) < 0.5:
		remove = true
	case !isList && lis > ps:
		remove = true
	case inputs > ps/3:
		remove = true
	case !isList && !inFigure && headingDensity < headingDensityMax && contentLen < tinyBlockLen && (imgs == 0 || imgs > 2) && linkDensity > 0:
		remove = true
	case !isList && weight < classWeightUnit && linkDensity > linkDensityMax:
		remove = true
	case weight >= classWeightUnit && linkDensity > linkDensityMaxGood:
		remove = true
	case (embeds == 1 && contentLen < embedShortText) || embeds > 1:
		remove = true
	case imgs == 0 && textDensity == 0:
		remove = true
	}
	if isList && remove {
		for _, ch := range e.Children {
			if len(ch.Children) > 1 {
				return true
			}
		}
		if imgs == st.Lis {
			return false
		}
	}
	return remove
}

// text is the visible text of e inside the article.
func (c *cleaner) text(e *dom.Elem) string {
	var b strings.Builder
	c.appendText(&b, e)
	return strings.TrimSpace(b.String())
}

func (c *cleaner) appendText(b *strings.Builder, e *dom.Elem) {
	kids := c.p.doc.ChildElems(e)
	for n := e.Node.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.TextNode {
			dom.AppendCollapsed(b, n.Data)
			continue
		}
		if n.Type != html.ElementNode {
			continue
		}
		ce := kids.Of(n)
		if ce == nil || c.hidden[ce.Index] || c.p.pruned(c.sc.at, ce) {
			continue
		}
		c.appendText(b, ce)
	}
}

func oneOf(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// isVideo reports embeds from known video players.
func isVideo(e *dom.Elem) bool {
	for _, a := range e.Node.Attr {
		if a.Key != "src" && a.Key != "data" && a.Key != "data-src" {
			continue
		}
		for _, h := range videoHosts {
			if strings.Contains(a.Val, h) {
				return true
			}
		}
	}
	return false
}

// markDataTables flags tables that hold data rather than layout
// (Readability's _markDataTables).
func (c *cleaner) markDataTables() {
	for _, e := range c.elems {
		if e.Tag() != atom.Table {
			continue
		}
		c.data[e.Index] = c.isDataTable(e)
	}
}

func (c *cleaner) isDataTable(t *dom.Elem) bool {
	if dom.Attr(t.Node, "role") == "presentation" || dom.Attr(t.Node, "datatable") == "0" {
		return false
	}
	if dom.Attr(t.Node, "summary") != "" {
		return true
	}
	rows, cols := 0, 0
	for _, d := range c.p.doc.Elems[t.Index+1 : t.End] {
		switch d.Tag() {
		case atom.Caption:
			if d.Node.FirstChild != nil {
				return true
			}
		case atom.Colgroup, atom.Tfoot, atom.Thead, atom.Th:
			return true
		case atom.Table:
			return false
		case atom.Tr:
			rows++
			n := 0
			for _, cell := range d.Children {
				if cell.Tag() == atom.Td || cell.Tag() == atom.Th {
					span := 1
					if v := dom.Attr(cell.Node, "colspan"); v != "" {
						if k := atoiSmall(v); k > 0 {
							span = k
						}
					}
					n += span
				}
			}
			cols = max(cols, n)
		}
	}
	if rows == 1 || cols == 1 {
		return false
	}
	if rows >= dataTableMinRows || cols > dataTableMinCols {
		return true
	}
	return rows*cols > dataTableMinCells
}

func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			break
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
