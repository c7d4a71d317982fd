package buildext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lede/internal/bench"
)

// repoRoot is the repository root (holds go.mod), two levels up.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestWasmBudget guards the module's size: the shipped lede.wasm (the one in
// LEDE_EXT_DIR, which ./build.sh test builds, or a fresh build of ./wasm
// with the same flags) must stay within WasmGzipBudget gzipped.
func TestWasmBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the WASM core; skipped in -short mode")
	}
	wasm := ""
	if dir := os.Getenv("LEDE_EXT_DIR"); dir != "" {
		wasm = filepath.Join(dir, WasmFile)
		if !filepath.IsAbs(wasm) {
			wasm = filepath.Join(repoRoot(t), wasm)
		}
	} else {
		wasm = filepath.Join(t.TempDir(), WasmFile)
		if err := BuildWasm(repoRoot(t), wasm, false); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	gz := GzipSize(b)
	t.Logf("%s: %d bytes raw, %d gzipped (-9); budget %d, margin %d", wasm, len(b), gz, WasmGzipBudget, WasmGzipBudget-gz)
	if gz > WasmGzipBudget {
		t.Errorf("lede.wasm is %d bytes gzipped, over the budget of %d: see docs/performance.md (the module's size) for what it links", gz, WasmGzipBudget)
	}
}

// TestWasmLinks: the WASM core links no HTML parser (it reads the wire
// format), no minifier and nothing of net/http or crypto (the html field is
// made by the native core only). One of them coming back costs hundreds of
// KB and tens of milliseconds at every worker start.
func TestWasmLinks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the WASM core; skipped in -short mode")
	}
	wasm := filepath.Join(t.TempDir(), "lede-names.wasm")
	if err := BuildWasm(repoRoot(t), wasm, true); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(wasm)
	if err != nil {
		t.Fatal(err)
	}
	funcs, _, _, err := bench.WasmFunctions(b)
	if err != nil {
		t.Fatal(err)
	}
	// Packages by path prefix; x/net/html's tree builder and renderer by
	// function (its tokenizer stays: extract reads images in <noscript>).
	forbiddenPkgs := []string{"github.com/tdewolff/", "net/http", "crypto", "mime"}
	forbiddenFuncs := []string{"golang.org_x_net_html.Parse", "golang.org_x_net_html.inBodyIM", "golang.org_x_net_html.__parser_.", "golang.org_x_net_html.Render"}
	found := map[string]string{}
	for _, f := range funcs {
		pkg := bench.WasmPackage(f.Name)
		for _, p := range forbiddenPkgs {
			if pkg == p || strings.HasPrefix(pkg, strings.TrimSuffix(p, "/")+"/") {
				found[p] = f.Name
			}
		}
		for _, p := range forbiddenFuncs {
			if strings.HasPrefix(f.Name, p) {
				found[p] = f.Name
			}
		}
	}
	for p, f := range found {
		t.Errorf("the WASM core links %s (e.g. %s)", p, f)
	}
}
