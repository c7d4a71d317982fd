package extract

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"lede/internal/corpustest"
	"lede/internal/dom"
)

// The patterns of pattern.go and the regular expressions they stand for:
// both must find the same matches, at the same places, in any text.
var patternRegexps = []struct {
	name string
	pat  pattern
	re   *regexp.Regexp
}{
	{"date zh", datePatterns[0], regexp.MustCompile(`\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?`)},
	{"date ymd", datePatterns[1], regexp.MustCompile(`\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b`)},
	{"date dmy", datePatterns[2], regexp.MustCompile(`\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b`)},
	{"date month day year", datePatterns[3], regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b`)},
	{"date day month year", datePatterns[4], regexp.MustCompile(`(?i)\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b`)},
	{"time", datePatterns[5], regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\b`)},
	{"date de", datePatterns[6], regexp.MustCompile(`(?i)\b\d{1,2}\s+de\s+[a-zç]+\s+de\s+\d{4}\b`)},
	{"date time", dateTime, regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?`)},
	{"page number", pageNumber, regexp.MustCompile(`(?i)([_-]p?\d{1,3}\.[a-z]{2,5}$|[_-]p?\d{1,3}\.[a-z]{2,5}[?#]|/(page/)?\d{1,3}/?$|[?&](page|p|pg|pagenum|pn)=\d{1,3}\b)`)},
}

// samePatternResults fails when pat and re disagree on s: the first match,
// every match, and (for the date-time pattern) the groups.
func samePatternResults(t *testing.T, name string, pat pattern, re *regexp.Regexp, s string) bool {
	t.Helper()
	start, end := pat.find(s)
	var got []int
	if start >= 0 {
		got = []int{start, end}
	}
	if want := re.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("%s: find(%q) = %v, regexp %v", name, s, got, want)
		return false
	}
	if pat.matchString(s) != re.MatchString(s) {
		t.Errorf("%s: matchString(%q) = %v, regexp %v", name, s, pat.matchString(s), re.MatchString(s))
		return false
	}
	var all [][]int
	pat.findAll(s, func(a, b int) { all = append(all, []int{a, b}) })
	if want := re.FindAllStringIndex(s, -1); !reflect.DeepEqual(all, want) {
		t.Errorf("%s: findAll(%q) = %v, regexp %v", name, s, all, want)
		return false
	}
	if n := re.NumSubexp(); name == "date time" {
		if got, want := pat.submatches(s, n), re.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: submatches(%q) = %q, regexp %q", name, s, got, want)
			return false
		}
	}
	return true
}

var patternExamples = []string{
	"2024年1月18日", "2024 年 01 月 8 日 10:30", "发布时间：2024-01-26 15:02:33 来源：新华网", "2024/1/2", "12.31.2024", "1-2-24", "01-02-12345",
	"Jan 5, 2024", "January 15th, 2024", "SEPT. 3 2023", "sept 30th 2024", "5 March 2024", "15 Dec., 2023", "Updated 10:45 a.m. ET", "9:05PM",
	"12:30 p.m.", "3 de março de 2024", "12 DE Çedilha DE 2020", "11:59pmx", "KELVIN: 2 ſep 2024", "5 \u212Aan 2024", "sep_2024 1",
	"https://example.org/news/2024/story_2.html", "/a/b-p3.shtml?x=1", "/page/4/", "/4", "?page=2", "&PN=12&x", "/story-12.HTML#top", "/p_1234.html",
	"/a/b_12.h", "?pagenum=3a", "?p=12_", "", "年", "2024年", "2024年13月", "1999-12-31T23:59", "x2024-01-02", "2024-01-02x",
}

func TestPatternsMatchTheirRegexps(t *testing.T) {
	for _, tc := range patternRegexps {
		for _, s := range patternExamples {
			samePatternResults(t, tc.name, tc.pat, tc.re, s)
		}
	}
}

// TestPatternsRandom compares the patterns with their regexps on random
// strings over an alphabet of what they look for (digits, separators,
// month names, folds), where the near misses are.
func TestPatternsRandom(t *testing.T) {
	pieces := []string{"0", "1", "2", "9", "12", "2024", "31", " ", "  ", "\t", "\n", "\v", "\u00a0", "-", "/", ".", "_", "?", "#", "&", "=", ",", ":", "：",
		"年", "月", "日", "时", "分", "a", "m", "p", "s", "t", "h", "d", "e", "x", "A", "M", "P", "S", "K", "\u212A", "\u017F", "ç", "Ç", "é",
		"jan", "Sep", "sept", "DEC", "may", "st", "nd", "th", "am", "p.m.", "A.M.", "de", "page", "page/", "pn", "pg", "pagenum", "html", "HTM", "号"}
	// Strings of characters: numbers with separators of every kind.
	chars := []string{"0", "1", "2", "3", "9", "0", "1", "2", "4", "5", " ", " ", "-", "/", ".", "-", "/", ".", ":", "：", "年", "月", "日", "时", "分", "a", "m", "p", "_", "?", "=", "#", "x"}
	rng := rand.New(rand.NewSource(6))
	n := 40000
	if testing.Short() {
		n = 4000
	}
	for i := 0; i < n; i++ {
		var b strings.Builder
		switch i % 3 {
		case 0:
			for k := rng.Intn(12); k >= 0; k-- {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
		case 1:
			for k := rng.Intn(24); k >= 0; k-- {
				b.WriteString(chars[rng.Intn(len(chars))])
			}
		case 2: // an example with a few characters replaced, inserted or deleted
			r := []rune(patternExamples[rng.Intn(len(patternExamples))])
			for k := rng.Intn(4); k >= 0 && len(r) > 0; k-- {
				at := rng.Intn(len(r))
				c := []rune(chars[rng.Intn(len(chars))])[0]
				switch rng.Intn(3) {
				case 0:
					r[at] = c
				case 1:
					r = append(r[:at], append([]rune{c}, r[at:]...)...)
				case 2:
					r = append(r[:at], r[at+1:]...)
				}
			}
			b.WriteString(string(r))
		}
		s := b.String()
		for _, tc := range patternRegexps {
			if !samePatternResults(t, tc.name, tc.pat, tc.re, s) {
				return
			}
		}
	}
}

// TestPatternsOnCorpus compares them on every text line and link address of
// the corpus pages.
func TestPatternsOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	for _, pg := range corpustest.Pages(t, "") {
		doc, err := dom.Parse(pg.HTML(t))
		if err != nil {
			t.Fatal(err)
		}
		lines := map[string]bool{}
		for _, e := range doc.Elems {
			if h := dom.Attr(e.Node, "href"); h != "" {
				lines[h] = true
			}
			if len(e.Children) == 0 && e.TextLen > 0 && e.TextLen < 200 {
				s := dom.Text(e.Node)
				lines[s], lines[strings.ToLower(s)] = true, true
			}
		}
		for s := range lines {
			if !strings.ContainsAny(s, "0123456789") {
				continue // every pattern needs a digit
			}
			for _, tc := range patternRegexps {
				if !samePatternResults(t, tc.name+" on "+pg.Set+"/"+pg.ID, tc.pat, tc.re, s) {
					return
				}
			}
		}
	}
}

// FuzzPatterns: go test ./internal/extract -fuzz FuzzPatterns
func FuzzPatterns(f *testing.F) {
	for _, s := range []string{"2024年1月18日 10:30", "Jan 5th, 2024", "3 de março de 2024", "/page/2/", "?pn=3", "a_p12.html#x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tc := range patternRegexps {
			samePatternResults(t, tc.name, tc.pat, tc.re, s)
		}
	})
}
