package bench

import (
	"math"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestQuantile(t *testing.T) {
	tests := []struct {
		xs   []float64
		q    float64
		want float64
	}{
		{[]float64{3, 1, 2}, 0.5, 2},
		{[]float64{1, 2, 3, 4}, 0.5, 2.5},
		{[]float64{5}, 0.95, 5},
		{[]float64{0, 10}, 0.95, 9.5},
		{[]float64{4, 1, 3, 2}, 0, 1},
		{[]float64{4, 1, 3, 2}, 1, 4},
	}
	for _, tt := range tests {
		if got := Quantile(tt.xs, tt.q); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Quantile(%v, %v) = %v, want %v", tt.xs, tt.q, got, tt.want)
		}
	}
	if !math.IsNaN(Quantile(nil, 0.5)) {
		t.Error("Quantile of no data is not NaN")
	}
}

func TestSynthetic(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for _, size := range []int{20 << 10, 300 << 10, 1 << 20} {
			page := Synthetic(lang, size, 0)
			if d := len(page) - size; d < -2000 || d > 2000 {
				t.Errorf("Synthetic(%s, %d) is %d bytes", lang, size, len(page))
			}
			if page != Synthetic(lang, size, 0) {
				t.Errorf("Synthetic(%s, %d) is not deterministic", lang, size)
			}
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			var paras int
			var walk func(*html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode && n.Data == "p" {
					paras++
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			// the article grows with the page: about one paragraph per 2 KB (en)
			if min := size / 6000; paras < min {
				t.Errorf("Synthetic(%s, %d) has %d paragraphs, want ≥ %d", lang, size, paras, min)
			}
			portal := Synthetic(lang, size, PortalArticleBytes)
			if d := len(portal) - size; d < -2000 || d > 2000 {
				t.Errorf("Synthetic(%s, %d, PortalArticleBytes) is %d bytes", lang, size, len(portal))
			}
		}
	}
}

func TestSummarise(t *testing.T) {
	yes := true
	nat := &NativeReport{PageMs: NewDist([]float64{1, 2, 3}), Sizes: []NativeSize{{Name: "portal/en/5MB", Ms: 120}, {Name: "portal/zh/5MB", Ms: 130}}}
	br := &BrowserReport{
		Pages: []BrowserPage{
			{Lang: "en", WarmMs: 40, Warm: Click{TotalMs: 40, WasmMs: 10}, Clicks: []Click{{Outcome: "clean", TotalMs: 50, SerialiseMs: 5, WasmMs: 15}},
				ReadabilityMs: 20, ReadabilityFirstMs: 40, Ratio: 2},
			{Lang: "zh", WarmMs: 60, Warm: Click{TotalMs: 60, WasmMs: 30}, Clicks: []Click{{Outcome: "not-article", TotalMs: 70, SerialiseMs: 10, WasmMs: 30}},
				ReadabilityMs: 60, ReadabilityFirstMs: 80, Ratio: 1},
			{Lang: "zh", Error: "boom"},
		},
		Cold: []ColdClick{{Click: Click{TotalMs: 300, WorkerRunning: &yes}}, {Click: Click{TotalMs: 500}}, {Error: "x"}},
	}
	s := Summarise(nat, br, 10, 5)
	// like for like, first run: (5+15)/40 = 0.5 and (10+30)/80 = 0.5
	want := Summary{WarmP50: 50, WarmP95: 59, Cold: 400, ColdN: 2, RatioMedian: 0.5, RatioClickWarmMedian: 1.5, RatioClickFirstMedian: 1.0625,
		RatioWorkWarmMedian: 0.5, ReadP50: 40, ReadFirstP50: 60, FirstClickP50: 60, NativeP50: 2, NativeP95: 2.9, NativePages: 3, Native5MB: 130,
		WasmRaw: 10, WasmGzip: 5, Pages: 2, ClickErrors: 1, NotCleanClicks: 1, ColdWorkerAlive: 1}
	if s.WarmP50 != want.WarmP50 || s.WarmP95 != want.WarmP95 || s.Cold != want.Cold || s.ColdN != want.ColdN || s.RatioMedian != want.RatioMedian ||
		s.RatioClickWarmMedian != want.RatioClickWarmMedian || s.RatioClickFirstMedian != Round(want.RatioClickFirstMedian) ||
		s.RatioWorkWarmMedian != want.RatioWorkWarmMedian || s.ReadFirstP50 != want.ReadFirstP50 || s.FirstClickP50 != want.FirstClickP50 ||
		s.ReadP50 != want.ReadP50 || s.NativeP50 != want.NativeP50 || s.NativeP95 != want.NativeP95 || s.Native5MB != want.Native5MB ||
		s.Pages != want.Pages || s.ClickErrors != want.ClickErrors || s.NotCleanClicks != want.NotCleanClicks || s.ColdWorkerAlive != want.ColdWorkerAlive {
		t.Errorf("Summarise = %+v\nwant %+v", s, want)
	}
	if s.PhasesP50["wasm"] != 20 {
		t.Errorf("wasm phase p50 = %v, want 20", s.PhasesP50["wasm"])
	}
	var out strings.Builder
	PrintTable(&out, s, nat, br)
	for _, w := range []string{"warm p50 50.0 ms", "cold first click 400.0 ms", "ratio to Readability.js median 0.50"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("table lacks %q:\n%s", w, out.String())
		}
	}
}

// wasmModule builds a module with one imported function, two bodies and
// their names, as the Go linker lays them out.
func wasmModule() []byte {
	sec := func(id byte, body []byte) []byte { return append([]byte{id, byte(len(body))}, body...) }
	str := func(s string) []byte { return append([]byte{byte(len(s))}, s...) }
	var imp []byte
	imp = append(imp, 1)
	imp = append(imp, str("go")...)
	imp = append(imp, str("debug")...)
	imp = append(imp, 0, 0)
	code := []byte{2, 3, 0, 0x01, 0x0b, 5, 0, 0x01, 0x01, 0x01, 0x0b}
	var names []byte
	names = append(names, 3, 1)
	names = append(names, str("golang.org_x_net_html.__Tokenizer_.Next")...)
	names = append(names, 2)
	names = append(names, str("lede_internal_dom.FromNode")...)
	names = append(names, 0)
	names = append(names, str("go.debug")...)
	nameSec := append(str("name"), 1, byte(len(names)))
	nameSec = append(nameSec, names...)
	m := []byte("\x00asm\x01\x00\x00\x00")
	m = append(m, sec(2, imp)...)
	m = append(m, sec(10, code)...)
	m = append(m, sec(0, nameSec)...)
	return m
}

func TestWasmCodeByPackage(t *testing.T) {
	pkgs, code, _, err := WasmCodeByPackage(wasmModule())
	if err != nil {
		t.Fatal(err)
	}
	if code != 11 || len(pkgs) != 2 || pkgs[0].Package != "lede/internal/dom" || pkgs[0].Bytes != 6 || pkgs[1].Package != "golang.org/x/net/html" || pkgs[1].Bytes != 4 {
		t.Fatalf("WasmCodeByPackage = %+v, code %d", pkgs, code)
	}
	if _, _, _, err := WasmCodeByPackage([]byte("nope")); err == nil {
		t.Error("no error for a non-module")
	}
}
