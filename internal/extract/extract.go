// Package extract decides what on a page is the article and what is clutter,
// and reads the page's metadata. It works on a dom.Doc and returns node ids,
// so the live page can be cleaned in place.
package extract

import (
	"io"

	"lede/internal/text"

	"golang.org/x/net/html"
)

// Meta is the article's metadata.
type Meta struct {
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Published string `json:"published"` // as found; ISO 8601 where the source gives it
	Site      string `json:"site"`
	LeadImage string `json:"leadImage"`
	Lang      string `json:"lang"` // declared language (html lang, meta); the pipeline detects the final one
	Dir       string `json:"dir"`  // ltr or rtl
	Excerpt   string `json:"excerpt"`
	NextPage  string `json:"nextPage,omitempty"` // the article's next page when it is split over several
}

// Picture is an image of the article with its caption.
type Picture struct {
	Src     string `json:"src"` // resolved (lazy sources, srcset, relative URLs)
	Alt     string `json:"alt"`
	Caption string `json:"caption"`
	Node    int    `json:"node"`
}

// Result is what the extractor decided.
type Result struct {
	IsArticle bool
	Reason    string      // why not an article
	Root      int         // node id of the article root (-1 when none)
	Keep      []int       // node ids kept outside the root (headline, byline, lead)
	Hide      []int       // node ids to hide (outermost only)
	Paras     []text.Para // the article text, paragraph by paragraph (offsets filled by text.NewDoc)
	Article   *html.Node  // a cleaned copy of the article for the "html" field (nil without one, or with Options.NoArticle)
	Meta      Meta
	Pictures  []Picture
}

// Options tunes one extraction.
type Options struct {
	URL   string    // the page's address, to resolve relative URLs
	Trace io.Writer // when set, the stages explain their decisions here (lede analyze -trace)
	// TraceAll adds every paragraph to the trace, not only those left out of the text.
	TraceAll bool
	// NoArticle leaves Result.Article nil: the caller shows no article HTML
	// (the click), so the copy is not made.
	NoArticle bool
}
