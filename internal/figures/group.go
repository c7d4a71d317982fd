package figures

import (
	"strings"
	"unicode"

	"lede/internal/text"
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
	// the rows of each quantity (kind, unit, value, range), in row order:
	// a figure is compared with the rows of its own quantity only, so the
	// grouping stays linear in the number of figures
	rowsOf := map[rowKey][]int{}
	var subjects []string // each row's first subject, lower-cased and trimmed
	var rowRefs []rowRef  // where each row is
	for i, f := range figs {
		name := sectionOf(f.Kind)
		sec := byName[name]
		if sec == nil {
			sec = &Section{Name: name, Rows: []Row{}, Charts: []Chart{}}
			byName[name] = sec
		}
		key := rowKey{f.Kind, f.Unit, f.Value, f.High}
		sub := subjectKey(f.About)
		if k := sameRow(rowsOf[key], subjects, sub); k >= 0 {
			ref := rowRefs[k]
			r := &byName[ref.section].Rows[ref.row]
			r.Figures = append(r.Figures, i)
			r.Count++
			if r.About == "" {
				r.About = f.About
			}
			continue
		}
		rowsOf[key] = append(rowsOf[key], len(subjects))
		subjects = append(subjects, sub)
		rowRefs = append(rowRefs, rowRef{name, len(sec.Rows)})
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

// rowKey is a row's quantity: kind, unit and value (with the upper bound
// of a range). Find writes values rounded to 12 significant digits, so the
// same quantity has the same float.
type rowKey struct {
	kind, unit string
	value      float64
	high       float64
}

// rowRef places a row: its section and its index there.
type rowRef struct {
	section string
	row     int
}

// subjectKey is a subject as sameSubject compares it.
func subjectKey(about string) string {
	return text.ToLower(strings.TrimSpace(about))
}

// sameRow returns the first of the rows (candidates, in row order, holding
// the same quantity) whose subject is the same thing as sub, or -1.
func sameRow(candidates []int, subjects []string, sub string) int {
	for _, k := range candidates {
		if sameSubjectKey(subjects[k], sub) {
			return k
		}
	}
	return -1
}

// sameSubjectKey: equal, one inside the other, or one of them unknown
// (subjects as subjectKey gives them).
func sameSubjectKey(a, b string) bool {
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
