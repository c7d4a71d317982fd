package quotes

import (
	"strings"
	"testing"
)

// FuzzFind: any text, in either language, gives quotes whose ranges lie in
// the text, and never panics.
//
//	go test ./internal/quotes -run '^$' -fuzz FuzzFind -fuzztime 30s
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.lang == "zh", strings.Join(tt.paras, "\n"))
	}
	f.Add(true, "“”他说。\n「」『』\n据，称：")
	f.Add(false, `"," said , the of . "according to`)
	f.Fuzz(func(t *testing.T, zh bool, s string) {
		lang := "en"
		if zh {
			lang = "zh"
		}
		d := doc(lang, strings.Split(s, "\n")...)
		n := len([]rune(d.Text))
		for _, q := range Find(d) {
			if q.Start < 0 || q.End > n || q.Start >= q.End {
				t.Fatalf("range %d..%d outside 0..%d for %q", q.Start, q.End, n, q.Text)
			}
		}
	})
}
