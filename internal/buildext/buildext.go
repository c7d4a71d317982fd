// Package buildext builds the loadable extension: it compiles the WASM
// bridge, copies wasm_exec.js from the Go toolchain, minifies our JS, CSS,
// HTML and JSON, draws the icons and zips the result. build.sh and the
// browser tests both call it, so a test always runs the extension as shipped.
package buildext

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	mjson "github.com/tdewolff/minify/v2/json"
	xhtml "golang.org/x/net/html"

	"lede/internal/bench"
	"lede/internal/wire"
)

// Options say where the sources are and where the build goes.
type Options struct {
	Root   string    // repository root (holds extension/ and wasm/)
	OutDir string    // the extension is written to OutDir/extension
	Zip    bool      // also write OutDir/lede-<version>.zip
	Log    io.Writer // progress and sizes (nil: silent)
}

// Result describes a finished build.
type Result struct {
	ExtDir   string
	Zip      string
	Version  string
	WasmRaw  int64
	WasmGzip int64
}

// WasmFile is the name of the compiled core inside the extension.
const WasmFile = "lede.wasm"

// Build builds the extension.
func Build(opt Options) (*Result, error) {
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, a...)
		}
	}
	src := filepath.Join(opt.Root, "extension")
	ext := filepath.Join(opt.OutDir, "extension")
	if err := os.RemoveAll(ext); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(ext, 0o755); err != nil {
		return nil, err
	}
	m := minifier()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if mt := mediaType(p); mt == "application/javascript" && destructuringDecl.Match(b) {
			return fmt.Errorf("%s: a destructuring declaration (%q): tdewolff/minify v2.24 moves such declarations ahead of the ones before them (minify issues 939, 958); assign the parts one by one", rel, destructuringDecl.Find(b))
		}
		if mt := mediaType(p); mt != "" {
			if b, err = m.Bytes(mt, b); err != nil {
				return fmt.Errorf("minify %s: %w", rel, err)
			}
		}
		return writeFile(filepath.Join(ext, rel), b)
	})
	if err != nil {
		return nil, err
	}
	if err := writeIcons(filepath.Join(ext, "icons")); err != nil {
		return nil, err
	}
	if err := writeWarmUpPages(ext); err != nil {
		return nil, err
	}

	goroot, err := goEnv("GOROOT")
	if err != nil {
		return nil, err
	}
	wasmExec, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return nil, fmt.Errorf("wasm_exec.js from the Go toolchain: %w", err)
	}
	if err := writeFile(filepath.Join(ext, "wasm_exec.js"), wasmExec); err != nil {
		return nil, err
	}
	wasm := filepath.Join(ext, WasmFile)
	if err := BuildWasm(opt.Root, wasm, false); err != nil {
		return nil, err
	}

	res := &Result{ExtDir: ext}
	if res.WasmRaw, res.WasmGzip, err = sizes(wasm); err != nil {
		return nil, err
	}
	if res.Version, err = manifestVersion(filepath.Join(ext, "manifest.json")); err != nil {
		return nil, err
	}
	logf("extension: %s (version %s)\n", ext, res.Version)
	logf("%s: %s raw, %s gzipped (-9)\n", WasmFile, mb(res.WasmRaw), mb(res.WasmGzip))
	if opt.Zip {
		res.Zip = filepath.Join(opt.OutDir, "lede-"+res.Version+".zip")
		if err := zipDir(ext, res.Zip); err != nil {
			return nil, err
		}
		st, _ := os.Stat(res.Zip)
		logf("zip: %s (%s)\n", res.Zip, mb(st.Size()))
	}
	return res, nil
}

// Warm-up pages: the service worker analyses them a few times after the
// core starts (sw.js), so that V8 has compiled and tiered up the engines'
// common paths before the reader's first clicks. They are made-up portal
// pages (bench.Synthetic: a story with figures and quotes amid navigation,
// lists, ads and comments), one per language, in the wire format content.js
// sends.
const (
	warmUpPageBytes    = 48 << 10
	warmUpArticleBytes = 16 << 10
)

// WarmUpPages are the warm-up pages' file names in the extension, by language.
var WarmUpPages = map[string]string{"en": "warm-en.wire", "zh": "warm-zh.wire"}

func writeWarmUpPages(ext string) error {
	for lang, name := range WarmUpPages {
		doc, err := xhtml.Parse(strings.NewReader(bench.Synthetic(lang, warmUpPageBytes, warmUpArticleBytes)))
		if err != nil {
			return fmt.Errorf("warm-up page %s: %w", lang, err)
		}
		if err := writeFile(filepath.Join(ext, name), []byte(wire.Encode(doc))); err != nil {
			return err
		}
	}
	return nil
}

// WasmGzipBudget is the most lede.wasm may weigh gzipped (-9), in bytes:
// issue 6's budget. A test fails when the shipped module exceeds it.
const WasmGzipBudget = 2_000_000

// BuildWasm compiles the WASM core (./wasm under GOOS=js GOARCH=wasm) in
// root to out: as shipped (no symbol table or DWARF), or with names, whose
// function names tell what the module links (bench.WasmCodeByPackage).
func BuildWasm(root, out string, names bool) error {
	args := []string{"build", "-ldflags=-s -w", "-trimpath", "-o", out, "./wasm"}
	if names {
		args = []string{"build", "-trimpath", "-o", out, "./wasm"}
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./wasm: %v\n%s", err, b)
	}
	return nil
}

// GzipSize is the size of b gzipped at -9, as the budget counts it.
func GzipSize(b []byte) int64 {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return int64(buf.Len())
}

// destructuringDecl finds `const {a} = …` / `let [a] = …` statements, which
// the JS minifier reorders (see Build). for…of destructuring is not affected.
var destructuringDecl = regexp.MustCompile(`(?m)^\s*(const|let|var)\s*[{\[]`)

func minifier() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("application/javascript", js.Minify)
	m.AddFuncRegexp(regexp.MustCompile("[/+]json$"), mjson.Minify)
	return m
}

func mediaType(p string) string {
	switch filepath.Ext(p) {
	case ".js":
		return "application/javascript"
	case ".css":
		return "text/css"
	case ".html":
		return "text/html"
	case ".json":
		return "application/json"
	}
	return ""
}

func writeFile(p string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, b, 0o644)
}

func goEnv(key string) (string, error) {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %w", key, err)
	}
	return strings.TrimSpace(string(out)), nil
}

func sizes(p string) (raw, gz int64, err error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return 0, 0, err
	}
	return int64(len(b)), GzipSize(b), nil
}

func manifestVersion(p string) (string, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return "", err
	}
	var m struct{ Version string }
	if err := json.Unmarshal(b, &m); err != nil {
		return "", fmt.Errorf("manifest.json: %w", err)
	}
	return m.Version, nil
}

func zipDir(dir, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(f)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		w, err := zw.CreateHeader(&zip.FileHeader{Name: filepath.ToSlash(rel), Method: zip.Deflate})
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func mb(n int64) string {
	return fmt.Sprintf("%d bytes (%.2f MB)", n, float64(n)/1e6)
}
