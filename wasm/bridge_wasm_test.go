//go:build js && wasm

package main

import (
	"encoding/json"
	"strings"
	"testing"

	"lede/internal/analysis"
)

// TestWasmCoreTakesWireOnly: the WASM core reads the wire format only (it
// links no HTML parser) and makes no article HTML (no minifier).
func TestWasmCoreTakesWireOnly(t *testing.T) {
	var r struct{ Error string }
	if err := json.Unmarshal([]byte(analyzeJSON(articlePage, analysis.Options{})), &r); err != nil || !strings.Contains(r.Error, "wire format") {
		t.Errorf("HTML given to the WASM core: %q (%v), want an error naming the wire format", r.Error, err)
	}
	var full map[string]any
	json.Unmarshal([]byte(analyzeJSON(wirePage(t, articlePage), analysis.Options{})), &full)
	if full["html"] != "" {
		t.Errorf("the WASM core's html field = %.100v, want it empty", full["html"])
	}
}
