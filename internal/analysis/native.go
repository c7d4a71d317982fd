//go:build !(js && wasm)

package analysis

import (
	"bytes"
	"fmt"

	"lede/internal/dom"
	"lede/internal/wire"

	"github.com/tdewolff/minify/v2"
	minhtml "github.com/tdewolff/minify/v2/html"
	"golang.org/x/net/html"
)

// This file is the native core's part of the pipeline, left out of the WASM
// build (GOOS=js GOARCH=wasm): reading pages as HTML (x/net/html's parser)
// and the html field (rendering and tdewolff/minify, whose root package also
// links net/http). The click sends the wire format and shows no article
// HTML, so the module does without them: 0.75 MB less gzipped, and a faster
// worker start (minify's entity table alone took 45 ms to initialise).

// rendersHTML: the native core makes the html field.
const rendersHTML = true

// parsePage builds the document from src: the wire format, or HTML.
func parsePage(src string) (*dom.Doc, error) {
	if wire.IsWire(src) {
		return decodeWire(src)
	}
	doc, err := dom.Parse(src)
	if err != nil {
		return nil, fmt.Errorf("lede: cannot parse the page: %w", err)
	}
	return doc, nil
}

var minifier = func() *minify.M {
	m := minify.New()
	m.Add("text/html", &minhtml.Minifier{KeepDocumentTags: false, KeepEndTags: true, KeepQuotes: true})
	return m
}()

// articleHTML renders the article copy n and minifies it. On a minifier
// error the unminified HTML is returned: losing whitespace savings is better
// than losing the article.
func articleHTML(n *html.Node) string {
	var raw bytes.Buffer
	if err := html.Render(&raw, n); err != nil {
		return ""
	}
	return minifyHTML(raw.String())
}

// minifyHTML minifies an HTML string (the string itself on an error).
func minifyHTML(s string) string {
	var out bytes.Buffer
	if err := minifier.Minify("text/html", &out, bytes.NewBufferString(s)); err != nil {
		return s
	}
	return out.String()
}
