package figures

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// fig is the part of a Figure a table row checks ("" and 0 are not checked,
// except kind).
type fig struct {
	text      string
	value     float64
	high      float64
	unit      string
	kind      string
	qualifier string
	direction string
}

func findIn(lang, s string) []Figure {
	return Find(text.NewDoc(lang, []text.Para{{Text: s, Node: 7}}))
}

// Hand-written sentences (not corpus text) covering the rules.
func TestFindRules(t *testing.T) {
	tests := []struct {
		lang string
		in   string
		want []fig
	}{
		// the 块 rule: pieces before a noun, yuan at the end
		{"zh", "该公司计划采购超过35万块英伟达H100GPU。", []fig{{"35万块", 350000, 0, "块", KindCount, QualMoreThan, ""}}},
		{"zh", "这个手机壳只卖三块。", []fig{{"三块", 3, 0, "CNY", KindMoney, "", ""}}},
		{"zh", "去年亏损扩大到137.2亿美元，前年为101.9亿美元。", []fig{
			{"137.2亿美元", 13.72e9, 0, "USD", KindMoney, "", "up"}, {"101.9亿美元", 10.19e9, 0, "USD", KindMoney, "", ""}}},
		{"zh", "公司营收同比下降1%，净利润骤降41%。", []fig{
			{"1%", 1, 0, "%", KindPercent, "", "down"}, {"41%", 41, 0, "%", KindPercent, "", "down"}}},
		{"zh", "出口增长百分之三十，内销占三成。", []fig{
			{"百分之三十", 30, 0, "%", KindPercent, "", "up"}, {"三成", 30, 0, "%", KindPercent, "", ""}}},
		{"zh", "失业率上升0.4个百分点。", []fig{{"0.4个百分点", 0.4, 0, "pp", KindPercent, "", "up"}}},
		{"zh", "估值已回落到20～25倍。", []fig{{"20～25倍", 20, 25, "倍", KindMultiple, "", "down"}}},
		{"zh", "病死率为1%-4%，约为常见病的10倍。", []fig{
			{"1%-4%", 1, 4, "%", KindPercent, "", ""}, {"10倍", 10, 0, "倍", KindMultiple, "", ""}}},
		{"zh", "全市新增一千二百三十四家企业，近两万名员工。", []fig{
			{"一千二百三十四家", 1234, 0, "家", KindCount, "", "up"}, {"两万名", 20000, 0, "名", KindCount, QualNearly, ""}}},
		{"zh", "年产钢材500万吨，装机容量120兆瓦。", []fig{
			{"500万吨", 5e6, 0, "吨", KindMeasure, "", ""}, {"120兆瓦", 120, 0, "兆瓦", KindMeasure, "", ""}}},
		{"zh", "门店超过100家，另有140余家合作伙伴。", []fig{
			{"100家", 100, 0, "家", KindCount, QualMoreThan, ""}, {"140余家", 140, 0, "家", KindCount, QualMoreThan, ""}}},
		{"zh", "股价一度跌到90美元以下。", []fig{{"90美元", 90, 0, "USD", KindMoney, QualBelow, "down"}}},
		// two neighbouring digits before a word are a span (四五人), not before a month, hour or tier
		{"zh", "工厂临时调来七八个工人，忙了三四天。", []fig{{"七八个", 7, 8, "个", KindCount, QualAbout, ""}, {"三四天", 3, 4, "天", KindCount, QualAbout, ""}}},
		{"zh", "五六月份的七八点钟，三四线城市和一二线城市都很热。", nil},
		// 2、3块钱: two neighbouring digits listed, the unit written once
		{"zh", "这种小玩具每个只卖2、3块钱。", []fig{{"2、3块钱", 2, 3, "CNY", KindMoney, "", ""}}},
		{"zh", "2、3月份的1、2号线客流下降。", nil},
		// not figures: dates, times, ordinals, codes, names, list numbering
		{"zh", "2024年1月18日晚8时，他宣布训练Llama 3。", nil},
		{"zh", "该股（600132）排名第三，位列第22位。", nil},
		{"zh", "一位分析人士说，这是第二次调整。", nil},
		{"zh", "这两家公司都在四川，汽车三包规定出台。", nil},
		// English
		// "up from" at the earlier value says the later one rose (the loss widened)
		{"en", "Reality Labs lost $13.72 billion in 2022, up from $10.19 billion in 2021.", []fig{
			{"$13.72 billion", 13.72e9, 0, "USD", KindMoney, "", "up"}, {"$10.19 billion", 10.19e9, 0, "USD", KindMoney, "", ""}}},
		{"en", "Meta will buy more than 350,000 H100 GPUs this year.", []fig{{"350,000", 350000, 0, "", KindCount, QualMoreThan, ""}}},
		{"en", "Sales rose 3.5 percent to $27.2 billion.", []fig{
			{"3.5 percent", 3.5, 0, "%", KindPercent, "", "up"}, {"$27.2 billion", 27.2e9, 0, "USD", KindMoney, "", ""}}},
		{"en", "The deal is worth $40-50 billion, about three times last year's.", []fig{
			{"$40-50 billion", 40e9, 50e9, "USD", KindMoney, "", ""}, {"three times", 3, 0, "x", KindMultiple, QualAbout, ""}}},
		{"en", "Margins narrowed by 2 percentage points; shares fell 0.5%.", []fig{
			{"2 percentage points", 2, 0, "pp", KindPercent, "", "down"}, {"0.5%", 0.5, 0, "%", KindPercent, "", "down"}}},
		{"en", "The plant employs 1,200 workers and covers 40 km.", []fig{
			{"1,200", 1200, 0, "", KindCount, "", ""}, {"40 km", 40, 0, "km", KindMeasure, "", ""}}},
		{"en", "Nearly two dozen firefighters and 12 trucks responded.", []fig{
			{"two dozen", 24, 0, "", KindCount, QualNearly, ""}, {"12", 12, 0, "", KindCount, "", ""}}},
		{"en", "Between 400 and 600 pipes burst each winter.", []fig{{"400 and 600", 400, 600, "", KindCount, "", ""}}},
		{"en", "The firm paid £8.1m and €2bn, or HK$5 a share.", []fig{
			{"£8.1m", 8.1e6, 0, "GBP", KindMoney, "", ""}, {"€2bn", 2e9, 0, "EUR", KindMoney, "", ""}, {"HK$5", 5, 0, "HKD", KindMoney, "", ""}}},
		// not figures
		{"en", "On Nov. 18, 2019, at 9 a.m., the 23-year-old called 555-0199 about the iPhone 15 and the Boeing 787-9.", nil},
		{"en", "Page 3 of the S&P 500 report lists the top 10 issues in Q3.", nil},
		{"en", "One analyst said the two companies had met before.", nil},
		// pounds weigh unless money is in view (a money word before, a dollar conversion, £ in the text)
		{"en", "The new bike weighs 19 pounds.", []fig{{"19 pounds", 19, 0, "lb", KindMeasure, "", ""}}},
		{"en", "The club paid 30 million pounds for the striker.", []fig{{"30 million pounds", 30e6, 0, "GBP", KindMoney, "", ""}}},
		{"en", "Rents rose to 900 pounds a month, the survey said.", []fig{{"900 pounds", 900, 0, "GBP", KindMoney, "", "up"}}},
		// the counted word in quotes
		{"en", "The agency hopes to make two “launches” a year.", []fig{{"two", 2, 0, "launches", KindCount, "", ""}}},
		{"en", "The report lists four \"critical\" flaws.", []fig{{"four", 4, 0, "critical", KindCount, "", ""}}},
	}
	for _, tt := range tests {
		got := findIn(tt.lang, tt.in)
		if len(got) != len(tt.want) {
			var texts []string
			for _, g := range got {
				texts = append(texts, g.Text+" ("+g.Kind+")")
			}
			t.Errorf("%q: got %d figures %v, want %d", tt.in, len(got), texts, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			switch {
			case g.Text != w.text, !close(g.Value, w.value), !close(g.High, w.high), g.Kind != w.kind,
				w.unit != "" && g.Unit != w.unit, g.Qualifier != w.qualifier, g.Direction != w.direction:
				t.Errorf("%q: figure %d = {%q %v-%v %q %s q=%q d=%q}, want {%q %v-%v %q %s q=%q d=%q}", tt.in, i,
					g.Text, g.Value, g.High, g.Unit, g.Kind, g.Qualifier, g.Direction,
					w.text, w.value, w.high, w.unit, w.kind, w.qualifier, w.direction)
			}
			rs := []rune(tt.in)
			if string(rs[g.Start:g.End]) != g.Text || g.Node != 7 || g.Quote != -1 || g.Sentence == "" {
				t.Errorf("%q: figure %d offsets/node/sentence wrong: %+v", tt.in, i, g)
			}
		}
	}
}

func close(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// aboutCase is a sentence, a figure in it (as written) and what that
// figure is about.
type aboutCase struct{ lang, in, text, about string }

// checkAbout finds each case's figure in its sentence and checks its About.
func checkAbout(t *testing.T, tests []aboutCase) {
	t.Helper()
	for _, tt := range tests {
		found := false
		for _, f := range findIn(tt.lang, tt.in) {
			if f.Text == tt.text {
				found = true
				if f.About != tt.about {
					t.Errorf("%q: %q about %q, want %q", tt.in, tt.text, f.About, tt.about)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tt.in, tt.text)
		}
	}
}

func TestFindAbout(t *testing.T) {
	tests := []aboutCase{
		{"zh", "公司营收同比下降1%，净利润骤降41%。", "41%", "净利润"},
		{"zh", "该公司计划采购超过35万块英伟达H100GPU。", "35万块", "英伟达H100GPU"},
		{"zh", "沪上24家门店已全面停售。", "24家", "门店"},
		{"en", "Home Depot shares are up 39 percent this year.", "39 percent", "Home Depot shares"},
		{"en", "SoftBank committed to a $9.5 billion lifeline.", "$9.5 billion", "lifeline"},
		{"en", "The layoffs hit 1,000 maintenance workers.", "1,000", "maintenance workers"},
	}
	checkAbout(t, tests)
}

// TestFindGolden runs Find on hand-written articles under testdata/ and
// compares with the golden JSON (go test -run Golden -update rewrites it).
func TestFindGolden(t *testing.T) {
	for _, name := range []string{"article_zh", "article_en"} {
		src, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		lang := strings.TrimPrefix(name, "article_")
		var paras []text.Para
		for i, line := range strings.Split(strings.TrimSpace(string(src)), "\n") {
			paras = append(paras, text.Para{Text: line, Node: 10 + i, Kind: "p"})
		}
		doc := text.NewDoc(lang, paras)
		out := struct {
			Figures  []Figure  `json:"figures"`
			Sections []Section `json:"sections"`
		}{Find(doc), nil}
		out.Sections = Sections(out.Figures, lang)
		got, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", name+".golden.json")
		if *update {
			if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update to create it)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
			t.Errorf("%s: figures differ from %s (go test -run Golden -update rewrites it after review)\n%s", name, golden, got)
		}
	}
}

func TestFindEmptyAndOdd(t *testing.T) {
	if Find(nil) != nil || Find(&text.Doc{}) != nil {
		t.Error("nil or empty doc should give no figures")
	}
	// odd input must not panic
	for _, s := range []string{"%%%", "$", "一", "分之", "1/0", "-", "0.0.0.0", "百分之", "¥¥¥1", "1e999", "2^99999", "９９９９９９９９９９９９９９９９９９９９９亿"} {
		findIn("zh", s)
		findIn("en", s)
	}
}

// BenchmarkFind runs Find on the sample articles repeated 1, 10 and 40
// times: time per byte stays flat (linear time).
func BenchmarkFind(b *testing.B) {
	zh, err := os.ReadFile(filepath.Join("testdata", "article_zh.txt"))
	if err != nil {
		b.Fatal(err)
	}
	en, err := os.ReadFile(filepath.Join("testdata", "article_en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	for _, times := range []int{1, 10, 40} {
		b.Run(fmt.Sprintf("x%d", times), func(b *testing.B) {
			var paras []text.Para
			for range times {
				for _, line := range strings.Split(string(zh)+string(en), "\n") {
					paras = append(paras, text.Para{Text: line})
				}
			}
			doc := text.NewDoc("zh", paras)
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			for b.Loop() {
				Find(doc)
			}
		})
	}
}
