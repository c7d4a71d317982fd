package extract

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"lede/internal/dom"
	"lede/internal/text"

	"golang.org/x/net/html"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		class, id         string
		unlikely, clutter bool
		weightSign        int
	}{
		{"article-content", "", false, false, 1},
		{"sidebar", "", true, false, -1},
		{"comment-list", "", true, true, -1},
		{"share-tools", "", false, true, -1},
		{"related-stories", "", true, true, -1},
		{"main-header", "", false, false, 1}, // "main" rescues "header"
		{"ad", "", true, true, -1},
		{"header-lead", "", true, false, 0},
		{"xgxw", "", true, true, -1}, // 相关新闻 as pinyin initials
		{"loading", "", false, false, 0},
		{"", "", false, false, 0},
	}
	for _, tt := range tests {
		ci := classifyUncached(tt.class, tt.id)
		sign := 0
		if ci.weight > 0 {
			sign = 1
		} else if ci.weight < 0 {
			sign = -1
		}
		if ci.unlikely != tt.unlikely || ci.clutter != tt.clutter || sign != tt.weightSign {
			t.Errorf("%q: unlikely %v clutter %v weight %d; want %v %v %+d", tt.class, ci.unlikely, ci.clutter, ci.weight, tt.unlikely, tt.clutter, tt.weightSign)
		}
	}
}

func TestStyleHides(t *testing.T) {
	for style, want := range map[string]bool{
		"display:none": true, "DISPLAY: NONE;": true, "color:red; visibility : hidden": true,
		"border:none": false, "overflow:hidden": false, "text-decoration:none": false, "": false,
	} {
		if got := styleHides(style); got != want {
			t.Errorf("styleHides(%q) = %v", style, got)
		}
	}
}

func TestLineVerdicts(t *testing.T) {
	tests := []struct {
		text string
		want lineKind // in the head zone
	}{
		{"责任编辑：王一帆", lineClutter},
		{"（责任编辑 余淩雲）", lineClutter},
		{"免责声明：本站转载的内容仅代表作者观点，与本站立场无关。", lineClutter},
		{"Copyright © 2024 Example. All rights reserved.", lineClutter},
		{"返回顶部", lineClutter},
		{"Share this article", lineClutter},
		{"评论", lineClutter},
		{"作者：林小溪", lineByline},
		{"记者 张三 通讯员 李四", lineByline},
		{"By Maya Ortiz", lineByline},
		{"2024年3月5日 09:30", lineByline},
		{"Updated 1:39 am EST, Wednesday, November 20, 2019", lineByline},
		{"記者陳鈞凱／台北報導", lineByline},
		{"原标题：快讯！某地发布新规", lineByline},
		{"评论员认为这一政策将在明年见效，各方都在观望后续的细则。", lineText},
		{"调查还发现，能够坚持八周的人非常少。", lineText},
		{"（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）", lineText},
		{"Tags are useful, she said.", lineText},
		{"编辑|周小川", lineClutter},
		{"编辑 王一 校对 林二", lineClutter},
		{"(赵青 编辑)", lineClutter},
		{"发布时间：2024-03-05 09:30 【编辑：张三】", lineClutter},
		{"您所在的位置：首页 > 新闻 > 正文", lineClutter},
		{"财经> 正文", lineClutter},
		{"(本文来自某某新闻，更多资讯请下载某某新闻APP)", lineClutter},
		{"编辑部收到了三百多封读者来信，其中大多数支持这一决定。", lineText},
		{"正文部分由两位作者共同完成，图片由市博物馆提供。", lineText},
	}
	for _, tt := range tests {
		ls := []line{{Para: text.Para{Text: tt.text, Kind: "p"}, runes: len([]rune(tt.text))},
			{Para: text.Para{Text: strings.Repeat("这是一段足够长的正文，用来确定文章正文开始的位置。", 4), Kind: "p"}, runes: 100}}
		p := &page{}
		p.classifyLines(ls)
		if ls[0].kind != tt.want {
			t.Errorf("%q: kind %d, want %d", tt.text, ls[0].kind, tt.want)
		}
	}
}

func TestLinkRunsAndDek(t *testing.T) {
	body := strings.Repeat("This is a paragraph of the article, long enough to be prose. ", 3)
	mk := func(s string, kind string, links int) line {
		return line{Para: text.Para{Text: s, Kind: kind}, runes: len([]rune(s)), linkRunes: links}
	}
	ls := []line{
		mk("Harbor town votes", "h", 0),
		mk("Residents backed the plan", "p", 0),
		mk("By Maya Ortiz", "p", 0),
		mk(body, "p", 0),
		mk("Seawall repairs stall again", "li", 27),
		mk("Ferry adds a summer route 2024-05-01", "li", 25),
		mk("Grants announced", "li", 16),
		mk(body, "p", 0),
	}
	p := &page{meta: Meta{Title: "Harbor town votes"}}
	p.classifyLines(ls)
	want := []lineKind{lineHeadline, lineHeadline, lineByline, lineText, lineClutter, lineClutter, lineClutter, lineText}
	for i, l := range ls {
		if l.kind != want[i] {
			t.Errorf("line %d %q: kind %d, want %d", i, l.Text, l.kind, want[i])
		}
	}
}

func TestSimilarText(t *testing.T) {
	if s := similarText("青石镇图书馆夜间开放满一年", "青石镇图书馆夜间开放满一年 借阅量翻番"); s < 0.75 {
		t.Errorf("headline prefix similarity %.2f", s)
	}
	if s := similarText("Harbor town votes", "Completely different words"); s > 0.3 {
		t.Errorf("unrelated similarity %.2f", s)
	}
}

func TestSrcset(t *testing.T) {
	tests := map[string]string{
		"a.jpg 1x, b.jpg 2x": "b.jpg",
		"https://cdn.example.org/c_fill,w_320/x.jpg 320w, https://cdn.example.org/c_fill,w_800/x.jpg 800w": "https://cdn.example.org/c_fill,w_800/x.jpg",
		"data:image/gif;base64,R0l 1x, /real.png 2x":                                                       "/real.png",
		"": "",
	}
	for in, want := range tests {
		if got := bestFromSrcset(in); got != want {
			t.Errorf("bestFromSrcset(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestImageSource(t *testing.T) {
	tests := []struct{ img, want string }{
		{`<img src="/a.jpg">`, "/a.jpg"},
		{`<img src="/static/blank.gif" data-original="/photos/2024/0305/pic">`, "/photos/2024/0305/pic"},
		{`<img src="data:image/gif;base64,R0l" data-src="//cdn.example.org/p.webp">`, "//cdn.example.org/p.webp"},
		{`<img data-actualsrc="/x/1.png">`, "/x/1.png"},
		{`<img src="/lazy.gif" data-lazy-src="/y.jpg">`, "/y.jpg"},
		{`<img src="data:image/gif;base64,R0l" data-srcset="/s.jpg 300w, /l.jpg 900w">`, "/l.jpg"},
		{`<picture><source srcset="/p-small.avif 400w, /p-big.avif 1600w"><img src="data:image/gif;base64,R0"></picture>`, "/p-big.avif"},
		{`<img src="/placeholder.png"><noscript><img src="/real.jpg"></noscript>`, "/real.jpg"},
	}
	for _, tt := range tests {
		p := pageOf(t, "<html><body><p>"+tt.img+"</p></body></html>")
		var got string
		for _, e := range p.doc.Elems {
			if e.Tag().String() == "img" {
				got = p.imageSource(e)
			}
		}
		if got != tt.want {
			t.Errorf("%s: source %q, want %q", tt.img, got, tt.want)
		}
	}
}

func TestArticleCopyIsClean(t *testing.T) {
	src := `<html><head><title>Clean copy test</title></head><body><div class="post"><h1>Clean copy test</h1>
<p onclick="steal()" style="color:red" data-lede-id="5" class="x">First paragraph of the article, with enough words to be taken for prose by the scorer.</p>
<script>evil()</script><p>Second paragraph, <a href="javascript:void(0)">a script link</a> and <a href="/rel">a relative link</a>, with more words to read.</p>
<img src="data:image/gif;base64,R0" data-src="/pic.jpg" alt="pic" onerror="x()">
<p>Third paragraph closes the article, and it also has a comma, or two, for the score.</p><form><input name="q"></form></div></body></html>`
	_, res := extractHTML(t, src, "https://news.example.org/a/b.html")
	if res.Article == nil {
		t.Fatal("no article copy")
	}
	var b bytes.Buffer
	html.Render(&b, res.Article)
	out := b.String()
	for _, bad := range []string{"onclick", "style=", "data-lede", "class=", "<script", "evil", "javascript:", "onerror", "<form", "<input"} {
		if strings.Contains(out, bad) {
			t.Errorf("copy holds %q: %s", bad, out)
		}
	}
	for _, good := range []string{`src="https://news.example.org/pic.jpg"`, `href="https://news.example.org/rel"`, "First paragraph", "a script link"} {
		if !strings.Contains(out, good) {
			t.Errorf("copy lacks %q: %s", good, out)
		}
	}
}

func TestNextPageAndDirection(t *testing.T) {
	p := pageOf(t, `<html><head><link rel="next" href="/post/another-post/"></head><body><div id="a"><p>text</p><p><a href="/news/123_2.html">下一页</a></p></div></body></html>`)
	p.opt.URL = "https://example.org/news/123.html"
	var unit *dom.Elem
	for _, e := range p.doc.Elems {
		if dom.Attr(e.Node, "id") == "a" {
			unit = e
		}
	}
	if got := p.nextPage([]*dom.Elem{unit}); got != "https://example.org/news/123_2.html" {
		t.Errorf("next page %q", got)
	}
	if d := textDirection([]text.Para{{Text: "هذا نص عربي طويل بما يكفي"}}); d != "rtl" {
		t.Errorf("arabic direction %q", d)
	}
	if d := textDirection([]text.Para{{Text: "plain English"}}); d != "" {
		t.Errorf("english direction %q", d)
	}
}

// TestStandfirstByline: prose right under the headline is a standfirst; the
// byline and date lines after it are still the head of the article (and the
// standfirst between headline and byline is the dek), while a short dated
// line after the body has begun is text.
func TestStandfirstByline(t *testing.T) {
	body := strings.Repeat("This is a paragraph of the article, long enough to be prose. ", 3)
	mk := func(s string) line { return line{Para: text.Para{Text: s, Kind: "p"}, runes: len([]rune(s))} }
	tests := []struct {
		name  string
		lines []string
		want  []lineKind
	}{
		{"standfirst, then byline", []string{"Harbor town votes", body, "November 20, 2019 Maya Ortiz", body, "The vote is on March 5, 2024.", body},
			[]lineKind{lineHeadline, lineHeadline, lineByline, lineText, lineText, lineText}}, // (the standfirst is then the dek)
		{"no headline above the prose", []string{"Other news", body, "November 20, 2019 Maya Ortiz", body},
			[]lineKind{lineText, lineText, lineText, lineText}},
		{"prose, then a dated line in the body", []string{"Harbor town votes", "By Maya Ortiz", body, "The vote is on March 5, 2024.", body},
			[]lineKind{lineHeadline, lineByline, lineText, lineText, lineText}},
	}
	for _, tt := range tests {
		var ls []line
		for _, s := range tt.lines {
			ls = append(ls, mk(s))
		}
		p := &page{meta: Meta{Title: "Harbor town votes"}}
		p.classifyLines(ls)
		for i, l := range ls {
			if l.kind != tt.want[i] {
				t.Errorf("%s: line %d %.30q: kind %d, want %d", tt.name, i, l.Text, l.kind, tt.want[i])
			}
		}
	}
}

func TestMarkLeadBytes(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if (isWordPunct(r) || dom.IsSpace(r)) && !markLeadByte(string(r)[0]) {
			t.Fatalf("U+%04X is a mark or a space but markLeadByte misses its first byte", r)
		}
	}
}

func TestWordPunct(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0}, {"a, b. c", 2}, {", , ,", 0}, {"中文，中文。", 2}, {" 、 、 ", 0}, {"A 、 B 、 C", 2}, {"词！？", 1}, {"x\u00a0, y\xff，", 2},
	}
	for _, tt := range tests {
		if got := wordPunct(tt.in); got != tt.want {
			t.Errorf("wordPunct(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestReadAttrs: the mark stage's one pass over the attributes keeps the
// first of a repeated name, as dom.Attr does.
func TestReadAttrs(t *testing.T) {
	n := &html.Node{Type: html.ElementNode, Attr: []html.Attribute{
		{Key: "class", Val: "story"}, {Key: "href", Val: ""}, {Key: "id", Val: "a"},
		{Key: "class", Val: "ad"}, {Key: "role", Val: "main"}, {Key: "id", Val: "b"},
	}}
	want := elemAttrs{class: "story", id: "a", role: "main", href: true}
	if got := readAttrs(n); got != want {
		t.Errorf("readAttrs = %+v, want %+v", got, want)
	}
}
