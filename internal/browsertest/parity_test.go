package browsertest

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"lede/internal/analysis"
	"lede/internal/dom"
	"lede/internal/pagefile"
	"lede/internal/wire"
)

// parityCorpus names corpus pages (set/id) whose Analysis must be identical
// natively and in WASM: the seed, English and Chinese news, a GBK page.
var parityCorpus = []string{"seed/meta-ai-article", "readability/001", "readability/gmw", "gne_zh/baijiahao_1"}

// TestNativeWasmParity runs the shipped lede.wasm under node (the bridge's
// lede.analyze, exactly as the service worker calls it) and compares its JSON
// with the native analysis.Analyze of the same input and options, timings
// aside: each page in the wire format (the only input the WASM core takes),
// as the click gets it (the page's view) and as the full Analysis, whose
// html field only the native core makes (the WASM core leaves it empty).
func TestNativeWasmParity(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		skipOrFail(t, "node is not installed; the WASM parity test needs it")
	}
	root := repoRoot(t)
	wasm := filepath.Join(os.Getenv("LEDE_EXT_DIR"), "lede.wasm")
	if !filepath.IsAbs(wasm) {
		wasm = filepath.Join(root, wasm)
	}
	if os.Getenv("LEDE_EXT_DIR") == "" {
		wasm = filepath.Join(t.TempDir(), "lede.wasm")
		cmd := exec.Command("go", "build", "-ldflags=-s -w", "-trimpath", "-o", wasm, "./wasm")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build ./wasm: %v\n%s", err, out)
		}
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	wasmExec := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js")

	in, out := t.TempDir(), t.TempDir()
	inputs := map[string]string{} // name → UTF-8 page
	for _, p := range []string{"sample-en", "sample-zh", "not-article", "torture"} {
		b, err := os.ReadFile(filepath.Join(root, "testdata", "pages", p+".html"))
		if err != nil {
			t.Fatal(err)
		}
		inputs[p] = string(b)
	}
	corpus := os.Getenv("LEDE_CORPUS")
	if corpus == "" {
		corpus = filepath.Join(root, "..", "shared", "corpus")
	}
	if _, err := os.Stat(corpus); err == nil {
		for _, p := range parityCorpus {
			src, err := pagefile.Read(filepath.Join(corpus, p, "page.html"))
			if err != nil {
				t.Fatal(err)
			}
			inputs[strings.ReplaceAll(p, "/", "_")] = src
		}
	} else {
		skipOrFail(t, "no corpus at %s: parity checked on the repository's own pages only", corpus)
	}
	const url = "https://news.example.org/2025/article.html"
	// The sidebar's view-model in Chinese too (the default is English).
	uiLang := map[string]string{}
	for _, name := range []string{"sample-zh", "sample-en", "seed_meta-ai-article"} {
		if src, ok := inputs[name]; ok {
			inputs[name+"_zh"] = src
			uiLang[name+"_zh"] = "zh"
		}
	}
	for name, src := range inputs {
		doc, err := dom.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		inputs[name] = wire.Encode(doc.Root)
		os.WriteFile(filepath.Join(in, name+".wire"), []byte(inputs[name]), 0o644)
		os.WriteFile(filepath.Join(in, name+".url"), []byte(url), 0o644)
		if ui := uiLang[name]; ui != "" {
			os.WriteFile(filepath.Join(in, name+".ui"), []byte(ui), 0o644)
		}
	}
	cmd := exec.Command(node, filepath.Join(root, "internal", "browsertest", "testdata", "wasm-run.js"), wasmExec, wasm, in, out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node wasm-run.js: %v\n%s", err, b)
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			opt := analysis.Options{URL: url, UILang: uiLang[name]}
			view, err := analysis.Analyze(src, analysis.Options{URL: url, UILang: uiLang[name], ForPage: true})
			if err != nil {
				t.Fatal(err)
			}
			viewJSON, _ := json.Marshal(view.ForPage())
			compareJSON(t, "page view", viewJSON, readJSON(t, filepath.Join(out, name+".page.json")), nil)
			full, err := analysis.Analyze(src, opt)
			if err != nil {
				t.Fatal(err)
			}
			fullJSON, _ := json.Marshal(full)
			compareJSON(t, "full Analysis", fullJSON, readJSON(t, filepath.Join(out, name+".json")), func(native, wasmed map[string]any) {
				if wasmed["html"] != "" {
					t.Errorf("the WASM core made an html field (%.80v): only the native core should", wasmed["html"])
				}
				if full.IsArticle && native["html"] == "" {
					t.Errorf("the native core made no html field for an article")
				}
				delete(native, "html")
				delete(wasmed, "html")
			})
		})
	}
}

func readJSON(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// compareJSON compares two Analyses, timings aside; adjust (may be nil) sees
// both first.
func compareJSON(t *testing.T, what string, nativeJSON, wasmJSON []byte, adjust func(native, wasmed map[string]any)) {
	t.Helper()
	native, wasmed := withoutTimings(t, nativeJSON), withoutTimings(t, wasmJSON)
	if adjust != nil {
		adjust(native, wasmed)
	}
	if reflect.DeepEqual(native, wasmed) {
		return
	}
	for k := range native {
		if !reflect.DeepEqual(native[k], wasmed[k]) {
			t.Errorf("%s: field %q differs: native %.200s, wasm %.200s", what, k, fmt.Sprint(native[k]), fmt.Sprint(wasmed[k]))
		}
	}
	if len(native) != len(wasmed) {
		t.Errorf("%s: native has %d fields, wasm %d", what, len(native), len(wasmed))
	}
}

func withoutTimings(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("not JSON (%v): %.200s", err, b)
	}
	if _, ok := m["version"]; !ok {
		t.Fatalf("not an Analysis: %.300s", b)
	}
	delete(m, "timings")
	return m
}
