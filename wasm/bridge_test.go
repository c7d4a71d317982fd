package main

import (
	"encoding/json"
	"strings"
	"testing"

	"lede/internal/analysis"
)

func TestGuardTurnsPanicIntoError(t *testing.T) {
	out := guard(func() string { panic("boom") })
	var r struct{ Error string }
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("guard result is not JSON: %q", out)
	}
	if !strings.Contains(r.Error, "boom") {
		t.Fatalf("guard error = %q, want it to mention the panic", r.Error)
	}
}

func TestAnalyzeJSON(t *testing.T) {
	tests := []struct {
		name, html string
		wantKey    string
	}{
		{"article", "<html><body><h1>T</h1><article><p>" + strings.Repeat("A sentence, with words. ", 30) + "</p></article></body></html>", `"version"`},
		{"empty", "", `"version"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := analyzeJSON(tt.html, analysis.Options{UILang: "zh"})
			if !json.Valid([]byte(out)) || !strings.Contains(out, tt.wantKey) {
				t.Fatalf("analyzeJSON = %.200s", out)
			}
		})
	}
}

func TestAnalyzeJSONForPage(t *testing.T) {
	page := "<html><body><h1>T</h1><article><p>" + strings.Repeat("A sentence, with words. ", 30) + "</p></article></body></html>"
	var full, view map[string]any
	json.Unmarshal([]byte(analyzeJSON(page, analysis.Options{})), &full)
	json.Unmarshal([]byte(analyzeJSON(page, analysis.Options{ForPage: true})), &view)
	if full["text"] == nil || full["html"] == nil {
		t.Fatalf("the full Analysis lacks text or html: %v", full)
	}
	if view["text"] != nil || view["html"] != nil || view["paragraphs"] != nil || view["title"] != full["title"] || view["root"] != full["root"] || view["sidebar"] == nil {
		t.Fatalf("the page's view = %v", view)
	}
}

func TestMemoryJSON(t *testing.T) {
	var m struct{ HeapAlloc, Sys uint64 }
	if err := json.Unmarshal([]byte(memoryJSON(true)), &m); err != nil || m.HeapAlloc == 0 || m.Sys < m.HeapAlloc {
		t.Fatalf("memoryJSON = %s (%v)", memoryJSON(false), err)
	}
}
