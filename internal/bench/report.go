package bench

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// Targets of issue 6, in milliseconds, bytes and ratios.
const (
	TargetWarmP50      = 60
	TargetWarmP95      = 150
	TargetCold         = 400
	TargetRatio        = 1.5
	TargetNativeP50    = 10
	TargetNativeP95    = 30
	TargetNative5MB    = 300
	TargetWasmGzip     = 2_000_000
	TargetWasmHeap5MB  = 128 << 20
	targetLinearSpread = 1.5 // max/min ms per MB over the sizes of one shape and language
)

// Summary is summary.json: the headline numbers of one bench run.
type Summary struct {
	WarmP50 float64 `json:"warm_p50_ms"`
	WarmP95 float64 `json:"warm_p95_ms"`
	// The warm click to the frame that shows the whole sidebar (its items
	// below the first screenful follow the first frame), per page median.
	CompleteP50 float64 `json:"sidebar_complete_p50_ms,omitempty"`
	CompleteP95 float64 `json:"sidebar_complete_p95_ms,omitempty"`
	Cold        float64 `json:"cold_ms"` // median of the first clicks after a browser start
	ColdN       int     `json:"cold_n"`
	ColdIdle    float64 `json:"cold_after_idle_ms,omitempty"`
	// Lede over Readability.js on the same page in the same browser, per
	// page, the median over pages, in four forms. Like for like ("walk and
	// analysis"): the content script's DOM walk plus the WASM analysis, over
	// Readability.js's parse (which also walks a clone of the page); the
	// click ("click") adds injection, two messages, applying the result,
	// the sidebar and a frame, which a parse does not include. First run:
	// Lede's first click on the page over Readability.js's first parse
	// there, what a reader meets on each page; warm: the median of Lede's
	// clicks over the median of Readability.js's later parses.
	// RatioMedian (ratio_readability_median) is like for like, first run.
	RatioMedian           float64 `json:"ratio_readability_median"`
	RatioWorkWarmMedian   float64 `json:"ratio_walk_and_analysis_readability_warm_median,omitempty"`
	RatioClickFirstMedian float64 `json:"ratio_click_readability_first_median,omitempty"`
	RatioClickWarmMedian  float64 `json:"ratio_click_readability_warm_median,omitempty"`
	ReadP50               float64 `json:"readability_p50_ms,omitempty"`       // warm parse
	ReadFirstP50          float64 `json:"readability_first_p50_ms,omitempty"` // first parse on the page
	// FirstClickP50 is Lede's first click on each page (the worker and the
	// core warm from other pages), the median over pages.
	FirstClickP50 float64 `json:"first_click_p50_ms,omitempty"`
	NativeP50     float64 `json:"native_p50_ms"`
	NativeP95     float64 `json:"native_p95_ms"`
	NativePages   int     `json:"native_pages"`
	// The core's part of a click, natively: pages in the wire format,
	// analysed for the page, JSON out.
	NativeClickP50 float64 `json:"native_click_p50_ms,omitempty"`
	NativeClickP95 float64 `json:"native_click_p95_ms,omitempty"`
	Native5MB      float64 `json:"native_5mb_ms,omitempty"` // portal page, the slower language
	// NativeMsPerMB is ms per MB of the synthetic pages by shape/lang/size.
	NativeMsPerMB map[string]float64 `json:"native_ms_per_mb,omitempty"`
	WasmRaw       int64              `json:"wasm_raw_bytes"`
	WasmGzip      int64              `json:"wasm_gzip_bytes"`
	// The module's code section by Go package (largest first) and its data
	// section, from a build with function names.
	WasmCodeBytes     int        `json:"wasm_code_bytes,omitempty"`
	WasmDataBytes     int        `json:"wasm_data_bytes,omitempty"`
	WasmCodeByPackage []WasmCode `json:"wasm_code_by_package,omitempty"`
	// The WASM core after a 5 MB page: its linear memory (the browser's
	// cost; it never shrinks), the Go heap right after, and after a GC.
	WasmMemory5MB   uint64             `json:"wasm_memory_after_5mb_bytes,omitempty"`
	GoHeap5MB       uint64             `json:"go_heap_after_5mb_bytes,omitempty"`
	GoHeapAfterGC   uint64             `json:"go_heap_after_gc_bytes,omitempty"`
	Pages           int                `json:"pages"`
	PhasesP50       map[string]float64 `json:"warm_phases_p50_ms"`
	PhasesP95       map[string]float64 `json:"warm_phases_p95_ms"`
	Browser         string             `json:"browser,omitempty"`
	ReadabilityJS   string             `json:"readability_version,omitempty"`
	ClickErrors     int                `json:"click_errors"`
	NotCleanClicks  int                `json:"not_clean_clicks"` // clicks that showed a notice
	ColdWorkerAlive int                `json:"cold_worker_running"`
	LoadAverage     string             `json:"load_average,omitempty"` // at the browser bench's start and end
}

// Summarise computes the summary of a run (either report may be nil).
func Summarise(nat *NativeReport, br *BrowserReport, wasmRaw, wasmGzip int64) Summary {
	s := Summary{WasmRaw: wasmRaw, WasmGzip: wasmGzip, PhasesP50: map[string]float64{}, PhasesP95: map[string]float64{}}
	if nat != nil {
		s.NativeP50, s.NativeP95, s.NativePages = nat.PageMs.P50, nat.PageMs.P95, nat.PageMs.N
		s.NativeClickP50, s.NativeClickP95 = nat.ClickMs.P50, nat.ClickMs.P95
		s.NativeMsPerMB = map[string]float64{}
		for _, z := range nat.Sizes {
			s.NativeMsPerMB[z.Name] = z.MsPerMB
			if strings.HasPrefix(z.Name, "portal/") && strings.HasSuffix(z.Name, "/5MB") {
				s.Native5MB = math.Max(s.Native5MB, z.Ms)
			}
		}
	}
	if br == nil {
		return s
	}
	s.Browser, s.ReadabilityJS = br.Browser, br.Readability
	s.LoadAverage = br.LoadStart + " → " + br.LoadEnd
	var warm, complete, read, readFirst, firstClick []float64
	var ratioWorkFirst, ratioWorkWarm, ratioClickFirst, ratioClickWarm []float64
	var warmClicks []Click
	for _, p := range br.Pages {
		if p.Error != "" && len(p.Clicks) == 0 {
			s.ClickErrors++
			continue
		}
		if p.Error != "" {
			s.ClickErrors++
		}
		for _, c := range p.Clicks {
			if c.Outcome != "clean" {
				s.NotCleanClicks++
			}
		}
		warm = append(warm, p.WarmMs)
		if p.Warm.CompleteMs > 0 {
			complete = append(complete, p.Warm.CompleteMs)
		}
		warmClicks = append(warmClicks, p.Warm)
		if len(p.Clicks) > 0 {
			firstClick = append(firstClick, p.Clicks[0].TotalMs)
		}
		if p.ReadabilityMs > 0 {
			read = append(read, p.ReadabilityMs)
			ratioClickWarm = append(ratioClickWarm, p.WarmMs/p.ReadabilityMs)
			ratioWorkWarm = append(ratioWorkWarm, (p.Warm.SerialiseMs+p.Warm.WasmMs)/p.ReadabilityMs)
		}
		if p.ReadabilityFirstMs > 0 && len(p.Clicks) > 0 {
			first := p.Clicks[0]
			readFirst = append(readFirst, p.ReadabilityFirstMs)
			ratioClickFirst = append(ratioClickFirst, first.TotalMs/p.ReadabilityFirstMs)
			ratioWorkFirst = append(ratioWorkFirst, (first.SerialiseMs+first.WasmMs)/p.ReadabilityFirstMs)
		}
	}
	s.Pages = len(warm)
	s.WarmP50, s.WarmP95 = Round(Median(warm)), Round(Quantile(warm, 0.95))
	if len(complete) > 0 {
		s.CompleteP50, s.CompleteP95 = Round(Median(complete)), Round(Quantile(complete, 0.95))
	}
	s.FirstClickP50 = Round(Median(firstClick))
	s.ReadP50, s.ReadFirstP50 = Round(Median(read)), Round(Median(readFirst))
	s.RatioMedian, s.RatioWorkWarmMedian = Round(Median(ratioWorkFirst)), Round(Median(ratioWorkWarm))
	s.RatioClickFirstMedian, s.RatioClickWarmMedian = Round(Median(ratioClickFirst)), Round(Median(ratioClickWarm))
	for _, ph := range Phases {
		xs := make([]float64, len(warmClicks))
		for i, c := range warmClicks {
			xs[i] = ph.Get(c)
		}
		s.PhasesP50[ph.Name], s.PhasesP95[ph.Name] = Round(Median(xs)), Round(Quantile(xs, 0.95))
	}
	s.Cold, s.ColdN = Round(Median(clickTotals(br.Cold))), len(clickTotals(br.Cold))
	for _, c := range br.Cold {
		if c.Click.WorkerRunning != nil && *c.Click.WorkerRunning {
			s.ColdWorkerAlive++
		}
	}
	if idle := clickTotals(br.ColdAfterIdle); len(idle) > 0 {
		s.ColdIdle = Round(Median(idle))
	}
	if m := br.Memory; m != nil && m.Error == "" {
		s.WasmMemory5MB, s.GoHeap5MB, s.GoHeapAfterGC = m.AfterGC.WasmMemoryBytes, m.After.HeapAlloc, m.AfterGC.HeapAlloc
	}
	sanitize(&s)
	return s
}

// sanitize turns NaN (no data) into 0 so the JSON encodes.
func sanitize(s *Summary) {
	for _, f := range []*float64{&s.WarmP50, &s.WarmP95, &s.Cold, &s.ColdIdle, &s.RatioMedian, &s.RatioWorkWarmMedian, &s.RatioClickFirstMedian,
		&s.RatioClickWarmMedian, &s.ReadP50, &s.ReadFirstP50, &s.FirstClickP50, &s.NativeP50, &s.NativeP95} {
		if math.IsNaN(*f) {
			*f = 0
		}
	}
	for _, m := range []map[string]float64{s.PhasesP50, s.PhasesP95} {
		for k, v := range m {
			if math.IsNaN(v) {
				m[k] = 0
			}
		}
	}
}

func clickTotals(cs []ColdClick) []float64 {
	var xs []float64
	for _, c := range cs {
		if c.Error == "" {
			xs = append(xs, c.Click.TotalMs)
		}
	}
	return xs
}

// coldPhases is the per-phase median of cold clicks.
func coldPhases(cs []ColdClick) map[string]Dist {
	out := map[string]Dist{}
	for _, ph := range Phases {
		var xs []float64
		for _, c := range cs {
			if c.Error == "" {
				xs = append(xs, ph.Get(c.Click))
			}
		}
		out[ph.Name] = NewDist(xs)
	}
	return out
}

// PrintTable writes the human-readable report.
func PrintTable(w io.Writer, s Summary, nat *NativeReport, br *BrowserReport) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	mark := func(ok bool) string {
		if ok {
			return "ok  "
		}
		return "MISS"
	}
	if br != nil {
		en, zh := 0, 0
		for _, pg := range br.Pages {
			if pg.Lang == "zh" {
				zh++
			} else {
				en++
			}
		}
		p("\nBrowser: %s, %d corpus pages (%d en, %d zh), warm clicks per page: %d; Readability.js %s; load average %s at the start, %s at the end\n",
			br.Browser, len(br.Pages), en, zh, clicksPerPage(br), orNone(br.Readability), br.LoadStart, br.LoadEnd)
		cold, idle := coldPhases(br.Cold), coldPhases(br.ColdAfterIdle)
		p("\n%-14s %21s   %21s   %21s\n", "phase (ms)", "warm (page medians)", fmt.Sprintf("cold start (n=%d)", s.ColdN), fmt.Sprintf("after idle (n=%d)", len(clickTotals(br.ColdAfterIdle))))
		p("%-14s %10s %10s   %10s %10s   %10s %10s\n", "", "p50", "p95", "p50", "p95", "p50", "p95")
		for _, ph := range Phases {
			p("%-14s %10.1f %10.1f   %10.1f %10.1f   %10.1f %10.1f\n", ph.Name, s.PhasesP50[ph.Name], s.PhasesP95[ph.Name], cold[ph.Name].P50, cold[ph.Name].P95, idle[ph.Name].P50, idle[ph.Name].P95)
		}
		stages := map[string][]float64{}
		for _, pg := range br.Pages {
			for k, v := range pg.Warm.CoreStages {
				stages[k] = append(stages[k], v)
			}
		}
		if len(stages) > 0 {
			p("\nThe core's stages in WASM (warm, ms, p50 / p95 over pages):")
			for _, k := range []string{"parse", "extract", "quotes", "figures", "sidebar", "total"} {
				if xs := stages[k]; len(xs) > 0 {
					p(" %s %.1f / %.1f;", k, Median(xs), Quantile(xs, 0.95))
				}
			}
			p("\n")
		}
		var read, readFirst []float64
		for _, pg := range br.Pages {
			if pg.ReadabilityMs > 0 {
				read = append(read, pg.ReadabilityMs)
				readFirst = append(readFirst, pg.ReadabilityFirstMs)
			}
		}
		if len(read) > 0 {
			p("\nReadability.js parse, same pages: first run on the page p50 %.1f, p95 %.1f ms; warm p50 %.1f, p95 %.1f ms. Lede's first click on the page p50 %.1f ms\n",
				Median(readFirst), Quantile(readFirst, 0.95), Median(read), Quantile(read, 0.95), s.FirstClickP50)
			p("Lede / Readability.js per page, median over pages:      first run   warm\n")
			p("  walk + WASM analysis / parse (like for like)          %9.2f %6.2f\n", s.RatioMedian, s.RatioWorkWarmMedian)
			p("  click → clean page and sidebar painted / parse        %9.2f %6.2f\n", s.RatioClickFirstMedian, s.RatioClickWarmMedian)
		}
		if m := br.Memory; m != nil {
			if m.Error != "" {
				p("\nWASM memory: %s\n", m.Error)
			} else {
				p("\nWASM memory around a %.0f MB page (click %.0f ms, %s): Go heap %s → %s, after GC %s; linear memory %s → %s (never shrinks)\n",
					float64(m.PageBytes)/(1<<20), m.ClickMs, m.Outcome, mib(m.Before.HeapAlloc), mib(m.After.HeapAlloc), mib(m.AfterGC.HeapAlloc), mib(m.Before.WasmMemoryBytes), mib(m.AfterGC.WasmMemoryBytes))
			}
		}
		if s.ClickErrors > 0 || s.NotCleanClicks > 0 {
			p("Clicks: %d pages with errors, %d clicks showed a notice instead of the clean page\n", s.ClickErrors, s.NotCleanClicks)
		}
	}
	if nat != nil {
		p("\nNative core (%s, GOMAXPROCS %d, load average %s): %d corpus pages, per page p50 %.2f ms, p95 %.2f ms, max %.1f ms; allocations p50 %.0f (%.2f MB)\n",
			nat.GoVersion, nat.GOMAXPROCS, nat.Load, nat.PageMs.N, nat.PageMs.P50, nat.PageMs.P95, nat.PageMs.Max, nat.PageAllocs.P50, nat.PageMB.P50)
		if nat.ClickMs.N > 0 {
			p("  the click's part (wire format in, the page's view as JSON out): p50 %.2f ms, p95 %.2f ms\n", nat.ClickMs.P50, nat.ClickMs.P95)
		}
		if len(nat.Sizes) > 0 {
			p("%-22s %10s %10s %10s %8s\n", "synthetic page", "bytes", "ms", "ms/MB", "alloc MB")
			for _, z := range nat.Sizes {
				p("%-22s %10d %10.1f %10.1f %8.0f\n", z.Name, z.Bytes, z.Ms, z.MsPerMB, float64(z.AllocBytes)/(1<<20))
			}
		}
	}
	p("\nlede.wasm: %s raw, %s gzipped\n", mb(s.WasmRaw), mb(s.WasmGzip))
	if len(s.WasmCodeByPackage) > 0 {
		p("code section %d bytes, data section %d bytes; code by package (largest function):\n", s.WasmCodeBytes, s.WasmDataBytes)
		for _, c := range s.WasmCodeByPackage[:min(len(s.WasmCodeByPackage), 20)] {
			largest := c.Largest
			if len(largest) > 60 {
				largest = largest[:57] + "..."
			}
			p("  %8d %5.1f%%  %-38s %s (%d)\n", c.Bytes, 100*float64(c.Bytes)/float64(s.WasmCodeBytes), c.Package, largest, c.LargeN)
		}
	}

	p("\nTargets:\n")
	if br != nil {
		p("  %s warm p50 %.1f ms (≤ %d), p95 %.1f ms (≤ %d)\n", mark(s.WarmP50 <= TargetWarmP50 && s.WarmP95 <= TargetWarmP95), s.WarmP50, TargetWarmP50, s.WarmP95, TargetWarmP95)
		if s.CompleteP95 > 0 {
			p("  %s the whole sidebar (its items below the first screenful follow the first frame) p50 %.1f ms, p95 %.1f ms (≤ %d)\n",
				mark(s.CompleteP95 <= TargetWarmP95), s.CompleteP50, s.CompleteP95, TargetWarmP95)
		}
		p("  %s cold first click %.1f ms (≤ %d, pages near 300 KB, n=%d; worker already running at the click in %d)\n", mark(s.ColdN > 0 && s.Cold <= TargetCold), s.Cold, TargetCold, s.ColdN, s.ColdWorkerAlive)
		if s.ColdIdle > 0 {
			p("  %s click after the idle worker was stopped %.1f ms (≤ %d)\n", mark(s.ColdIdle <= TargetCold), s.ColdIdle, TargetCold)
		}
		p("  %s ratio to Readability.js median %.2f (≤ %.1f; goal ≤ 1.0): walk + analysis over parse, first run on the page\n",
			mark(s.RatioMedian > 0 && s.RatioMedian <= TargetRatio), s.RatioMedian, TargetRatio)
		// The same target read literally: the whole click (injection, two
		// messages, apply, sidebar, a frame) over the parse alone.
		p("  %s ratio of the whole click to Readability.js's parse, median %.2f first run, %.2f warm (≤ %.1f)\n",
			mark(s.RatioClickFirstMedian > 0 && s.RatioClickFirstMedian <= TargetRatio && s.RatioClickWarmMedian <= TargetRatio),
			s.RatioClickFirstMedian, s.RatioClickWarmMedian, TargetRatio)
		if s.WasmMemory5MB > 0 {
			p("  %s WASM memory after a 5 MB page %s (≤ %s); Go heap after GC %s\n", mark(s.WasmMemory5MB <= TargetWasmHeap5MB), mib(s.WasmMemory5MB), mib(TargetWasmHeap5MB), mib(s.GoHeapAfterGC))
		}
	}
	if nat != nil {
		p("  %s native p50 %.2f ms (≤ %d), p95 %.2f ms (≤ %d)\n", mark(s.NativeP50 <= TargetNativeP50 && s.NativeP95 <= TargetNativeP95), s.NativeP50, TargetNativeP50, s.NativeP95, TargetNativeP95)
		if s.Native5MB > 0 {
			p("  %s native 5 MB portal page %.0f ms (≤ %d)\n", mark(s.Native5MB <= TargetNative5MB), s.Native5MB, TargetNative5MB)
		}
		for _, shape := range []string{"portal/en", "portal/zh", "long/en", "long/zh"} {
			lo, hi := math.Inf(1), 0.0
			for _, z := range nat.Sizes {
				if strings.HasPrefix(z.Name, shape+"/") {
					lo, hi = math.Min(lo, z.MsPerMB), math.Max(hi, z.MsPerMB)
				}
			}
			if hi > 0 {
				p("  %s linear growth, %s: ms/MB from %.0f to %.0f over 0.3–10 MB (spread ≤ %.1f×)\n", mark(hi/lo <= targetLinearSpread), shape, lo, hi, targetLinearSpread)
			}
		}
	}
	p("  %s lede.wasm %s gzipped (≤ 2.0 MB)\n", mark(s.WasmGzip <= TargetWasmGzip), mb(s.WasmGzip))
}

func clicksPerPage(br *BrowserReport) int {
	for _, p := range br.Pages {
		if len(p.Clicks) > 0 {
			return len(p.Clicks)
		}
	}
	return 0
}

func orNone(s string) string {
	if s == "" {
		return "(not run)"
	}
	return s
}

func mib(b uint64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
func mb(b int64) string   { return fmt.Sprintf("%.2f MB (%d bytes)", float64(b)/1e6, b) }
