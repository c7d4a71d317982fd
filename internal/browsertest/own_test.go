package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lede/internal/dom"
	"lede/internal/wire"

	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"
)

// The repository's own pages (testdata/pages) need no ../shared: these tests
// always run where a browser is.

var samplePagesTable = []struct {
	name, path, title string
	article           []string // must stay visible
	clutter           []string // must be hidden
}{
	{
		name:    "en",
		path:    "/testdata/pages/sample-en.html",
		title:   "Harbourside tram line carries 2 million riders in its first year",
		article: []string{"The harbourside tram line carried 2.04 million passengers", "“Every morning, people are left on the platform", "Fares cover about 38% of the line's running costs"},
		clutter: []string{"We use cookies", "Don't miss a story", "Most read", "Related stories", "Comments (12)", "Careers", "Subscribe", "Advertisement", "What's on"},
	},
	{
		name:    "zh",
		path:    "/testdata/pages/sample-zh.html",
		title:   "临江市新能源公交满一年：日均客流增长32% 票价收入仍难覆盖成本",
		article: []string{"全市1260辆公交车全部换装新能源车型一年来", "公交每多承担1%的出行", "预计可使城郊居民平均候车时间缩短一半左右"},
		clutter: []string{"热点排行", "相关新闻", "网友评论", "浮动广告", "打开客户端", "网站地图", "下载客户端", "声明："},
	},
}

// TestSamplePages: our bilingual demo pages are cleaned, the sidebar shows
// the title and the restore is exact.
func TestSamplePages(t *testing.T) {
	env := browser(t)
	for _, tt := range samplePagesTable {
		t.Run(tt.name, func(t *testing.T) {
			tb := env.open(t, env.pageURL(tt.path))
			checkCleanAndRestore(t, tb, tt.title, tt.article, tt.clutter)
		})
	}
}

func checkCleanAndRestore(t *testing.T, tb *tab, title string, article, clutter []string) {
	t.Helper()
	before := eval[string](tb, jsOuter)
	beforeText := squash(eval[string](tb, jsVisible))
	took := tb.turnOn()
	t.Logf("click → sidebar %v; %s", took.Round(time.Millisecond), eval[string](tb, jsTimings))
	visible := squash(eval[string](tb, jsVisible))
	for _, a := range article {
		if !strings.Contains(visible, squash(a)) {
			t.Errorf("article text %q is not visible", a)
		}
	}
	for _, c := range clutter {
		if !strings.Contains(beforeText, squash(c)) {
			t.Errorf("clutter %q is not visible even before the click", c)
		} else if strings.Contains(visible, squash(c)) {
			t.Errorf("clutter %q is still visible", c)
		}
	}
	if got := eval[string](tb, `document.querySelector('lede-sidebar').shadowRoot.querySelector('.title').textContent`); squash(got) != squash(title) {
		t.Errorf("sidebar title = %q, want %q", got, title)
	}
	tb.turnOff()
	if after := eval[string](tb, jsOuter); after != before {
		t.Errorf("restore is not exact:\n%s", firstDiff(before, after))
	}
}

// TestStrictCSP: a page whose CSP forbids everything (no eval, no
// wasm-unsafe-eval, no inline style) is still cleaned: the WASM runs in the
// service worker, and our <style> and shadow-root sheet still apply.
func TestStrictCSP(t *testing.T) {
	env := browser(t)
	tt := samplePagesTable[0]
	tb := env.open(t, env.pageURL("/strict"+tt.path))
	if eval[bool](tb, `getComputedStyle(document.querySelector('.masthead')).position === 'sticky'`) {
		t.Fatal("the page's own inline <style> applied: the CSP header did not apply")
	}
	checkCleanAndRestore(t, tb, tt.title, tt.article, tt.clutter)
}

// TestStrictCSPSeed repeats the strict-CSP check on the reference page.
func TestStrictCSPSeed(t *testing.T) {
	corpusDir(t)
	env := browser(t)
	tb := env.open(t, env.pageURL("/strict/corpus/seed/meta-ai-article/page.html"))
	checkCleanAndRestore(t, tb, "Meta元宇宙赔钱 扎克伯格发力AI", []string{"美国当地时间2024年1月18日"}, []string{"免责申明", "热门文章", "sitemap.xml"})
}

// TestNotAnArticle: a home page gets a small notice and nothing else; once
// the notice goes, the page is exactly as it was.
func TestNotAnArticle(t *testing.T) {
	env := browser(t)
	tb := env.open(t, env.pageURL("/testdata/pages/not-article.html"))
	before := eval[string](tb, jsOuter)
	if kind := tb.clickExpectingNotice(); kind != "not-article" {
		t.Fatalf("notice kind = %q, want not-article (%s)", kind, eval[string](tb, jsNoticeTx))
	}
	t.Logf("notice: %s", eval[string](tb, jsNoticeTx))
	if after := eval[string](tb, jsOuterWithoutNotice); after != before {
		t.Errorf("the page changed besides the notice:\n%s", firstDiff(before, after))
	}
	tb.waitFor(`!document.querySelector('lede-notice')`, "the notice to go away")
	if after := eval[string](tb, jsOuter); after != before {
		t.Errorf("the page is not as it was after the notice went:\n%s", firstDiff(before, after))
	}
}

// TestErrorPath: bad input to the core comes back as an error, not a crash;
// a failing core shows an error notice and leaves the page untouched; the
// next click works again (the worker restarts the core).
func TestErrorPath(t *testing.T) {
	env := browser(t)
	for _, call := range []string{`lede.analyze()`, `lede.analyze(42)`, `lede.analyze(null, null)`, `lede.analyze({toString() { throw new Error('x') }})`} {
		got := swEval[string](t, env, `(async () => { await core; return `+call+` })()`)
		if !strings.HasPrefix(got, `{"error":`) {
			t.Errorf("%s = %.120s, want an error result", call, got)
		}
	}
	// HTML is not what the WASM core reads (it links no HTML parser): a clear error.
	for _, html := range []string{`""`, `"<p>" + "x".repeat(100000)`} {
		got := swEval[string](t, env, `(async () => { await core; return lede.analyze(`+html+`, "not a url") })()`)
		if !strings.HasPrefix(got, `{"error":`) || !strings.Contains(got, "wire format") {
			t.Errorf("analyze(%s) = %.160s, want an error naming the wire format", html, got)
		}
	}
	// Odd but valid input in the wire format: the core answers with an Analysis.
	const w = `String.fromCharCode(0) + "lede-wire-1"`
	el := func(tag, inner string) string { // an element in the wire format, built in JS
		return `String.fromCharCode(1) + "` + tag + `" + ` + inner + ` + String.fromCharCode(5)`
	}
	text := func(js string) string { return `String.fromCharCode(4) + ` + js }
	for _, tc := range []struct{ page, want string }{
		{w, `{"version":`}, // no elements at all
		{w + ` + ` + el("html", el("body", text(`"\uFFFD<<<>>>&&&"`))), `{"version":`},
		{w + ` + ` + el("html", el("body", el("p", text(`"x".repeat(100000)`)))), `{"version":`},
		{w + ` + (String.fromCharCode(1) + "div").repeat(3000) + String.fromCharCode(5).repeat(3000)`, `{"version":`}, // deeper than an HTML parser's 512
		{w + ` + String.fromCharCode(5)`, `{"error":`},                                                                // an end without a start
	} {
		got := swEval[string](t, env, `(async () => { await core; return lede.analyze(`+tc.page+`, "not a url") })()`)
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("analyze(%s) = %.160s, want %s…", tc.page, got, tc.want)
		}
	}

	tt := samplePagesTable[0]
	tb := env.open(t, env.pageURL(tt.path))
	before := eval[string](tb, jsOuter)
	// Make the running core fail the way a dead Go runtime does.
	swEval[bool](t, env, `(async () => { const l = await core; l.analyze = () => { throw new Error('Go program has already exited') }; return true })()`)
	if kind := tb.clickExpectingNotice(); kind != "error" {
		t.Fatalf("notice kind = %q, want error", kind)
	}
	msg := eval[string](tb, jsNoticeTx)
	t.Logf("error notice: %s", msg)
	if !strings.Contains(msg, "already exited") {
		t.Errorf("the error notice does not say what failed: %q", msg)
	}
	if after := eval[string](tb, jsOuterWithoutNotice); after != before {
		t.Errorf("the page changed on error:\n%s", firstDiff(before, after))
	}
	tb.dismissNotice()
	// The worker drops the dead core; the next click starts a fresh one.
	checkCleanAndRestore(t, tb, tt.title, tt.article, tt.clutter)
}

// TestShortcut: the action's command is Alt+Shift+R. Chromium 156 does not
// auto-assign that suggested key (it does assign e.g. Alt+Shift+S), but
// accepts it when the user sets it at chrome://extensions/shortcuts; the test
// does what that page does and checks the binding. The command is
// _execute_action, so the key fires the same action.onClicked that
// Extensions.triggerAction fires in every other test. (Key events sent over
// CDP did not reach the window's accelerators in this headless build, so the
// key press itself is not simulated.)
func TestShortcut(t *testing.T) {
	env := browser(t)
	b, err := os.ReadFile(filepath.Join(env.extDir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Commands map[string]struct {
			SuggestedKey map[string]string `json:"suggested_key"`
		}
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if got := m.Commands["_execute_action"].SuggestedKey["default"]; got != "Alt+Shift+R" {
		t.Fatalf("manifest suggests %q for the action, want Alt+Shift+R", got)
	}
	shortcut := `chrome.commands.getAll().then(c => c.find(x => x.name === '_execute_action').shortcut)`
	if sc := swEval[string](t, env, shortcut); sc == "" {
		t.Log("Alt+Shift+R was not auto-assigned; assigning it as chrome://extensions/shortcuts does")
		ext := env.open(t, "chrome://extensions/shortcuts")
		if r := eval[string](ext, `chrome.developerPrivate.updateExtensionCommand({extensionId: '`+env.extID+`', commandName: '_execute_action', keybinding: 'Alt+Shift+R'}).then(() => 'ok', e => String(e))`); r != "ok" {
			t.Fatalf("cannot assign Alt+Shift+R: %s", r)
		}
		ext.cancel()
	}
	if sc := swEval[string](t, env, shortcut); sc != "Alt+Shift+R" {
		t.Fatalf("shortcut = %q, want Alt+Shift+R", sc)
	}
}

// TestOptions: the options stored by the options page take effect: sidebar
// off cleans the page without a sidebar; UI language zh shows Chinese.
func TestOptions(t *testing.T) {
	env := browser(t)
	defer swEval[bool](t, env, `chrome.storage.sync.clear().then(() => true)`)
	tt := samplePagesTable[0]

	// The options page itself: localised, and it stores what the reader picks.
	opt := env.open(t, "chrome-extension://"+env.extID+"/options.html")
	if h := eval[string](opt, `document.querySelector('h1').textContent`); h != "Lede options" {
		t.Errorf("options page heading = %q", h)
	}
	eval[bool](opt, `(() => { const s = document.getElementById('sidebar'); if (!s.checked) throw new Error('sidebar box not checked by default'); s.click(); return true })()`)
	opt.waitFor(`chrome.storage.sync.get('sidebar').then(o => o.sidebar === false)`, "the option to be stored")
	opt.cancel()

	tb := env.open(t, env.pageURL(tt.path))
	before := eval[string](tb, jsOuter)
	if kind := tb.clickExpectingNotice(); kind != "" {
		t.Fatalf("notice %q instead of the clean view", kind)
	}
	if eval[bool](tb, jsSidebar) {
		t.Error("sidebar shown although the option is off")
	}
	if eval[string](tb, `document.documentElement.getAttribute('data-lede')`) != "on" {
		t.Error("the page is not marked clean")
	}
	tb.turnOff()
	if after := eval[string](tb, jsOuter); after != before {
		t.Errorf("restore is not exact:\n%s", firstDiff(before, after))
	}

	swEval[bool](t, env, `chrome.storage.sync.set({sidebar: true, uiLang: 'zh'}).then(() => true)`)
	tb.turnOn()
	if sb := eval[string](tb, `document.querySelector('lede-sidebar').shadowRoot.textContent`); !strings.Contains(sb, "分钟") {
		t.Errorf("sidebar in zh shows no Chinese reading time: %q", sb)
	}
	tb.turnOff()
}

// TestSerialiserFidelity: the content script's serialisation of a page full
// of parser edge cases, parsed by the Go core, gives back the live DOM's
// tree: every element numbered, same tag, same parent, and no element the
// Go parser had to invent.
func TestSerialiserFidelity(t *testing.T) {
	env := browser(t)
	tb := env.open(t, env.pageURL("/testdata/pages/torture.html"))
	before := eval[string](tb, jsOuter)
	// The tree as the content script will see it (before the click adds ours).
	live := eval[[]string](tb, `(() => {
		const all = [...document.getElementsByTagName('*')];
		const index = new Map(all.map((e, i) => [e, i]));
		const skip = e => { for (let p = e.parentElement; p; p = p.parentElement) if (p.namespaceURI !== 'http://www.w3.org/1999/xhtml' && (p.localName === 'svg' || p.localName === 'math')) return true; return false };
		return all.map(e => skip(e) ? '' : e.localName + ' ' + (e.parentElement ? index.get(e.parentElement) : -1));
	})()`)
	kind := tb.clickExpectingNotice()
	page := swEval[string](t, env, `globalThis.lastRun.page || ''`)
	if page == "" {
		t.Fatal("the service worker kept no serialised page (ledeDebug)")
	}
	root, err := wire.Decode(page)
	if err != nil {
		t.Fatal(err)
	}
	doc := dom.FromNode(root)
	seen := map[int]bool{}
	for _, e := range doc.Elems {
		if dom.Attr(e.Node, dom.AttrID) == "" {
			t.Errorf("the Go parser made an element the page does not have: <%s> (index %d)", e.Node.Data, e.Index)
			continue
		}
		if seen[e.ID] {
			t.Errorf("node id %d used twice", e.ID)
		}
		seen[e.ID] = true
		parent := -1
		if e.Parent != nil {
			parent = e.Parent.ID
		}
		if e.ID >= len(live) {
			t.Errorf("node id %d beyond the live page's %d elements", e.ID, len(live))
			continue
		}
		if want, got := live[e.ID], fmt.Sprintf("%s %d", e.Node.Data, parent); want != got {
			t.Errorf("node %d: live page has %q, Go parsed %q", e.ID, want, got)
		}
	}
	for id, l := range live {
		if l != "" && !seen[id] {
			t.Errorf("live element %d (%s) missing from the serialisation", id, l)
		}
	}
	hidden := map[string]bool{}
	for _, e := range doc.Elems {
		if e.Hidden || e.Fixed != "" {
			hidden[fmt.Sprintf("%s.%s hidden=%v fixed=%s", e.Node.Data, dom.Attr(e.Node, "class"), e.Hidden, e.Fixed)] = true
		}
	}
	for _, want := range []string{"div.hidden hidden=true fixed=", "div.inv hidden=true fixed=", "div.fixed hidden=false fixed=fixed", "header.sticky hidden=false fixed=sticky"} {
		if !hidden[want] {
			t.Errorf("live facts: want %q among %v", want, hidden)
		}
	}
	for _, e := range doc.Elems {
		c := dom.Attr(e.Node, "class")
		if (c == "vis" || c == "contents") && e.Hidden {
			t.Errorf("<%s class=%s> is rendered but marked hidden", e.Node.Data, c)
		}
	}
	if strings.Contains(page, strings.Repeat("A", 3000)) {
		t.Error("a 5 KB data: URI was copied into the serialisation")
	}
	if kind == "" {
		tb.turnOff()
	} else {
		tb.waitFor(`!document.querySelector('lede-notice')`, "the notice to go away")
	}
	if after := eval[string](tb, jsOuter); after != before {
		t.Errorf("the page is not as it was:\n%s", firstDiff(before, after))
	}
	// The tree as HTML, parsed by the HTML5 parser, is the same tree: the
	// core sees what it would see in a saved copy of the live page.
	var rendered bytes.Buffer
	html.Render(&rendered, root)
	reparsed, err := dom.Parse(rendered.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(reparsed.Elems) != len(doc.Elems) {
		t.Errorf("the decoded tree has %d elements, its HTML re-parsed %d", len(doc.Elems), len(reparsed.Elems))
	}
	for i := range min(len(reparsed.Elems), len(doc.Elems)) {
		a, b := doc.Elems[i], reparsed.Elems[i]
		if a.ID != b.ID || a.Node.Data != b.Node.Data || a.TextLen != b.TextLen {
			t.Errorf("element %d: decoded <%s> id %d text %d, re-parsed <%s> id %d text %d", i, a.Node.Data, a.ID, a.TextLen, b.Node.Data, b.ID, b.TextLen)
			break
		}
	}
}

// TestWarmUp: after the core starts, the worker analyses the build's
// warm-up pages (sw.js warmUp), between clicks, until it has made every run.
func TestWarmUp(t *testing.T) {
	env := browser(t)
	deadline := time.Now().Add(clickTimeout)
	for {
		runs := swEval[float64](t, env, `(globalThis.ledeStartup && globalThis.ledeStartup.warmRuns) || 0`)
		if runs >= 12 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker made %v warm-up runs in %v, want 12", runs, clickTimeout)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestSameTabNextPage: a repeat click reaches the content script already in
// the page by a message (sw.js run); when the tab has moved on to another
// document, that message cannot arrive and the click injects afresh. Both
// pages of the same tab are cleaned and restored exactly.
func TestSameTabNextPage(t *testing.T) {
	env := browser(t)
	first, next := samplePagesTable[0], samplePagesTable[1]
	tb := env.open(t, env.pageURL(first.path))
	checkCleanAndRestore(t, tb, first.title, first.article, first.clutter)
	checkCleanAndRestore(t, tb, first.title, first.article, first.clutter) // the message path
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	tb.url = env.pageURL(next.path)
	if err := chromedp.Do(ctx, chromedp.Navigate(tb.url)); err != nil {
		t.Fatalf("navigate %s: %v", tb.url, err)
	}
	checkCleanAndRestore(t, tb, next.title, next.article, next.clutter)
}
