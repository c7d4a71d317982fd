package figures

import (
	"testing"
	"unicode/utf8"

	"lede/internal/text"
)

// FuzzFind: any text gives figures with sane offsets and no panic.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"超过35万块英伟达H100GPU", "$40-50 billion", "百分之三十", "1,234.5 km", "二〇二四年1月18日",
		"3 dollars 50 cents", "一百分之五十五点五七九", "1.1^--23", "20～25倍", "–—～", "¥", "0.0.0", "two and a half million"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := text.NewDoc("zh", []text.Para{{Text: s}})
		rs := []rune(doc.Text)
		for _, g := range Find(doc) {
			if g.Start < 0 || g.End > len(rs) || g.Start >= g.End {
				t.Fatalf("bad offsets %+v in %q", g, s)
			}
		}
		Quantities(s, "en")
	})
}
