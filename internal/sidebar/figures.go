package sidebar

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"lede/internal/figures"
)

// FigureSection is one group of the Figures list: money, change (percent
// and percentage points), counts, other. Its heading is a UI string named
// after it.
type FigureSection struct {
	Name   string      `json:"name"`
	Rows   []FigureRow `json:"rows"`   // lead figures first, then in text order
	Charts []Chart     `json:"charts"` // drawn after the row named by Chart.After
}

// FigureRow is one line of the Figures list: a figure, or the same quantity
// about the same thing mentioned several times.
type FigureRow struct {
	ID        string      `json:"id"`                  // anchor, for links from quotes: "f3"
	Value     string      `json:"value"`               // compact value in the UI language: "$13.72B", "137.2亿美元"
	Qualifier string      `json:"qualifier,omitempty"` // in the UI language: "more than", "超过"
	Arrow     string      `json:"arrow,omitempty"`     // ↑ or ↓
	Direction string      `json:"direction,omitempty"` // up or down: names the arrow's label in the UI strings
	About     string      `json:"about,omitempty"`     // what it counts, in the article's words (else the figure as written)
	Period    string      `json:"period,omitempty"`    // the year it refers to
	Written   string      `json:"written"`             // the first mention, as written
	Count     int         `json:"count"`               // mentions: 2 shows "×2"
	Lead      bool        `json:"lead,omitempty"`      // in the headline or the lead paragraph
	Figures   []int       `json:"figures"`             // indices into Analysis.figures
	Places    []Place     `json:"places"`              // one per mention, in text order
	Said      []QuoteLink `json:"said,omitempty"`      // the quotes it was said in
}

// QuoteLink points from a figure to a quote of "Who said what".
type QuoteLink struct {
	ID      string `json:"id"`      // the quote's anchor: "q4"
	Speaker string `json:"speaker"` // who said it ("" when unattributed)
}

// Chart is a small bar chart of figures of one unit about one kind of thing
// (losses by year). The sidebar draws it as inline SVG.
type Chart struct {
	Title string `json:"title"` // the shared subject
	After string `json:"after"` // id of the row it is drawn after
	Bars  []Bar  `json:"bars"`
}

// Bar is one bar of a chart.
type Bar struct {
	Label string  `json:"label"` // the period when known, else what it is about
	Text  string  `json:"text"`  // compact value
	Share float64 `json:"share"` // bar length: |value| over the chart's largest |value|, 0..1
	Row   string  `json:"row"`   // id of the row it draws
}

// Tunables of the Figures section.
const (
	leadParagraphs = 1 // body paragraphs that make the lead
	shareDecimals  = 4 // rounding of Bar.Share (keeps the JSON short and stable)
)

// figureSections builds the Figures list from figures.Sections.
func figureSections(in Input, lang string, pl *placer) []FigureSection {
	out := []FigureSection{}
	lead := leadFigures(in)
	next := 0
	for _, sec := range figures.Sections(in.Figures, lang) {
		fs := FigureSection{Name: sec.Name, Rows: make([]FigureRow, 0, len(sec.Rows)), Charts: []Chart{}}
		order := make([]int, len(sec.Rows)) // display position → index in sec.Rows
		for i := range order {
			order[i] = i
		}
		isLead := func(r figures.Row) bool {
			for _, f := range r.Figures {
				if lead[f] {
					return true
				}
			}
			return false
		}
		sort.SliceStable(order, func(a, b int) bool { return isLead(sec.Rows[order[a]]) && !isLead(sec.Rows[order[b]]) })
		ids := make([]string, len(sec.Rows)) // index in sec.Rows → row id
		pos := make([]int, len(sec.Rows))    // index in sec.Rows → display position
		for p, i := range order {
			r := sec.Rows[i]
			first := in.Figures[r.Figures[0]]
			row := FigureRow{
				ID:        "f" + strconv.Itoa(next),
				Value:     r.Value,
				Qualifier: qualifierLabel(r.Qualifier, lang),
				Arrow:     arrows[r.Direction],
				Direction: r.Direction,
				About:     r.About,
				Period:    r.Period,
				Written:   first.Text,
				Count:     r.Count,
				Lead:      isLead(r),
				Figures:   r.Figures,
				Places:    make([]Place, 0, len(r.Figures)),
			}
			if row.Arrow == "" {
				row.Direction = ""
			}
			if row.About == "" && bare(row.Value) {
				row.About = row.Written // "3年" under a bare "3": the article's own words say what it is
			}
			for _, f := range r.Figures {
				row.Places = append(row.Places, pl.span(in.Figures[f].Start, in.Figures[f].End, true))
			}
			ids[i], pos[i] = row.ID, p
			next++
			fs.Rows = append(fs.Rows, row)
		}
		for _, c := range sec.Charts {
			if ch, ok := chart(c, sec.Rows, ids, pos); ok {
				fs.Charts = append(fs.Charts, ch)
			}
		}
		out = append(out, fs)
	}
	return out
}

// leadFigures marks the figures of the lead: in the first body paragraph, or
// written in the headline.
func leadFigures(in Input) map[int]bool {
	lead := map[int]bool{}
	leadEnd, seen := -1, 0
	for _, p := range in.Paragraphs {
		if p.Kind == "p" {
			seen++
			leadEnd = p.End
			if seen == leadParagraphs {
				break
			}
		}
	}
	title := squeeze(in.Title)
	for i, f := range in.Figures {
		if f.End <= leadEnd || (title != "" && strings.Contains(title, squeeze(f.Text))) {
			lead[i] = true
		}
	}
	return lead
}

// bare: a compact value that is only a number ("3", "1,260"), which says
// nothing on its own.
func bare(v string) bool {
	for _, r := range v {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(".,–～−- ", r)) {
			return false
		}
	}
	return v != ""
}

// squeeze drops whitespace, so "2 million" in a headline matches "2 million".
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// chart turns a figures.Chart into bars with lengths, ordered by period when
// every bar has one, drawn after its last row on screen. A chart whose bars
// would be labelled unlike each other (a year beside a subject) or alike
// (two bars "2022") compares nothing a reader can see: ok is false.
func chart(c figures.Chart, rows []figures.Row, ids []string, pos []int) (ch Chart, ok bool) {
	out := Chart{Bars: make([]Bar, 0, len(c.Bars))}
	peak, last := 0.0, -1
	for _, b := range c.Bars {
		peak = math.Max(peak, math.Abs(b.Value))
		if pos[b.Row] > last {
			last = pos[b.Row]
			out.After = ids[b.Row]
		}
	}
	periods, labels, withPeriod := true, map[string]bool{}, 0
	for _, b := range c.Bars {
		if b.Label == "" || labels[b.Label] {
			return Chart{}, false
		}
		labels[b.Label] = true
		if rows[b.Row].Period != "" && b.Label == rows[b.Row].Period {
			withPeriod++
		}
		share := 0.0
		if peak > 0 {
			share = math.Round(math.Abs(b.Value)/peak*math.Pow10(shareDecimals)) / math.Pow10(shareDecimals)
		}
		out.Bars = append(out.Bars, Bar{Label: b.Label, Text: b.Text, Share: share, Row: ids[b.Row]})
		periods = periods && rows[b.Row].Period != "" && b.Label == rows[b.Row].Period
		if a := strings.TrimSpace(rows[b.Row].About); len([]rune(a)) > len([]rune(out.Title)) {
			out.Title = a // the most specific subject: "Reality Labs亏损" over "亏损"
		}
	}
	if out.Title == "" {
		out.Title = c.Title
	}
	if withPeriod != 0 && withPeriod != len(c.Bars) {
		return Chart{}, false
	}
	if periods {
		sort.SliceStable(out.Bars, func(a, b int) bool { return out.Bars[a].Label < out.Bars[b].Label })
	}
	return out, len(out.Bars) >= 2
}

// linkFiguresAndQuotes links each figure row to the quotes its figures were
// said in, and each quote to the rows of the figures it holds.
func linkFiguresAndQuotes(v *View, in Input) {
	items := map[int]*QuoteItem{}
	v.Voices.each(func(q *QuoteItem) { items[q.Quote] = q })
	type link struct {
		at int // text offset of the figure, to list a quote's figures in text order
		FigureLink
	}
	links := map[*QuoteItem][]link{}
	for s := range v.Figures {
		for r := range v.Figures[s].Rows {
			row := &v.Figures[s].Rows[r]
			seen := map[int]bool{}
			for _, f := range row.Figures {
				qi := in.Figures[f].Quote
				if qi < 0 || qi >= len(in.Quotes) || seen[qi] {
					continue
				}
				seen[qi] = true
				item := items[qi]
				if item == nil {
					continue
				}
				row.Said = append(row.Said, QuoteLink{ID: item.ID, Speaker: in.Quotes[qi].Speaker})
				links[item] = append(links[item], link{in.Figures[f].Start, FigureLink{ID: row.ID, Value: row.Value}})
			}
		}
	}
	for item, ls := range links {
		sort.SliceStable(ls, func(a, b int) bool { return ls[a].at < ls[b].at })
		for _, l := range ls {
			item.Figures = append(item.Figures, l.FigureLink)
		}
	}
}
