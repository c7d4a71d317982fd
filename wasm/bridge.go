package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"lede/internal/analysis"
)

// analyzeJSON runs the core on src and encodes the result exactly as the
// native command does (no HTML escaping), so native and WASM output compare
// byte for byte.
func analyzeJSON(src, url string) string {
	a, err := analysis.Analyze(src, analysis.Options{URL: url})
	if err != nil {
		return errorJSON(err.Error())
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return errorJSON("cannot encode the analysis: " + err.Error())
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// guard runs f and turns a panic into an error result.
func guard(f func() string) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = errorJSON(fmt.Sprintf("lede: internal error in the WASM bridge: %v", r))
		}
	}()
	return f()
}

func errorJSON(msg string) string {
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{msg})
	return string(b)
}
