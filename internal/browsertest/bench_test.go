package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"lede/internal/bench"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/extensions"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The browser bench (`./build.sh bench` runs it):
//
//	go test ./internal/browsertest -run '^$' -bench Browser -benchtime 1x -timeout 60m
//
// It loads the built extension into headless Chromium and, over corpus pages
// served from 127.0.0.1 with page scripts blocked, measures clicks from the
// toolbar button to the clean page and sidebar painted, split into phases;
// Readability.js's parse on the same pages in the same browser; first clicks
// after a browser start and after the worker was stopped for idleness; and
// the WASM core's memory around a 5 MB page. The data goes to
// LEDE_BENCH_OUT/browser.json; cmd/benchreport prints the table.
//
// Environment (besides the package's):
//
//	LEDE_READABILITY   Readability.js (@mozilla/readability); without it the comparison is skipped
//	LEDE_BENCH_PAGES   corpus pages for warm clicks (default 64)
//	LEDE_BENCH_CLICKS  warm clicks per page (default 3)
//	LEDE_BENCH_COLD    first clicks after a browser start, on the pages nearest 300 KB (default 10)
//	LEDE_BENCH_IDLE    clicks after the worker was stopped for idleness, 30 s each (default 2)

// benchSets are the corpus sets the bench samples; gne_zh/163_* are left out
// (they document.write after load).
var benchSets = []string{"seed", "zyte_aeb", "readability", "daniel_zh", "gne_zh"}

const (
	benchColdTarget  = 300 << 10 // cold clicks are measured on pages nearest this size
	benchClickWait   = 20 * time.Second
	benchMemoryBytes = 5 << 20
)

type benchConfig struct {
	pages, clicks, cold, idle, readRuns int
	readability                         string // Readability.js source
	readabilityVersion                  string
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v >= 0 {
		return v
	}
	return def
}

type benchPage struct {
	set, id, lang string
	bytes         int
}

// benchCandidates are the corpus pages with a gold article body in English
// or Chinese, sorted by set and id.
func benchCandidates(t testing.TB, corpus string) []benchPage {
	var out []benchPage
	for _, set := range benchSets {
		entries, err := os.ReadDir(filepath.Join(corpus, set))
		if err != nil {
			t.Fatalf("corpus set %s: %v", set, err)
		}
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "163_") {
				continue
			}
			dir := filepath.Join(corpus, set, e.Name())
			g := readGold(t, dir)
			if g.Body == nil || (g.Lang != "en" && g.Lang != "zh") {
				continue
			}
			st, err := os.Stat(filepath.Join(dir, "page.html"))
			if err != nil {
				continue
			}
			out = append(out, benchPage{set, e.Name(), g.Lang, int(st.Size())})
		}
	}
	return out
}

// pickEvenly takes n pages spread evenly over the candidates (all sets and
// both languages, in proportion), always with the seed.
func pickEvenly(cands []benchPage, n int) []benchPage {
	if n >= len(cands) {
		return cands
	}
	out := make([]benchPage, 0, n)
	for i := range n {
		out = append(out, cands[i*len(cands)/n])
	}
	return out
}

// nearest returns the n candidates whose size is nearest target.
func nearest(cands []benchPage, target, n int) []benchPage {
	s := append([]benchPage(nil), cands...)
	sort.SliceStable(s, func(i, j int) bool {
		return math.Abs(float64(s[i].bytes-target)) < math.Abs(float64(s[j].bytes-target))
	})
	return s[:min(n, len(s))]
}

func BenchmarkBrowser(b *testing.B) {
	exe := chromiumPath()
	if exe == "" {
		skipOrFail(b, "no Chromium found (install Debian's chromium or set CHROMIUM): the browser bench did not run")
	}
	corpus := corpusDir(b)
	cfg := benchConfig{
		pages:    envInt("LEDE_BENCH_PAGES", 64),
		clicks:   max(1, envInt("LEDE_BENCH_CLICKS", 3)),
		cold:     envInt("LEDE_BENCH_COLD", 10),
		idle:     envInt("LEDE_BENCH_IDLE", 2),
		readRuns: 5,
	}
	if p := os.Getenv("LEDE_READABILITY"); p != "" {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatalf("LEDE_READABILITY: %v", err)
		}
		cfg.readability = string(src)
		var pkg struct{ Version string }
		if pj, err := os.ReadFile(filepath.Join(filepath.Dir(p), "package.json")); err == nil && json.Unmarshal(pj, &pkg) == nil {
			cfg.readabilityVersion = pkg.Version
		}
	} else {
		fmt.Fprintln(os.Stderr, "\n*** LEDE_READABILITY is not set: the bench runs WITHOUT the Readability.js comparison (./build.sh bench installs it) ***")
	}
	extDir, err := extensionDir(b)
	if err != nil {
		b.Fatal(err)
	}
	cands := benchCandidates(b, corpus)
	pages := pickEvenly(cands, cfg.pages)
	profile := b.TempDir()
	rep := bench.BrowserReport{Readability: cfg.readabilityVersion, LoadStart: bench.LoadAverage()}

	for range b.N { // one run is the measurement; -benchtime 1x
		// Warm clicks, Readability.js and the idle worker, in one browser whose
		// fresh profile installs the extension.
		env, err := startBrowser(b, exe, launch{extDir: extDir, profile: profile, waitWorker: true})
		if err != nil {
			b.Fatalf("starting Chromium: %v", err)
		}
		env.mux.HandleFunc("/bench/synthetic.html", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Security-Policy", cspNoScripts)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(bench.Synthetic("en", benchMemoryBytes, bench.PortalArticleBytes)))
		})
		if v, err := cdp.Call(env.ctx, chromedp.FromContext(env.ctx).Browser, cdpbrowser.GetVersion, cdp.Empty{}); err == nil {
			rep.Browser = v.Product
		}
		// Two clicks on our own page: the core is instantiated and warm.
		if bt, err := openBenchTab(b, env, "/testdata/pages/sample-en.html"); err == nil {
			for range 2 {
				if _, err := bt.click(); err != nil {
					b.Fatalf("warm-up click: %v", err)
				}
			}
			bt.close()
		} else {
			b.Fatal(err)
		}
		for i, p := range pages {
			bp := benchOnePage(b, env, p, cfg)
			fmt.Fprintf(os.Stderr, "bench %d/%d %s/%s %d KB: Lede %.1f ms, Readability.js %.1f ms %s\n", i+1, len(pages), p.set, short(p.id), p.bytes>>10, bp.WarmMs, bp.ReadabilityMs, bp.Error)
			rep.Pages = append(rep.Pages, bp)
		}
		for i, p := range nearest(cands, benchColdTarget, cfg.idle) {
			cc := benchIdleClick(b, env, p)
			fmt.Fprintf(os.Stderr, "bench after idle %d/%d %s/%s %d KB: %.1f ms %s\n", i+1, cfg.idle, p.set, short(p.id), p.bytes>>10, cc.Click.TotalMs, cc.Error)
			rep.ColdAfterIdle = append(rep.ColdAfterIdle, cc)
		}
		rep.Memory = benchMemory(b, env)
		env.cleanup()

		// Cold: a fresh browser for each click, on the installed profile.
		for i, p := range nearest(cands, benchColdTarget, cfg.cold) {
			cc := benchColdClick(b, exe, extDir, profile, p)
			fmt.Fprintf(os.Stderr, "bench cold %d/%d %s/%s %d KB: %.1f ms %s\n", i+1, cfg.cold, p.set, short(p.id), p.bytes>>10, cc.Click.TotalMs, cc.Error)
			rep.Cold = append(rep.Cold, cc)
		}
		break
	}

	rep.LoadEnd = bench.LoadAverage()
	var warm, ratios []float64
	for _, p := range rep.Pages {
		if p.Error == "" {
			warm = append(warm, p.WarmMs)
		}
		if p.ReadabilityFirstMs > 0 && len(p.Clicks) > 0 { // like for like, first run on the page (bench.Summary)
			ratios = append(ratios, (p.Clicks[0].SerialiseMs+p.Clicks[0].WasmMs)/p.ReadabilityFirstMs)
		}
	}
	var cold []float64
	for _, c := range rep.Cold {
		if c.Error == "" {
			cold = append(cold, c.Click.TotalMs)
		}
	}
	b.ReportMetric(bench.Median(warm), "warm-p50-ms")
	b.ReportMetric(bench.Quantile(warm, 0.95), "warm-p95-ms")
	if len(cold) > 0 {
		b.ReportMetric(bench.Median(cold), "cold-ms")
	}
	if len(ratios) > 0 {
		b.ReportMetric(bench.Median(ratios), "ratio-readability")
	}
	b.ReportMetric(float64(len(warm)), "pages")
	if dir := bench.OutDir(); dir != "" {
		if err := bench.WriteJSON(dir, bench.BrowserFile, rep); err != nil {
			b.Fatal(err)
		}
	}
}

// benchTab is one page of a bench browser. Unlike the tests' tab it keeps
// the DevTools DOM and CSS agents off (they would hear every attribute Lede
// sets) and polls lightly.
type benchTab struct {
	*tab
	tabTarget string
}

func openBenchTab(t testing.TB, env *browserEnv, path string) (*benchTab, error) {
	tb := env.open(t, env.pageURL(path))
	sess := chromedp.FromContext(tb.ctx).Target
	for _, disable := range []func() error{
		func() error { _, err := cdp.Call(tb.ctx, sess, dom.Disable, cdp.Empty{}); return err },
		func() error { _, err := cdp.Call(tb.ctx, sess, css.Disable, cdp.Empty{}); return err },
	} {
		if err := disable(); err != nil {
			return nil, err
		}
	}
	tb.activate()
	// A reader clicks a page they have seen: wait until it has been
	// rendered (two frames) and its fonts have loaded.
	eval[bool](tb, jsSettled)
	return &benchTab{tab: tb, tabTarget: tb.tabTargetID()}, nil
}

// jsSettled resolves once the page has rendered two frames and its fonts
// are ready.
const jsSettled = `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => document.fonts.ready.then(() => r(true)))))`

func (bt *benchTab) close() { bt.cancel() }

// jsBenchProbe records, in the page, when the frame that shows Lede's result
// (the sidebar or a notice) has been rendered: a MutationObserver sees the
// host arrive, requestAnimationFrame waits for the next frame, and a message
// posted from there runs after that frame's style, layout and paint.
const jsBenchProbe = `(() => {
	window.__ledeBench = 0;
	new MutationObserver((_, o) => {
		if (!document.querySelector('lede-sidebar, lede-notice')) return;
		o.disconnect();
		requestAnimationFrame(() => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => { window.__ledeBench = performance.timeOrigin + performance.now(); };
			ch.port2.postMessage(0);
		});
	}).observe(document.documentElement, {childList: true});
	return true })()`

const jsBenchTimings = `(() => {
	const h = document.querySelector('lede-sidebar') || document.querySelector('lede-notice');
	return JSON.stringify({timings: h ? h.dataset.timings || '' : '', outcome: !h ? '' : h.localName === 'lede-sidebar' ? 'clean' : h.dataset.kind});
})()`

// contentTimings is what content.js records for a click.
type contentTimings struct {
	Start, End                    float64
	SerialiseMs, RoundTripMs      float64
	HandlerMs, WasmMs, CoreWaitMs float64
	ParseMs, ApplyMs              float64
	ApplySteps                    map[string]float64
	WasmMemoryBytes               uint64
	Chars, Elements               int
	Core                          map[string]float64
	Startup                       *struct{ InstantiateMs, WarmUpMs float64 }
}

// trigger presses the toolbar button and returns when it was pressed.
func (bt *benchTab) trigger() (time.Time, error) {
	browserSess := chromedp.FromContext(bt.ctx).Browser
	at := time.Now()
	_, err := cdp.Call(bt.ctx, browserSess, extensions.TriggerAction, extensions.TriggerActionParams{ID: bt.env.extID, TargetID: bt.tabTarget})
	return at, err
}

// click measures one click and then restores the page (or dismisses the
// notice). A click that shows nothing within benchClickWait is tried again
// (triggerAction now and then fires without granting activeTab).
func (bt *benchTab) click() (bench.Click, error) {
	var c bench.Click
	var lastErr error
	for try := 0; try < 3; try++ {
		eval[bool](bt.tab, jsBenchProbe)
		clickAt, err := bt.trigger()
		if err != nil {
			return c, fmt.Errorf("Extensions.triggerAction: %w", err)
		}
		shown := bt.waitShown()
		if shown == 0 {
			lastErr = fmt.Errorf("nothing shown %v after the click", benchClickWait)
			continue
		}
		complete := bt.waitComplete()
		var res struct{ Timings, Outcome string }
		if err := json.Unmarshal([]byte(eval[string](bt.tab, jsBenchTimings)), &res); err != nil {
			return c, err
		}
		var t contentTimings
		if err := json.Unmarshal([]byte(res.Timings), &t); err != nil {
			return c, fmt.Errorf("content script timings %q: %v", res.Timings, err)
		}
		click := float64(clickAt.UnixNano()) / 1e6
		c = bench.Click{
			TotalMs:         shown - click,
			InjectMs:        t.Start - click,
			SerialiseMs:     t.SerialiseMs,
			TransferMs:      t.RoundTripMs - t.HandlerMs,
			CoreWaitMs:      t.CoreWaitMs,
			WasmMs:          t.WasmMs,
			WorkerMs:        t.HandlerMs - t.WasmMs - t.CoreWaitMs,
			ParseMs:         t.ParseMs,
			ApplyMs:         t.ApplyMs,
			PaintMs:         shown - t.End,
			CompleteMs:      complete - click,
			CoreMs:          t.Core["total"],
			CoreStages:      t.Core,
			Outcome:         res.Outcome,
			ApplySteps:      t.ApplySteps,
			WasmMemoryBytes: t.WasmMemoryBytes,
			Chars:           t.Chars,
			Elements:        t.Elements,
		}
		if t.Startup != nil {
			c.InstantiateMs, c.WarmUpMs = t.Startup.InstantiateMs, t.Startup.WarmUpMs
		}
		roundClick(&c)
		return c, bt.undo(res.Outcome)
	}
	return c, lastErr
}

func roundClick(c *bench.Click) {
	for _, f := range []*float64{&c.TotalMs, &c.InjectMs, &c.SerialiseMs, &c.TransferMs, &c.CoreWaitMs, &c.WasmMs, &c.WorkerMs, &c.ParseMs, &c.ApplyMs, &c.PaintMs, &c.CompleteMs, &c.CoreMs, &c.InstantiateMs, &c.WarmUpMs} {
		*f = bench.Round(*f)
	}
}

// waitShown polls for the probe's timestamp (0 on timeout).
func (bt *benchTab) waitShown() float64 {
	deadline := time.Now().Add(benchClickWait)
	for time.Now().Before(deadline) {
		if v := eval[float64](bt.tab, `window.__ledeBench || 0`); v > 0 {
			return v
		}
		time.Sleep(10 * time.Millisecond)
	}
	return 0
}

// waitComplete polls for the frame that shows the whole sidebar (sidebar.js
// records it on the host); for a notice, the frame that shows it.
func (bt *benchTab) waitComplete() float64 {
	deadline := time.Now().Add(benchClickWait)
	for time.Now().Before(deadline) {
		v := eval[float64](bt.tab, `(s => s ? +(s.dataset.complete || 0) : window.__ledeBench)(document.querySelector('lede-sidebar'))`)
		if v > 0 {
			return v
		}
		time.Sleep(5 * time.Millisecond)
	}
	return 0
}

// undo returns the page to how it was: a second click, or the notice
// clicked away.
func (bt *benchTab) undo(outcome string) error {
	if outcome != "clean" {
		bt.dismissNotice()
		return nil
	}
	if _, err := bt.trigger(); err != nil {
		return err
	}
	deadline := time.Now().Add(benchClickWait)
	for !eval[bool](bt.tab, jsOff) {
		if time.Now().After(deadline) {
			return errors.New("the second click did not restore the page")
		}
		time.Sleep(10 * time.Millisecond)
	}
	return nil
}

// medianClick is the per-phase median of clicks.
func medianClick(cs []bench.Click) bench.Click {
	if len(cs) == 0 {
		return bench.Click{}
	}
	m := cs[len(cs)/2]
	get := func(f func(bench.Click) float64) float64 {
		xs := make([]float64, len(cs))
		for i, c := range cs {
			xs[i] = f(c)
		}
		return bench.Round(bench.Median(xs))
	}
	m.TotalMs = get(func(c bench.Click) float64 { return c.TotalMs })
	m.InjectMs = get(func(c bench.Click) float64 { return c.InjectMs })
	m.SerialiseMs = get(func(c bench.Click) float64 { return c.SerialiseMs })
	m.TransferMs = get(func(c bench.Click) float64 { return c.TransferMs })
	m.CoreWaitMs = get(func(c bench.Click) float64 { return c.CoreWaitMs })
	m.WasmMs = get(func(c bench.Click) float64 { return c.WasmMs })
	m.WorkerMs = get(func(c bench.Click) float64 { return c.WorkerMs })
	m.ParseMs = get(func(c bench.Click) float64 { return c.ParseMs })
	m.ApplyMs = get(func(c bench.Click) float64 { return c.ApplyMs })
	m.PaintMs = get(func(c bench.Click) float64 { return c.PaintMs })
	m.CompleteMs = get(func(c bench.Click) float64 { return c.CompleteMs })
	m.CoreMs = get(func(c bench.Click) float64 { return c.CoreMs })
	return m
}

// benchOnePage: warm clicks, then Readability.js, on one corpus page.
func benchOnePage(b *testing.B, env *browserEnv, p benchPage, cfg benchConfig) (bp bench.BrowserPage) {
	bp = bench.BrowserPage{Set: p.set, ID: p.id, Lang: p.lang, Bytes: p.bytes}
	bt, err := openBenchTab(b, env, "/corpus/"+p.set+"/"+p.id+"/page.html")
	if err != nil {
		bp.Error = err.Error()
		return bp
	}
	defer bt.close()
	for range cfg.clicks {
		c, err := bt.click()
		if err != nil {
			bp.Error = err.Error()
			return bp
		}
		bp.Clicks = append(bp.Clicks, c)
	}
	bp.Warm = medianClick(bp.Clicks)
	bp.WarmMs = bp.Warm.TotalMs
	if cfg.readability == "" {
		return bp
	}
	runs, chars, err := bt.readability(cfg.readability, cfg.readRuns)
	if err != nil {
		bp.Error = "Readability.js: " + err.Error()
		return bp
	}
	bp.ReadabilityRuns, bp.ReadabilityChars = runs, chars
	bp.ReadabilityFirstMs = runs[0]
	bp.ReadabilityMs = bench.Round(bench.Median(runs[1:]))
	if bp.ReadabilityMs > 0 {
		bp.Ratio = bench.Round(bp.WarmMs / bp.ReadabilityMs)
	}
	return bp
}

// readability injects Readability.js into an isolated world of the page (as
// a content script would be) and times new Readability(document.cloneNode(true)).parse():
// the first parse, then warm ones.
func (bt *benchTab) readability(src string, warmRuns int) ([]float64, int, error) {
	sess := chromedp.FromContext(bt.ctx).Target
	tree, err := cdp.Call(bt.ctx, sess, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		return nil, 0, err
	}
	world, err := cdp.Call(bt.ctx, sess, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: tree.FrameTree.Frame.ID, WorldName: "readability-bench"})
	if err != nil {
		return nil, 0, err
	}
	evalIn := func(expr string) (string, error) {
		yes := true
		res, err := cdp.Call(bt.ctx, sess, runtime.Evaluate, runtime.EvaluateParams{Expression: expr, ContextID: world.ExecutionContextID, ReturnByValue: &yes})
		if err != nil {
			return "", err
		}
		if res.ExceptionDetails != nil {
			return "", fmt.Errorf("%s", res.ExceptionDetails.Text+" "+exceptionText(res.ExceptionDetails))
		}
		var s string
		if res.Result != nil && len(res.Result.Value) > 0 {
			json.Unmarshal(res.Result.Value, &s)
		}
		return s, nil
	}
	if _, err := evalIn(src + "\n;'loaded'"); err != nil {
		return nil, 0, err
	}
	out, err := evalIn(fmt.Sprintf(`(() => {
		const runs = [];
		let chars = 0;
		for (let i = 0; i < %d; i++) {
			const t0 = performance.now();
			const r = new Readability(document.cloneNode(true)).parse();
			runs.push(performance.now() - t0);
			chars = r && r.textContent ? r.textContent.length : 0;
		}
		return JSON.stringify({runs, chars});
	})()`, 1+warmRuns))
	if err != nil {
		return nil, 0, err
	}
	var r struct {
		Runs  []float64
		Chars int
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		return nil, 0, fmt.Errorf("%v: %q", err, out)
	}
	for i := range r.Runs {
		r.Runs[i] = bench.Round(r.Runs[i])
	}
	return r.Runs, r.Chars, nil
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d.Exception != nil {
		return d.Exception.Description
	}
	return ""
}

// benchIdleClick waits until Chromium stops the idle service worker (no
// DevTools session holds it: 30 s after its last event), then clicks.
func benchIdleClick(b *testing.B, env *browserEnv, p benchPage) bench.ColdClick {
	cc := bench.ColdClick{Set: p.set, ID: p.id, Bytes: p.bytes}
	bt, err := openBenchTab(b, env, "/corpus/"+p.set+"/"+p.id+"/page.html")
	if err != nil {
		cc.Error = err.Error()
		return cc
	}
	defer bt.close()
	deadline := time.Now().Add(90 * time.Second)
	for {
		if id, _ := env.workerTarget(); id == "" {
			break
		}
		if time.Now().After(deadline) {
			cc.Error = "the service worker was not stopped within 90 s"
			return cc
		}
		time.Sleep(500 * time.Millisecond)
	}
	running := false
	c, err := bt.click()
	if err != nil {
		cc.Error = err.Error()
	}
	c.WorkerRunning = &running
	cc.Click = c
	return cc
}

// benchColdClick starts a browser on the installed profile, opens the page
// and clicks as soon as it has loaded.
func benchColdClick(b *testing.B, exe, extDir, profile string, p benchPage) bench.ColdClick {
	cc := bench.ColdClick{Set: p.set, ID: p.id, Bytes: p.bytes}
	env, err := startBrowser(b, exe, launch{extDir: extDir, profile: profile})
	if err != nil {
		cc.Error = err.Error()
		return cc
	}
	defer env.cleanup()
	bt, err := openBenchTab(b, env, "/corpus/"+p.set+"/"+p.id+"/page.html")
	if err != nil {
		cc.Error = err.Error()
		return cc
	}
	defer bt.close()
	id, _ := env.workerTarget()
	running := id != ""
	c, err := bt.click()
	if err != nil {
		cc.Error = err.Error()
	}
	c.WorkerRunning = &running
	cc.Click = c
	return cc
}

// benchMemory clicks on a 5 MB synthetic page and reads the core's memory
// before, right after, and after a garbage collection. It attaches to the
// worker to ask it, which keeps the worker alive from then on.
func benchMemory(b *testing.B, env *browserEnv) *bench.Memory {
	m := &bench.Memory{PageBytes: benchMemoryBytes}
	err := func() error {
		small, err := openBenchTab(b, env, "/testdata/pages/sample-zh.html")
		if err != nil {
			return err
		}
		_, err = small.click() // wakes the worker (it may have been stopped)
		small.close()
		if err != nil {
			return err
		}
		if err := env.findWorker(stepTimeout); err != nil {
			return err
		}
		swCtx, cancel := chromedp.NewContext(env.ctx, chromedp.WithTargetID(env.swID))
		defer cancel()
		// The first Run attaches, with the context it is given: not one with a timeout,
		// whose end would detach the session.
		if _, err := chromedp.Run(swCtx, chromedp.Evaluate[bool](`true`)); err != nil {
			return fmt.Errorf("attaching to the service worker: %w", err)
		}
		read := func(gc bool, into *bench.MemStats) error {
			ctx, c := context.WithTimeout(swCtx, stepTimeout)
			defer c()
			s, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`ledeMemory(%v).then(JSON.stringify)`, gc), chromedp.EvalAwaitPromise))
			if err != nil {
				return err
			}
			return json.Unmarshal([]byte(s), into)
		}
		if err := read(true, &m.Before); err != nil {
			return err
		}
		big, err := openBenchTab(b, env, "/bench/synthetic.html")
		if err != nil {
			return err
		}
		defer big.close()
		c, err := big.click()
		if err != nil {
			return err
		}
		m.ClickMs, m.Outcome = c.TotalMs, c.Outcome
		if err := read(false, &m.After); err != nil {
			return fmt.Errorf("reading the memory after the analysis: %w", err)
		}
		if err := read(true, &m.AfterGC); err != nil {
			return fmt.Errorf("reading the memory after a collection: %w", err)
		}
		return nil
	}()
	if err != nil {
		m.Error = err.Error()
	}
	return m
}
