package extract

// Multi-page articles and text direction: hints the reader view shows.

import (
	"strings"
	"unicode"

	"lede/internal/dom"
	"lede/internal/text"

	"golang.org/x/net/html/atom"
)

// nextPageTexts are the labels of a "next page" link, compared lower-cased
// with arrows and spaces trimmed.
var nextPageTexts = []string{"下一页", "下一頁", "下页", "下頁", "next page", "next", "次のページ", "다음 페이지", "page suivante", "nächste seite", "siguiente", "próxima página"}

// pageNumber: the address of a next page carries a page number (…_2.html,
// …/2/, ?page=2, -p2); "next" links without one lead to the next post
// (pattern.go):
// (?i)([_-]p?\d{1,3}\.[a-z]{2,5}$|[_-]p?\d{1,3}\.[a-z]{2,5}[?#]|/(page/)?\d{1,3}/?$|[?&](page|p|pg|pagenum|pn)=\d{1,3}\b)
var pageNumber = seq(group(
	seq(runeIn("_-"), optional(runeInFold("p")), digits(1, 3), lit("."), lettersFold("", 2, 5), endOfText()),
	seq(runeIn("_-"), optional(runeInFold("p")), digits(1, 3), lit("."), lettersFold("", 2, 5), runeIn("?#")),
	seq(lit("/"), optGroup(seq(litFold("page/"))), digits(1, 3), optional(runeIn("/")), endOfText()),
	seq(runeIn("?&"), group(litFolds("page", "p", "pg", "pagenum", "pn")...), lit("="), digits(1, 3), wordBoundary()),
))

// nextPage finds the next page of a split article: <link rel="next"> in the
// head, or a "next page" link inside the article (its pagination line), when
// its address carries a page number.
func (p *page) nextPage(units []*dom.Elem) string {
	base := p.baseURL()
	for _, e := range p.doc.Elems {
		if e.Tag() == atom.Body {
			break
		}
		if e.Tag() == atom.Link && hasToken(dom.Attr(e.Node, "rel"), "next") {
			if h := strings.TrimSpace(dom.Attr(e.Node, "href")); pageNumber.matchString(h) {
				return resolveURL(base, h)
			}
		}
	}
	for _, u := range units {
		for _, e := range p.doc.Elems[u.Index:u.End] {
			if e.Tag() != atom.A {
				continue
			}
			h := strings.TrimSpace(dom.Attr(e.Node, "href"))
			if h == "" || strings.HasPrefix(h, "#") || strings.HasPrefix(strings.ToLower(h), "javascript:") {
				continue
			}
			label := text.ToLower(strings.Trim(dom.Text(e.Node), " >»›→〉》]】"))
			if (hasToken(dom.Attr(e.Node, "rel"), "next") || oneOf(label, nextPageTexts)) && pageNumber.matchString(h) {
				return resolveURL(base, h)
			}
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

// rtlScripts are the scripts written right to left that textDirection counts.
var rtlScripts = []*unicode.RangeTable{unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko}

// maybeRTL is false for every rune outside the blocks of rtlScripts (Latin,
// CJK and most text), so that only those look the scripts up
// (TestMaybeRTL checks every rune).
func maybeRTL(r rune) bool { return r >= 0x0590 && (r <= 0x08ff || r >= 0xfb1d) }

// isLetter is unicode.IsLetter with the common cases first: ASCII, and the
// CJK Unified Ideographs (all letters; TestIsLetter checks every rune).
func isLetter(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if r >= 0x4e00 && r <= 0x9fff {
		return true
	}
	return unicode.IsLetter(r)
}

// textDirection is "rtl" when most letters of the text are Arabic, Hebrew,
// Syriac, Thaana or N'Ko, else "" (the page did not say; ltr is the default).
func textDirection(paras []text.Para) string {
	rtl, letters := 0, 0
	for _, p := range paras {
		for _, r := range p.Text {
			if !isLetter(r) {
				continue
			}
			letters++
			if maybeRTL(r) && unicode.In(r, rtlScripts...) {
				rtl++
			}
		}
		if letters > 4000 {
			break
		}
	}
	if letters > 0 && 2*rtl > letters {
		return "rtl"
	}
	return ""
}
