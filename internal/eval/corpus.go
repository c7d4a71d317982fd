// Package eval scores Lede against a labelled corpus (see
// ../shared/corpus/FORMAT.md): article extraction with the
// article-extraction-benchmark shingle metric, figures and quotes with the
// project's micro-averaged matching.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Gold is one page's labels.
type Gold struct {
	ID         string       `json:"id"`
	URL        string       `json:"url"`
	Lang       string       `json:"lang"`
	Title      string       `json:"title"`
	Body       *string      `json:"body"`
	Figures    []GoldFigure `json:"figures"`
	NotFigures []string     `json:"not_figures"`
	Quotes     []GoldQuote  `json:"quotes"`
	Clutter    []string     `json:"clutter"`
	With       []string     `json:"with"`
	Without    []string     `json:"without"`
}

// GoldFigure is a labelled figure.
type GoldFigure struct {
	Text      string   `json:"text"`
	Value     *float64 `json:"value"`
	Unit      string   `json:"unit"`
	Kind      string   `json:"kind"`
	Qualifier string   `json:"qualifier"`
	Direction string   `json:"direction"`
	About     string   `json:"about"`
	Optional  bool     `json:"optional"`
}

// GoldQuote is a labelled attribution.
type GoldQuote struct {
	Speaker  string `json:"speaker"`
	Role     string `json:"role"`
	Cue      string `json:"cue"`
	Kind     string `json:"kind"`
	Text     string `json:"text"`
	Optional bool   `json:"optional"`
}

// Page is one corpus page.
type Page struct {
	Set  string // folder of the set, e.g. zyte_aeb
	ID   string // folder of the page
	Dir  string // absolute folder
	Gold Gold
}

// HTMLPath is the page's saved HTML.
func (p Page) HTMLPath() string { return filepath.Join(p.Dir, "page.html") }

// Load reads every <set>/<id>/gold.json under dir, sorted by set and id.
func Load(dir string) ([]Page, error) {
	matches, err := filepath.Glob(filepath.Join(dir, "*", "*", "gold.json"))
	if err != nil {
		return nil, err
	}
	if len(matches) == 0 {
		return nil, fmt.Errorf("no corpus pages (*/*/gold.json) under %s", dir)
	}
	sort.Strings(matches)
	pages := make([]Page, 0, len(matches))
	for _, m := range matches {
		b, err := os.ReadFile(m)
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", m, err)
		}
		pdir := filepath.Dir(m)
		pages = append(pages, Page{Set: filepath.Base(filepath.Dir(pdir)), ID: filepath.Base(pdir), Dir: pdir, Gold: g})
	}
	return pages, nil
}
