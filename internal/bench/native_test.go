package bench

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"lede/internal/analysis"
	"lede/internal/pagefile"
	"lede/internal/wire"

	"golang.org/x/net/html"
)

// The native benchmarks:
//
//	go test ./internal/bench -run '^$' -bench . -benchtime 3x
//
// BenchmarkCorpus analyses every corpus page once per op and reports the
// median and p95 over pages of each page's median time, and allocations per
// page; BenchmarkSize analyses synthetic pages of 0.3 to 10 MB, to show that
// time grows linearly with size. With LEDE_BENCH_OUT set both write their
// data to native.json there.

type corpusEntry struct {
	set, id, src string
}

var (
	corpusOnce  sync.Once
	corpusPages []corpusEntry
	corpusErr   error
)

func loadCorpus(b *testing.B) []corpusEntry {
	dir, ok := CorpusDir()
	if !ok {
		if os.Getenv("CI") != "" {
			b.Fatalf("CI is set but the corpus is not at %s (set LEDE_CORPUS)", dir)
		}
		fmt.Fprintf(os.Stderr, "\n*** SKIPPING %s: no corpus at %s (set LEDE_CORPUS); the synthetic-page benchmarks still run ***\n\n", b.Name(), dir)
		b.Skip("no corpus")
	}
	corpusOnce.Do(func() {
		files, err := filepath.Glob(filepath.Join(dir, "*", "*", "page.html"))
		if err != nil || len(files) == 0 {
			corpusErr = fmt.Errorf("no pages under %s", dir)
			return
		}
		sort.Strings(files)
		for _, f := range files {
			src, err := pagefile.Read(f)
			if err != nil {
				corpusErr = err
				return
			}
			pdir := filepath.Dir(f)
			corpusPages = append(corpusPages, corpusEntry{filepath.Base(filepath.Dir(pdir)), filepath.Base(pdir), src})
		}
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	return corpusPages
}

// native collects what the benchmarks of one `go test` run measured.
var native = struct {
	sync.Mutex
	pages map[string]*NativePage
	order []string
	sizes map[string]NativeSize
	click map[string]float64
}{pages: map[string]*NativePage{}, sizes: map[string]NativeSize{}, click: map[string]float64{}}

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }

// BenchmarkCorpus: one op analyses every corpus page once.
func BenchmarkCorpus(b *testing.B) {
	pages := loadCorpus(b)
	native.Lock()
	if len(native.pages) == 0 { // first call: allocations per page, untimed
		for _, p := range pages {
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			a, err := analysis.Analyze(p.src, analysis.Options{})
			runtime.ReadMemStats(&m1)
			np := &NativePage{Set: p.set, ID: p.id, Bytes: len(p.src), Allocs: m1.Mallocs - m0.Mallocs, AllocBytes: m1.TotalAlloc - m0.TotalAlloc}
			if err != nil {
				np.Error = err.Error()
			} else {
				np.IsArticle = a.IsArticle
			}
			key := p.set + "/" + p.id
			native.pages[key] = np
			native.order = append(native.order, key)
		}
	}
	native.Unlock()
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			t0 := time.Now()
			analysis.Analyze(p.src, analysis.Options{})
			d := time.Since(t0)
			np := native.pages[p.set+"/"+p.id]
			np.Runs = append(np.Runs, ms(d))
		}
	}
	b.StopTimer()
	rep := nativeReport()
	b.ReportMetric(rep.PageMs.P50, "p50-ms/page")
	b.ReportMetric(rep.PageMs.P95, "p95-ms/page")
	b.ReportMetric(rep.PageAllocs.P50, "p50-allocs/page")
	b.ReportMetric(rep.PageMB.P50, "p50-MB/page")
	b.ReportMetric(float64(len(pages)), "pages")
	writeNative(b, rep)
}

// BenchmarkCorpusClick: what a click asks of the core, natively: every
// corpus page in the wire format the content script sends (encoded from the
// parsed page), analysed for the page and encoded as JSON, as the WASM
// bridge does. One op analyses every page once.
func BenchmarkCorpusClick(b *testing.B) {
	pages := loadCorpus(b)
	wires := make([]string, len(pages))
	for i, p := range pages {
		if doc, err := html.Parse(strings.NewReader(p.src)); err == nil {
			wires[i] = wire.Encode(doc)
		}
	}
	runs := make([][]float64, len(pages))
	b.ResetTimer()
	for range b.N {
		for i, w := range wires {
			if w == "" {
				continue
			}
			t0 := time.Now()
			a, err := analysis.Analyze(w, analysis.Options{ForPage: true})
			if err == nil {
				json.Marshal(a.ForPage())
			}
			runs[i] = append(runs[i], ms(time.Since(t0)))
		}
	}
	b.StopTimer()
	native.Lock()
	for i, p := range pages {
		if len(runs[i]) > 0 {
			native.click[p.set+"/"+p.id] = Round(Median(runs[i]))
		}
	}
	native.Unlock()
	rep := nativeReport()
	b.ReportMetric(rep.ClickMs.P50, "p50-ms/page")
	b.ReportMetric(rep.ClickMs.P95, "p95-ms/page")
	writeNative(b, rep)
}

var sizes = []struct {
	name  string
	bytes int
}{
	{"0.3MB", 300 << 10},
	{"1MB", 1 << 20},
	{"3MB", 3 << 20},
	{"5MB", 5 << 20},
	{"10MB", 10 << 20},
}

// synthKinds are the two shapes of synthetic page: a portal page (a long
// news story amid clutter that grows) and a long read (the article grows
// with the page).
var synthKinds = []struct {
	name         string
	articleBytes int
}{{"portal", PortalArticleBytes}, {"long", 0}}

// BenchmarkSize analyses synthetic pages of growing size, English and
// Chinese; ms/MB should stay flat.
func BenchmarkSize(b *testing.B) {
	for _, kind := range synthKinds {
		for _, lang := range []string{"en", "zh"} {
			for _, s := range sizes {
				benchSize(b, kind.name+"/"+lang+"/"+s.name, lang, Synthetic(lang, s.bytes, kind.articleBytes))
			}
		}
	}
	writeNative(b, nativeReport())
}

func benchSize(b *testing.B, name, lang, src string) {
	b.Run(name, func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		var a *analysis.Analysis
		b.ResetTimer()
		for range b.N {
			a, _ = analysis.Analyze(src, analysis.Options{})
		}
		b.StopTimer()
		runtime.ReadMemStats(&m1)
		per := ms(b.Elapsed()) / float64(b.N)
		mb := float64(len(src)) / (1 << 20)
		b.ReportMetric(per/mb, "ms/MB")
		native.Lock()
		native.sizes[name] = NativeSize{Name: name, Lang: lang, Bytes: len(src), Ms: Round(per), MsPerMB: Round(per / mb),
			Allocs: (m1.Mallocs - m0.Mallocs) / uint64(b.N), AllocBytes: (m1.TotalAlloc - m0.TotalAlloc) / uint64(b.N), IsArticle: a != nil && a.IsArticle}
		native.Unlock()
	})
}

func nativeReport() NativeReport {
	native.Lock()
	defer native.Unlock()
	rep := NativeReport{GoVersion: runtime.Version(), GOMAXPROCS: runtime.GOMAXPROCS(0), Load: LoadAverage()}
	var times, allocs, mbs []float64
	for _, k := range native.order {
		p := *native.pages[k]
		if len(p.Runs) == 0 {
			continue
		}
		p.Ms = Round(Median(p.Runs))
		for i, r := range p.Runs {
			p.Runs[i] = Round(r)
		}
		rep.Pages = append(rep.Pages, p)
		times = append(times, p.Ms)
		allocs = append(allocs, float64(p.Allocs))
		mbs = append(mbs, float64(p.AllocBytes)/(1<<20))
	}
	rep.PageMs, rep.PageAllocs, rep.PageMB = NewDist(times), NewDist(allocs), NewDist(mbs)
	var clicks []float64
	for _, v := range native.click {
		clicks = append(clicks, v)
	}
	rep.ClickMs = NewDist(clicks)
	for _, kind := range synthKinds {
		for _, lang := range []string{"en", "zh"} {
			for _, s := range sizes {
				if v, ok := native.sizes[kind.name+"/"+lang+"/"+s.name]; ok {
					rep.Sizes = append(rep.Sizes, v)
				}
			}
		}
	}
	return rep
}

// writeNative merges rep into LEDE_BENCH_OUT/native.json (the two
// benchmarks may run in separate processes).
func writeNative(b *testing.B, rep NativeReport) {
	dir := OutDir()
	if dir == "" {
		return
	}
	var old NativeReport
	if err := ReadJSON(dir, NativeFile, &old); err == nil {
		if len(rep.Pages) == 0 {
			rep.Pages, rep.PageMs, rep.PageAllocs, rep.PageMB = old.Pages, old.PageMs, old.PageAllocs, old.PageMB
		}
		if len(rep.Sizes) == 0 {
			rep.Sizes = old.Sizes
		}
		if rep.ClickMs.N == 0 {
			rep.ClickMs = old.ClickMs
		}
	}
	if err := WriteJSON(dir, NativeFile, rep); err != nil {
		b.Fatal(err)
	}
}
