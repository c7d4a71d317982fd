package browsertest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"lede/internal/buildext"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/extensions"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// Timeouts for one step; generous because the box is shared.
const (
	stepTimeout  = 30 * time.Second
	clickTimeout = 30 * time.Second
)

var inCI = os.Getenv("CI") != ""

// skipOrFail skips a test whose prerequisite is missing, or fails it in CI.
func skipOrFail(t testing.TB, format string, a ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, a...)
	if inCI {
		t.Fatalf("%s (CI is set, so this is an error)", msg)
	}
	fmt.Fprintf(os.Stderr, "\n*** SKIPPING %s: %s ***\n\n", t.Name(), msg)
	t.Skip(msg)
}

// repoRoot is the directory holding go.mod.
func repoRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// corpusDir returns the shared corpus or skips (fails in CI) when absent.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("LEDE_CORPUS")
	if dir == "" {
		dir = filepath.Join(repoRoot(t), "..", "shared", "corpus")
	}
	if _, err := os.Stat(filepath.Join(dir, "FORMAT.md")); err != nil {
		skipOrFail(t, "the corpus is not at %s (set LEDE_CORPUS); corpus tests need ../shared", dir)
	}
	return dir
}

func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/lib/chromium/chromium", "/usr/lib/chromium-browser/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// browserEnv is one Chromium with the extension loaded, shared by the tests
// of this package (starting a browser per test would dominate the run time).
type browserEnv struct {
	ctx     context.Context // browser context (first tab)
	extID   string
	swID    target.ID
	swCtx   context.Context // attached to the service worker
	server  *httptest.Server
	mux     *http.ServeMux
	extDir  string
	cleanup func()
}

var (
	envOnce sync.Once
	envErr  error
	shared  *browserEnv
)

// browser returns the shared browser, starting it on first use.
func browser(t testing.TB) *browserEnv {
	t.Helper()
	exe := chromiumPath()
	if exe == "" {
		skipOrFail(t, "no Chromium found (install Debian's chromium or set CHROMIUM): BROWSER TESTS DID NOT RUN")
	}
	envOnce.Do(func() {
		var extDir string
		if extDir, envErr = extensionDir(t); envErr != nil {
			return
		}
		var profile string
		if profile, envErr = os.MkdirTemp("", "lede-profile-"); envErr != nil {
			return
		}
		tempDirs = append(tempDirs, profile)
		shared, envErr = startBrowser(t, exe, launch{extDir: extDir, profile: profile, attach: true})
	})
	if envErr != nil {
		t.Fatalf("starting Chromium with the extension: %v", envErr)
	}
	return shared
}

var tempDirs []string

// extensionDir is the built extension to load: LEDE_EXT_DIR, or a fresh
// build into a temporary directory.
func extensionDir(t testing.TB) (string, error) {
	root := repoRoot(t)
	extDir := os.Getenv("LEDE_EXT_DIR")
	if extDir == "" {
		out, err := os.MkdirTemp("", "lede-ext-")
		if err != nil {
			return "", err
		}
		tempDirs = append(tempDirs, out)
		res, err := buildext.Build(buildext.Options{Root: root, OutDir: out})
		if err != nil {
			return "", err
		}
		extDir = res.ExtDir
	}
	if !filepath.IsAbs(extDir) { // relative to the repository, not to this package
		extDir = filepath.Join(root, extDir)
	}
	if _, err := os.Stat(filepath.Join(extDir, "manifest.json")); err != nil {
		return "", fmt.Errorf("no built extension at %s: %w", extDir, err)
	}
	return extDir, nil
}

// unpackedID is the id Chromium gives an extension loaded unpacked from dir:
// the first 128 bits of the SHA-256 of its absolute path, in hex digits
// written a–p.
func unpackedID(dir string) string {
	sum := sha256.Sum256([]byte(dir))
	id := make([]byte, 32)
	for i, c := range hex.EncodeToString(sum[:16]) {
		if c <= '9' {
			id[i] = byte('a' + c - '0')
		} else {
			id[i] = byte('a' + 10 + c - 'a')
		}
	}
	return string(id)
}

// launch says how to start a browser.
type launch struct {
	extDir  string
	profile string // user data directory; a reused one keeps the extension installed
	// attach keeps a DevTools session on the service worker (swCtx): it keeps
	// the worker alive and lets tests read its state. The bench does without,
	// as a user's browser does.
	attach bool
	// waitWorker waits for the extension's service worker to be listed (a
	// fresh profile starts it to install the extension; a reused one may not
	// start it until the first click).
	waitWorker bool
}

func startBrowser(t testing.TB, exe string, l launch) (*browserEnv, error) {
	extDir, profile := l.extDir, l.profile
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", "new"),
		chromedp.Flag("disable-extensions", false), // the defaults disable extensions
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("lang", "en-US"),
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(profile),
		chromedp.Flag("load-extension", extDir),
		chromedp.Flag("disable-extensions-except", extDir),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		cancelCtx()
		cancelAlloc()
		return nil, err
	}
	env := &browserEnv{ctx: ctx, extDir: extDir, extID: unpackedID(extDir)}
	env.mux = http.NewServeMux()
	env.server = httptest.NewServer(env.mux)
	env.cleanup = func() {
		cancelCtx()
		cancelAlloc()
		env.server.Close()
	}
	if !l.attach && !l.waitWorker {
		registerPages(t, env)
		return env, nil
	}
	if err := env.findWorker(stepTimeout); err != nil {
		env.cleanup()
		return nil, err
	}
	if l.attach {
		// Attaching keeps the worker alive for the whole run; ledeDebug makes
		// it keep the last Analysis and serialised page for the tests to read.
		env.swCtx, _ = chromedp.NewContext(ctx, chromedp.WithTargetID(env.swID))
		if _, err := chromedp.Run(env.swCtx, chromedp.Evaluate[bool]("globalThis.ledeDebug = true")); err != nil {
			env.cleanup()
			return nil, fmt.Errorf("attaching to the service worker: %w", err)
		}
	}
	registerPages(t, env)
	return env, nil
}

// findWorker waits up to timeout for the extension's service worker target
// and records its id and the extension's id.
func (env *browserEnv) findWorker(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		if id, ext := env.workerTarget(); id != "" {
			if ext != env.extID {
				return fmt.Errorf("the extension's id is %s, not %s as computed from its path", ext, env.extID)
			}
			env.swID = id
			return nil
		}
		if time.Now().After(deadline) {
			return errors.New("the extension's service worker did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// workerTarget is the running service worker of the extension ("" when the
// worker is not running), listed without attaching to it.
func (env *browserEnv) workerTarget() (target.ID, string) {
	infos, err := chromedp.Targets(env.ctx)
	if err != nil {
		return "", ""
	}
	for _, ti := range infos {
		if ti.Type == "service_worker" && strings.HasPrefix(ti.URL, "chrome-extension://") {
			return ti.TargetID, strings.Split(strings.TrimPrefix(ti.URL, "chrome-extension://"), "/")[0]
		}
	}
	return "", ""
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared != nil {
		shared.cleanup()
	}
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// tab is one page of the shared browser.
type tab struct {
	t       testing.TB
	env     *browserEnv
	ctx     context.Context
	cancel  context.CancelFunc
	url     string
	clickAt time.Time
}

// open opens url in a new tab of the shared browser.
func (env *browserEnv) open(t testing.TB, url string) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(env.ctx)
	tb := &tab{t: t, env: env, ctx: ctx, cancel: cancel, url: url}
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatalf("new tab: %v", err)
	}
	sctx, scancel := context.WithTimeout(ctx, stepTimeout)
	defer scancel()
	if err := chromedp.Do(sctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
	return tb
}

// eval evaluates js in the page's main world.
func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluate %.80q: %v", js, err)
	}
	return v
}

// swEval evaluates js in the extension's service worker.
func swEval[T any](t testing.TB, env *browserEnv, js string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(env.swCtx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("service worker evaluate %.80q: %v", js, err)
	}
	return v
}

// tabTargetID finds the tab target (not the page target) showing url:
// Extensions.triggerAction only accepts tab targets.
func (tb *tab) tabTargetID() string {
	tb.t.Helper()
	browser := chromedp.FromContext(tb.ctx).Browser
	res, err := cdp.Call(tb.ctx, browser, target.GetTargets, target.GetTargetsParams{Filter: target.Filter{{Type: "tab"}}})
	if err != nil {
		tb.t.Fatalf("Target.getTargets: %v", err)
	}
	pageID := chromedp.FromContext(tb.ctx).Target.TargetID
	var byURL []string
	for _, ti := range res.TargetInfos {
		if ti.Type != "tab" {
			continue
		}
		// A tab target's id differs from its page's; match by URL, and
		// prefer the one whose opener chain we created if several match.
		if ti.URL == tb.url {
			byURL = append(byURL, string(ti.TargetID))
		}
	}
	if len(byURL) == 0 {
		tb.t.Fatalf("no tab target shows %s (page target %s)", tb.url, pageID)
	}
	return byURL[len(byURL)-1]
}

// activate brings the tab to the front, where a user's click happens.
func (tb *tab) activate() {
	tb.t.Helper()
	browser := chromedp.FromContext(tb.ctx).Browser
	if _, err := cdp.Call(tb.ctx, browser, target.ActivateTarget, target.ActivateTargetParams{TargetID: chromedp.FromContext(tb.ctx).Target.TargetID}); err != nil {
		tb.t.Fatalf("Target.activateTarget: %v", err)
	}
}

// armShownProbe records, in the page, when the clean view is first painted:
// one animation frame after the sidebar (or, with the sidebar off, the clean
// marker) appears. It dismisses a notice left by an earlier click, the way a
// reader clicks it away.
func (tb *tab) armShownProbe() {
	tb.t.Helper()
	tb.dismissNotice()
	eval[bool](tb, `(() => {
		window.__ledeShown = 0;
		const de = document.documentElement;
		new MutationObserver((_, o) => {
			if (document.querySelector('lede-sidebar') || de.getAttribute('data-lede') === 'on') {
				o.disconnect();
				requestAnimationFrame(() => { window.__ledeShown = performance.timeOrigin + performance.now(); });
			}
		}).observe(de, {childList: true, attributes: true, attributeFilter: ['data-lede']});
		return true })()`)
}

// dismissNotice clicks a notice away, as a reader does.
func (tb *tab) dismissNotice() {
	tb.t.Helper()
	if eval[bool](tb, jsNotice) {
		eval[bool](tb, `(document.querySelector('lede-notice').shadowRoot.querySelector('.n').click(), true)`)
		tb.waitFor(`!`+jsNotice, "the notice to go")
	}
}

// click presses the toolbar button the way a user does.
func (tb *tab) click() {
	tb.t.Helper()
	browser := chromedp.FromContext(tb.ctx).Browser
	tb.activate()
	_, err := cdp.Call(tb.ctx, browser, extensions.TriggerAction, extensions.TriggerActionParams{ID: tb.env.extID, TargetID: tb.tabTargetID()})
	if err != nil {
		tb.t.Fatalf("Extensions.triggerAction: %v", err)
	}
}

// waitForClick waits for the clean view or a notice; it returns false at once
// when the service worker could not inject the content script.
func (tb *tab) waitForClick() bool {
	tb.t.Helper()
	deadline := time.Now().Add(clickTimeout)
	for {
		if eval[bool](tb, `(`+jsOn+` && window.__ledeShown > 0) || `+jsNotice) {
			return true
		}
		if swEval[bool](tb.t, tb.env, `!!(globalThis.lastRun && /Cannot access contents/.test(globalThis.lastRun.error || ''))`) {
			return false
		}
		if time.Now().After(deadline) {
			last := swEval[string](tb.t, tb.env, "JSON.stringify(globalThis.lastRun && {...globalThis.lastRun, json: undefined, page: undefined})")
			tb.t.Fatalf("timed out waiting for the clean view or a notice on %s (service worker lastRun: %s)", tb.url, last)
		}
		time.Sleep(15 * time.Millisecond)
	}
}

// waitFor polls the boolean expression js until it holds.
func (tb *tab) waitFor(js, what string) {
	tb.t.Helper()
	deadline := time.Now().Add(clickTimeout)
	for {
		if eval[bool](tb, js) {
			return
		}
		if time.Now().After(deadline) {
			last := swEval[string](tb.t, tb.env, "JSON.stringify(globalThis.lastRun && {...globalThis.lastRun, json: undefined, page: undefined})")
			tb.t.Fatalf("timed out waiting for %s on %s (service worker lastRun: %s)", what, tb.url, last)
		}
		time.Sleep(15 * time.Millisecond)
	}
}

const (
	jsOn      = `document.documentElement.hasAttribute('data-lede')`
	jsOff     = `!document.documentElement.hasAttribute('data-lede') && !document.querySelector('lede-sidebar')`
	jsNotice  = `!!document.querySelector('lede-notice')`
	jsSidebar = `!!document.querySelector('lede-sidebar')`
	// no sidebar, or one with every item in it (sidebar.js appends the
	// items below the first screenful after the first frame)
	jsSidebarComplete = `(s => !s || !!s.dataset.complete)(document.querySelector('lede-sidebar'))`
	jsOuter           = `document.documentElement.outerHTML`
	// the page without our notice host (the notice is the one thing a
	// not-an-article click adds, and it removes itself after a few seconds)
	jsOuterWithoutNotice = `(() => { const c = document.documentElement.cloneNode(true); c.querySelectorAll('lede-notice').forEach(n => n.remove()); return c.outerHTML })()`
	jsVisible            = `document.body ? document.body.innerText : ''`
	jsTimings            = `(document.querySelector('lede-sidebar') || {dataset: {}}).dataset.timings || ''`
	jsNoticeTx           = `(() => { const n = document.querySelector('lede-notice'); return n ? n.dataset.kind + ': ' + n.shadowRoot.querySelector('.n').textContent : '' })()`
)

// turnOn clicks and waits until the page is clean; it returns the time from
// the click to the sidebar being in the page and painted (one frame later).
func (tb *tab) turnOn() time.Duration {
	tb.t.Helper()
	if kind := tb.clickExpectingNotice(); kind != "" {
		tb.t.Fatalf("Lede showed a notice instead of the clean view: %s", eval[string](tb, jsNoticeTx))
	}
	return tb.shownAfterClick()
}

// clickTries bounds the clicks clickExpectingNotice makes when headless
// Chromium's triggerAction does not grant activeTab.
const clickTries = 5

// clickExpectingNotice clicks and waits for the clean view or a notice; it
// returns the notice's kind ("" for the clean view).
func (tb *tab) clickExpectingNotice() string {
	tb.t.Helper()
	tb.armShownProbe()
	for try := 1; ; try++ {
		swEval[bool](tb.t, tb.env, `(globalThis.lastRun = null, true)`)
		tb.clickAt = time.Now()
		tb.click()
		if tb.waitForClick() || try == clickTries {
			break
		}
		// Seen in headless Chromium now and then (also in the recipe's
		// experiments), more often on a loaded machine: triggerAction fires
		// the action without granting activeTab, and executeScript is
		// refused. A user's click does not do that; wait a little longer
		// each time and click again.
		tb.t.Logf("RETRYING the click (try %d): triggerAction did not grant activeTab", try)
		time.Sleep(time.Duration(try) * 150 * time.Millisecond)
	}
	// The sidebar's items below its first screenful follow the first frame;
	// what the tests read is the whole sidebar.
	tb.waitFor(jsSidebarComplete, "the whole sidebar")
	return eval[string](tb, `(document.querySelector('lede-notice') || {dataset: {}}).dataset.kind || ''`)
}

// shownAfterClick is the time from the last click to the sidebar painted.
func (tb *tab) shownAfterClick() time.Duration {
	shown := eval[float64](tb, `window.__ledeShown`)
	return time.UnixMicro(int64(shown * 1000)).Sub(tb.clickAt)
}

// turnOff clicks again and waits for the restore.
func (tb *tab) turnOff() {
	tb.t.Helper()
	tb.click()
	tb.waitFor(jsOff, "the restore")
}

// analysis returns the full Analysis of the page the last click sent, as the
// WASM core in the worker makes it (the click itself gets the page's view).
func (tb *tab) analysis() map[string]any {
	tb.t.Helper()
	s := swEval[string](tb.t, tb.env, `(async () => { const l = await core; const r = globalThis.lastRun; return r && r.page ? l.analyze(r.page, r.url, { uiLang: r.uiLang }) : '' })()`)
	var a map[string]any
	if err := json.Unmarshal([]byte(s), &a); err != nil {
		tb.t.Fatalf("last Analysis is not JSON (%v): %.200s", err, s)
	}
	return a
}
