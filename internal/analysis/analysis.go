// Package analysis is the pipeline: it turns a page's HTML into one Analysis,
// the contract shared by the Go core, the WASM bridge, the extension and the
// command line. Stages: dom (parse, ids, statistics) → extract (article vs
// clutter, metadata) → text (paragraphs, language) → figures, quotes →
// assemble.
package analysis

import (
	"fmt"
	"io"
	"math"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"lede/internal/dom"
	"lede/internal/extract"
	"lede/internal/figures"
	"lede/internal/quotes"
	"lede/internal/sidebar"
	"lede/internal/text"
	"lede/internal/wire"
)

// Version of the Analysis contract. Bump it when a field changes meaning.
const Version = 1

// Reading speeds for readingMinutes.
const (
	hanCharsPerMinute = 255 // Chinese: characters per minute
	wordsPerMinute    = 230 // English and other space-separated scripts
)

// Analysis is the result of analysing one page.
type Analysis struct {
	Version        int         `json:"version"`
	IsArticle      bool        `json:"isArticle"`
	Reason         string      `json:"reason,omitempty"`
	Lang           string      `json:"lang"`
	Dir            string      `json:"dir"`
	Title          string      `json:"title"`
	Byline         string      `json:"byline"`
	Published      string      `json:"published"`
	Site           string      `json:"site"`
	LeadImage      string      `json:"leadImage"`
	Excerpt        string      `json:"excerpt,omitempty"`
	NextPage       string      `json:"nextPage,omitempty"` // next page of an article split over several
	ReadingMinutes int         `json:"readingMinutes"`
	Root           int         `json:"root"`
	Keep           []int       `json:"keep"`
	Hide           []int       `json:"hide"`
	Text           string      `json:"text"`
	Paragraphs     []text.Para `json:"paragraphs"`
	// HTML is the clean article as minified HTML, made by the native core
	// only (lede analyze, lede export): the WASM core links no HTML renderer
	// or minifier, and there it is always empty.
	HTML     string            `json:"html"`
	Figures  []figures.Figure  `json:"figures"`
	Quotes   []quotes.Quote    `json:"quotes"`
	Pictures []extract.Picture `json:"pictures"`
	Sidebar  sidebar.View      `json:"sidebar"` // what the sidebar shows, in Options.UILang
	Timings  Timings           `json:"timings"`
}

// Timings of the stages, in milliseconds. They vary from run to run, so
// comparisons of two Analyses (native vs WASM) must ignore them.
type Timings struct {
	Parse   float64 `json:"parse"`
	Extract float64 `json:"extract"`
	Figures float64 `json:"figures"`
	Quotes  float64 `json:"quotes"`
	Sidebar float64 `json:"sidebar"`
	Total   float64 `json:"total"`
}

// Options for one analysis.
type Options struct {
	URL      string    // the page's address (resolves relative links; may be empty)
	UILang   string    // the reader's UI language for the sidebar's view-model: en (default) or zh
	Trace    io.Writer // when set, the extraction stages explain their decisions here
	TraceAll bool      // traces every paragraph's verdict (lede analyze -trace-all)
	// ForPage leaves out the html field (no article copy, no rendering, no
	// minifying): the click path does not show it. See Analysis.ForPage.
	ForPage bool
}

// Analyze runs the pipeline on src: the live page's tree in the wire format
// the content script sends (package wire), which is rebuilt without
// re-parsing HTML, or — in the native core only — a page's HTML (see
// parsePage). A panic inside any stage is returned as an error so that no
// caller (WASM bridge, CLI) ever dies on bad input.
func Analyze(src string, opt Options) (a *Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			a = nil
			err = fmt.Errorf("lede: internal error while analysing the page: %v\n%s", r, firstLines(debug.Stack(), 12))
		}
	}()
	t0 := time.Now()
	doc, err := parsePage(src)
	if err != nil {
		return nil, err
	}
	t1 := time.Now()
	res := extract.Extract(doc, extract.Options{URL: opt.URL, Trace: opt.Trace, TraceAll: opt.TraceAll, NoArticle: opt.ForPage || !rendersHTML})
	t2 := time.Now()

	a = &Analysis{
		Version:   Version,
		IsArticle: res.IsArticle,
		Reason:    res.Reason,
		Title:     res.Meta.Title,
		Byline:    res.Meta.Byline,
		Published: res.Meta.Published,
		Site:      res.Meta.Site,
		LeadImage: res.Meta.LeadImage,
		Excerpt:   res.Meta.Excerpt,
		NextPage:  res.Meta.NextPage,
		Dir:       res.Meta.Dir,
		Root:      res.Root,
		Keep:      nonNil(res.Keep),
		Hide:      nonNil(res.Hide),
		Pictures:  res.Pictures,
	}
	if a.Dir == "" {
		a.Dir = "ltr"
	}
	var sample strings.Builder
	for _, p := range res.Paras {
		if sample.Len() > 8000 {
			break
		}
		sample.WriteString(p.Text)
		sample.WriteByte('\n')
	}
	a.Lang = text.DetectLang(a.Title+"\n"+sample.String(), res.Meta.Lang)
	td := text.NewDoc(a.Lang, res.Paras)
	a.Text = td.Text
	a.Paragraphs = td.Paras
	a.ReadingMinutes = readingMinutes(td.Text)
	if res.Article != nil && !opt.ForPage {
		a.HTML = articleHTML(res.Article)
	}
	if a.Pictures == nil {
		a.Pictures = []extract.Picture{}
	}

	t3 := time.Now()
	a.Quotes = quotes.Find(td)
	t4 := time.Now()
	a.Figures = figures.Find(td)
	linkFiguresToQuotes(a.Figures, a.Quotes)
	t5 := time.Now()
	if a.Figures == nil {
		a.Figures = []figures.Figure{}
	}
	if a.Quotes == nil {
		a.Quotes = []quotes.Quote{}
	}
	a.Sidebar = sidebar.Build(sidebar.Input{Title: a.Title, Published: a.Published, Paragraphs: a.Paragraphs, Figures: a.Figures, Quotes: a.Quotes, Pictures: a.Pictures}, opt.UILang)
	t6 := time.Now()
	a.Timings = Timings{Parse: ms(t1.Sub(t0)), Extract: ms(t2.Sub(t1)), Quotes: ms(t4.Sub(t3)), Figures: ms(t5.Sub(t4)), Sidebar: ms(t6.Sub(t5)), Total: ms(t6.Sub(t0))}
	return a, nil
}

// PageView is the Analysis as the content script gets it on a click: without
// the article's text, paragraphs and HTML, which it does not show (the
// sidebar's view-model carries what it shows of them) and which would triple
// what crosses from the worker to the page.
type PageView struct {
	*Analysis
	Text       string      `json:"text,omitempty"`
	Paragraphs []text.Para `json:"paragraphs,omitempty"`
	HTML       string      `json:"html,omitempty"`
}

// ForPage returns the view of a for the content script.
func (a *Analysis) ForPage() PageView { return PageView{Analysis: a} }

// linkFiguresToQuotes sets Figure.Quote to the index of the first quote whose
// text span holds the figure (-1 for none). Quotes come in text order, so a
// binary search over the running maximum of their ends finds it: linear in
// the number of figures and quotes, not their product (a long read has
// thousands of each).
func linkFiguresToQuotes(fs []figures.Figure, qs []quotes.Quote) {
	sorted := true
	maxEnd := make([]int, len(qs)) // maxEnd[j]: the largest End among qs[:j+1]
	for j, q := range qs {
		maxEnd[j] = q.End
		if j > 0 {
			maxEnd[j] = max(maxEnd[j-1], q.End)
			sorted = sorted && qs[j-1].Start <= q.Start
		}
	}
	for i := range fs {
		f := &fs[i]
		f.Quote = -1
		if !sorted {
			for j, q := range qs {
				if f.Start >= q.Start && f.End <= q.End {
					f.Quote = j
					break
				}
			}
			continue
		}
		// The first quote that ends at or after the figure; it holds the
		// figure if it also starts at or before it (no earlier one ends late
		// enough, and later ones start later).
		j := sort.Search(len(qs), func(j int) bool { return maxEnd[j] >= f.End })
		if j < len(qs) && qs[j].Start <= f.Start {
			f.Quote = j
		}
	}
}

func readingMinutes(s string) int {
	han, words, inWord := 0, 0, false
	for _, r := range s {
		if dom.IsHan(r) {
			han++
			inWord = false
			continue
		}
		isWord := r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && !text.IsCJK(r) && r != 0xa0
		if isWord && !inWord {
			words++
		}
		inWord = isWord
	}
	m := float64(han)/hanCharsPerMinute + float64(words)/wordsPerMinute
	if m <= 0 {
		return 0
	}
	return int(math.Max(1, math.Round(m)))
}

// decodeWire rebuilds the page sent in the wire format.
func decodeWire(src string) (*dom.Doc, error) {
	root, err := wire.Decode(src)
	if err != nil {
		return nil, fmt.Errorf("lede: cannot parse the page: %w", err)
	}
	return dom.FromNode(root), nil
}

func nonNil(ids []int) []int {
	if ids == nil {
		return []int{}
	}
	return ids
}

func ms(d time.Duration) float64 { return math.Round(float64(d.Microseconds())/10) / 100 }

func firstLines(b []byte, n int) string {
	lines := strings.SplitN(string(b), "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
