package extract

// Stage 7 — pictures: the article's images with their captions, lazy sources
// resolved.

import (
	"net/url"
	"strings"

	"lede/internal/dom"
)

// pictures lists the images of the visible article.
func (p *page) pictures(o *outcome, units []*dom.Elem, extra []bool) []Picture { return nil }

// resolveURL resolves ref against base (ref unchanged when either fails).
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || base == "" {
		return ref
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}
