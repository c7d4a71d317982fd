//go:build js && wasm

// Command wasm is the GOOS=js GOARCH=wasm bridge between the extension's
// service worker and the Go core. It registers one global object, lede, with
// analyze(page, url, options) → JSON string, collect() (a garbage
// collection, which the worker runs after a click) and memory(gc) → JSON, the
// Go heap's statistics, for the bench and for diagnosis, then blocks so the
// functions stay callable. It holds no logic of its own: everything is in internal/.
//
// The result is always a JSON string: the Analysis, or {"error": "..."} when
// the input is unusable or the core failed. A Go panic anywhere in the call
// comes back as such an error; it never kills the runtime.
package main

import (
	"runtime"
	"runtime/debug"
	"syscall/js"

	"lede/internal/analysis"
)

// Garbage collector settings for the one-threaded WASM runtime, measured
// under node over 63 corpus pages and a 5 MB page in the wire format: GOGC
// 200 cuts analysis time by about a tenth against the default 100, for about
// 6 MB more memory on ordinary pages; the soft limit keeps a 5 MB page's
// linear memory (which never shrinks) near 117 MB instead of 230 MB and more
// after a few large pages, at no cost in time.
//
// A click does not collect: analyze turns the collector off while it runs
// (the soft limit still holds a large page in check) and the worker calls
// lede.collect() once the answer has gone. Measured under node over 64 corpus
// pages: the analysis takes 15% less time in sum and at the 95th percentile;
// the collections move to when the reader is looking at the page.
const (
	gcPercent   = 200
	memoryLimit = 96 << 20
)

func main() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
	lede := js.Global().Get("Object").New()
	lede.Set("analyze", js.FuncOf(analyzeJS))
	lede.Set("memory", js.FuncOf(memoryJS))
	lede.Set("collect", js.FuncOf(collectJS))
	lede.Set("version", analysis.Version)
	js.Global().Set("lede", lede)
	select {}
}

// memoryJS is lede.memory(gc): the Go heap's statistics as JSON, after a
// garbage collection when gc is true.
func memoryJS(_ js.Value, args []js.Value) any {
	return memoryJSON(len(args) > 0 && args[0].Truthy())
}

// collectJS is lede.collect(), which the worker calls after a click, when
// nobody waits: a garbage collection if the heap has reached the collector's
// goal, that is when the next allocation (in the next click) would start one.
// Collecting after every click would cost 4–5 ms each time instead of about
// every fourth.
// (runtime.ReadMemStats rather than runtime/metrics, which would add 10 KB
// to the gzipped module.)
func collectJS(js.Value, []js.Value) any {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	if m.HeapAlloc >= m.NextGC {
		runtime.GC()
	}
	return nil
}

// analyzeJS is lede.analyze(page, url, options): page is HTML or the wire
// format content.js sends; options is an optional object: {uiLang: "en" |
// "zh"} (the sidebar's language, default en), forPage: true for the click
// (the page's view of the Analysis: no text, paragraphs or html).
func analyzeJS(_ js.Value, args []js.Value) any {
	return guard(func() string {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return errorJSON("lede.analyze(page, url, options) needs the page (HTML or the wire format) as a string")
		}
		var opt analysis.Options
		if len(args) > 1 && args[1].Type() == js.TypeString {
			opt.URL = args[1].String()
		}
		if len(args) > 2 && args[2].Type() == js.TypeObject {
			if ui := args[2].Get("uiLang"); ui.Type() == js.TypeString {
				opt.UILang = ui.String()
			}
			opt.ForPage = args[2].Get("forPage").Truthy()
		}
		debug.SetGCPercent(-1) // see collectJS
		defer debug.SetGCPercent(gcPercent)
		return analyzeJSON(args[0].String(), opt)
	})
}
