// Command demo runs Lede on the bundled sample articles (testdata/pages).
// With a display it opens Chromium with the extension loaded on the English
// sample and waits; headless it clicks Lede on each sample, saves before and
// after screenshots and prints the Analysis JSON the extension computed.
// ./build.sh demo builds the extension first and runs this.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/extensions"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

func main() {
	ext := flag.String("ext", "dist/extension", "the built extension")
	out := flag.String("out", "dist/demo", "where headless screenshots go")
	pages := flag.String("pages", "testdata/pages", "the sample pages")
	headless := flag.Bool("headless", os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "", "no window: screenshots instead")
	flag.Parse()
	if err := run(*ext, *out, *pages, *headless); err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		os.Exit(1)
	}
}

var samples = []string{"sample-en.html", "sample-zh.html"}

func run(ext, out, pages string, headless bool) error {
	ext, _ = filepath.Abs(ext)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go http.Serve(ln, http.FileServer(http.Dir(pages)))
	base := "http://" + ln.Addr().String() + "/"
	exe := os.Getenv("CHROMIUM")
	if exe == "" {
		exe = "/usr/lib/chromium/chromium"
	}
	profile, err := os.MkdirTemp("", "lede-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)

	if !headless {
		fmt.Printf("Serving the samples at %s\nOpening Chromium with Lede loaded. Click the Lede button (or press Alt+Shift+R; if Chromium did not assign it, set it at chrome://extensions/shortcuts).\nClose the window or press Ctrl+C to stop.\n", base)
		cmd := exec.Command(exe, "--user-data-dir="+profile, "--no-first-run", "--load-extension="+ext, "--disable-extensions-except="+ext, base+samples[0], base+samples[1])
		cmd.Stdout, cmd.Stderr = os.Stdout, nil
		if err := cmd.Start(); err != nil {
			return err
		}
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-sig:
			cmd.Process.Kill()
			<-done
		case <-done:
		}
		return nil
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.Flag("headless", "new"), chromedp.Flag("disable-extensions", false),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1280, 860), chromedp.UserDataDir(profile),
		chromedp.Flag("load-extension", ext), chromedp.Flag("disable-extensions-except", ext))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		return fmt.Errorf("starting Chromium: %w", err)
	}
	extID, swID, err := serviceWorker(ctx)
	if err != nil {
		return err
	}
	swCtx, _ := chromedp.NewContext(ctx, chromedp.WithTargetID(swID))
	if _, err := chromedp.Run(swCtx, chromedp.Evaluate[bool]("globalThis.ledeDebug = true")); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, page := range samples {
		if err := demoPage(ctx, swCtx, extID, base+page, out, strings.TrimSuffix(page, ".html")); err != nil {
			return fmt.Errorf("%s: %w", page, err)
		}
	}
	fmt.Fprintf(os.Stderr, "screenshots in %s\n", out)
	return nil
}

func serviceWorker(ctx context.Context) (string, target.ID, error) {
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			return "", "", err
		}
		for _, ti := range infos {
			if ti.Type == "service_worker" && strings.HasPrefix(ti.URL, "chrome-extension://") {
				return strings.Split(strings.TrimPrefix(ti.URL, "chrome-extension://"), "/")[0], ti.TargetID, nil
			}
		}
	}
	return "", "", errors.New("the extension's service worker did not start")
}

func demoPage(browserCtx, swCtx context.Context, extID, url, out, name string) error {
	ctx, cancel := chromedp.NewContext(browserCtx)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 860), chromedp.Navigate(url)); err != nil {
		return err
	}
	if err := screenshot(ctx, filepath.Join(out, name+"-before.png")); err != nil {
		return err
	}
	var tabID target.ID
	res, err := cdp.Call(ctx, chromedp.FromContext(ctx).Browser, target.GetTargets, target.GetTargetsParams{Filter: target.Filter{{Type: "tab"}}})
	if err != nil {
		return err
	}
	for _, ti := range res.TargetInfos {
		if ti.Type == "tab" && ti.URL == url {
			tabID = ti.TargetID
		}
	}
	clean := false
	for try := 0; try < 3 && !clean; try++ { // headless triggerAction now and then grants no activeTab: click again
		if _, err := chromedp.Run(swCtx, chromedp.Evaluate[bool]("(globalThis.lastRun = null, true)")); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, chromedp.FromContext(ctx).Browser, extensions.TriggerAction, extensions.TriggerActionParams{ID: extID, TargetID: string(tabID)}); err != nil {
			return fmt.Errorf("clicking Lede: %w", err)
		}
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			on, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.hasAttribute('data-lede') || !!document.querySelector('lede-notice')`))
			if err != nil {
				return err
			}
			if on {
				clean = true
				break
			}
			if failed, _ := chromedp.Run(swCtx, chromedp.Evaluate[bool](`!!(globalThis.lastRun && globalThis.lastRun.error)`)); failed {
				break
			}
		}
	}
	if !clean {
		return errors.New("the page was not cleaned")
	}
	time.Sleep(300 * time.Millisecond) // let the sample image decode
	if err := screenshot(ctx, filepath.Join(out, name+"-after.png")); err != nil {
		return err
	}
	// The full Analysis of the page the click sent (the click itself gets the
	// part the page shows).
	js, err := chromedp.Run(swCtx, chromedp.Evaluate[string](`(async () => { const l = await core; const r = globalThis.lastRun; return r && r.page ? l.analyze(r.page, r.url, { uiLang: r.uiLang }) : '' })()`, chromedp.EvalAwaitPromise))
	if err != nil {
		return err
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, []byte(js), "", "  "); err != nil {
		return fmt.Errorf("analysis: %w", err)
	}
	fmt.Printf("\n== Analysis of %s (computed by the extension's WASM core) ==\n%s\n", url, pretty.Bytes())
	return nil
}

func screenshot(ctx context.Context, path string) error {
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return err
	}
	return os.WriteFile(path, png, 0o644)
}
