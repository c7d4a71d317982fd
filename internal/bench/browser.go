package bench

// Click is one click on the toolbar button, from the click to the clean page
// and sidebar painted, split into phases (milliseconds):
//
//	inject     click → content script running (the worker's onClicked and executeScript)
//	serialise  the content script's DOM walk
//	transfer   the page to the worker and the answer back on a port, without the worker's handling
//	coreWait   the worker waiting for the WASM core to start (cold clicks)
//	wasm       lede.analyze: copying the page into Go, the analysis, the JSON out
//	worker     the worker's other handling (options, UI strings, stylesheets)
//	parse      JSON.parse of the Analysis in the content script
//	apply      attributes, the <style> and the sidebar
//	paint      end of apply → the frame with the clean page has been rendered
//
// TotalMs is the click to that frame. CompleteMs is the click to the frame
// that shows the whole sidebar: the items below its first screenful are
// appended after the first frame.
type Click struct {
	TotalMs     float64 `json:"totalMs"`
	InjectMs    float64 `json:"injectMs"`
	SerialiseMs float64 `json:"serialiseMs"`
	TransferMs  float64 `json:"transferMs"`
	CoreWaitMs  float64 `json:"coreWaitMs"`
	WasmMs      float64 `json:"wasmMs"`
	WorkerMs    float64 `json:"workerMs"`
	ParseMs     float64 `json:"parseMs"`
	ApplyMs     float64 `json:"applyMs"`
	PaintMs     float64 `json:"paintMs"`
	CompleteMs  float64 `json:"completeMs,omitempty"`
	CoreMs      float64 `json:"coreMs"` // the Go core's own total (Analysis.timings.total)
	// CoreStages is Analysis.timings: the core's stages in WASM.
	CoreStages map[string]float64 `json:"coreStages,omitempty"`
	Outcome    string             `json:"outcome"` // clean, not-article or error
	// ApplySteps splits apply: marks (attribute writes), style (the
	// <style>), sidebar, layout (the forced layout that finds the article's
	// top), scroll.
	ApplySteps map[string]float64 `json:"applySteps,omitempty"`
	// WasmMemoryBytes is the core's linear memory right after the analysis.
	WasmMemoryBytes uint64 `json:"wasmMemoryBytes,omitempty"`
	Chars           int    `json:"chars"` // serialised page, UTF-16 code units
	Elements        int    `json:"elements"`
	// Startup of the core in the worker that answered (cold clicks).
	InstantiateMs float64 `json:"instantiateMs,omitempty"`
	WarmUpMs      float64 `json:"warmUpMs,omitempty"`
	// WorkerRunning says whether the service worker was running when the
	// button was clicked (cold clicks).
	WorkerRunning *bool `json:"workerRunning,omitempty"`
}

// Phases lists the phases of a Click in order, with their accessors.
var Phases = []struct {
	Name string
	Get  func(Click) float64
}{
	{"inject", func(c Click) float64 { return c.InjectMs }},
	{"serialise", func(c Click) float64 { return c.SerialiseMs }},
	{"transfer", func(c Click) float64 { return c.TransferMs }},
	{"core wait", func(c Click) float64 { return c.CoreWaitMs }},
	{"wasm", func(c Click) float64 { return c.WasmMs }},
	{"worker other", func(c Click) float64 { return c.WorkerMs }},
	{"JSON.parse", func(c Click) float64 { return c.ParseMs }},
	{"apply+sidebar", func(c Click) float64 { return c.ApplyMs }},
	{"paint", func(c Click) float64 { return c.PaintMs }},
	{"total", func(c Click) float64 { return c.TotalMs }},
	{"whole sidebar", func(c Click) float64 { return c.CompleteMs }},
}

// BrowserPage is one corpus page in the browser bench.
type BrowserPage struct {
	Set    string  `json:"set"`
	ID     string  `json:"id"`
	Lang   string  `json:"lang"`
	Bytes  int     `json:"bytes"`  // page.html as served
	Clicks []Click `json:"clicks"` // warm clicks (the worker and the core are warm), the first click on the page first
	// Warm is the per-phase median of the clicks; WarmMs its total.
	Warm   Click   `json:"warm"`
	WarmMs float64 `json:"warmMs"`
	// Readability.js on the same page in the same browser: the first parse
	// and the median of the warm ones.
	ReadabilityFirstMs float64   `json:"readabilityFirstMs,omitempty"`
	ReadabilityMs      float64   `json:"readabilityMs,omitempty"`
	ReadabilityRuns    []float64 `json:"readabilityRuns,omitempty"`
	ReadabilityChars   int       `json:"readabilityChars,omitempty"` // textContent of its result
	Ratio              float64   `json:"ratio,omitempty"`            // WarmMs / ReadabilityMs (the other forms: Summary)
	Error              string    `json:"error,omitempty"`
}

// ColdClick is a first click with a cold core.
type ColdClick struct {
	Set   string `json:"set"`
	ID    string `json:"id"`
	Bytes int    `json:"bytes"`
	Click Click  `json:"click"`
	Error string `json:"error,omitempty"`
}

// Memory is the WASM core's memory around the analysis of a large page.
type Memory struct {
	PageBytes int `json:"pageBytes"` // the synthetic page
	// The Go heap's live bytes and the WASM linear memory before, right
	// after the analysis, and after a garbage collection.
	Before  MemStats `json:"before"`
	After   MemStats `json:"after"`
	AfterGC MemStats `json:"afterGC"`
	ClickMs float64  `json:"clickMs"`
	Outcome string   `json:"outcome"`
	Error   string   `json:"error,omitempty"`
}

// MemStats is what ledeMemory in the worker reports.
type MemStats struct {
	HeapAlloc       uint64 `json:"heapAlloc"`
	HeapInuse       uint64 `json:"heapInuse"`
	HeapSys         uint64 `json:"heapSys"`
	Sys             uint64 `json:"sys"`
	NumGC           uint32 `json:"numGC"`
	WasmMemoryBytes uint64 `json:"wasmMemoryBytes"` // the module's linear memory (it never shrinks)
}

// BrowserReport is what the browser bench writes (browser.json).
type BrowserReport struct {
	Browser     string        `json:"browser"`
	Readability string        `json:"readability"` // version of @mozilla/readability, "" when not run
	Pages       []BrowserPage `json:"pages"`
	// Cold: the first click after the browser starts (the extension
	// installed, a fresh browser for each sample).
	Cold []ColdClick `json:"cold"`
	// ColdAfterIdle: a click after Chromium stopped the idle worker (30 s).
	ColdAfterIdle []ColdClick `json:"coldAfterIdle"`
	Memory        *Memory     `json:"memory,omitempty"`
	// Load average of the machine when the bench started and ended.
	LoadStart string `json:"loadStart,omitempty"`
	LoadEnd   string `json:"loadEnd,omitempty"`
}
