package extract

import (
	"strings"
	"sync"
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

// classifier memoises classInfo per distinct class/id string: pages reuse a
// few hundred class names over thousands of elements, so each string is
// matched once.
type classifier struct {
	mu   sync.Mutex
	memo map[string]classInfo
}

func newClassifier() *classifier { return &classifier{memo: make(map[string]classInfo, 256)} }

func (c *classifier) classify(class, id string) classInfo {
	key := class + "\x00" + id
	if ci, ok := c.memo[key]; ok {
		return ci
	}
	ci := classifyUncached(strings.ToLower(class), strings.ToLower(id))
	c.memo[key] = ci
	return ci
}

func classifyUncached(class, id string) classInfo {
	var ci classInfo
	both := class + " " + id
	if both == " " {
		return ci
	}
	toks := tokens(both)
	ci.unlikely = (anyPart(both, unlikelyParts) || anyWord(toks, unlikelyWords)) && !anyPart(both, maybeParts)
	for _, s := range [2]string{class, id} {
		if s == "" {
			continue
		}
		t := tokens(s)
		if anyPart(s, negativeParts) || anyWord(t, negativeWords) {
			ci.weight -= 25
		}
		if anyPart(s, positiveParts) || anyWord(t, positiveWords) {
			ci.weight += 25
		}
	}
	ci.clutter = anyPart(both, clutterParts) || anyWord(toks, clutterWords)
	ci.byline = anyPart(both, bylineParts) || anyWord(toks, bylineWords)
	ci.popup = anyPart(both, popupParts)
	ci.quote = anyPart(both, pullQuoteParts)
	if ci.quote {
		ci.unlikely, ci.clutter = false, false
	}
	return ci
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
