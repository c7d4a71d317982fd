// Package bench holds what Lede's benchmarks share: where the corpus and the
// bench output live, order statistics, the synthetic pages that show how the
// core's time grows with page size, and the report that `./build.sh bench`
// prints and writes to dist/bench/summary.json.
//
// The benchmarks themselves are `go test -bench` functions: the native core
// in this package (native_test.go), the browser in internal/browsertest
// (bench_test.go). They write their per-page data as JSON into the directory
// named by LEDE_BENCH_OUT; cmd/benchreport reads it back. Numbers come from
// these benchmarks only, never from timed assertions in tests.
package bench

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Files in the bench output directory.
const (
	NativeFile  = "native.json"  // NativeReport
	BrowserFile = "browser.json" // BrowserReport
	SummaryFile = "summary.json" // Summary
)

// OutDir is the directory benchmarks write their JSON to (LEDE_BENCH_OUT),
// or "" when they should only print.
func OutDir() string { return os.Getenv("LEDE_BENCH_OUT") }

// RepoRoot is the directory above dir holding go.mod.
func RepoRoot(dir string) (string, error) {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above " + dir)
		}
		dir = parent
	}
}

// CorpusDir is the shared corpus (LEDE_CORPUS, default ../shared/corpus
// beside the repository); ok is false when it is not there.
func CorpusDir() (dir string, ok bool) {
	dir = os.Getenv("LEDE_CORPUS")
	if dir == "" {
		wd, _ := os.Getwd()
		root, err := RepoRoot(wd)
		if err != nil {
			return "", false
		}
		dir = filepath.Join(root, "..", "shared", "corpus")
	}
	_, err := os.Stat(filepath.Join(dir, "FORMAT.md"))
	return dir, err == nil
}

// Quantile returns the q-quantile (0 ≤ q ≤ 1) of xs by linear interpolation
// between closest ranks; NaN for no data. xs is not modified.
func Quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	pos := q * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	return s[lo] + (s[hi]-s[lo])*(pos-float64(lo))
}

// Median is Quantile(xs, 0.5).
func Median(xs []float64) float64 { return Quantile(xs, 0.5) }

// Dist is the summary of one measured quantity.
type Dist struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// NewDist summarises xs.
func NewDist(xs []float64) Dist {
	if len(xs) == 0 {
		return Dist{}
	}
	return Dist{N: len(xs), P50: Round(Quantile(xs, 0.5)), P95: Round(Quantile(xs, 0.95)), Min: Round(Quantile(xs, 0)), Max: Round(Quantile(xs, 1))}
}

// Round keeps two decimals (milliseconds to ten microseconds).
func Round(x float64) float64 { return math.Round(x*100) / 100 }

// WriteJSON writes v, indented, to dir/name.
func WriteJSON(dir, name string, v any) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, name), append(b, '\n'), 0o644)
}

// ReadJSON reads dir/name into v.
func ReadJSON(dir, name string, v any) error {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// LoadAverage is the 1, 5 and 15 minute load average ("" where the system
// does not say): benchmarks on a shared machine are read with it.
func LoadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}
