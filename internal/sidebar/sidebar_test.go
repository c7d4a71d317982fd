package sidebar

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/internal/extract"
	"lede/internal/figures"
	"lede/internal/quotes"
	"lede/internal/text"
)

// article is a hand-written bilingual-free Chinese article: two losses by
// year (a chart), a repeated market value (×2), a fall, a figure said in a
// quote, a quote over two paragraphs, an organisation, a source and an
// unattributed quote.
func article() Input {
	doc := text.NewDoc("zh", []text.Para{
		{Text: "公司市值达353亿元。", Node: 10, Kind: "p"},
		{Text: "该部门在2021年亏损101.9亿美元之后，2022年亏损扩大到了137.2亿美元。", Node: 11, Kind: "p"},
		{Text: "王明表示，公司将购买超过35万块芯片。分析认为，公司353亿元的市值难以维持，净利润骤降41%。", Node: 12, Kind: "p"},
		{Text: "“第一段话，", Node: 13, Kind: "p"},
		{Text: "第二段话。”王明说。", Node: 14, Kind: "p"},
	})
	figs := figures.Find(doc)
	qs := []quotes.Quote{
		{Speaker: "王明", Role: "公司CEO", Cue: "表示", Kind: "indirect", Text: "公司将购买超过35万块芯片", Group: "person"},
		{Speaker: "", Cue: "认为", Kind: "indirect", Text: "公司353亿元的市值难以维持", Group: "unattributed"},
		{Speaker: "王明", Role: "公司CEO", Cue: "说", Kind: "direct", Text: "第一段话，\n第二段话。", Group: "person"},
		{Speaker: "该公司", Cue: "表示", Kind: "indirect", Text: "无", Group: "organisation"},
		{Speaker: "财报", Cue: "显示", Kind: "indirect", Text: "有", Group: "source"},
	}
	for i, q := range qs[:3] {
		at := strings.Index(doc.Text, q.Text)
		qs[i].Start = len([]rune(doc.Text[:at]))
		qs[i].End = qs[i].Start + len([]rune(q.Text))
	}
	for i := range figs {
		figs[i].Quote = -1
		for j, q := range qs[:3] {
			if figs[i].Start >= q.Start && figs[i].End <= q.End {
				figs[i].Quote = j
			}
		}
	}
	return Input{Title: "市值353亿元的公司", Paragraphs: doc.Paras, Figures: figs, Quotes: qs}
}

func rowByValue(v View, value string) (FigureRow, string) {
	for _, s := range v.Figures {
		for _, r := range s.Rows {
			if r.Value == value {
				return r, s.Name
			}
		}
	}
	return FigureRow{}, ""
}

func TestFigureRows(t *testing.T) {
	in := article()
	tests := []struct {
		ui, value, section, qualifier, arrow string
		count                                int
		lead                                 bool
	}{
		{"en", "CN¥35.3B", "money", "", "", 2, true},
		{"en", "$13.72B", "money", "", "↑", 1, false},
		{"en", "350,000", "counts", "more than", "", 1, false},
		{"en", "−41%", "change", "", "↓", 1, false},
		{"zh", "353亿元", "money", "", "", 2, true},
		{"zh", "35万块", "counts", "超过", "", 1, false},
		{"zh-CN", "137.2亿美元", "money", "", "↑", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.ui+"/"+tt.value, func(t *testing.T) {
			v := Build(in, tt.ui)
			r, sec := rowByValue(v, tt.value)
			if sec != tt.section || r.Qualifier != tt.qualifier || r.Arrow != tt.arrow || r.Count != tt.count || r.Lead != tt.lead {
				t.Errorf("row %q in %q: %+v", tt.value, sec, r)
			}
			if len(r.Places) != r.Count {
				t.Errorf("%d places for %d mentions", len(r.Places), r.Count)
			}
		})
	}
	v := Build(in, "en")
	if v.Lang != "en" || Build(in, "zh_TW").Lang != "zh" || Build(in, "").Lang != "en" {
		t.Error("UI language not normalised")
	}
	if v.Figures[0].Name != "money" || v.Figures[0].Rows[0].Value != "CN¥35.3B" {
		t.Errorf("the lead figure is not first: %+v", v.Figures[0].Rows)
	}
	ids := map[string]bool{}
	for _, s := range v.Figures {
		for _, r := range s.Rows {
			if ids[r.ID] {
				t.Errorf("row id %s twice", r.ID)
			}
			ids[r.ID] = true
		}
	}
}

func TestChart(t *testing.T) {
	v := Build(article(), "en")
	money := v.Figures[0]
	if len(money.Charts) != 1 {
		t.Fatalf("charts: %+v", money.Charts)
	}
	c := money.Charts[0]
	last, _ := rowByValue(v, "$13.72B")
	if c.After != last.ID || len(c.Bars) != 2 || c.Bars[0].Label != "2021" || c.Bars[1].Label != "2022" ||
		c.Bars[0].Text != "$10.19B" || c.Bars[1].Share != 1 || c.Bars[0].Share != 0.7427 {
		t.Errorf("chart: %+v", c)
	}
	if !strings.Contains(c.Title, "亏损") {
		t.Errorf("chart title %q", c.Title)
	}
}

func TestPlaces(t *testing.T) {
	in := article()
	v := Build(in, "en")
	r, _ := rowByValue(v, "CN¥35.3B")
	want := []Mark{{Node: 10, Text: "353亿元", Nth: 0, Of: 1, At: 5}, {Node: 12, Text: "353亿元", Nth: 0, Of: 1, At: 26}}
	for i, p := range r.Places {
		if len(p.Focus) != 1 || p.Focus[0] != want[i] {
			t.Errorf("place %d: %+v, want %+v", i, p.Focus, want[i])
		}
	}
	if len(r.Places[1].Context) != 1 || r.Places[1].Context[0].Text != "分析认为，公司353亿元的市值难以维持，净利润骤降41%。" {
		t.Errorf("context: %+v", r.Places[1].Context)
	}
	// "1%" inside "41%": the count includes it, the nth says which
	pl := newPlacer(in.Paragraphs)
	p2 := []rune(in.Paragraphs[2].Text)
	at := len([]rune(string(p2)[:strings.Index(string(p2), "41%")])) + 1
	if m := pl.mark(2, at, at+2); m.Text != "1%" || m.Of != 1 || m.Nth != 0 {
		t.Errorf("mark: %+v", m)
	}
	// a quote over two paragraphs: one mark in each, no context
	q := findQuote(v, "q2")
	if q == nil || len(q.Place.Focus) != 2 || q.Place.Focus[0] != (Mark{Node: 13, Text: "第一段话，", Of: 1, At: 1}) ||
		q.Place.Focus[1] != (Mark{Node: 14, Text: "第二段话。", Of: 1}) || q.Place.Context != nil {
		t.Errorf("quote over two paragraphs: %+v", q)
	}
}

func findQuote(v View, id string) *QuoteItem {
	var found *QuoteItem
	v.Voices.each(func(q *QuoteItem) {
		if q.ID == id {
			found = q
		}
	})
	return found
}

func TestVoicesAndLinks(t *testing.T) {
	v := Build(article(), "zh")
	if len(v.Voices.People) != 1 || v.Voices.People[0].Name != "王明" || v.Voices.People[0].Count != 2 || v.Voices.People[0].Role != "公司CEO" {
		t.Fatalf("people: %+v", v.Voices.People)
	}
	if len(v.Voices.Organisations) != 1 || len(v.Voices.Sources) != 1 || len(v.Voices.Unattributed) != 1 {
		t.Errorf("groups: %+v", v.Voices)
	}
	gpus, _ := rowByValue(v, "35万块")
	q0 := v.Voices.People[0].Quotes[0]
	if len(gpus.Said) != 1 || gpus.Said[0] != (QuoteLink{ID: "q0", Speaker: "王明"}) {
		t.Errorf("35万块 said: %+v", gpus.Said)
	}
	if len(q0.Figures) != 1 || q0.Figures[0] != (FigureLink{ID: gpus.ID, Value: "35万块"}) {
		t.Errorf("quote q0 figures: %+v", q0.Figures)
	}
	// the unattributed quote holds 353亿元 too: linked, with no speaker
	cap, _ := rowByValue(v, "353亿元")
	if len(cap.Said) != 1 || cap.Said[0].ID != "q1" || cap.Said[0].Speaker != "" {
		t.Errorf("353亿元 said: %+v", cap.Said)
	}
}

func TestEmpty(t *testing.T) {
	v := Build(Input{}, "en")
	b, _ := json.Marshal(v)
	if string(b) != `{"lang":"en","figures":[],"pictures":[],"voices":{"people":[],"organisations":[],"sources":[],"unattributed":[]}}` {
		t.Errorf("empty view: %s", b)
	}
}

func TestPictures(t *testing.T) {
	got := pictures([]extract.Picture{
		{Src: "https://e.org/a.jpg", Caption: " A caption ", Node: 3},
		{Src: "https://e.org/a.jpg", Node: 4}, // the same image again
		{Src: "javascript:alert(1)", Node: 5},
		{Src: "data:,", Node: 6},
		{Src: "", Node: 7},
		{Src: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE", Node: 8},
	})
	if len(got) != 2 || got[0] != (Picture{Src: "https://e.org/a.jpg", Caption: "A caption", Node: 3}) || got[1].Node != 8 {
		t.Errorf("pictures: %+v", got)
	}
}

// TestGolden: the whole view of the hand-written article, in both UI
// languages (go test -update rewrites the files).
func TestGolden(t *testing.T) {
	for _, ui := range []string{"en", "zh"} {
		b, err := json.MarshalIndent(Build(article(), ui), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "article."+ui+".golden.json")
		if *update {
			os.MkdirAll("testdata", 0o755)
			os.WriteFile(path, append(b, '\n'), 0o644)
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if strings.TrimSpace(string(want)) != string(b) {
			t.Errorf("%s differs from the view:\n%s", path, b)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files")

// TestNarrow: a quote's span may include its quotation marks; the place is
// its words, also across paragraphs.
func TestNarrow(t *testing.T) {
	in := article()
	pl := newPlacer(in.Paragraphs)
	start := in.Paragraphs[3].Start // at “
	end := in.Paragraphs[4].Start + 6
	s, e := pl.narrow(start, end, "第一段话，\n第二段话。")
	if s != start+1 || e != end-1 {
		t.Errorf("narrow = %d–%d, want %d–%d", s, e, start+1, end-1)
	}
	if s, e := pl.narrow(start, end, "不在这里"); s != start || e != end {
		t.Errorf("words not in the span: %d–%d", s, e)
	}
}

// TestChartLabels: bars labelled unlike each other (a year beside a
// subject) or alike are no chart.
func TestChartLabels(t *testing.T) {
	rows := []figures.Row{{Period: "2024", About: "revenue"}, {About: "fare revenue"}, {Period: "2024", About: "revenue"}}
	ids, pos := []string{"f0", "f1", "f2"}, []int{0, 1, 2}
	for _, tt := range []struct {
		name string
		bars []figures.Bar
		ok   bool
	}{
		{"year and subject", []figures.Bar{{Label: "2024", Value: 1, Row: 0}, {Label: "fare revenue", Value: 2, Row: 1}}, false},
		{"same year twice", []figures.Bar{{Label: "2024", Value: 1, Row: 0}, {Label: "2024", Value: 2, Row: 2}}, false},
		{"subjects", []figures.Bar{{Label: "revenue", Value: 1, Row: 1}, {Label: "fare revenue", Value: 2, Row: 1}}, true},
	} {
		if _, ok := chart(figures.Chart{Bars: tt.bars}, rows, ids, pos); ok != tt.ok {
			t.Errorf("%s: ok = %v", tt.name, ok)
		}
	}
}

func TestPublishedLabel(t *testing.T) {
	for _, tt := range []struct{ in, lang, want string }{
		{"2025-03-11T08:30:00Z", "en", "11 March 2025, 08:30"},
		{"2025-03-11T08:30:00+08:00", "zh", "2025年3月11日 08:30"},
		{"2024-01-26 15:02:00", "zh", "2024年1月26日 15:02"},
		{"2024-01-26", "en", "26 January 2024"},
		{"2024-01-26T00:00:00Z", "en", "26 January 2024"},
		{"yesterday", "en", "yesterday"},
		{"", "en", ""},
	} {
		if got := publishedLabel(tt.in, tt.lang); got != tt.want {
			t.Errorf("publishedLabel(%q, %s) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

// TestMarkOverLines: an element whose text the extractor split into lines
// (at <br>) is counted whole: the second line's figure is the element's
// second occurrence.
func TestMarkOverLines(t *testing.T) {
	doc := text.NewDoc("zh", []text.Para{
		{Text: "市值353亿元。", Node: 7, Kind: "p"},
		{Text: "别处。", Node: 8, Kind: "p"},
		{Text: "那么353亿元的市值难以维持。", Node: 7, Kind: "p"},
	})
	pl := newPlacer(doc.Paras)
	m := pl.mark(2, 2, 7)
	if m != (Mark{Node: 7, Text: "353亿元", Nth: 1, Of: 2, At: 11}) {
		t.Errorf("mark = %+v", m)
	}
}

func TestRuneIndexOccurrences(t *testing.T) {
	hay := []rune(strings.Repeat("增长3%，aaa 增长 ", 300) + "增长")
	x := newRuneIndex(hay)
	for _, needle := range []string{"增长", "aa", "a", "3%", "长 增", " ", "增长3%，aaa 增长 增长", "无"} {
		for _, before := range []int{0, 1, 17, 1000, len(hay)} {
			n := []rune(needle)
			wantNth, wantOf := occurrences(hay, n, before)
			if nth, of := x.occurrences(hay, n, before); nth != wantNth || of != wantOf {
				t.Errorf("%q before %d: index says %d of %d, scan %d of %d", needle, before, nth, of, wantNth, wantOf)
			}
		}
	}
}
