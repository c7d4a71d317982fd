package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"

	"lede/internal/analysis"
	"lede/internal/wire"

	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// gold is the part of a corpus gold.json the browser tests use.
type gold struct {
	Lang    string   `json:"lang"`
	Title   string   `json:"title"`
	Body    *string  `json:"body"`
	Clutter []string `json:"clutter"`
}

func readGold(t testing.TB, dir string) gold {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s/gold.json: %v", dir, err)
	}
	return g
}

// squash drops whitespace so text compares across line wrapping and the
// spaces innerText adds between blocks.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// goldParagraphs are the lines of a gold body worth checking one by one.
func goldParagraphs(g gold) []string {
	if g.Body == nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(*g.Body, "\n") {
		if l = strings.TrimSpace(l); len([]rune(l)) >= 2 {
			out = append(out, l)
		}
	}
	return out
}

// TestSeedArticle is the reference page: everything a reader should not see
// is hidden, every gold paragraph is visible, the sidebar shows the title,
// and the second click restores the DOM and the scroll position exactly.
func TestSeedArticle(t *testing.T) {
	dir := filepath.Join(corpusDir(t), "seed", "meta-ai-article")
	env := browser(t)
	g := readGold(t, dir)
	tb := env.open(t, env.pageURL("/corpus/seed/meta-ai-article/page.html"))

	// A short viewport so the page scrolls; the scroll position must survive.
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(1280, 500)); err != nil {
		t.Fatal(err)
	}
	eval[bool](tb, `scrollTo(0, 180), true`)
	beforeScroll := eval[float64](tb, `scrollY`)
	if beforeScroll == 0 {
		t.Fatal("the seed page does not scroll in a 500px viewport; the scroll check would prove nothing")
	}
	before := eval[string](tb, jsOuter)
	beforeText := eval[string](tb, jsVisible)
	shot(t, tb, "seed-before.png")

	took := tb.turnOn()
	t.Logf("seed page: click → sidebar shown in %v; phases %s", took, eval[string](tb, jsTimings))
	visible := squash(eval[string](tb, jsVisible))
	checkBrowserParity(t, tb)

	clutter := []string{"免责申明", "sitemap.xml", "K图 META_0", "要闻", "下载APP", "热门文章", "网友评论", "发表评论", "相关阅读", "版权所有"}
	for _, c := range append(clutter, g.Clutter...) {
		if !strings.Contains(squash(beforeText), squash(c)) {
			t.Errorf("clutter %q is not even visible before the click; the check proves nothing", c)
		}
		if strings.Contains(visible, squash(c)) {
			t.Errorf("clutter %q is still visible after the click", c)
		}
	}
	for i, p := range goldParagraphs(g) {
		if !strings.Contains(visible, squash(p)) {
			t.Errorf("gold paragraph %d is not visible: %.60s…", i, p)
		}
	}
	sidebarTitle := eval[string](tb, `document.querySelector('lede-sidebar').shadowRoot.querySelector('.title').textContent`)
	if squash(sidebarTitle) != squash(g.Title) {
		t.Errorf("sidebar title = %q, want %q", sidebarTitle, g.Title)
	}
	if sb := eval[string](tb, `document.querySelector('lede-sidebar').shadowRoot.textContent`); !strings.Contains(sb, "min") && !strings.Contains(sb, "分钟") {
		t.Errorf("sidebar shows no reading time: %q", sb)
	}
	// The page's CSS must not reach into the sidebar, nor ours out of it.
	if fam := eval[string](tb, `getComputedStyle(document.querySelector('lede-sidebar').shadowRoot.querySelector('.panel')).position`); fam == "" {
		t.Error("sidebar panel has no computed style")
	}
	if eval[float64](tb, `document.querySelectorAll('style').length`) != eval[float64](tb, `(() => { const d = new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html'); return d.querySelectorAll('style').length })()`) {
		t.Error("style count mismatch")
	}
	shot(t, tb, "seed-after.png")

	tb.turnOff()
	if after := eval[string](tb, jsOuter); after != before {
		t.Errorf("restore is not exact:\n%s", firstDiff(before, after))
	}
	if got := eval[float64](tb, `scrollY`); got != beforeScroll {
		t.Errorf("scroll after restore = %v, want %v", got, beforeScroll)
	}
}

// shot saves a viewport screenshot under LEDE_SHOTS (default dist/screenshots).
func shot(t *testing.T, tb *tab, name string) {
	t.Helper()
	dir := os.Getenv("LEDE_SHOTS")
	if dir == "" {
		dir = filepath.Join(repoRoot(t), "dist", "screenshots")
	}
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	if err := os.MkdirAll(dir, 0o755); err == nil {
		err = os.WriteFile(filepath.Join(dir, name), png, 0o644)
	}
	if err != nil {
		t.Logf("cannot save screenshot %s: %v", name, err)
	}
}

// firstDiff shows where two long strings start to differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-120)
	return "before: …" + a[lo:min(len(a), i+200)] + "\nafter:  …" + b[lo:min(len(b), i+200)]
}

// checkBrowserParity: the Analysis the WASM core made in the browser equals
// the native core's analysis of the very page the content script serialised.
func checkBrowserParity(t *testing.T, tb *tab) {
	t.Helper()
	page := swEval[string](t, tb.env, `globalThis.lastRun.page || ''`)
	clickJSON := swEval[string](t, tb.env, `globalThis.lastRun.json || ''`)
	uiLang := swEval[string](t, tb.env, `globalThis.lastRun.uiLang || ''`)
	a, err := analysis.Analyze(page, analysis.Options{URL: tb.url, UILang: uiLang})
	if err != nil {
		t.Fatal(err)
	}
	nativeJSON, _ := json.Marshal(a)
	// The full Analysis, whose html field only the native core makes.
	compareJSON(t, "the browser's WASM Analysis vs the native one on the same serialised page", nativeJSON, []byte(toJSON(tb.analysis())), func(n, w map[string]any) {
		if w["html"] != "" {
			t.Errorf("the WASM core made an html field: only the native core should")
		}
		delete(n, "html")
		delete(w, "html")
	})
	// What the click got is the page's view of that Analysis.
	lean, err := analysis.Analyze(page, analysis.Options{URL: tb.url, UILang: uiLang, ForPage: true})
	if err != nil {
		t.Fatal(err)
	}
	viewJSON, _ := json.Marshal(lean.ForPage())
	compareJSON(t, "what the click got vs the native page view of the same page", viewJSON, []byte(clickJSON), nil)
	// The same tree sent as HTML (how the content script sent pages before
	// the wire format) gives the same Analysis.
	root, err := wire.Decode(page)
	if err != nil {
		t.Fatal(err)
	}
	var h bytes.Buffer
	html.Render(&h, root)
	viaHTML, err := analysis.Analyze(h.String(), analysis.Options{URL: tb.url, UILang: uiLang})
	if err != nil {
		t.Fatal(err)
	}
	htmlJSON, _ := json.Marshal(viaHTML)
	n, w := withoutTimings(t, htmlJSON), withoutTimings(t, nativeJSON)
	// The HTML parser clones formatting elements it reopens (the adoption
	// agency algorithm) and may then list their attributes in another order.
	n["html"], w["html"] = canonicalHTML(t, n["html"].(string)), canonicalHTML(t, w["html"].(string))
	if !reflect.DeepEqual(n, w) {
		for k := range n {
			if !reflect.DeepEqual(n[k], w[k]) {
				t.Errorf("field %q differs between the page sent as HTML and in the wire format:\n%s", k, firstDiff(fmt.Sprint(n[k]), fmt.Sprint(w[k])))
			}
		}
	}
}

// canonicalHTML re-renders s with every element's attributes sorted.
func canonicalHTML(t *testing.T, s string) string {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	var sortAttrs func(n *html.Node)
	sortAttrs = func(n *html.Node) {
		sort.Slice(n.Attr, func(i, j int) bool { return n.Attr[i].Key < n.Attr[j].Key })
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			sortAttrs(c)
		}
	}
	for _, n := range nodes {
		sortAttrs(n)
		html.Render(&b, n)
	}
	return b.String()
}

func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
