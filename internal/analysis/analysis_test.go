package analysis

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// summary is the stable part of an Analysis that the golden files pin: what
// a reader sees (title, metadata, paragraphs, figures, voices), not node ids
// or timings.
type summary struct {
	IsArticle      bool     `json:"isArticle"`
	Reason         string   `json:"reason,omitempty"`
	Lang           string   `json:"lang"`
	Title          string   `json:"title"`
	Byline         string   `json:"byline"`
	Published      string   `json:"published"`
	ReadingMinutes int      `json:"readingMinutes"`
	Paragraphs     []string `json:"paragraphs"`
	Figures        []string `json:"figures"`
	Quotes         []string `json:"quotes"`
	Pictures       int      `json:"pictures"`
}

func summarise(a *Analysis) summary {
	s := summary{IsArticle: a.IsArticle, Reason: a.Reason, Lang: a.Lang, Title: a.Title, Byline: a.Byline,
		Published: a.Published, ReadingMinutes: a.ReadingMinutes, Pictures: len(a.Pictures)}
	for _, p := range a.Paragraphs {
		t := []rune(p.Text)
		if len(t) > 40 {
			t = append(t[:40], '…')
		}
		s.Paragraphs = append(s.Paragraphs, string(t))
	}
	for _, f := range a.Figures {
		s.Figures = append(s.Figures, f.Text+" | "+f.Kind+" | "+f.Unit)
	}
	for _, q := range a.Quotes {
		t := []rune(q.Text)
		if len(t) > 30 {
			t = append(t[:30], '…')
		}
		s.Quotes = append(s.Quotes, q.Speaker+" | "+q.Kind+" | "+string(t))
	}
	return s
}

// TestGoldenPages runs the whole pipeline on our own sample pages and
// compares what a reader would see with testdata/*.golden.json
// (go test ./internal/analysis -update rewrites them after a reviewed change).
func TestGoldenPages(t *testing.T) {
	pages, _ := filepath.Glob("../../testdata/pages/*.html")
	if len(pages) == 0 {
		t.Fatal("no sample pages under testdata/pages")
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Analyze(string(src), Options{URL: "https://news.example/" + name})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(summarise(a), "", "  ")
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/analysis -update)", err)
			}
			if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
				t.Errorf("%s changed:\n--- got\n%s\n--- want\n%s", name, got, want)
			}
		})
	}
}

func TestReadingMinutes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"empty", "", 0},
		{"one short line", "A few words.", 1},
		{"230 english words is one minute", strings.Repeat("word ", 230), 1},
		{"690 english words is three minutes", strings.Repeat("word ", 690), 3},
		{"255 han characters is one minute", strings.Repeat("字", 255), 1},
		{"1020 han characters is four minutes", strings.Repeat("字", 1020), 4},
		{"mixed: 510 han + 230 words", strings.Repeat("字", 510) + strings.Repeat(" word", 230), 3},
	}
	for _, tt := range tests {
		if got := readingMinutes(tt.text); got != tt.want {
			t.Errorf("%s: readingMinutes = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestBadInput: whatever arrives, Analyze answers with an Analysis or an
// error, never a panic, and a non-article says why.
func TestBadInput(t *testing.T) {
	inputs := map[string]string{
		"empty":          "",
		"text only":      "just some words",
		"binary":         "\x00\x01\x02\xff\xfe<html>\x00",
		"unclosed":       "<html><body><div><p>open <b>bold <i>italic",
		"deep nesting":   strings.Repeat("<div>", 3000) + "<p>deep</p>",
		"only scripts":   "<script>var a = '<p>not text</p>';</script><style>p{}</style>",
		"huge attribute": `<p title="` + strings.Repeat("x", 1<<20) + `">t</p>`,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			a, err := Analyze(in, Options{})
			if err != nil {
				return // a clear error is an acceptable answer
			}
			if !a.IsArticle && a.Reason == "" {
				t.Errorf("a non-article must say why")
			}
			if _, err := json.Marshal(a); err != nil {
				t.Errorf("Analysis does not marshal: %v", err)
			}
		})
	}
}
