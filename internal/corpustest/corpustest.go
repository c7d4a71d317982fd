// Package corpustest locates the shared test corpus (../shared/corpus next to
// the repository, see its FORMAT.md) for tests in any package, and reads its
// pages. The corpus is third-party text and never copied into the repository:
// tests read it in place. When it is missing, tests skip with a clear message
// — except when the CI environment variable is set, where a missing corpus
// fails the test. LEDE_CORPUS overrides the location.
package corpustest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"

	"lede/internal/pagefile"
)

// Page is one corpus page: its set, id, folder and labels.
type Page struct {
	Set, ID, Dir string
	Gold         Gold
}

// Gold holds the labels the tests use (FORMAT.md has them all).
type Gold struct {
	URL        string   `json:"url"`
	Lang       string   `json:"lang"`
	Script     string   `json:"script"` // Hans, Hant for Chinese
	Title      string   `json:"title"`
	Body       *string  `json:"body"`
	Clutter    []string `json:"clutter"`
	With       []string `json:"with"`
	Without    []string `json:"without"`
	Readerable *bool    `json:"readerable"`
	Published  string   `json:"published"`
	Source     string   `json:"source"`
	Site       string   `json:"site"`
}

var (
	once   sync.Once
	dir    string
	dirErr string
)

// Dir returns the corpus folder, or skips the test (fails it under CI) when
// there is none.
func Dir(tb testing.TB) string {
	tb.Helper()
	once.Do(locate)
	if dir == "" {
		if os.Getenv("CI") != "" {
			tb.Fatalf("corpus not found (%s): CI requires ../shared/corpus (or LEDE_CORPUS)", dirErr)
		}
		tb.Skipf("SKIP: corpus not found (%s); corpus tests need ../shared/corpus next to the repository (or LEDE_CORPUS)", dirErr)
	}
	return dir
}

func locate() {
	if d := os.Getenv("LEDE_CORPUS"); d != "" {
		if isCorpus(d) {
			dir = d
			return
		}
		dirErr = "LEDE_CORPUS=" + d + " has no FORMAT.md"
		return
	}
	// the repository root is the folder holding go.mod, above this file
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		dirErr = "cannot locate the repository"
		return
	}
	for d := filepath.Dir(file); ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			c := filepath.Join(filepath.Dir(d), "shared", "corpus")
			if isCorpus(c) {
				dir = c
				return
			}
			dirErr = c + " does not exist"
			return
		}
		if filepath.Dir(d) == d {
			dirErr = "no go.mod above " + file
			return
		}
	}
}

func isCorpus(d string) bool {
	_, err := os.Stat(filepath.Join(d, "FORMAT.md"))
	return err == nil
}

// Pages returns the pages of one set (all sets when set is ""), sorted.
func Pages(tb testing.TB, set string) []Page {
	tb.Helper()
	root := Dir(tb)
	pattern := filepath.Join(root, "*", "*", "gold.json")
	if set != "" {
		pattern = filepath.Join(root, set, "*", "gold.json")
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(files)
	var out []Page
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		d := filepath.Dir(f)
		out = append(out, Page{Set: filepath.Base(filepath.Dir(d)), ID: filepath.Base(d), Dir: d, Gold: g})
	}
	if len(out) == 0 {
		tb.Fatalf("no pages in %s", pattern)
	}
	return out
}

// Get returns one page by set and id.
func Get(tb testing.TB, set, id string) Page {
	tb.Helper()
	d := filepath.Join(Dir(tb), set, id)
	b, err := os.ReadFile(filepath.Join(d, "gold.json"))
	if err != nil {
		tb.Fatalf("corpus page %s/%s: %v", set, id, err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		tb.Fatal(err)
	}
	return Page{Set: set, ID: id, Dir: d, Gold: g}
}

// HTML returns the page's HTML decoded to UTF-8.
func (p Page) HTML(tb testing.TB) string {
	tb.Helper()
	s, err := pagefile.Read(filepath.Join(p.Dir, "page.html"))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}
