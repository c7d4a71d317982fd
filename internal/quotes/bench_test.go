package quotes

import (
	"fmt"
	"strings"
	"testing"

	"lede/internal/text"
)

// Find runs on every click (in WASM): it must be linear in the text and
// allocate little. The benchmarks run the testdata articles at 1× and 16×
// their length; time and allocations per run should grow about 16-fold, not
// more.
//
//	go test ./internal/quotes -run '^$' -bench Find -benchmem

func repeated(t testing.TB, path string, times int) *text.Doc {
	d := readArticle(t, path)
	var paras []text.Para
	for i := 0; i < times; i++ {
		for _, p := range d.Paras {
			p.Node += i * len(d.Paras)
			paras = append(paras, p)
		}
	}
	return text.NewDoc(d.Lang, paras)
}

func BenchmarkFind(b *testing.B) {
	for _, name := range []string{"river-port.zh", "council-budget.en"} {
		for _, times := range []int{1, 16} {
			d := repeated(b, "testdata/"+name+".txt", times)
			b.Run(fmt.Sprintf("%s/x%d", name, times), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(d.Text)))
				for b.Loop() {
					Find(d)
				}
			})
		}
	}
}

// BenchmarkFindPathological: one huge "sentence" full of cues and quotation
// marks (no sentence punctuation) must stay linear too.
func BenchmarkFindPathological(b *testing.B) {
	cases := map[string]string{
		"zh-frames": strings.Repeat("据王明称，", 2000),
		"zh-quotes": strings.Repeat("他说“好的”，", 2000),
		"en-said":   strings.Repeat("Jane Roe said, ", 2000),
		"en-quotes": strings.Repeat(`"yes," he said, `, 2000),
	}
	for _, name := range []string{"zh-frames", "zh-quotes", "en-said", "en-quotes"} {
		for _, times := range []int{1, 2, 4, 8} {
			lang := name[:2]
			d := text.NewDoc(lang, []text.Para{{Text: strings.Repeat(cases[name], times), Node: 0, Kind: "p"}})
			b.Run(fmt.Sprintf("%s/x%d", name, times), func(b *testing.B) {
				b.SetBytes(int64(len(d.Text)))
				for b.Loop() {
					Find(d)
				}
			})
		}
	}
}
