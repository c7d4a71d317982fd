package figures

import (
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
