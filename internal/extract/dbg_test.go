package extract

import (
	"os"
	"testing"

	"lede/internal/dom"
	"lede/internal/pagefile"
)

func TestDbg(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	src, _ := pagefile.Read(f)
	doc, _ := dom.Parse(src)
	p := &page{doc: doc, body: doc.Body()}
	p.m = mark(doc, newClassifier())
	p.buildBase()
	for _, e := range doc.Elems {
		if p.isFurnitureTitle(e) {
			t.Logf("%s %q parentFirst=%v next=%s", p.describe(e), dom.Text(e.Node), p.firstContent(e.Parent) == e, p.describe(p.nextContentSibling(e)))
		}
	}
}
