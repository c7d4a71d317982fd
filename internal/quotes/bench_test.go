package quotes

import (
	"fmt"
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
