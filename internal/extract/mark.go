package extract

// Stage 1 — mark: what every element is before any scoring. Live-page facts
// (not rendered, fixed/sticky overlays) come from the content script's
// data-lede-* attributes; the rest is read from tags, roles, inline styles and
// class/id names. Flags are inherited top-down in one pass over the elements
// in document order; block-ness is computed bottom-up in one reverse pass.

import (
	"strings"

	"lede/internal/dom"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tunables of the mark stage.
var (
	// unlikelyRoles are ARIA roles of page furniture.
	unlikelyRoles = []string{"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search"}
	// unlikelyTags are HTML5 furniture elements, never the article.
	unlikelyTags = []atom.Atom{atom.Nav, atom.Aside, atom.Footer, atom.Dialog, atom.Menu}
	// hiddenStyles in an inline style attribute make an element invisible.
	hiddenStyles = []string{"display:none", "visibility:hidden"}
	// blockTags start a new block of text (everything else is phrasing
	// content unless it contains a block).
	blockTags = atomSet(atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Caption, atom.Center,
		atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr,
		atom.Html, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr, atom.Ul, atom.Legend, atom.Search,
		atom.Option, atom.Select, atom.Textarea, atom.Iframe, atom.Video, atom.Audio, atom.Canvas, atom.Object, atom.Embed)
)

type flag uint32

const (
	fHidden     flag = 1 << iota // not rendered (itself or an ancestor)
	fNonContent                  // script, style, template… (itself or an ancestor)
	fUnlikely                    // furniture by class/id/role/tag (this element only)
	fInUnlikely                  // itself or an ancestor is fUnlikely
	fInLink                      // inside <a href>
	fFixed                       // a fixed/sticky overlay (itself or an ancestor)
	fBlock                       // lays out as a block: a block tag or containing one
	fClutter                     // clutter by class/id even inside an article
	fByline                      // author/date line by class/id/rel/itemprop
	fInCode                      // inside pre or code (never pruned)
	fInTable                     // inside a table (unlikely names are not trusted there)
)

// marks holds the mark stage's result: flags and class info per element index.
type marks struct {
	flags []flag
	class []classInfo
}

func (m *marks) has(e *dom.Elem, f flag) bool { return m.flags[e.Index]&f != 0 }

// mark runs the mark stage.
func mark(doc *dom.Doc, cl *classifier) *marks {
	n := len(doc.Elems)
	m := &marks{flags: make([]flag, n), class: make([]classInfo, n)}
	for _, e := range doc.Elems {
		var f flag
		if p := e.Parent; p != nil {
			f = m.flags[p.Index] & (fHidden | fNonContent | fInUnlikely | fInLink | fFixed | fInCode | fInTable)
			if m.flags[p.Index]&fUnlikely != 0 {
				f |= fInUnlikely
			}
			switch p.Tag() {
			case atom.Pre, atom.Code:
				f |= fInCode
			case atom.Table:
				f |= fInTable
			}
		}
		n := e.Node
		if e.Hidden || isHiddenNode(e) {
			f |= fHidden
		}
		if e.NonContent {
			f |= fNonContent
		}
		if e.Fixed != "" {
			f |= fFixed
		}
		at := readAttrs(n)
		if n.DataAtom == atom.A && at.href {
			f |= fInLink
		}
		ci := cl.classify(at.class, at.id)
		m.class[e.Index] = ci
		if ci.clutter {
			f |= fClutter
		}
		if ci.byline || isBylineAttr(at) {
			f |= fByline
		}
		if ci.popup && !doc.HasLiveIDs && e.Tag() != atom.A && len(e.Children) > 0 && inlineContext(e) {
			// a hover card inside a sentence: hidden by the stylesheet (the
			// live page says so itself through data-lede-hidden)
			f |= fHidden
		}
		if unlikelyElem(e, ci, at.role) && f&(fInCode|fInTable) == 0 {
			f |= fUnlikely
		}
		m.flags[e.Index] = f
	}
	// block-ness bottom-up: children come after their parent in document order
	for i := n - 1; i >= 0; i-- {
		e := doc.Elems[i]
		if blockTags[e.Tag()] {
			m.flags[i] |= fBlock
		}
		if m.flags[i]&fBlock != 0 && e.Parent != nil {
			m.flags[e.Parent.Index] |= fBlock
		}
	}
	return m
}

// inlineContext reports an element sitting inside phrasing content.
func inlineContext(e *dom.Elem) bool {
	if e.Parent == nil {
		return false
	}
	switch e.Parent.Tag() {
	case atom.P, atom.Span, atom.A, atom.Em, atom.Strong, atom.B, atom.I, atom.Li, atom.Td, atom.Dd, atom.Blockquote:
		return true
	}
	return false
}

// elemAttrs are the attributes the mark stage reads, gathered in one pass
// over an element's attributes (the first of each name, as dom.Attr reads).
type elemAttrs struct {
	class, id, role, rel, itemprop string
	href                           bool // an href, even empty
}

func readAttrs(n *html.Node) elemAttrs {
	var at elemAttrs
	// backwards, so that the first of a repeated name is the one kept
	for i := len(n.Attr) - 1; i >= 0; i-- {
		a := &n.Attr[i]
		switch a.Key {
		case "class":
			at.class = a.Val
		case "id":
			at.id = a.Val
		case "role":
			at.role = a.Val
		case "rel":
			at.rel = a.Val
		case "itemprop":
			at.itemprop = a.Val
		case "href":
			at.href = true
		}
	}
	return at
}

func unlikelyElem(e *dom.Elem, ci classInfo, role string) bool {
	switch e.Tag() {
	case atom.Body, atom.Html, atom.A, atom.Main, atom.Article:
		return false
	}
	if ci.quote {
		return false
	}
	for _, t := range unlikelyTags {
		if e.Tag() == t {
			return true
		}
	}
	if role != "" {
		for _, r := range unlikelyRoles {
			if role == r {
				return true
			}
		}
	}
	return ci.unlikely
}

// isHiddenNode reads what HTML says about visibility: the hidden attribute,
// an inline display:none or visibility:hidden, aria-hidden, hidden inputs.
func isHiddenNode(e *dom.Elem) bool {
	for _, a := range e.Node.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" && !strings.Contains(dom.Attr(e.Node, "class"), "fallback-image") {
				return true
			}
		case "style":
			if styleHides(a.Val) {
				return true
			}
		case "type":
			if e.Tag() == atom.Input && strings.EqualFold(a.Val, "hidden") {
				return true
			}
		}
	}
	return false
}

// styleHides scans an inline style for display:none or visibility:hidden
// (spaces and case ignored) without allocating in the common case.
func styleHides(style string) bool {
	if !strings.Contains(style, "none") && !strings.Contains(style, "hidden") && !strings.Contains(style, "NONE") && !strings.Contains(style, "HIDDEN") {
		return false
	}
	var b strings.Builder
	for i := 0; i < len(style); i++ {
		c := style[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	s := b.String()
	for _, h := range hiddenStyles {
		if i := strings.Index(s, h); i >= 0 && (i == 0 || s[i-1] == ';' || s[i-1] == '"' || s[i-1] == '{') {
			return true
		}
	}
	return false
}

func isBylineAttr(at elemAttrs) bool {
	if at.rel == "author" {
		return true
	}
	switch at.itemprop {
	case "author", "creator", "datePublished", "dateModified", "dateCreated":
		return true
	}
	return false
}

func atomSet(as ...atom.Atom) map[atom.Atom]bool {
	m := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		m[a] = true
	}
	return m
}
