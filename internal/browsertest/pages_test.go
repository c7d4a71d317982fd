package browsertest

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"lede/internal/pagefile"
)

// CSP headers the test server sends. Corpus pages are served with page
// scripts blocked: saved pages' scripts would otherwise rewrite the DOM
// (document.write after load) or fetch from hosts that do not exist here.
const (
	cspNoScripts = "default-src 'self' data: 'unsafe-inline'; script-src 'none'"
	cspStrict    = "default-src 'none'"
)

// registerPages serves the corpus under /corpus/ (scripts blocked), the
// repository's own pages under /testdata/ and both again under /strict/
// with a Content-Security-Policy that forbids everything (no eval, no
// wasm-unsafe-eval, no inline style); our pages also under /open/ with no
// CSP (inline event handlers run).
func registerPages(t testing.TB, env *browserEnv) {
	root := repoRoot(t)
	corpus := os.Getenv("LEDE_CORPUS")
	if corpus == "" {
		corpus = filepath.Join(root, "..", "shared", "corpus")
	}
	serve := func(prefix, dir, csp string) {
		env.mux.HandleFunc(prefix, func(w http.ResponseWriter, r *http.Request) {
			rel := strings.TrimPrefix(r.URL.Path, prefix)
			if strings.Contains(rel, "..") {
				http.NotFound(w, r)
				return
			}
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
			if err != nil {
				http.NotFound(w, r)
				return
			}
			if csp != "" {
				w.Header().Set("Content-Security-Policy", csp)
			}
			if strings.HasSuffix(rel, ".html") {
				// The page's real charset, as the native core reads it: with
				// no charset in the header and none declared in the page's
				// first 1024 bytes, Chromium decodes UTF-8 as windows-1252.
				w.Header().Set("Content-Type", "text/html; charset="+pagefile.Charset(b))
			} else if t := mime.TypeByExtension(path.Ext(rel)); t != "" {
				w.Header().Set("Content-Type", t) // an SVG sniffed as text/xml is no image
			}
			w.Write(b)
		})
	}
	serve("/corpus/", corpus, cspNoScripts)
	serve("/testdata/", filepath.Join(root, "testdata"), cspNoScripts)
	// the extractor's hand-made fixtures (pages saved in GBK and Big5 among them)
	serve("/extract/", filepath.Join(root, "internal", "extract", "testdata"), cspNoScripts)
	// this package's own pages (overlays with real CSS)
	serve("/browsertest/", filepath.Join(root, "internal", "browsertest", "testdata"), cspNoScripts)
	serve("/strict/corpus/", corpus, cspStrict)
	serve("/strict/testdata/", filepath.Join(root, "testdata"), cspStrict)
	// No CSP at all: inline handlers run, so a test can see one fire.
	serve("/open/testdata/", filepath.Join(root, "testdata"), "")
	env.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
}

// pageURL is the address of a served page.
func (env *browserEnv) pageURL(path string) string { return env.server.URL + path }
