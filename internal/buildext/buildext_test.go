package buildext

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"lede/internal/analysis"
	"lede/internal/wire"
)

func TestDestructuringDecl(t *testing.T) {
	tests := []struct {
		js   string
		want bool
	}{
		{"const { a, b } = f();", true},
		{"  let [x, y] = pair;", true},
		{"var {a} = o", true},
		{"for (const [k, v] of m) {}", false},
		{"const a = { b: 1 };", false},
		{"f(({ instance }) => instance);", false},
	}
	for _, tt := range tests {
		if got := destructuringDecl.MatchString(tt.js); got != tt.want {
			t.Errorf("destructuringDecl(%q) = %v, want %v", tt.js, got, tt.want)
		}
	}
}

func TestIcons(t *testing.T) {
	for _, n := range iconSizes {
		img := drawIcon(n)
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		if got, err := png.Decode(&b); err != nil || got.Bounds().Dx() != n {
			t.Fatalf("icon %d: %v", n, err)
		}
		if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
			t.Errorf("icon %d: corner should be transparent (rounded)", n)
		}
		if _, _, _, a := img.At(n/2, n/2).RGBA(); a == 0 {
			t.Errorf("icon %d: centre should be drawn", n)
		}
	}
}

func TestMinifierKeepsStatementOrder(t *testing.T) {
	// The guard exists because of this reordering; once tdewolff/minify
	// fixes it, this test fails and the guard can go.
	out, err := minifier().String("application/javascript", "function u(){let t0 = g();\nlet {a} = f();\nreturn [t0, a]}")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains([]byte(out), []byte("{a:")) || bytes.Index([]byte(out), []byte("f()")) > bytes.Index([]byte(out), []byte("g()")) {
		t.Logf("minifier output: %s", out)
		t.Skip("the minifier no longer moves destructuring declarations first; the guard in Build can go")
	}
}

// TestWarmUpPages: the pages the worker warms the core with are wire-format
// articles in each language that reach the engines the warm-up is for:
// extraction keeps the story, and figures and quotes find something.
func TestWarmUpPages(t *testing.T) {
	dir := t.TempDir()
	if err := writeWarmUpPages(dir); err != nil {
		t.Fatal(err)
	}
	for lang, name := range WarmUpPages {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !wire.IsWire(string(b)) {
			t.Fatalf("%s is not in the wire format", name)
		}
		a, err := analysis.Analyze(string(b), analysis.Options{URL: "https://example.org/warm-up", ForPage: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !a.IsArticle || a.Lang != lang || len(a.Figures) == 0 || len(a.Quotes) == 0 {
			t.Errorf("%s: article %v, lang %q, %d figures, %d quotes; want an article in %s with figures and quotes",
				name, a.IsArticle, a.Lang, len(a.Figures), len(a.Quotes), lang)
		}
	}
}
