package figures_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"lede/internal/eval"
	"lede/internal/figures"
)

// TestDumpFigures prints the figures of unlabelled corpus pages for review
// (FIG_DUMP=set[:lang]); it does nothing otherwise.
func TestDumpFigures(t *testing.T) {
	sel := os.Getenv("FIG_DUMP")
	if sel == "" {
		t.Skip("set FIG_DUMP=set[:lang] to print figures of corpus pages")
	}
	set, lang, _ := strings.Cut(sel, ":")
	pages, err := eval.Load(corpusDir(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		if p.Set != set || p.Gold.Body == nil || lang != "" && p.Gold.Lang != lang {
			continue
		}
		for _, f := range figures.Find(docFromBody(p.Gold.Lang, *p.Gold.Body)) {
			s := []rune(f.Sentence)
			ctx := f.Sentence
			if len(s) > 70 {
				ctx = string(s[:70])
			}
			fmt.Printf("%s\t%q\t%v\t%v\t%s\t%s\t%s\t%s\t%q\t%q\n", p.ID[:min(10, len(p.ID))], f.Text, f.Value, f.High, f.Unit, f.Kind, f.Qualifier, f.Direction, f.About, ctx)
		}
	}
}
