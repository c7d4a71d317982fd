package main

import (
	"encoding/json"
	"strings"
	"testing"

	"lede/internal/analysis"
	"lede/internal/dom"
	"lede/internal/wire"
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

// wirePage is src in the wire format, as content.js sends a page.
func wirePage(t *testing.T, src string) string {
	t.Helper()
	d, err := dom.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return wire.Encode(d.Root)
}

const articlePage = "<html><body><h1>T</h1><article><p>" + "A sentence, with words. A sentence, with words. A sentence, with words. A sentence, with words. A sentence, with words. A sentence, with words. A sentence, with words. A sentence, with words. A sentence, with words. A sentence, with words." + "</p></article></body></html>"

func TestAnalyzeJSON(t *testing.T) {
	tests := []struct {
		name, page string
		wantKey    string
	}{
		{"article", wirePage(t, articlePage), `"version"`},
		{"empty page", wire.Prefix, `"version"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := analyzeJSON(tt.page, analysis.Options{UILang: "zh"})
			if !json.Valid([]byte(out)) || !strings.Contains(out, tt.wantKey) {
				t.Fatalf("analyzeJSON = %.200s", out)
			}
		})
	}
}

func TestAnalyzeJSONForPage(t *testing.T) {
	page := wirePage(t, articlePage)
	var full, view map[string]any
	json.Unmarshal([]byte(analyzeJSON(page, analysis.Options{})), &full)
	json.Unmarshal([]byte(analyzeJSON(page, analysis.Options{ForPage: true})), &view)
	if full["text"] == nil || full["paragraphs"] == nil {
		t.Fatalf("the full Analysis lacks text or paragraphs: %v", full)
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
