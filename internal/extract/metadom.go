package extract

// Stage 5b — metadata from the page's text, when JSON-LD and meta tags are
// silent: the byline, dateline and source lines the lines stage found
// ("作者：X", "记者 X", "By X", "来源：X", "2024年1月18日", "2024-01-26 15:02").

import (
	"strings"
	"unicode"

	"lede/internal/text"
)

// Tunables of text metadata.
var (
	// bylineNameLeads precede an author's name.
	bylineNameLeads = []string{"作者：", "作者:", "文／", "文/", "记者：", "记者:", "記者：", "記者:", "记者", "記者", "撰文：", "撰稿：", "by "}
	// sourceLeads precede a source (publisher) name.
	sourceLeads = []string{"文章来源：", "文章来源:", "本文来源：", "本文来源:", "来源：", "来源:", "來源：", "來源:", "稿源：", "稿源:", "source:"}
	// nameStops end a name: what commonly follows it on the same line.
	nameStops = []string{" ", "　", "|", "｜", "/", "／", "，", ",", "(", "（", "[", "【", "发布", "來源", "来源", "时间", "時間", "编辑", "責任", "责任", "·", "•", "—", "-"}
	// maxNameLen bounds a name (runes).
	maxNameLen = 40
	// minPublishedYear: a date line's date before this year is a date the
	// page talks about (a birth date in an encyclopaedia's key facts), not
	// when the page was published: the web is younger.
	minPublishedYear = "1991"
	// dateTime finds a date, with an optional time, in a line (pattern.go):
	// (\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?
	dateTime = seq(capture(1, digits(4, 4)), spaces(0), runeIn("-/.年"), spaces(0), capture(2, digits(1, 2)), spaces(0), runeIn("-/.月"), spaces(0),
		capture(3, digits(1, 2)), spaces(0), optional(runeIn("日")),
		optGroup(seq(spaces(0), capture(4, digits(1, 2)), spaces(0), runeIn(":：时"), spaces(0), capture(5, digits(2, 2)),
			optGroup(seq(spaces(0), runeIn(":：分"), spaces(0), capture(6, digits(2, 2)))))))
	dateTimeGroups = 6
)

// metaFromLines fills what the metadata stage left empty from the byline and
// headline-zone lines.
func metaFromLines(ls []line, m *Meta) {
	for i := range ls {
		l := &ls[i]
		if l.kind == lineText && i >= len(ls)-2 && m.Site == "" {
			// a source line closing the article: "(来源：X)"
			if n := nameAfter(strings.Trim(l.Text, "()（）[]【】"), sourceLeads); n != "" {
				m.Site = strings.TrimRight(n, ")）]】")
			}
		}
		if l.kind != lineByline && l.kind != lineHeadline {
			continue
		}
		t := l.Text
		if m.Published == "" {
			if d := findDateTime(t); d != "" && d[:4] >= minPublishedYear {
				m.Published = d
			}
		}
		if m.Byline == "" {
			if n := nameAfter(t, bylineNameLeads); n != "" {
				m.Byline = n
			}
		}
		if m.Site == "" {
			if n := nameAfter(t, sourceLeads); n != "" {
				m.Site = n
			}
		}
	}
}

// findDateTime returns the first date (and time) in s as YYYY-MM-DD[ HH:MM[:SS]].
func findDateTime(s string) string {
	m := dateTime.submatches(s, dateTimeGroups)
	if m == nil {
		return ""
	}
	out := m[1] + "-" + pad2(m[2]) + "-" + pad2(m[3])
	if m[4] != "" {
		out += " " + pad2(m[4]) + ":" + m[5]
		if m[6] != "" {
			out += ":" + m[6]
		}
	}
	return out
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// nameAfter returns the name following one of leads in s.
func nameAfter(s string, leads []string) string {
	lower := text.ToLower(s)
	for _, lead := range leads {
		i := strings.Index(lower, lead)
		if i < 0 {
			continue
		}
		if lead == "by " && i > 0 && !unicode.IsSpace(rune(lower[i-1])) {
			continue
		}
		rest := strings.TrimLeft(s[i+len(lead):], " 　:：")
		end := len(rest)
		for _, stop := range nameStops {
			if j := strings.Index(rest, stop); j >= 0 && j < end {
				// Latin names have spaces: stop at a space only after a CJK name
				if stop == " " && !startsCJK(rest) {
					continue
				}
				end = j
			}
		}
		name := strings.TrimSpace(rest[:end])
		if name != "" && len([]rune(name)) <= maxNameLen && !dateTime.matchString(name) {
			return name
		}
	}
	return ""
}

func startsCJK(s string) bool {
	for _, r := range s {
		return isHanRune(r)
	}
	return false
}
