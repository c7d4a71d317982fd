// Package sidebar computes the view-model of the extension's sidebar: every
// decision about what the sidebar shows — sections, rows, their order, compact
// values and qualifiers in the reader's UI language, ×N, bar-chart geometry,
// speaker cards, the links between figures and quotes, and where on the page
// each item is — so that the extension's JavaScript only renders.
//
// The stages, each in its own file:
//
//	sidebar.go   the View and Build, which assembles it
//	figures.go   the Figures section: rows, lead figures first, charts
//	voices.go    "Who said what": speaker cards and their quotes
//	marks.go     places on the page: paragraph node, words and occurrence
//	labels.go    the few words the view-model writes in the UI language
//	dates.go     the publication date in the UI language
//
// Fixed UI words (headings, badges, aria labels) are not here: they are
// the extension's locale strings (extension/_locales).
package sidebar

import (
	"strings"

	"lede/internal/extract"
	"lede/internal/figures"
	"lede/internal/quotes"
	"lede/internal/text"
)

// View is what the sidebar shows below the article's metadata. Empty parts
// are empty arrays, and the sidebar leaves them out.
type View struct {
	Lang      string          `json:"lang"`                // UI language of the labels: en or zh
	Published string          `json:"published,omitempty"` // the publication date in the UI language
	Figures   []FigureSection `json:"figures"`             // money, change, counts, other (empty ones left out)
	Pictures  []Picture       `json:"pictures"`            // the article's images and charts
	Voices    Voices          `json:"voices"`              // who said what
}

// Input is the part of the Analysis the sidebar is built from.
type Input struct {
	Title      string
	Published  string // as the extractor found it
	Paragraphs []text.Para
	Figures    []figures.Figure
	Quotes     []quotes.Quote
	Pictures   []extract.Picture
}

// UILang normalises a UI language option to "en" or "zh" (zh, zh-CN, zh_TW → zh).
func UILang(s string) string {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "zh") {
		return "zh"
	}
	return "en"
}

// Build computes the sidebar's view-model in the UI language uiLang.
func Build(in Input, uiLang string) View {
	lang := UILang(uiLang)
	pl := newPlacer(in.Paragraphs)
	v := View{Lang: lang, Published: publishedLabel(in.Published, lang), Figures: []FigureSection{}, Pictures: []Picture{}}
	v.Figures = figureSections(in, lang, pl)
	v.Voices = voices(in, pl)
	linkFiguresAndQuotes(&v, in)
	v.Pictures = pictures(in.Pictures)
	return v
}

// Picture is one thumbnail of the "Pictures" strip.
type Picture struct {
	Src     string `json:"src"`     // resolved source (lazy sources already read by the core)
	Alt     string `json:"alt"`     // alternative text
	Caption string `json:"caption"` // the caption, when the page gives one
	Node    int    `json:"node"`    // node id of the image: clicking scrolls to it
}

// Tunables of the pictures strip.
const (
	maxPictures = 24 // thumbnails shown at most
)

// pictures keeps the article's images that can be shown as thumbnails.
func pictures(ps []extract.Picture) []Picture {
	out := []Picture{}
	seen := map[string]bool{}
	for _, p := range ps {
		src := strings.TrimSpace(p.Src)
		if src == "" || seen[src] || !showable(src) {
			continue
		}
		seen[src] = true
		out = append(out, Picture{Src: src, Alt: strings.TrimSpace(p.Alt), Caption: strings.TrimSpace(p.Caption), Node: p.Node})
		if len(out) == maxPictures {
			break
		}
	}
	return out
}

// showable: an address an <img> in the sidebar may load (no script, no
// truncated inline placeholder).
func showable(src string) bool {
	l := strings.ToLower(src)
	switch {
	case strings.HasPrefix(l, "http://"), strings.HasPrefix(l, "https://"), strings.HasPrefix(l, "blob:"):
		return true
	case strings.HasPrefix(l, "data:image/") && len(l) > len("data:image/png;base64,")+16:
		return true
	}
	return false
}
