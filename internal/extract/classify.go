package extract

import (
	"strings"
	"sync"

	"lede/internal/text"

	"golang.org/x/net/html"
)

// Class and id patterns, the vocabulary of page templates. Matching is by
// substring on the lower-cased "class id" string unless a list says "word",
// where the pattern must be a whole token (tokens split at spaces, '-', '_'
// and digits), because short words like "ad" or "nav" hide in long ones.
var (
	// unlikelyParts: blocks that are almost never the article (Readability's
	// unlikelyCandidates, plus common portal template names).
	unlikelyParts = []string{
		"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
		"extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
		"shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
		"pagination", "pager", "popup", "yom-remote",
		"recommend", "tuijian", "navbar", "topbar", "toolbar", "copyright", "cookie", "consent",
		"subscribe", "qrcode", "login", "signin", "modal",
	}
	unlikelyWords = []string{"ad", "ads", "gg", "foot", "hot", "rank", "xgxw", "xgwz", "crumbs", "dialog"}
	// maybeParts rescue an unlikely match ("comment-body", "main-header").
	maybeParts = []string{"and", "article", "body", "column", "content", "main", "mathjax", "shadow", "artical"}

	// positiveParts and negativeParts weigh candidates (±25), as in
	// Readability's classWeight.
	positiveParts = []string{
		"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
		"artical", "detail", "zhengwen", "trs_editor", "editor-content", "news_txt", "newstext",
	}
	positiveWords = []string{"cont", "con", "cnt", "txt", "zw", "nr", "wz"}
	negativeParts = []string{
		"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
		"media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
		"sponsor", "shopping", "tags", "widget", "recommend", "tuijian", "copyright", "qrcode", "toolbar",
		"newsletter", "subscribe", "breadcrumb", "byline", "author", "caption",
	}
	negativeWords = []string{"hid", "nav", "ad", "ads", "gg", "foot", "hot", "rank", "tag", "tool", "tools", "side", "aside", "xgxw", "bottom"}

	// ("paywall" is in none of these lists: sites name both the prompt and
	// the article text behind it so, and a saved page holds the text.)

	// clutterParts mark blocks that are clutter even inside the article:
	// share bars, related lists, newsletter boxes, comment sections, ads.
	clutterParts = []string{
		"share", "sharing", "social", "related", "recommend", "tuijian", "newsletter", "subscribe",
		"comment", "disqus", "advert", "sponsor", "promo", "outbrain", "taboola", "breadcrumb", "pagination",
		"copyright", "qrcode", "signup", "sign-up", "read-more", "readmore", "more-stories",
		"most-popular", "mostpopular", "trending", "topbar", "toolbar", "print", "backtotop", "back-to-top",
		"gotop", "go-top", "returntop", "return-top", "cookie", "consent", "follow", "tagcloud", "inline-ad",
		"ad-container", "ad-slot", "ad-wrapper", "adwrap", "ad_wrap", "-ad-", "donate", "membership",
	}
	clutterWords = []string{"ad", "ads", "adsbygoogle", "gg", "xgxw", "xgwz", "xgyd", "hot", "rank", "nav", "tags", "keywords", "keyword", "bdshare", "jiathis", "fx", "fenxiang", "dialog"}

	// popupParts mark elements shown only on interaction (hover cards,
	// tooltips): stylesheets hide them, which a saved page does not say.
	popupParts = []string{"tooltip", "popover", "popup", "hovercard", "hover-card", "rollover", "flyout", "dropdown-menu"}

	// pullQuoteParts mark pull quotes: the article's own words set apart.
	pullQuoteParts = []string{"pullquote", "pull-quote", "pull_quote", "quote-pull", "pquote", "blockquote"}

	// bylineParts mark author/date lines.
	bylineParts = []string{"byline", "author", "dateline", "writtenby", "p-author", "pubtime", "pub-time", "publish", "post-meta", "article-meta", "posted-on", "postdate", "pubdate"}
	bylineWords = []string{"source", "info", "time", "date", "meta", "from", "ly", "laiyuan", "sj", "editor", "reporter"}
)

// classInfo is what the class/id of one element says.
type classInfo struct {
	unlikely bool // not a candidate for the article
	weight   int  // Readability class weight: +25 positive, −25 negative, per attribute
	clutter  bool // clutter even inside the article
	byline   bool // author/date line
	popup    bool // shown on interaction only
	quote    bool // a pull quote: article content, even in an <aside>
}

// classifier memoises classInfo per distinct class of the elements without
// an id: pages reuse a few hundred class names over thousands of elements,
// so each is matched once. Ids are mostly unique on a page: elements with
// one are matched directly (one pass of the automaton below).
type classifier struct {
	mu   sync.Mutex
	memo map[string]classInfo
}

func newClassifier() *classifier { return &classifier{memo: make(map[string]classInfo, 256)} }

func (c *classifier) classify(class, id string) classInfo {
	if id != "" {
		return classifyUncached(strings.ToLower(class), strings.ToLower(id))
	}
	if ci, ok := c.memo[class]; ok {
		return ci
	}
	ci := classifyUncached(strings.ToLower(class), "")
	c.memo[class] = ci
	return ci
}

// The lists, as bits of the masks classNames computes.
const (
	lUnlikely = 1 << iota
	lMaybe
	lPositive
	lNegative
	lClutter
	lPopup
	lPullQuote
	lByline
)

// classifyUncached reads the lists for one lower-cased class and id. No
// pattern holds a space or any character that splits tokens, so what the
// lists say of "class id" is what they say of the class or of the id.
func classifyUncached(class, id string) classInfo {
	var ci classInfo
	if class == "" && id == "" {
		return ci
	}
	names := classNames()
	cParts, cWords := names.masks(class)
	iParts, iWords := names.masks(id)
	parts, words := cParts|iParts, cWords|iWords
	ci.unlikely = parts&lUnlikely != 0 || words&lUnlikely != 0
	ci.unlikely = ci.unlikely && parts&lMaybe == 0
	for _, m := range [2]uint8{cParts | cWords, iParts | iWords} {
		if m&lNegative != 0 {
			ci.weight -= 25
		}
		if m&lPositive != 0 {
			ci.weight += 25
		}
	}
	ci.clutter = (parts|words)&lClutter != 0
	ci.byline = (parts|words)&lByline != 0
	ci.popup = parts&lPopup != 0
	ci.quote = parts&lPullQuote != 0
	if ci.quote {
		ci.unlikely, ci.clutter = false, false
	}
	return ci
}

// nameLists matches a class or id against all the lists at once: the part
// lists (substrings) with one automaton, the word lists with one map from a
// word to the lists that hold it. It replaces ~185 substring searches per
// name.
type nameLists struct {
	parts *automaton
	words map[string]uint8
}

var (
	nameListsOnce sync.Once
	nameListsVal  *nameLists
)

// classNames builds the matcher from the lists on first use (not at
// package initialisation, which runs at every worker start).
func classNames() *nameLists {
	nameListsOnce.Do(func() {
		nameListsVal = newNameLists(
			map[uint8][]string{lUnlikely: unlikelyParts, lMaybe: maybeParts, lPositive: positiveParts, lNegative: negativeParts,
				lClutter: clutterParts, lPopup: popupParts, lPullQuote: pullQuoteParts, lByline: bylineParts},
			map[uint8][]string{lUnlikely: unlikelyWords, lPositive: positiveWords, lNegative: negativeWords, lClutter: clutterWords, lByline: bylineWords})
	})
	return nameListsVal
}

func newNameLists(parts, words map[uint8][]string) *nameLists {
	nl := &nameLists{parts: newAutomaton(parts), words: map[string]uint8{}}
	for bit, ws := range words {
		for _, w := range ws {
			nl.words[w] |= bit
		}
	}
	return nl
}

// masks returns the part lists with a pattern inside s and the word lists
// holding one of s's tokens (runs of a–z).
func (nl *nameLists) masks(s string) (parts, words uint8) {
	a := nl.parts
	st := 0
	tok := -1 // start of the current token
	for i := 0; i < len(s); i++ {
		c := s[i]
		st = a.step(st, c)
		parts |= a.out[st]
		if c >= 'a' && c <= 'z' {
			if tok < 0 {
				tok = i
			}
		} else if tok >= 0 {
			words |= nl.words[s[tok:i]]
			tok = -1
		}
	}
	if tok >= 0 {
		words |= nl.words[s[tok:]]
	}
	return parts, words
}

// The class/id part lists read on their own (beside the lists of the class
// automaton), as bits of what classParts finds.
const (
	cpCaption      = 1 << iota // captionParts
	cpSectionTitle             // sectionTitleClassParts
)

var classParts = lazyAutomaton{lists: func() map[uint8][]string {
	return map[uint8][]string{cpCaption: captionParts, cpSectionTitle: sectionTitleClassParts}
}}

// classIDHas reports whether the element's lower-cased class or id holds a
// part of the lists in mask: what they say of dom.ClassID(n) without
// joining and copying the two (no part holds a space, so a part is in the
// joined string exactly when it is in the class or in the id).
func classIDHas(n *html.Node, mask uint8) bool {
	a := classParts.get()
	for _, at := range n.Attr {
		if (at.Key == "class" || at.Key == "id") && a.has(text.ToLower(at.Val), mask) {
			return true
		}
	}
	return false
}

func anyPart(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func anyWord(toks []string, words []string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t == w {
				return true
			}
		}
	}
	return false
}

// tokens splits a class/id string into words at spaces, '-', '_', digits and
// other punctuation.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
}
