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
