//go:build js && wasm

package analysis

import (
	"errors"

	"lede/internal/dom"
	"lede/internal/wire"

	"golang.org/x/net/html"
)

// The WASM core (GOOS=js GOARCH=wasm) reads the page only in the wire format
// the content script sends, and makes no article HTML: it links neither
// x/net/html's parser nor tdewolff/minify (see native.go).

// errNotWire is the answer to HTML given to the WASM core.
var errNotWire = errors.New("lede: the WASM core reads the page in the wire format that content.js sends (internal/wire), not HTML; the native command (lede analyze) reads HTML")

// parsePage builds the document from src in the wire format.
func parsePage(src string) (*dom.Doc, error) {
	if !wire.IsWire(src) {
		return nil, errNotWire
	}
	return decodeWire(src)
}

// rendersHTML: the WASM core leaves the html field empty (no article copy
// is made).
const rendersHTML = false

// articleHTML is empty in the WASM core: the html field is native only.
func articleHTML(*html.Node) string { return "" }
