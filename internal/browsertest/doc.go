// Package browsertest runs the built extension in a real headless Chromium
// (Debian chromium driven by chromedp) and asserts what a reader sees: the
// click (CDP Extensions.triggerAction on the tab, which grants activeTab like
// a real click), the cleaned page, the sidebar, the exact restore, strict-CSP
// pages, pages that are not articles and the error path. It also checks that
// the WASM core gives the same Analysis as the native one.
//
// Environment:
//
//	CHROMIUM      the browser binary (default /usr/lib/chromium/chromium, then PATH)
//	LEDE_EXT_DIR  a built extension (default: built into a temp dir by package buildext)
//	LEDE_CORPUS   the corpus (default ../shared/corpus beside the repository)
//	LEDE_SHOTS    where screenshots go (default dist/screenshots)
//	CI            when set, a missing browser, node or corpus fails instead of skipping
package browsertest
