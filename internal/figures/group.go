package figures

import (
	"strings"
	"unicode"
)

// Section is one group of the sidebar's Figures list.
type Section struct {
	Name   string  `json:"name"`   // money, change, counts, other
	Rows   []Row   `json:"rows"`   // first mention first
	Charts []Chart `json:"charts"` // comparisons worth drawing
}

// Row is one line of the sidebar: a figure, or the same figure mentioned
// several times about the same thing.
type Row struct {
	Figures   []int  `json:"figures"` // indices into the figures given to Sections, text order
	Count     int    `json:"count"`   // mentions: 2 shows "×2"
	Value     string `json:"value"`   // Compact value in the UI language
	About     string `json:"about"`
	Qualifier string `json:"qualifier,omitempty"`
	Direction string `json:"direction,omitempty"` // up, down: the row shows ↑/↓
	Period    string `json:"period,omitempty"`
	Kind      string `json:"kind"`
	Unit      string `json:"unit"`
}

// Chart is a small bar chart: figures of one unit about one kind of thing
// (losses by year, shipments vs purchases).
type Chart struct {
	Kind  string `json:"kind"`
	Unit  string `json:"unit"`
	Title string `json:"title"` // the shared subject
	Bars  []Bar  `json:"bars"`
}

// Bar is one bar of a chart.
type Bar struct {
	Label string  `json:"label"` // the period when known, else what it is about
	Value float64 `json:"value"`
	Text  string  `json:"text"` // Compact value
	Row   int     `json:"row"`  // index into the section's rows
}

// sectionOrder names the sections in the order the sidebar shows them.
var sectionOrder = []string{"money", "change", "counts", "other"}

func sectionOf(kind string) string {
	switch kind {
	case KindMoney:
		return "money"
	case KindPercent:
		return "change"
	case KindCount:
		return "counts"
	}
	return "other"
}

// Sections groups figures for the sidebar: money, change (percentages),
// counts, other; the same quantity about the same thing mentioned again
// joins its first row (×2); figures sharing a unit and a subject family
// become a chart. Empty sections are left out.
func Sections(figs []Figure, uiLang string) []Section {
	byName := map[string]*Section{}
	for i, f := range figs {
		name := sectionOf(f.Kind)
		sec := byName[name]
		if sec == nil {
			sec = &Section{Name: name, Rows: []Row{}, Charts: []Chart{}}
			byName[name] = sec
		}
		if k := sameRow(sec.Rows, figs, f); k >= 0 {
			r := &sec.Rows[k]
			r.Figures = append(r.Figures, i)
			r.Count++
			if r.About == "" {
				r.About = f.About
			}
			continue
		}
		sec.Rows = append(sec.Rows, Row{Figures: []int{i}, Count: 1, Value: Compact(f, uiLang), About: f.About,
			Qualifier: f.Qualifier, Direction: f.Direction, Period: f.Period, Kind: f.Kind, Unit: f.Unit})
	}
	var out []Section
	for _, name := range sectionOrder {
		if sec := byName[name]; sec != nil {
			sec.Charts = charts(sec.Rows, figs, uiLang)
			out = append(out, *sec)
		}
	}
	return out
}

// sameRow finds the row holding the same quantity about the same thing.
func sameRow(rows []Row, figs []Figure, f Figure) int {
	for k, r := range rows {
		g := figs[r.Figures[0]]
		if g.Kind != f.Kind || g.Unit != f.Unit || !sameNumber(g.Value, f.Value) || !sameNumber(g.High, f.High) {
			continue
		}
		if sameSubject(g.About, f.About) {
			return k
		}
	}
	return -1
}

func sameNumber(a, b float64) bool {
	if a == b {
		return true
	}
	d := a - b
	if d < 0 {
		d = -d
	}
	m := a
	if m < 0 {
		m = -m
	}
	return d <= 1e-9*m
}

// sameSubject: equal, one inside the other, or one of them unknown.
func sameSubject(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	return a == "" || b == "" || strings.Contains(a, b) || strings.Contains(b, a)
}

// family is the head of a subject: its last two Chinese characters or its
// last English word (Reality Labs亏损 → 亏损, Home Depot shares → shares).
func family(about string) string {
	r := []rune(strings.TrimSpace(about))
	if len(r) == 0 {
		return ""
	}
	if unicode.Is(unicode.Han, r[len(r)-1]) {
		k := len(r)
		for k > 0 && unicode.Is(unicode.Han, r[k-1]) && len(r)-k < 2 {
			k--
		}
		return string(r[k:])
	}
	f := strings.Fields(strings.ToLower(string(r)))
	return strings.TrimSuffix(f[len(f)-1], "s")
}

// charts finds the rows that compare: two or more rows of one kind and unit
// whose subjects share a family, with different values.
func charts(rows []Row, figs []Figure, uiLang string) []Chart {
	type key struct{ kind, unit, fam string }
	groups := map[key][]int{}
	var order []key
	for i, r := range rows {
		fam := family(r.About)
		if fam == "" {
			continue
		}
		k := key{r.Kind, r.Unit, fam}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	out := []Chart{}
	for _, k := range order {
		idx := groups[k]
		if len(idx) < 2 {
			continue
		}
		c := Chart{Kind: k.kind, Unit: k.unit, Title: k.fam}
		distinct := map[float64]bool{}
		for _, i := range idx {
			f := figs[rows[i].Figures[0]]
			label := f.Period
			if label == "" {
				label = rows[i].About
			}
			c.Bars = append(c.Bars, Bar{Label: label, Value: f.Value, Text: rows[i].Value, Row: i})
			distinct[f.Value] = true
		}
		same := true
		for _, i := range idx {
			same = same && (k.kind != KindPercent || rows[i].Direction == rows[idx[0]].Direction)
		}
		if len(distinct) >= 2 && same {
			out = append(out, c) // a fall and a share are not compared
		}
	}
	return out
}
