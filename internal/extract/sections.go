package extract

// Section titles: page templates head their furniture with a short title
// ("Related stories", "You may also like", "相关新闻", "热门推荐"). A block
// that starts with such a title, and a link list right after one, are
// furniture wherever they sit. This runs after the base statistics, as the
// second half of the mark stage.

import (
	"strings"
	"unicode/utf8"

	"lede/internal/dom"
	"lede/internal/text"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tunables of section-title detection.
var (
	// sectionTitleMaxLen: longer texts are not section titles (runes); a
	// Chinese title must be shorter still (headlines use the same words).
	sectionTitleMaxLen    = 30
	sectionTitleMaxLenCJK = 12
	// furnitureTitlesCJK match anywhere in a short title.
	furnitureTitlesCJK = []string{
		"相关", "相關", "推荐", "推薦", "热门", "熱門", "热点", "熱點", "排行", "精选", "精選", "延伸阅读", "延伸閱讀",
		"猜你喜欢", "猜你喜歡", "大家都在看", "大家都爱看", "最多瀏覽", "最多浏览", "更多", "热新闻", "图片新闻", "圖片新聞",
		"网友回应", "網友回應", "网友评论", "網友評論", "评论", "評論", "留言", "友情链接", "友情鏈接", "专题", "專題", "图集", "圖集",
		"阅读下一篇", "下一篇", "上一篇", "往期回顾", "扫一扫", "关注我们", "關注我們",
	}
	// furnitureTitlesLatin match at the start of a short title, ignoring case.
	furnitureTitlesLatin = []string{
		"related", "recommended", "you may also like", "you might also like", "you may like", "you might like",
		"more from", "more stories", "more news", "more on this", "more in", "more like this", "most popular", "most read",
		"most viewed", "most shared", "popular", "trending", "read more", "read next", "what to read next", "also read",
		"further reading", "editor's picks", "editors' picks", "top stories", "latest news", "latest stories",
		"follow us", "newsletter", "sign up for", "subscribe", "sponsored", "promoted", "around the web",
		"from around the web", "comments", "leave a comment", "leave a reply", "share this", "recent posts",
		"popular posts", "related posts", "related articles", "related coverage", "related stories", "you may have missed",
		"don't miss", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "leia também", "leia mais", "você pode gostar",
		"te puede interesar", "lee también", "más noticias", "mehr zum thema", "auch interessant", "das könnte sie auch interessieren",
		"читайте также", "関連記事", "관련기사",
	}
	// sectionTitleClassParts mark title-like elements that are not h2–h6.
	sectionTitleClassParts = []string{"title", "heading", "header", "hd", "tit", "caption", "label"}
	// sectionListLinkDensity: a block after a furniture title is furniture
	// when at least this much of it is links.
	sectionListLinkDensity = 0.5
)

// markSections flags blocks headed by furniture titles as unlikely clutter.
func (p *page) markSections() {
	for _, e := range p.doc.Elems {
		if !p.isFurnitureTitle(e) {
			continue
		}
		parent := e.Parent
		if parent == nil || parent == p.body || parent.Tag() == atom.Html {
			continue
		}
		if p.firstContent(parent) == e && wlen(&p.base[parent.Index]) > wlen(&p.base[e.Index]) {
			p.m.flags[parent.Index] |= fUnlikely | fClutter
			p.m.flags[e.Index] |= fClutter
			continue
		}
		if next := p.nextContentSibling(e); next != nil && p.base[next.Index].LinkDensity() >= sectionListLinkDensity {
			p.m.flags[e.Index] |= fUnlikely | fClutter
			p.m.flags[next.Index] |= fUnlikely | fClutter
		}
	}
	// fixed and sticky boxes of the live page (cookie banners, subscribe
	// walls, sticky share bars) are furniture unless they hold the page
	if p.body != nil {
		for _, e := range p.doc.Elems {
			if e.Fixed != "" && 2*p.base[e.Index].TextLen < p.base[p.body.Index].TextLen {
				p.m.flags[e.Index] |= fUnlikely | fClutter
			}
		}
	}
	// inherit the new marks
	for _, e := range p.doc.Elems {
		if e.Parent != nil && p.m.flags[e.Parent.Index]&(fUnlikely|fInUnlikely) != 0 {
			p.m.flags[e.Index] |= fInUnlikely
		}
	}
}

// isFurnitureTitle reports a short heading-like element whose text names
// page furniture.
func (p *page) isFurnitureTitle(e *dom.Elem) bool {
	st := &p.base[e.Index]
	if st.TextLen == 0 || st.TextLen > sectionTitleMaxLen*2 || p.m.flags[e.Index]&(fHidden|fNonContent) != 0 {
		return false
	}
	switch e.Tag() {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	case atom.Div, atom.Span, atom.P, atom.Strong, atom.B, atom.Dt, atom.Li, atom.Header, atom.Label, atom.Em:
		if !classIDHas(e.Node, cpSectionTitle) && !p.aloneInParent(e) {
			return false
		}
	default:
		return false
	}
	t := dom.Text(e.Node)
	n := utf8.RuneCountInString(t)
	if n == 0 || n > sectionTitleMaxLen {
		return false
	}
	if p.meta.Title != "" && n > 6 && strings.Contains(p.squashedTitle(), squashSpace(t)) {
		return false // the headline
	}
	return isFurnitureTitleText(t)
}

// squashedTitle is squashSpace(p.meta.Title), computed once.
func (p *page) squashedTitle() string {
	if p.titleSquashed == nil {
		t := squashSpace(p.meta.Title)
		p.titleSquashed = &t
	}
	return *p.titleSquashed
}

// furnitureParts finds furnitureTitlesCJK in one pass.
var furnitureParts = lazyAutomaton{lists: func() map[uint8][]string { return map[uint8][]string{1: furnitureTitlesCJK} }}

// isFurnitureTitleText matches a title's text against the phrase tables.
func isFurnitureTitleText(t string) bool {
	t = strings.TrimLeft(t, " >»›•·|:：-—[【「")
	if utf8.RuneCountInString(t) <= sectionTitleMaxLenCJK && furnitureParts.get().has(t, 1) {
		return true
	}
	lt := text.ToLower(t)
	for _, w := range furnitureTitlesLatin {
		if strings.HasPrefix(lt, w) {
			return true
		}
	}
	return false
}

// aloneInParent: e is its parent's only child element with text.
func (p *page) aloneInParent(e *dom.Elem) bool {
	if e.Parent == nil {
		return false
	}
	return p.base[e.Parent.Index].TextLen == p.base[e.Index].TextLen
}

// firstContent is the first child element of e that holds text, or nil when
// e's own text comes first.
func (p *page) firstContent(e *dom.Elem) *dom.Elem {
	kids := p.doc.ChildElems(e)
	for c := e.Node.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		case html.ElementNode:
			ce := kids.Of(c)
			if ce == nil || p.m.flags[ce.Index]&(fHidden|fNonContent) != 0 {
				continue
			}
			if p.base[ce.Index].TextLen > 0 && (p.base[ce.Index].Words+p.base[ce.Index].HanLen > 0) {
				return ce
			}
		}
	}
	return nil
}

// nextContentSibling is the next sibling element of e that holds text.
func (p *page) nextContentSibling(e *dom.Elem) *dom.Elem {
	kids := p.doc.SiblingElemsAfter(e)
	for c := e.Node.NextSibling; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
		case html.ElementNode:
			ce := kids.Of(c)
			if ce == nil || p.m.flags[ce.Index]&(fHidden|fNonContent) != 0 {
				continue
			}
			if p.base[ce.Index].TextLen > 1 {
				return ce
			}
		}
	}
	return nil
}
