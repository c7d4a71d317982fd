package extract

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
	"time"

	"lede/internal/corpustest"
	"lede/internal/dom"
)

// BenchmarkCorpus parses and extracts every corpus page once per iteration
// and reports the median and 95th percentile time per page.
func BenchmarkCorpus(b *testing.B) {
	pages := corpustest.Pages(b, "")
	srcs := make([]string, len(pages))
	for i, p := range pages {
		srcs[i] = p.HTML(b)
	}
	times := make([]time.Duration, 0, len(srcs)*b.N)
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for _, s := range srcs {
			t0 := time.Now()
			doc, err := dom.Parse(s)
			if err != nil {
				b.Fatal(err)
			}
			Extract(doc, Options{URL: "https://example.org/a.html"})
			times = append(times, time.Since(t0))
		}
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms/page-median")
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "ms/page-p95")
	b.ReportMetric(float64(times[len(times)-1].Microseconds())/1000, "ms/page-max")
}

// BenchmarkSynthetic5MB analyses a generated 5 MB page: a long bilingual
// article inside deep wrappers, a huge navigation, related lists, comments
// and a pathological chain of nested divs.
func BenchmarkSynthetic5MB(b *testing.B) {
	src := syntheticPage(5 << 20)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		doc, err := dom.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		res := Extract(doc, Options{URL: "https://example.org/a.html"})
		if !res.IsArticle {
			b.Fatal("synthetic article not found")
		}
	}
}

// TestSyntheticPage checks that the generated page is analysed correctly (the
// benchmark measures the real path).
func TestSyntheticPage(t *testing.T) {
	if testing.Short() {
		t.Skip("large page")
	}
	src := syntheticPage(1 << 20)
	doc, err := dom.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	res := Extract(doc, Options{})
	if !res.IsArticle || len(res.Paras) < 100 {
		t.Fatalf("article %v, %d paragraphs", res.IsArticle, len(res.Paras))
	}
	for _, p := range res.Paras {
		if strings.Contains(p.Text, "Related headline") || strings.Contains(p.Text, "Comment number") {
			t.Fatalf("clutter in the text: %q", p.Text)
		}
	}
}

var (
	enWords = strings.Fields("the council said on monday that the new plan would cost more than expected and that residents would be asked to vote on it next spring after a long debate")
	zhWords = []rune("市政府表示新的计划将花费比预期更多的资金居民将在明年春天就此投票经过长时间的讨论后各方达成了一致意见")
)

func syntheticPage(size int) string {
	r := rand.New(rand.NewSource(1))
	var b strings.Builder
	b.Grow(size + 1<<16)
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic page - Example</title>`)
	b.WriteString(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Synthetic page","author":{"name":"A. Writer"}}</script></head><body>`)
	b.WriteString(`<div class="nav"><ul>`)
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&b, `<li class="nav-item"><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></div>`)
	// pathological nesting
	for i := 0; i < 1500; i++ {
		b.WriteString(`<div class="wrap">`)
	}
	b.WriteString(`<span>deep</span>`)
	for i := 0; i < 1500; i++ {
		b.WriteString(`</div>`)
	}
	b.WriteString(`<div class="main"><div class="content"><h1>Synthetic page</h1><div class="article-body">`)
	para := 0
	for b.Len() < size*6/10 {
		para++
		b.WriteString("<p>")
		if para%2 == 0 {
			for i := 0; i < 60+r.Intn(60); i++ {
				b.WriteRune(zhWords[r.Intn(len(zhWords))])
				if i%17 == 16 {
					b.WriteString("，")
				}
			}
			b.WriteString("。")
		} else {
			for i := 0; i < 40+r.Intn(40); i++ {
				b.WriteString(enWords[r.Intn(len(enWords))])
				if i%11 == 10 {
					b.WriteString(",")
				}
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, `<a href="/ref/%d">reference %d</a>.`, para, para)
		}
		b.WriteString("</p>\n")
		if para%50 == 0 {
			fmt.Fprintf(&b, `<figure><img data-src="/img/%d.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>Picture %d</figcaption></figure>`, para, para)
		}
	}
	b.WriteString(`</div><div class="related"><h3>Related</h3><ul>`)
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, `<li><a href="/r/%d">Related headline number %d about the council</a></li>`, i, i)
	}
	b.WriteString(`</ul></div><div id="comments" class="comments">`)
	for b.Len() < size {
		fmt.Fprintf(&b, `<div class="comment"><p class="author">reader%d</p><p>Comment number %d: I think the council, as usual, has not thought about the cost of the plan for the people who live here.</p></div>`, r.Intn(1000), r.Intn(100000))
	}
	b.WriteString(`</div></div></div></body></html>`)
	return b.String()
}
