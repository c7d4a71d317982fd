//go:build js && wasm

// Command wasm is the GOOS=js GOARCH=wasm bridge between the extension's
// service worker and the Go core. It registers one global object, lede, with
// analyze(html, url) → JSON string, then blocks so the functions stay
// callable. It holds no logic of its own: everything is in internal/.
//
// The result is always a JSON string: the Analysis, or {"error": "..."} when
// the input is unusable or the core failed. A Go panic anywhere in the call
// comes back as such an error; it never kills the runtime.
package main

import (
	"syscall/js"

	"lede/internal/analysis"
)

func main() {
	lede := js.Global().Get("Object").New()
	lede.Set("analyze", js.FuncOf(analyzeJS))
	lede.Set("version", analysis.Version)
	js.Global().Set("lede", lede)
	select {}
}

// analyzeJS is lede.analyze(html, url).
func analyzeJS(_ js.Value, args []js.Value) any {
	return guard(func() string {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return errorJSON("lede.analyze(html, url) needs the page's HTML as a string")
		}
		url := ""
		if len(args) > 1 && args[1].Type() == js.TypeString {
			url = args[1].String()
		}
		return analyzeJSON(args[0].String(), url)
	})
}
