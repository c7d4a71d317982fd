package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/internal/corpustest"
	"lede/internal/eval"
)

func TestAnalyzeCommand(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"analyze", "-url", "https://news.example.org/a.html", "../../extract/testdata/zh-portal.html"}, &out); err != nil {
		t.Fatal(err)
	}
	var a struct {
		IsArticle bool   `json:"isArticle"`
		Title     string `json:"title"`
		Text      string `json:"text"`
	}
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if !a.IsArticle || a.Title != "青石镇图书馆夜间开放满一年 借阅量翻番" || !strings.Contains(a.Text, "短评。") {
		t.Errorf("analyze: %+v", a)
	}
	if err := run([]string{"analyze"}, &out); err == nil {
		t.Error("analyze without a file must fail")
	}
}

func TestEvalMarkdownCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	corpus := corpustest.Dir(t)
	doc := filepath.Join(t.TempDir(), "extraction.md")
	os.WriteFile(doc, []byte("# Scores\n\nkept text\n"), 0o644)
	for i := 0; i < 2; i++ { // twice: the second run replaces the first table
		if err := run([]string{"eval", "-corpus", corpus, "-set", "seed", "-markdown", doc}, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(doc)
	s := string(b)
	if !strings.HasPrefix(s, "# Scores\n\nkept text\n") || strings.Count(s, eval.MarkdownBegin) != 1 || !strings.Contains(s, "| seed | 1.0000 |") {
		t.Errorf("markdown file:\n%s", s)
	}
}

// TestAnalyzeUILang: -ui chooses the language of the sidebar's view-model.
func TestAnalyzeUILang(t *testing.T) {
	page := filepath.Join("..", "..", "..", "testdata", "pages", "sample-zh.html")
	for _, tt := range []struct{ ui, want string }{{"en", "CN¥"}, {"zh", "亿元"}} {
		var out bytes.Buffer
		if err := run([]string{"analyze", "-ui", tt.ui, page}, &out); err != nil {
			t.Fatal(err)
		}
		var a struct {
			Sidebar struct {
				Lang    string
				Figures []struct{ Rows []struct{ Value string } }
			}
		}
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if a.Sidebar.Lang != tt.ui || len(a.Sidebar.Figures) == 0 || !strings.Contains(a.Sidebar.Figures[0].Rows[0].Value, tt.want) {
			t.Errorf("-ui %s: sidebar %+v", tt.ui, a.Sidebar)
		}
	}
	if err := run([]string{"analyze", "-ui", "fr", page}, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "-ui") {
		t.Errorf("-ui fr: err = %v, want a clear message", err)
	}
}

// TestExportCommand: export writes a standalone, minified reading copy of
// the article, with links resolved against -url; a page that is not an
// article is refused.
func TestExportCommand(t *testing.T) {
	page := filepath.Join("..", "..", "..", "testdata", "pages", "sample-en.html")
	out := filepath.Join(t.TempDir(), "copy.html")
	if err := run([]string{"export", "-url", "https://news.example.org/tram.html", "-o", out, page}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`<!doctype html><html lang="en" dir="ltr">`, `<meta charset="utf-8">`,
		`<title>Harbourside tram line carries 2 million riders in its first year</title>`,
		`href="https://news.example.org/authors/mara-ellison"`, "2.04 million passengers", `<a href="https://news.example.org/tram.html">`} {
		if !strings.Contains(s, want) {
			t.Errorf("the reading copy lacks %q", want)
		}
	}
	for _, clutter := range []string{"<script", "<nav", "\n\n"} {
		if strings.Contains(s, clutter) {
			t.Errorf("the reading copy holds %q (clutter, or not minified)", clutter)
		}
	}
	notArticle := filepath.Join("..", "..", "..", "testdata", "pages", "not-article.html")
	if err := run([]string{"export", notArticle}, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "not look like an article") {
		t.Errorf("export of a page that is not an article: %v", err)
	}
}
