package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"

	"lede/internal/analysis"
)

// analyzeJSON runs the core on src and encodes the result exactly as the
// native command does (no HTML escaping), so native and WASM output compare
// byte for byte. With opt.ForPage it encodes the content script's view of it
// (analysis.PageView), which leaves out what the page does not show.
func analyzeJSON(src string, opt analysis.Options) string {
	a, err := analysis.Analyze(src, opt)
	if err != nil {
		return errorJSON(err.Error())
	}
	var v any = a
	if opt.ForPage {
		v = a.ForPage()
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
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

// memoryJSON reports the Go heap: what is live (heapAlloc), what the heap
// holds from the system (heapSys) and everything the runtime holds (sys),
// in bytes, and the number of collections so far.
func memoryJSON(gc bool) string {
	if gc {
		runtime.GC()
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b, _ := json.Marshal(struct {
		HeapAlloc    uint64 `json:"heapAlloc"`
		HeapInuse    uint64 `json:"heapInuse"`
		HeapSys      uint64 `json:"heapSys"`
		HeapReleased uint64 `json:"heapReleased"`
		Sys          uint64 `json:"sys"`
		NumGC        uint32 `json:"numGC"`
	}{m.HeapAlloc, m.HeapInuse, m.HeapSys, m.HeapReleased, m.Sys, m.NumGC})
	return string(b)
}
