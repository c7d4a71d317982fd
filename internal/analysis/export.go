//go:build !(js && wasm)

package analysis

import (
	"strings"

	"golang.org/x/net/html"
)

// readingCopyStyle is the reading copy's whole stylesheet: one calm column.
const readingCopyStyle = `body{max-width:40em;margin:2.5em auto;padding:0 1.2em;font:19px/1.6 Georgia,"Noto Serif","Songti SC",serif;color:#1f2328;background:#fffdf8}` +
	`h1{font-size:1.8em;line-height:1.25}img,video,iframe{max-width:100%;height:auto}figure{margin:1.5em 0}` +
	`figcaption,footer{font-size:.8em;color:#57606a}a{color:#2f6f4f}footer{margin-top:3em;border-top:1px solid #d0d7de;padding-top:.6em}`

// ReadingCopy is a standalone, minified HTML document with the article of a
// (its html field, so an Analysis made by the native core, not for the page):
// the headline as the title, the article as extracted, a note of where it
// came from. lede export writes it. It is "" when a has no article HTML.
func ReadingCopy(a *Analysis, sourceURL string) string {
	if a == nil || a.HTML == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="` + html.EscapeString(a.Lang) + `" dir="` + html.EscapeString(a.Dir) + `"><head><meta charset="utf-8">`)
	b.WriteString(`<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="generator" content="Lede">`)
	b.WriteString(`<title>` + html.EscapeString(a.Title) + `</title><style>` + readingCopyStyle + `</style></head><body>`)
	b.WriteString(a.HTML)
	var from []string
	for _, s := range []string{a.Site, a.Byline, a.Published} {
		if s != "" {
			from = append(from, html.EscapeString(s))
		}
	}
	if sourceURL != "" {
		u := html.EscapeString(sourceURL)
		from = append(from, `<a href="`+u+`">`+u+`</a>`)
	}
	if len(from) > 0 {
		b.WriteString(`<footer>` + strings.Join(from, " · ") + `</footer>`)
	}
	b.WriteString(`</body></html>`)
	return minifyHTML(b.String())
}
