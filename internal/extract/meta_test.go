package extract

import (
	"testing"

	"lede/internal/dom"
)

// pageOf runs the stages a metadata test needs on src.
func pageOf(t *testing.T, src string) *page {
	t.Helper()
	doc, err := dom.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	p := &page{doc: doc, body: doc.Body()}
	p.m = mark(doc, newClassifier())
	p.buildBase()
	return p
}

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		title, body, site, want string
	}{
		{"青石镇图书馆夜间开放满一年_地方新闻_示例新闻网", "", "", "青石镇图书馆夜间开放满一年"},
		{"央行宣布降准0.5个百分点-新浪财经", "", "", "央行宣布降准0.5个百分点"},
		{"央行宣布降准0.5个百分点｜示例财经", "", "", "央行宣布降准0.5个百分点"},
		{"央行宣布降准0.5个百分点丨示例财经", "", "", "央行宣布降准0.5个百分点"},
		{"Harbor town votes to rebuild its pier | The Example Courier", "", "The Example Courier", "Harbor town votes to rebuild its pier"},
		{"Harbor town votes to rebuild its pier - Courier", "", "", "Harbor town votes to rebuild its pier"},
		{"Local | Harbor town votes to rebuild its old ferry pier", "", "", "Harbor town votes to rebuild its old ferry pier"},
		// a heading on the page decides between the parts
		{"Storm - Harbor town votes to rebuild - Courier", "<h1>Storm - Harbor town votes to rebuild</h1>", "", "Storm - Harbor town votes to rebuild"},
		// hyphens inside words are not separators
		{"COVID-19 cases fall for a third week", "", "", "COVID-19 cases fall for a third week"},
		{"The Example Courier — News from the coast", "<h2>Harbor town votes to rebuild its old ferry pier</h2>", "", "The Example Courier"},
		{"韩国女主播是非不断 裸体新闻遭禁播视频画面曝光_中国_环球网", "", "", "韩国女主播是非不断 裸体新闻遭禁播视频画面曝光"},
	}
	for _, tt := range tests {
		p := pageOf(t, "<html><head><title>"+tt.title+"</title></head><body>"+tt.body+"</body></html>")
		if got := p.cleanTitle(tt.title, tt.site); got != tt.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestReadMetaPriority(t *testing.T) {
	src := `<html lang="en-GB" dir="ltr"><head><title>Site title - Site</title>
<meta property="og:title" content="OG headline - Site">
<meta property="og:site_name" content="Example Site">
<meta name="author" content="Meta Author">
<meta property="article:published_time" content="2024-01-02T03:04:05Z">
<meta property="og:image" content="/img/og.jpg">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","author":{"name":"LD Author"},"datePublished":"2024-01-01","image":["https://cdn.example.org/ld.jpg"]}</script>
</head><body><h1>LD headline</h1></body></html>`
	p := pageOf(t, src)
	p.opt.URL = "https://www.example.org/news/1.html"
	m := p.readMeta()
	want := Meta{Title: "LD headline", Byline: "LD Author", Published: "2024-01-01", Site: "Example Site",
		LeadImage: "https://cdn.example.org/ld.jpg", Lang: "en-GB", Dir: "ltr", Excerpt: ""}
	if m != want {
		t.Errorf("readMeta =\n %+v\nwant\n %+v", m, want)
	}
	// without JSON-LD the meta tags decide
	p = pageOf(t, `<html><head><title>Site title - Site</title><meta property="og:title" content="OG headline">
<meta name="author" content="Meta Author"><meta name="publishdate" content="2024-02-03"><meta name="weibo:article:title" content="Weibo"></head><body></body></html>`)
	m = p.readMeta()
	if m.Title != "OG headline" || m.Byline != "Meta Author" || m.Published != "2024-02-03" {
		t.Errorf("meta tags: %+v", m)
	}
}

func TestJSONLDShapes(t *testing.T) {
	tests := []struct{ ld, title, author string }{
		{`[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"A","author":"Ann"}]`, "A", "Ann"},
		{`{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"name":"B","author":[{"name":"X"},{"name":"Y"}]}]}`, "B", "X, Y"},
		{`{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"C","creator":{"name":"Z"}}}`, "C", "Z"},
		{`<![CDATA[{"@type":"ReportageNewsArticle","headline":"D"}]]>`, "D", ""},
		{`{not json`, "", ""},
	}
	for _, tt := range tests {
		p := pageOf(t, `<html><head><script type="application/ld+json">`+tt.ld+`</script></head><body></body></html>`)
		ld := p.jsonLD()
		if ld.title != tt.title || ld.author != tt.author {
			t.Errorf("jsonLD(%s) = %q by %q, want %q by %q", tt.ld, ld.title, ld.author, tt.title, tt.author)
		}
	}
}

func TestMetaFromText(t *testing.T) {
	tests := []struct{ line, byline, date, site string }{
		{"2024年1月18日 15:02 来源：示例日报 作者：林小溪", "林小溪", "2024-01-18 15:02", "示例日报"},
		{"2024-01-26 15:02:00", "", "2024-01-26 15:02:00", ""},
		{"记者 张三 通讯员 李四", "张三", "", ""},
		{"By Maya Ortiz and Sam Lee | May 14, 2024", "Maya Ortiz and Sam Lee", "", ""},
		{"發布時間：2012/1/17 來源：示例報", "", "2012-01-17", "示例報"},
	}
	for _, tt := range tests {
		var m Meta
		metaFromLines([]line{{kind: lineByline, elem: nil, runes: len([]rune(tt.line)), Para: paraOf(tt.line)}}, &m)
		if m.Byline != tt.byline || m.Published != tt.date || m.Site != tt.site {
			t.Errorf("%q: byline %q date %q site %q; want %q %q %q", tt.line, m.Byline, m.Published, m.Site, tt.byline, tt.date, tt.site)
		}
	}
}
