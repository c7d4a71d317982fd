package quotes

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden is what a testdata article turns into.
type golden struct {
	Quotes []Quote `json:"quotes"`
	Groups Groups  `json:"groups"`
}

// readArticle reads testdata/NAME.LANG.txt: one paragraph a line, "# " marks
// a heading. The articles are written for these tests.
func readArticle(t testing.TB, path string) *text.Doc {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lang := strings.TrimSuffix(filepath.Ext(strings.TrimSuffix(path, ".txt")), "")[1:]
	var paras []text.Para
	for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		p := text.Para{Text: line, Node: i, Kind: "p"}
		if strings.HasPrefix(line, "# ") {
			p.Text, p.Kind = line[2:], "h"
		}
		paras = append(paras, p)
	}
	return text.NewDoc(lang, paras)
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata articles: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d := readArticle(t, path)
			qs := Find(d)
			for _, q := range qs {
				checkRange(t, d, q)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(golden{Quotes: qs, Groups: Group(qs)}); err != nil {
				t.Fatal(err)
			}
			gpath := strings.TrimSuffix(path, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gpath, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from %s (run with -update after checking the change):\n%s", path, gpath, buf.String())
			}
		})
	}
}
