package main

import (
	"encoding/json"
	"strings"
	"testing"
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
			out := analyzeJSON(tt.html, "")
			if !json.Valid([]byte(out)) || !strings.Contains(out, tt.wantKey) {
				t.Fatalf("analyzeJSON = %.200s", out)
			}
		})
	}
}
