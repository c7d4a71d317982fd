package extract

import (
	"lede/internal/dom"

	"golang.org/x/net/html"
)

// articleCopy builds the cleaned copy of the article for the html field.
func (p *page) articleCopy(o *outcome, parts []*dom.Elem, extra []bool) *html.Node { return nil }
