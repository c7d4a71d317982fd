package bench

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Shares of a synthetic page's bytes, roughly those of a portal news page:
// the article, the furniture around it (navigation, "most read" lists, ads,
// footer link farm), reader comments, and inline scripts and styles.
const (
	synthArticleShare  = 0.30
	synthCommentsShare = 0.25
	synthScriptShare   = 0.15
	// the rest is furniture

	// PortalArticleBytes is the article of a "portal" synthetic page: a long
	// news story (about 5,000 English words) amid clutter that grows.
	PortalArticleBytes = 40 << 10
)

// Synthetic returns a made-up news page in lang ("en" or "zh") of about size
// bytes (within a few hundred bytes): a headline, a byline, an article whose
// paragraphs carry figures and quotes, and clutter that grows with the page
// (navigation, related lists, ads, comments, scripts). The article takes
// articleBytes, or a fixed share of the page when articleBytes is 0 (a
// "long read": the text stages then see a book-length article). The same
// arguments give the same page. Its text is generated, not copied.
func Synthetic(lang string, size, articleBytes int) string {
	g := &synth{r: rand.New(rand.NewPCG(uint64(size), 7)), zh: lang == "zh"}
	var b strings.Builder
	b.Grow(size + 4096)
	g.b = &b
	title := g.sentence(12)
	title = strings.TrimRight(title, ".。")
	htmlLang := "en"
	if g.zh {
		htmlLang = "zh-CN"
	}
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s - The Daily Example</title>`, htmlLang, title)
	fmt.Fprintf(&b, `<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="%s"><meta property="og:site_name" content="The Daily Example"><meta name="author" content="%s">`, title, g.name())
	b.WriteString(`<link rel="stylesheet" href="/static/site.css"><style>.nav a{color:#333}.ad{min-height:250px}.share li{display:inline-block}</style>`)
	b.WriteString(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + strings.ReplaceAll(title, `"`, ``) + `","datePublished":"2025-03-14T08:00:00Z"}</script></head><body>`)

	scriptBudget := int(float64(size) * synthScriptShare)
	articleBudget := int(float64(size) * synthArticleShare)
	if articleBytes > 0 {
		articleBudget = min(articleBytes, articleBudget)
	}
	commentBudget := int(float64(size) * synthCommentsShare)

	g.nav()
	b.WriteString(`<div class="layout"><main id="main"><article class="story">`)
	fmt.Fprintf(&b, `<h1 class="headline">%s</h1><p class="byline">%s <time datetime="2025-03-14">%s</time></p>`, title, g.byline(), "14 March 2025")
	g.share()
	start := b.Len()
	for i := 0; b.Len()-start < articleBudget; i++ {
		switch {
		case i%9 == 8:
			fmt.Fprintf(&b, `<figure class="photo"><img src="/img/%d.jpg" alt="%s" width="800" height="450" loading="lazy"><figcaption>%s</figcaption></figure>`, i, g.words(5), g.sentence(10))
		case i%13 == 12:
			fmt.Fprintf(&b, `<h2>%s</h2>`, strings.TrimRight(g.sentence(6), ".。"))
		case i%17 == 16:
			g.ad()
		default:
			fmt.Fprintf(&b, `<p>%s</p>`, g.paragraph())
		}
	}
	b.WriteString(`</article>`)
	g.share()
	b.WriteString(`<section class="comments"><h3>Comments</h3>`)
	start = b.Len()
	for i := 0; b.Len()-start < commentBudget; i++ {
		fmt.Fprintf(&b, `<div class="comment" id="c%d"><div class="meta"><a class="user" href="/u/%d">%s</a> <span class="when">%d hours ago</span></div><div class="body">%s</div><div class="actions"><a href="#reply">Reply</a> <a href="#like">Like (%d)</a></div></div>`, i, g.r.IntN(1e6), g.name(), 1+g.r.IntN(23), g.sentence(8+g.r.IntN(20)), g.r.IntN(300))
	}
	b.WriteString(`</section></main><aside class="sidebar">`)
	// Furniture fills what is left, minus the scripts and the footer.
	for b.Len() < size-scriptBudget-2000 {
		g.ad()
		b.WriteString(`<div class="most-read"><h3>Most read</h3><ol>`)
		for i := 0; i < 10; i++ {
			fmt.Fprintf(&b, `<li><a href="/news/%d.html">%s</a></li>`, g.r.IntN(1e7), strings.TrimRight(g.sentence(9), ".。"))
		}
		b.WriteString(`</ol></div>`)
	}
	b.WriteString(`</aside></div><footer class="site-footer"><ul>`)
	for i := 0; i < 24; i++ {
		fmt.Fprintf(&b, `<li><a href="/sitemap/%d">%s</a></li>`, i, g.words(2))
	}
	b.WriteString(`</ul><p class="copyright">© 2025 The Daily Example</p></footer>`)
	for b.Len() < size-40 {
		n := min(8000, size-40-b.Len())
		b.WriteString(`<script>window.__STATE__=`)
		g.blob(n)
		b.WriteString(`;</script>`)
	}
	b.WriteString(`</body></html>`)
	return b.String()
}

type synth struct {
	r  *rand.Rand
	b  *strings.Builder
	zh bool
}

// Made-up vocabularies; the words carry no one's text.
var (
	enWords = strings.Fields(`the city council transport network project budget residents officials plan year quarter
		growth market company shares investors report data analysis local national service public new old first last
		more less higher lower approved announced expected increase decrease costs revenue funding program schools
		hospital river bridge station line route riders passengers fares workers union agreement talks week month
		region province policy energy power grid solar wind storage battery factory jobs wages prices housing rent
		survey study researchers university results evidence model forecast demand supply trade exports imports`)
	enNames = []string{"Alex Morgan", "Priya Natarajan", "Tomás Ruiz", "Wei Chen", "Grace Okafor", "Hannah Schultz", "Omar Haddad", "Lina Berg"}
	enRoles = []string{"the council's finance director", "a spokesperson for the operator", "an economist at the regional bank", "the union's chief negotiator"}
	zhWords = strings.Fields(`市政府 交通 线路 项目 预算 居民 官员 计划 今年 季度 增长 市场 公司 股份 投资者 报告 数据 分析 地方 全国
		服务 公共 新的 首次 最后 更多 更少 提高 降低 批准 宣布 预计 增加 减少 成本 收入 资金 学校 医院 河道 大桥 车站
		乘客 票价 工人 协议 谈判 本周 本月 地区 省份 政策 能源 电网 光伏 风电 储能 电池 工厂 就业 工资 价格 住房 租金
		调查 研究 大学 结果 证据 模型 预测 需求 供应 贸易 出口 进口 企业 发展 改革 推进 建设 城市 农村 社会`)
	zhNames = []string{"王建国", "李晓梅", "张伟", "陈静", "刘洋", "赵敏", "孙立平", "周文"}
	zhRoles = []string{"市交通局局长", "公司新闻发言人", "某研究院首席经济学家", "工会主席"}
)

func (g *synth) word() string {
	if g.zh {
		return zhWords[g.r.IntN(len(zhWords))]
	}
	return enWords[g.r.IntN(len(enWords))]
}

func (g *synth) words(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = g.word()
	}
	if g.zh {
		return strings.Join(parts, "")
	}
	return strings.Join(parts, " ")
}

func (g *synth) name() string {
	if g.zh {
		return zhNames[g.r.IntN(len(zhNames))]
	}
	return enNames[g.r.IntN(len(enNames))]
}

func (g *synth) byline() string {
	if g.zh {
		return "记者 " + g.name()
	}
	return "By " + g.name()
}

// sentence is n words with a figure now and then.
func (g *synth) sentence(n int) string {
	if g.zh {
		s := g.words(n/2) + "，" + g.words(n-n/2)
		if g.r.IntN(3) == 0 {
			s += fmt.Sprintf("，同比增长%d.%d%%", g.r.IntN(40), g.r.IntN(10))
		} else if g.r.IntN(3) == 0 {
			s += fmt.Sprintf("，总投资约%d亿元", 1+g.r.IntN(900))
		}
		return s + "。"
	}
	s := g.words(n)
	s = strings.ToUpper(s[:1]) + s[1:]
	if g.r.IntN(3) == 0 {
		s += fmt.Sprintf(", up %d.%d%% from a year earlier", g.r.IntN(40), g.r.IntN(10))
	} else if g.r.IntN(3) == 0 {
		s += fmt.Sprintf(", at a cost of $%d million", 1+g.r.IntN(900))
	}
	return s + "."
}

// paragraph is three to six sentences, one in three with a quotation.
func (g *synth) paragraph() string {
	var parts []string
	for i, n := 0, 3+g.r.IntN(4); i < n; i++ {
		parts = append(parts, g.sentence(8+g.r.IntN(14)))
	}
	if g.r.IntN(3) == 0 {
		i := g.r.IntN(len(enRoles))
		if g.zh {
			parts = append(parts, fmt.Sprintf("%s%s表示：“%s”", zhRoles[i], g.name(), g.sentence(12)))
		} else {
			parts = append(parts, fmt.Sprintf("“%s” said %s, %s.", strings.TrimSuffix(g.sentence(12), "."), g.name(), enRoles[i]))
		}
	}
	if g.zh {
		return strings.Join(parts, "")
	}
	return strings.Join(parts, " ")
}

func (g *synth) nav() {
	g.b.WriteString(`<header class="masthead"><a class="logo" href="/">The Daily Example</a><nav class="nav" role="navigation"><ul>`)
	for i := 0; i < 14; i++ {
		fmt.Fprintf(g.b, `<li class="nav-item"><a href="/section/%d">%s</a></li>`, i, g.words(1))
	}
	g.b.WriteString(`</ul></nav><form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form></header>`)
}

func (g *synth) share() {
	g.b.WriteString(`<ul class="share"><li><a href="#share-x">Share</a></li><li><a href="#share-mail">Email</a></li><li><a href="#share-copy">Copy link</a></li></ul>`)
}

func (g *synth) ad() {
	fmt.Fprintf(g.b, `<div class="ad ad-slot" id="ad-%d" data-slot="%d"><span class="ad-label">Advertisement</span><a href="https://ads.example.net/click?id=%d"><img src="https://ads.example.net/%d.png" width="300" height="250" alt=""></a></div>`, g.r.IntN(1e6), g.r.IntN(100), g.r.IntN(1e9), g.r.IntN(1e6))
}

// blob writes about n bytes of script data (a JSON-ish state object).
func (g *synth) blob(n int) {
	g.b.WriteString(`{"items":[`)
	end := g.b.Len() + n - 40
	for first := true; g.b.Len() < end; first = false {
		if !first {
			g.b.WriteByte(',')
		}
		fmt.Fprintf(g.b, `{"id":%d,"slug":"%s","score":%d}`, g.r.IntN(1e9), strings.ReplaceAll(g.words(3), " ", "-"), g.r.IntN(1000))
	}
	g.b.WriteString(`]}`)
}
