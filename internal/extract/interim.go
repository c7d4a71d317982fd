package extract

// INTERIM: a minimal paragraph-density extractor so the pipeline runs end to
// end. The extraction work (issues 2 and 3) replaces this file.

import (
	"strings"

	"lede/internal/dom"
	"lede/internal/text"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Extract runs the extraction stages on doc.
func Extract(doc *dom.Doc, opt Options) *Result {
	res := &Result{Root: -1}
	res.Meta = readMeta(doc)
	score := map[*dom.Elem]float64{}
	for _, e := range doc.Elems {
		if e.Node.DataAtom != atom.P || e.TextLen < 20 {
			continue
		}
		s := 1 + float64(e.Punct) + float64(e.TextLen)/100
		if e.Parent != nil {
			score[e.Parent] += s
			if e.Parent.Parent != nil {
				score[e.Parent.Parent] += s / 2
			}
		}
	}
	var best *dom.Elem
	for e, s := range score {
		s *= 1 - e.LinkDensity()
		score[e] = s
		if best == nil || s > score[best] || (s == score[best] && e.Index < best.Index) {
			best = e
		}
	}
	if best == nil {
		res.Reason = "no article text found"
		return res
	}
	res.IsArticle = true
	res.Root = best.ID
	for e := best; e.Parent != nil; e = e.Parent {
		for _, s := range e.Parent.Children {
			if s != e && s.Node.DataAtom != atom.Head {
				res.Hide = append(res.Hide, s.ID)
			}
		}
	}
	for _, e := range doc.Elems {
		if best.Contains(e) && e != best && (e.Node.DataAtom == atom.P || e.Node.DataAtom == atom.H2 || e.Node.DataAtom == atom.H3 || e.Node.DataAtom == atom.Li) {
			res.Paras = append(res.Paras, text.Para{Text: nodeText(e.Node), Node: e.ID, Kind: "p"})
		}
	}
	res.Article = best.Node
	return res
}

func readMeta(doc *dom.Doc) Meta {
	var m Meta
	for _, e := range doc.Elems {
		switch e.Node.DataAtom {
		case atom.Html:
			m.Lang = dom.Attr(e.Node, "lang")
			m.Dir = dom.Attr(e.Node, "dir")
		case atom.Title:
			if m.Title == "" {
				m.Title = strings.TrimSpace(nodeText(e.Node))
			}
		case atom.H1:
			if t := strings.TrimSpace(nodeText(e.Node)); t != "" && !strings.Contains(m.Title, t) {
				m.Title = t
			} else if t != "" {
				m.Title = t
			}
		}
	}
	return m
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
