package eval

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"lede/internal/analysis"
	"lede/internal/pagefile"
)

// PageResult is one page's outcome.
type PageResult struct {
	Set        string       `json:"set"`
	ID         string       `json:"id"`
	Lang       string       `json:"lang"`
	Error      string       `json:"error,omitempty"`
	IsArticle  bool         `json:"isArticle"`
	Counts     Counts       `json:"counts"`
	F1         float64      `json:"f1"`
	HasBody    bool         `json:"hasBody"`
	Snippets   [2]int       `json:"snippets,omitempty"` // with/without: satisfied, total
	Clutter    []string     `json:"clutterFound,omitempty"`
	FigureMiss []FigureMiss `json:"figureErrors,omitempty"`
	QuoteMiss  []QuoteMiss  `json:"quoteErrors,omitempty"`
	Millis     float64      `json:"ms"`
	figures    [3]int
	quoteDet   PRF
	quoteAttr  PRF
	labelled   bool
}

// Report is what `lede eval` prints.
type Report struct {
	Corpus     string                     `json:"corpus"`
	Pages      int                        `json:"pages"`
	Extraction map[string]ExtractionScore `json:"extraction"` // by set, set/lang and lang
	Snippets   map[string][2]int          `json:"snippets"`   // by set: satisfied, total (with/without gold)
	Clutter    map[string]int             `json:"clutterLinesFound"`
	Figures    map[string]PRF             `json:"figures"` // by lang and "all"
	QuotesDet  map[string]PRF             `json:"quotesDetection"`
	QuotesAttr map[string]PRF             `json:"quotesAttribution"`
	Errors     []string                   `json:"errors,omitempty"`
	MedianMs   float64                    `json:"medianMs"`
	P95Ms      float64                    `json:"p95Ms"`
	Details    []PageResult               `json:"details,omitempty"`
}

// Options for Run.
type Options struct {
	Sets    []string // only these sets (all when empty)
	Details bool     // include per-page results
}

// Run analyses every page of the corpus under dir and scores it.
func Run(dir string, opt Options) (*Report, error) {
	pages, err := Load(dir)
	if err != nil {
		return nil, err
	}
	if len(opt.Sets) > 0 {
		keep := pages[:0]
		for _, p := range pages {
			for _, s := range opt.Sets {
				if p.Set == s {
					keep = append(keep, p)
				}
			}
		}
		pages = keep
	}
	results := make([]PageResult, len(pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = scorePage(pages[i])
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	return summarise(dir, results, opt), nil
}

func scorePage(p Page) PageResult {
	r := PageResult{Set: p.Set, ID: p.ID, Lang: p.Gold.Lang}
	src, err := pagefile.Read(p.HTMLPath())
	if err != nil {
		r.Error = err.Error()
		return r
	}
	t0 := time.Now()
	a, err := analysis.Analyze(src, analysis.Options{URL: p.Gold.URL})
	r.Millis = float64(time.Since(t0).Microseconds()) / 1000
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.IsArticle = a.IsArticle
	pred := a.Text
	if p.Gold.Body != nil {
		r.HasBody = true
		gold := *p.Gold.Body
		// The headline may be present or absent in gold bodies: score our
		// headline with the text when the gold body starts with the headline.
		if first, _, _ := strings.Cut(gold, "\n"); a.Title != "" && similarLine(first, a.Title) {
			pred = a.Title + "\n" + pred
		}
		r.Counts = CompareText(gold, pred)
		pr, _ := r.Counts.Precision()
		rc, _ := r.Counts.Recall()
		if pr+rc > 0 {
			r.F1 = 2 * pr * rc / (pr + rc)
		}
	}
	for _, w := range p.Gold.With {
		r.Snippets[1]++
		if strings.Contains(squash(pred), squash(w)) {
			r.Snippets[0]++
		}
	}
	for _, w := range p.Gold.Without {
		r.Snippets[1]++
		if !strings.Contains(squash(pred), squash(w)) {
			r.Snippets[0]++
		}
	}
	for _, c := range p.Gold.Clutter {
		if strings.Contains(squash(pred), squash(c)) {
			r.Clutter = append(r.Clutter, c)
		}
	}
	if p.Gold.Figures != nil || p.Gold.Quotes != nil {
		r.labelled = true
		tp, fp, fn, miss := CompareFigures(p.Gold, a.Figures)
		r.figures = [3]int{tp, fp, fn}
		r.FigureMiss = miss
		r.quoteDet, r.quoteAttr, r.QuoteMiss = CompareQuotes(p.Gold, a.Quotes)
	}
	return r
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// similarLine reports whether two headlines are the same up to spacing and
// punctuation (one contains the other).
func similarLine(a, b string) bool {
	a, b = squash(a), squash(b)
	if a == "" || b == "" {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

func summarise(dir string, results []PageResult, opt Options) *Report {
	rep := &Report{
		Corpus: dir, Pages: len(results),
		Extraction: map[string]ExtractionScore{}, Snippets: map[string][2]int{}, Clutter: map[string]int{},
		Figures: map[string]PRF{}, QuotesDet: map[string]PRF{}, QuotesAttr: map[string]PRF{},
	}
	groups := map[string][]Counts{}
	empty := map[string]int{}
	var times []float64
	for _, r := range results {
		if r.Error != "" {
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s/%s: %s", r.Set, r.ID, r.Error))
		}
		times = append(times, r.Millis)
		if r.HasBody {
			for _, k := range []string{r.Set, r.Set + "/" + r.Lang, "lang:" + r.Lang} {
				groups[k] = append(groups[k], r.Counts)
				if r.Counts.TP+r.Counts.FP == 0 {
					empty[k]++
				}
			}
		}
		if r.Snippets[1] > 0 {
			s := rep.Snippets[r.Set]
			s[0] += r.Snippets[0]
			s[1] += r.Snippets[1]
			rep.Snippets[r.Set] = s
		}
		if len(r.Clutter) > 0 {
			rep.Clutter[r.Set+"/"+r.ID] = len(r.Clutter)
		}
		if r.labelled {
			for _, k := range []string{r.Lang, "all"} {
				f := rep.Figures[k]
				f.Add(r.figures[0], r.figures[1], r.figures[2])
				rep.Figures[k] = f
				d := rep.QuotesDet[k]
				d.Add(r.quoteDet.TP, r.quoteDet.FP, r.quoteDet.FN)
				rep.QuotesDet[k] = d
				a := rep.QuotesAttr[k]
				a.Add(r.quoteAttr.TP, r.quoteAttr.FP, r.quoteAttr.FN)
				rep.QuotesAttr[k] = a
			}
		}
	}
	for k, cs := range groups {
		rep.Extraction[k] = Aggregate(cs, empty[k])
	}
	for _, m := range []map[string]PRF{rep.Figures, rep.QuotesDet, rep.QuotesAttr} {
		for k, v := range m {
			v.Finish()
			m[k] = v
		}
	}
	sort.Float64s(times)
	if n := len(times); n > 0 {
		rep.MedianMs = times[n/2]
		rep.P95Ms = times[min(n-1, n*95/100)]
	}
	if opt.Details {
		rep.Details = results
	}
	return rep
}
