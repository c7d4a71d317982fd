package extract

// Stage 6b — lines: what each paragraph of the article is. Headlines repeated
// in the body, bylines, datelines and captions stay on the page but are not
// article text (title, byline and date have their own fields, captions go with
// their pictures). Clutter lines — editor lines, disclaimers, copyright,
// "share", "read more", "return to top", runs of bare links — are hidden.

import (
	"strings"
	"unicode/utf8"

	"lede/internal/dom"
	"lede/internal/text"
)

// Tunables of the lines stage.
var (
	// clutterLinePrefixes: a short line starting with one of these is
	// clutter (compared lower-cased, after leading brackets and bullets).
	clutterLinePrefixes = []string{
		"share this", "share on", "share:", "click to share", "subscribe to", "subscribe now", "sign up", "follow us", "follow me",
		"like this story", "read more", "read next", "related:", "related coverage", "related articles", "related stories",
		"see also", "more:", "also read", "advertisement", "advertising", "sponsored", "copyright", "©", "(c) 20", "(c) 19",
		"all rights reserved", "tags:", "post comment", "leave a comment", "back to top", "return to top", "learn more",
		"reading time", "tempo de leitura", "lire aussi", "leia também", "leia mais", "lee también", "chevron_left", "chevron_right",
		"责任编辑", "責任編輯", "责编", "責編", "编辑：", "編輯：", "编辑:", "編輯:", "免责声明", "免責聲明", "免责申明", "免責申明",
		"版权所有", "版權所有", "版权声明", "版權聲明", "返回顶部", "回到顶部", "返回頂部", "回到頂部", "分享到", "分享至", "打印本", "打印 ", "【打印",
		"关闭窗口", "關閉窗口", "字号：", "字號：", "字号:", "【字号", "【字體", "[字号", "点击进入", "點擊進入", "点击浏览", "點擊瀏覽", "点击查看", "點擊查看", "我要评论", "我要評論",
		"发表评论", "發表評論", "相关新闻", "相關新聞", "相关链接", "相關鏈接", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀",
		"推荐阅读", "推薦閱讀", "热门关键词", "关键字", "關鍵字", "关键词", "關鍵詞", "上一页", "上一頁", "下一页", "下一頁", "上一篇", "下一篇",
		"跟贴", "跟帖", "扫描二维码", "扫一扫", "關注我們", "关注我们", "邮箱：", "本篇新闻", "没有相关新闻", "网友评论", "網友評論",
		"进入论坛", "進入論壇", "电话：", "電話：", "传真：", "傳真：", "客服电话", "客服電話", "联系电话", "聯繫電話", "新闻热线", "新聞熱線",
		"请您对", "請您對", "爆料",
		// editor and proofreader lines in other spellings ("编辑|X", "编辑 X 校对 Y")
		"编辑|", "编辑｜", "编辑 ", "編輯|", "編輯｜", "編輯 ", "校对：", "校对:", "校对|", "校对｜", "校对 ", "校對：", "校對:", "校對|", "校對｜", "校對 ",
		// breadcrumbs ("您所在的位置：首页 > 新闻 > 正文")
		"您所在的位置", "您的位置", "当前位置", "當前位置", "所在位置",
	}
	// pagerWords with page numbers and brackets make a pager line
	// ("[1] [2] 下一页", "12下一页", "« Prev 1 2 3 Next »").
	pagerWords      = []string{"下一页", "上一页", "下一頁", "上一頁", "下页", "上页", "首页", "尾页", "末页", "next", "previous", "prev", "older", "newer"}
	pagerLineMaxLen = 60
	// clutterLineWords: a line that is exactly one of these (brackets and
	// punctuation aside) is clutter.
	clutterLineWords = []string{
		"评论", "評論", "收藏", "调查", "調查", "更多", "打印", "分享", "转发", "轉發", "关闭", "關閉", "举报", "舉報", "纠错", "糾錯",
		"comments", "comment", "tags", "share", "print", "email", "e-mail", "advertisement", "ad", "sponsored", "reply", "top",
	}
	// clutterLineParts: a short line containing one of these is clutter.
	clutterLineParts = []string{
		"all rights reserved", "by clicking here", "版权所有", "版權所有", "未经授权", "未經授權", "不得转载", "不得轉載", "禁止转载",
		"转载请注明", "轉載請註明", "跟贴读取中", "盖楼回复", "复制收藏", "责任编辑", "責任編輯", "免责声明", "免責聲明",
		"二维码", "二維碼", "扫码", "掃碼", "微信公众号", "微信公眾號", "关注公众号", "字体：", "字體：", "字号：", "字號：",
		"请进入", "請進入", "更多精彩", "查看更多", "點擊查看更多", "点击查看更多", "请点击", "請點擊", "欢迎订阅", "歡迎訂閱",
		"请下载", "請下載", "下载客户端", "下載客戶端", // app prompts
		"【编辑：", "[编辑：", "【編輯：", "[編輯：", "【编辑:", "[编辑:", // an editor tag after a date line
	}
	// disclaimerParts: a line up to disclaimerPartMaxLen containing one of
	// these is a disclaimer.
	disclaimerPartMaxLen = 160
	disclaimerParts      = []string{"不代表本网", "不代表本站", "不代表本報", "不代表本报", "转载并不代表", "轉載並不代表",
		"不构成投资建议", "不構成投資建議", "如有侵权", "如有侵權", "版权归原作者", "版權歸原作者"}
	// clutterLineSuffixes: a short line ending with one of these is a
	// teaser link or a prompt.
	clutterSuffixMaxLen = 40
	clutterLineSuffixes = []string{">>", "»", "》》", "评分：", "評分：", "人已评", "人已評",
		"> 正文", ">正文", "> 正文", // the end of a breadcrumb
		"编辑)", "编辑）", "編輯)", "編輯）", // "(X 编辑)"
	}
	// clutterLineMaxLen: longer lines are never clutter by pattern (runes);
	// disclaimers run longer.
	clutterLineMaxLen      = 100
	disclaimerMaxLen       = 400
	disclaimerLinePrefixes = []string{"免责声明", "免責聲明", "免责申明", "免責申明", "disclaimer", "声明：", "聲明：", "声明:", "聲明:",
		"特别声明", "特別聲明", "郑重声明", "鄭重聲明", "本站声明", "本站郑重声明", "版权声明", "版權聲明"}

	// bylinePrefixes: a short line at the head or tail of the article
	// starting with one of these is a byline, dateline or source line.
	bylinePrefixes = []string{
		"by ", "published", "updated", "posted", "first published", "last updated", "photo:", "photos:",
		"image:", "images:", "credit:", "photograph:", "additional reporting", "reporting by", "editing by", "written by", "story by",
		"作者：", "作者:", "文/", "文／", "记者", "記者", "发布时间",
		"發布時間", "发表时间", "發表時間", "时间：", "時間：", "更新时间", "更新時間", "最后更新", "最後更新",
		"据《", "據《", "通讯员", "通訊員", "实习生", "實習生", "（记者", "(记者", "（記者", "(記者", "（文", "(文", "[作者", "【作者",
		"本报讯", "本報訊", "原标题", "原標題", "本文原标题", "本文原標題", "原文标题", "原文標題",
	}
	// sourcePrefixes: a source line is a byline above the article; below it,
	// it is the article's own attribution and stays in the text.
	sourcePrefixes = []string{"source:", "sources:", "来源：", "来源:", "來源：", "來源:", "本文来源", "文章来源", "稿源", "（来源", "(来源", "（來源", "(來源",
		"[稿源", "【来源", "【來源", "[来源", "（本文来源", "(本文来源", "(文章来源", "（文章来源"}
	// bylineLineParts: a short line (up to bylineMaxLen/2) at the head or
	// tail of the article holding one of these is a credit line.
	bylineLineParts = []string{"摄影/", "摄影：", "攝影/", "攝影：", "供稿", "供图", "供圖", "编辑/", "编辑：", "編輯/", "編輯：", "通讯员", "通訊員", "文/", "图/", "圖/"}
	// bylineSuffixes: a short line ending with one of these is a dateline.
	bylineSuffixes = []string{"报道", "報導", "報道", "供图", "供圖", "摄", "攝", "报讯", "報訊", "网讯", "網訊", "社讯", "社訊", "日讯", "日訊", "日电", "日電",
		" associated press", " reuters", " ap", " afp", " writer", " staff", ", ap", ", reuters"}
	// bylineMaxLen: longer lines are never bylines (runes).
	bylineMaxLen = 80
	// dateLineMaxLen: a line this short holding a date, with at most
	// dateLineMaxRest other characters, is a dateline.
	dateLineMaxLen  = 60
	dateLineMaxRest = 50 // weighted
	// datePatterns find dates and times in a line (pattern.go; the regular
	// expression each one stands for is beside it).
	datePatterns = []pattern{
		// \d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?
		seq(digits(4, 4), spaces(0), lit("年"), spaces(0), digits(1, 2), spaces(0), lit("月"), optGroup(seq(spaces(0), digits(1, 2), spaces(0), lit("日")))),
		// \b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b
		seq(wordBoundary(), digits(4, 4), runeIn("-/."), digits(1, 2), runeIn("-/."), digits(1, 2), wordBoundary()),
		// \b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b
		seq(wordBoundary(), digits(1, 2), runeIn("-/."), digits(1, 2), runeIn("-/."), digits(2, 4), wordBoundary()),
		// (?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b
		seq(wordBoundary(), group(litFolds(monthAbbrevs...)...), lettersFold("", 0, -1), optional(runeIn(".")), spaces(1), digits(1, 2),
			optGroup(litFolds("st", "nd", "rd", "th")...), optional(runeIn(",")), spaces(1), digits(4, 4), wordBoundary()),
		// (?i)\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b
		seq(wordBoundary(), digits(1, 2), spaces(1), group(litFolds(monthAbbrevs...)...), lettersFold("", 0, -1), optional(runeIn(".")),
			optional(runeIn(",")), spaces(1), digits(4, 4), wordBoundary()),
		// (?i)\b\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\b
		seq(wordBoundary(), digits(1, 2), lit(":"), digits(2, 2), spaces(0), optGroup(litFolds("am", "pm", "a.m.", "p.m.")...), wordBoundary()),
		// (?i)\b\d{1,2}\s+de\s+[a-zç]+\s+de\s+\d{4}\b
		seq(wordBoundary(), digits(1, 2), spaces(1), litFold("de"), spaces(1), lettersFold("ç", 1, -1), spaces(1), litFold("de"), spaces(1), digits(4, 4), wordBoundary()),
	}
	monthAbbrevs = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
	// proseMinLen: a line this long (weighted) with sentence punctuation is
	// article prose; bylines are looked for only before the first and after
	// the last prose line.
	proseMinLen = 80
	// dekMaxLen: a line between the headline and the byline this short
	// (runes) is the dek (subheading), shown but not text.
	dekMaxLen = 300
	// linkRunMin: this many consecutive bare-link lines are a link list.
	linkRunMin = 3
	// linkLineShare: a line this much inside links is a bare link;
	// listLinkShare: a list item this much.
	linkLineShare = 0.85
	listLinkShare = 0.6
	// navLineLinks, navLineShare: a line of this many links making up this
	// much of it is a navigation bar.
	navLineLinks    = 3
	navLineShare    = 0.7
	navLineMaxPunct = 2 // (prose with many linked names has its own punctuation)
	// headlineSimilarity: a line this similar (character bigrams) to the
	// title repeats the headline; it is looked for until a line this long
	// (weighted): the body has begun.
	headlineSimilarity = 0.8
	headlineSearchStop = 400
)

// lineKind is the lines stage's verdict on one paragraph.
type lineKind uint8

const (
	lineText     lineKind = iota // article text
	lineHeadline                 // the headline again: shown, not text
	lineByline                   // byline, dateline, source: shown, not text
	lineCaption                  // picture caption: shown, not text
	lineClutter                  // hidden
)

// line is one paragraph with what the lines stage needs to know about it.
type line struct {
	text.Para
	elem       *dom.Elem
	runes      int
	linkRunes  int
	links      int  // links started in the line
	punct      int  // punctuation outside links
	tags       int  // rel="tag" links
	caption    bool // inside a caption element
	byline     bool // inside an element named as a byline
	kind       lineKind
	han        int // Han characters, once hanCounted (lineWeight)
	hanCounted bool
}

// classifyLines runs the lines stage over the paragraphs in order.
func (p *page) classifyLines(ls []line) {
	title := p.meta.Title
	// the headline: the first line like the title, before any long prose
	headline := -1
	if title != "" {
		for i := range ls {
			if ls[i].runes <= 2*utf8.RuneCountInString(title)+10 && similarText(ls[i].Text, title) >= headlineSimilarity {
				headline = i
				ls[i].kind = lineHeadline
				break
			}
			if lineWeight(&ls[i]) >= headlineSearchStop {
				break
			}
		}
	}
	// before the headline, a line that is one link is the site's: its
	// logo, a section link, a breadcrumb
	for i := 0; i < headline; i++ {
		if l := &ls[i]; l.kind == lineText && l.links == 1 && float64(l.linkRunes) >= linkLineShare*float64(l.runes) {
			l.kind = lineClutter
		}
	}
	first, last := -1, -1
	for i := range ls {
		if i != headline && isProse(&ls[i]) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	// a standfirst: prose right under the headline, then the byline and
	// date lines, then the body; the head of the article, where bylines
	// are looked for, runs to the second prose line
	headEnd, standfirst := first, -1
	if headline >= 0 && first == headline+1 {
		standfirst = first
		for i := first + 1; i < len(ls); i++ {
			if isProse(&ls[i]) {
				headEnd = i
				break
			}
		}
	}
	for i := range ls {
		l := &ls[i]
		if l.runes > disclaimerMaxLen && !l.caption {
			continue // long prose: no pattern applies
		}
		if i == headline {
			continue
		}
		lower := text.ToLower(trimBullets(l.Text))
		if isClutterLine(lower, l.runes) || l.links >= navLineLinks && float64(l.linkRunes) >= navLineShare*float64(l.runes) && l.punct <= navLineMaxPunct ||
			l.tags > 0 && float64(l.linkRunes) >= navLineShare*float64(l.runes) {
			l.kind = lineClutter
			continue
		}
		if l.caption {
			l.kind = lineCaption
			continue
		}
		if i == standfirst {
			continue
		}
		head := first < 0 || i < headEnd
		if !head && i <= last {
			continue // inside the article body bylines are not looked for
		}
		source := hasAnyPrefix(strings.TrimLeft(lower, "(（[【"), sourcePrefixes)
		if (head || i > last && !source) && l.byline && l.runes <= bylineMaxLen || (head || i > last) && isBylineLine(lower, l.runes) {
			l.kind = lineByline
		}
		if head && l.runes <= bylineMaxLen && hasAnyPrefix(lower, sourcePrefixes) {
			l.kind = lineByline
		}
	}
	// a dek: the line between the headline and the byline
	for i := 0; i+2 < len(ls); i++ {
		if ls[i].kind == lineHeadline && ls[i+1].kind == lineText && ls[i+2].kind == lineByline && ls[i+1].runes <= dekMaxLen {
			ls[i+1].kind = lineHeadline
			break
		}
	}
	// a picture page: with no prose at all, the captions are the article
	if first < 0 {
		for i := range ls {
			if ls[i].kind == lineCaption {
				ls[i].kind = lineText
			}
		}
	}
	// runs of bare links, unless they are most of what there is on a page
	// without prose
	total := 0
	for i := range ls {
		if ls[i].kind == lineText {
			total += ls[i].runes
		}
	}
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && (ls[j].kind == lineText || ls[j].kind == lineByline) && isBareLink(&ls[j]) {
			j++
		}
		run := 0
		for k := i; k < j; k++ {
			run += ls[k].runes
		}
		if j-i >= linkRunMin && (first >= 0 || 2*run < total) {
			for k := i; k < j; k++ {
				ls[k].kind = lineClutter
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

func isProse(l *line) bool {
	if l.Kind == "h" || l.caption {
		return false
	}
	if lineWeight(l) < proseMinLen || float64(l.linkRunes) > 0.5*float64(l.runes) {
		return false
	}
	return strings.ContainsAny(l.Text, ".,;!?。，；！？、")
}

func isBareLink(l *line) bool {
	if l.runes == 0 || l.runes > clutterLineMaxLen || 3*l.linkRunes < l.runes {
		return false
	}
	if l.Kind == "li" && float64(l.linkRunes) >= listLinkShare*float64(l.runes) {
		return true // a list item of a link and its source
	}
	return float64(l.linkRunes) >= linkLineShare*float64(l.runes-dateLen(l.Text))
}

// dateLen is the length in runes of the dates in s.
func dateLen(s string) int {
	n := 0
	for _, pat := range datePatterns[:3] {
		pat.findAll(s, func(start, end int) { n += utf8.RuneCountInString(s[start:end]) })
	}
	return n
}

func trimBullets(s string) string {
	return strings.TrimLeft(s, " •·■□▪►▶>»›*-–—|[【（(「")
}

// The line part lists, as bits of what lineParts finds.
const (
	lClutterLinePart = 1 << iota
	lDisclaimerPart
)

// lineParts matches a line against clutterLineParts and disclaimerParts
// in one pass.
var lineParts = lazyAutomaton{lists: func() map[uint8][]string {
	return map[uint8][]string{lClutterLinePart: clutterLineParts, lDisclaimerPart: disclaimerParts}
}}

func isClutterLine(lower string, runes int) bool {
	if runes <= disclaimerMaxLen {
		for _, w := range disclaimerLinePrefixes {
			if strings.HasPrefix(lower, w) {
				return true
			}
		}
	}
	if runes > max(disclaimerPartMaxLen, clutterLineMaxLen) {
		return false
	}
	parts := lineParts.get().find(lower)
	if runes <= disclaimerPartMaxLen && parts&lDisclaimerPart != 0 {
		return true
	}
	if runes > clutterLineMaxLen {
		return false
	}
	for _, w := range clutterLineSuffixes {
		if strings.HasSuffix(lower, w) && runes <= clutterSuffixMaxLen {
			return true
		}
	}
	for _, w := range clutterLinePrefixes {
		if strings.HasPrefix(lower, w) {
			return true
		}
	}
	if parts&lClutterLinePart != 0 {
		return true
	}
	if isPagerLine(lower, runes) {
		return true
	}
	bare := strings.Trim(lower, " []【】()（）<>《》:：.。!！|")
	for _, w := range clutterLineWords {
		if bare == w {
			return true
		}
	}
	return false
}

// bylineName reports whether s (lower-cased, after "by ") starts like a
// name rather than a phrase ("by the numbers", "by 2030").
func bylineName(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	if w == "" || w[0] >= '0' && w[0] <= '9' {
		return false
	}
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "his", "her", "my", "far", "then", "now", "way", "all", "any", "some", "many", "most", "design", "default", "day", "night":
		return false
	}
	return true
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func isBylineLine(lower string, runes int) bool {
	if runes > bylineMaxLen {
		return false
	}
	for _, w := range bylinePrefixes {
		if strings.HasPrefix(lower, w) {
			return w != "by " || bylineName(lower[3:])
		}
	}
	if runes <= bylineMaxLen/2 {
		for _, w := range bylineLineParts {
			if strings.Contains(lower, w) {
				return true
			}
		}
	}
	t := strings.TrimRight(lower, " )）】]>.。")
	for _, w := range bylineSuffixes {
		if strings.HasSuffix(t, w) && runes <= bylineMaxLen/2 {
			return true
		}
	}
	if runes <= dateLineMaxLen {
		for _, pat := range datePatterns {
			if start, end := pat.find(lower); start >= 0 && weightOf(lower[:start])+weightOf(lower[end:]) <= dateLineMaxRest {
				return true
			}
		}
	}
	return false
}

// similarText is the Dice coefficient of the character bigrams of a and b,
// ignoring case, spaces and punctuation.
func similarText(a, b string) float64 {
	ra, rb := normRunes(a), normRunes(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	if string(ra) == string(rb) {
		return 1
	}
	if len(ra) < 2 || len(rb) < 2 {
		return 0
	}
	if len(ra) > 3*len(rb) || len(rb) > 3*len(ra) {
		return 0
	}
	grams := make(map[[2]rune]int, len(ra))
	for i := 0; i+1 < len(ra); i++ {
		grams[[2]rune{ra[i], ra[i+1]}]++
	}
	shared := 0
	for i := 0; i+1 < len(rb); i++ {
		g := [2]rune{rb[i], rb[i+1]}
		if grams[g] > 0 {
			grams[g]--
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(ra)-1+len(rb)-1)
}

func normRunes(s string) []rune {
	out := make([]rune, 0, utf8.RuneCountInString(s))
	for _, r := range text.ToLower(s) {
		if dom.IsSpace(r) || dom.IsPunct(r) || strings.ContainsRune("\"'“”‘’「」『』《》()（）[]【】-–—|_:：·•", r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// applyKeepRoles gives the lines of kept headline and byline blocks their
// kind: the keep stage already knows what those blocks are.
func applyKeepRoles(ls []line, units []*dom.Elem, roles map[*dom.Elem]keepRole) {
	if len(roles) == 0 {
		return
	}
	for i := range ls {
		l := &ls[i]
		for _, u := range units {
			if !u.Contains(l.elem) {
				continue
			}
			switch roles[u] {
			case keepHeadline:
				l.kind = lineHeadline
			case keepByline:
				if l.kind == lineText {
					l.kind = lineByline
				}
			case keepImage:
				if l.kind == lineText {
					l.kind = lineCaption // the text of a lead picture's box
				}
			}
			break
		}
	}
}

func isHanRune(r rune) bool { return dom.IsHan(r) }

// weightOf is the weighted length of s: Han characters count triple, spaces
// nothing.
func weightOf(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case dom.IsSpace(r):
		case isHanRune(r):
			n += 1 + hanExtraWeight
		default:
			n++
		}
	}
	return n
}

// isPagerLine reports a line of page numbers and pager words.
func isPagerLine(lower string, runes int) bool {
	if runes > pagerLineMaxLen {
		return false
	}
	rest, found := lower, false
	for _, w := range pagerWords {
		if strings.Contains(rest, w) {
			rest = strings.ReplaceAll(rest, w, " ")
			found = true
		}
	}
	if !found {
		return false
	}
	for _, r := range rest {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(" \u00a0[]【】()（）<>《》«»‹›|.…-–—:：,，/第页頁共", r)) {
			return false
		}
	}
	return true
}
