package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestOddPages: degenerate and hostile inputs give a result, never a panic,
// and the contract invariants hold.
func TestOddPages(t *testing.T) {
	pages := []string{
		"",
		"plain text without any markup at all, but with commas, and sentences.",
		"<html></html>",
		"<frameset><frame src=a.html></frameset>",
		"<svg><text>drawing</text></svg>",
		"<table><tr><td>" + strings.Repeat("<table><tr><td>", 300) + "deep cell text, with commas, in a layout table that goes on and on." + strings.Repeat("</td></tr></table>", 300),
		"<body>" + strings.Repeat("<p>一句话。</p>", 2000) + "</body>",
		"<body><article>" + strings.Repeat("<a href=/x>link</a> ", 3000) + "</article></body>",
		"<body><div hidden><p>" + strings.Repeat("hidden text, ", 200) + "</p></div></body>",
		"<body><p>" + strings.Repeat("x", 200000) + "</p></body>",
		"<body><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":" + strings.Repeat("[", 5000) + "</script></body>",
		"<body data-lede-id=abc><p data-lede-id=-3 data-lede-hidden data-lede-fixed=fixed>odd ids</p></body>",
	}
	r := rand.New(rand.NewSource(7))
	frags := []string{"<div>", "</div>", "<p>", "</p>", "<a href=#>", "</a>", "text, more text. ", "中文，标点。", "<br>", "<img data-src=/x.jpg>", "<table>", "<td>", "<li>", "<h1>", "</h1>", "<!--", "-->", "<script>", "</script>", "&amp;", "<pre>", "</pre>"}
	for i := 0; i < 40; i++ {
		var b strings.Builder
		for j := 0; j < 400; j++ {
			b.WriteString(frags[r.Intn(len(frags))])
		}
		pages = append(pages, b.String())
	}
	for i, src := range pages {
		doc, res := extractHTML(t, src, "https://example.org/a")
		if res == nil {
			t.Fatalf("page %d: nil result", i)
		}
		checkInvariants(t, doc, res)
	}
}
