package bench

// NativePage is one corpus page's native analysis cost.
type NativePage struct {
	Set        string    `json:"set"`
	ID         string    `json:"id"`
	Bytes      int       `json:"bytes"` // UTF-8 size of the decoded page
	Ms         float64   `json:"ms"`    // median over the runs
	Runs       []float64 `json:"runs"`  // every run, ms
	Allocs     uint64    `json:"allocs"`
	AllocBytes uint64    `json:"allocBytes"`
	IsArticle  bool      `json:"isArticle"`
	Error      string    `json:"error,omitempty"`
}

// NativeSize is the cost of one synthetic page.
type NativeSize struct {
	Name       string  `json:"name"` // e.g. en/1MB
	Lang       string  `json:"lang"`
	Bytes      int     `json:"bytes"`
	Ms         float64 `json:"ms"`      // per analysis
	MsPerMB    float64 `json:"msPerMB"` // Ms / (Bytes / 2^20)
	Allocs     uint64  `json:"allocs"`  // per analysis
	AllocBytes uint64  `json:"allocBytes"`
	IsArticle  bool    `json:"isArticle"`
}

// NativeReport is what the native benchmarks write (native.json).
type NativeReport struct {
	GoVersion  string       `json:"goVersion"`
	GOMAXPROCS int          `json:"gomaxprocs"`
	Load       string       `json:"load,omitempty"` // load average when written
	Pages      []NativePage `json:"pages,omitempty"`
	PageMs     Dist         `json:"pageMs"`      // over pages' medians
	PageAllocs Dist         `json:"pageAllocs"`  // allocations per page
	PageMB     Dist         `json:"pageAllocMB"` // MB allocated per page
	// ClickMs is over pages in the wire format, analysed for the page and
	// encoded as the WASM bridge does: the core's part of a click, natively.
	ClickMs Dist         `json:"clickMs"`
	Sizes   []NativeSize `json:"sizes,omitempty"` // synthetic pages
}
