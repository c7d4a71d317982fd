package figures

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"lede/internal/text"
)

func TestSections(t *testing.T) {
	// hand-written: two losses by year, a repeated market value, a fall, counts
	doc := text.NewDoc("zh", []text.Para{
		{Text: "该部门在2021年亏损101.9亿美元之后，2022年亏损扩大到了137.2亿美元。", Node: 1},
		{Text: "公司市值高达353亿元，净利润骤降41%。", Node: 2},
		{Text: "分析认为，公司353亿元的市值难以维持；公司计划采购超过35万块芯片。", Node: 3},
	})
	figs := Find(doc)
	secs := Sections(figs, "en")
	if len(secs) != 3 || secs[0].Name != "money" || secs[1].Name != "change" || secs[2].Name != "counts" {
		t.Fatalf("sections: %+v", secs)
	}
	money := secs[0]
	if len(money.Rows) != 3 {
		t.Fatalf("money rows: %+v", money.Rows)
	}
	if money.Rows[1].Value != "$13.72B" || money.Rows[2].Count != 2 || money.Rows[2].Value != "CN¥35.3B" {
		t.Errorf("money rows: %+v", money.Rows)
	}
	if len(money.Charts) != 1 || len(money.Charts[0].Bars) != 2 ||
		money.Charts[0].Bars[0].Label != "2021" || money.Charts[0].Bars[1].Label != "2022" {
		t.Errorf("charts: %+v", money.Charts)
	}
	if r := secs[1].Rows[0]; r.Value != "−41%" || r.Direction != "down" {
		t.Errorf("change row: %+v", r)
	}
	if r := secs[2].Rows[0]; r.Value != "350,000" || r.Qualifier != QualMoreThan {
		t.Errorf("count row: %+v", r)
	}
	zh := Sections(figs, "zh")
	if zh[0].Rows[1].Value != "137.2亿美元" || zh[2].Rows[0].Value != "35万块" {
		t.Errorf("zh rows: %+v %+v", zh[0].Rows, zh[2].Rows)
	}
	if len(Sections(nil, "en")) != 0 {
		t.Error("no figures, no sections")
	}
}

// TestSectionsRowsMatchDefinition checks the indexed grouping against the
// definition (each figure joins the first earlier row of the same kind,
// unit, value and range whose subject is the same thing) on random figures.
func TestSectionsRowsMatchDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	kinds := []string{KindMoney, KindPercent, KindCount, KindMeasure}
	abouts := []string{"", "Revenue", "revenue", "net revenue", "profit", "营收", "净利润", "利润"}
	for round := 0; round < 50; round++ {
		var figs []Figure
		for i := 0; i < 200; i++ {
			f := Figure{Kind: kinds[r.IntN(len(kinds))], Unit: []string{"USD", "%", "人"}[r.IntN(3)], Value: float64(r.IntN(6)),
				About: abouts[r.IntN(len(abouts))]}
			if r.IntN(5) == 0 {
				f.High = f.Value + 1
			}
			figs = append(figs, f)
		}
		got := Sections(figs, "en")
		// the definition, row by row
		type row struct{ figs []int }
		want := map[string][]row{}
		for i, f := range figs {
			name := sectionOf(f.Kind)
			joined := false
			for k, rw := range want[name] {
				g := figs[rw.figs[0]]
				if g.Kind == f.Kind && g.Unit == f.Unit && g.Value == f.Value && g.High == f.High && sameSubjectKey(subjectKey(g.About), subjectKey(f.About)) {
					want[name][k].figs = append(want[name][k].figs, i)
					joined = true
					break
				}
			}
			if !joined {
				want[name] = append(want[name], row{[]int{i}})
			}
		}
		for _, sec := range got {
			w := want[sec.Name]
			if len(w) != len(sec.Rows) {
				t.Fatalf("round %d, %s: %d rows, want %d", round, sec.Name, len(sec.Rows), len(w))
			}
			for k := range w {
				if fmt.Sprint(w[k].figs) != fmt.Sprint(sec.Rows[k].Figures) || sec.Rows[k].Count != len(w[k].figs) {
					t.Fatalf("round %d, %s row %d: %v, want %v", round, sec.Name, k, sec.Rows[k].Figures, w[k].figs)
				}
			}
		}
	}
}

// BenchmarkSections groups 1,000, 10,000 and 40,000 figures whose values
// and subjects repeat as in a long read: time per figure stays flat.
func BenchmarkSections(b *testing.B) {
	for _, n := range []int{1000, 10000, 40000} {
		b.Run(fmt.Sprintf("n%d", n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(uint64(n), 3))
			figs := make([]Figure, n)
			for i := range figs {
				figs[i] = Figure{Kind: []string{KindMoney, KindPercent}[i%2], Unit: "CNY", Value: float64(1 + r.IntN(900)),
					About: fmt.Sprintf("项目%d", r.IntN(2000))}
			}
			b.ReportAllocs()
			for b.Loop() {
				Sections(figs, "zh")
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/figure")
		})
	}
}
