// Lede service worker: hosts the Go/WASM core and runs the click.
// A click injects sidebar.js and content.js into the active tab (activeTab + scripting);
// content.js serialises the page and sends it to us on a port; we answer with
// the Analysis JSON plus the UI strings and options it needs to render.
'use strict';
importScripts('wasm_exec.js');

// The warm-up page, in the wire format content.js sends (internal/wire/wire.go):
// a short article with clutter, numbers and a quote, in English and Chinese.
const W = String.fromCharCode;
const wEl = (tag, attrs, kids) => W(1) + tag + attrs.map(a => W(2) + a[0] + W(3) + a[1]).join('') +
  kids.map(k => k.charCodeAt(0) === 1 ? k : W(4) + k).join('') + W(5);
const WARM_UP_PAGE = W(0) + 'lede-wire-1' + W(8) + 'html' + wEl('html', [['lang', 'en']], [
  wEl('head', [], [wEl('title', [], ['Warm-up'])]),
  wEl('body', [], [
    wEl('nav', [], [wEl('a', [['href', '/']], ['Home'])]),
    wEl('article', [], [wEl('h1', [], ['Warm-up']),
      ...Array(8).fill(wEl('p', [], ['Lede warms up the core, so that the first click is fast, with a short article of 2 paragraphs and 3 numbers.'])),
      wEl('p', [], ['“The first call is slow,” said an engineer. 扎克伯格表示，公司将购买超过35万块芯片，营收同比下降1%。'])]),
  ]),
]);

let core = null;   // Promise of lede: {analyze(page, url, options) → JSON string, memory(gc), collect()}
let go = null;     // the running Go instance (its memory, for ledeMemory)
let module = null; // the compiled module: a fresh instance needs no compiling

// A WASM memory only grows. After a page that took it past this, the core
// starts afresh (in the background, after the answer) to give it back.
const RECYCLE_BYTES = 128 << 20;

// startCore instantiates the WASM module and makes one warm-up call, so V8
// has compiled the hot paths before the reader clicks. It runs whenever the
// worker starts (at browser start, on install, on a click after the worker
// was stopped for idleness) and after a recycle.
function startCore() {
  core = (async () => {
    const t0 = performance.now();
    const g = new Go();
    let instance;
    if (module) {
      instance = await WebAssembly.instantiate(module, g.importObject);
    } else {
      const compiled = await WebAssembly.instantiateStreaming(fetch('lede.wasm'), g.importObject);
      module = compiled.module;
      instance = compiled.instance;
    }
    const exited = g.run(instance); // resolves when the Go program exits
    exited.then(() => { if (go === g) core = null; }); // a dead runtime is replaced on next use
    go = g;
    const lede = globalThis.lede;
    const t1 = performance.now();
    lede.analyze(WARM_UP_PAGE, 'https://example.org/warm-up', { forPage: true });
    globalThis.ledeStartup = { instantiateMs: t1 - t0, warmUpMs: performance.now() - t1 };
    afterAnswer();
    setTimeout(() => warmUp(lede, g), 0);
    return lede;
  })();
  core.catch(() => { core = null; });
  return core;
}
startCore();

// warmUp widens the start-up call: the two made-up pages the build writes
// (internal/buildext: a story with figures and quotes amid navigation,
// lists, ads and comments, in English and Chinese) are analysed WARM_RUNS
// times in all, one analysis per task and none within WARM_QUIET_MS of a
// click, so that V8 has compiled the engines' common paths and tiered the
// hot ones up before the reader's first clicks (the start-up page reaches
// few of them; a function's first calls run baseline code). Measured in the
// browser bench (paired medians): the core's time −2.6 ms on a page's first
// click, −1.1 ms on repeat clicks (with real pages as warm-up: −2.6 / −1.9).
const WARM_PAGES = ['warm-en.wire', 'warm-zh.wire'];
const WARM_RUNS = 12;
const WARM_QUIET_MS = 1000;
// performance.now() of the last click or page sent. The worker's start
// counts as one: a reader who clicks as the browser starts (or whose click
// woke the worker) must not wait behind a warm-up run (measured: the cold
// first click's inject phase 7–125 ms when the runs began at once).
let lastClickAt = 0;
async function warmUp(lede, g) {
  let pages;
  try {
    pages = await Promise.all(WARM_PAGES.map(f => fetch(f).then(r => r.text())));
  } catch { // a build without the pages: the start-up call is the warm-up
    return;
  }
  let n = 0;
  const step = () => {
    if (go !== g || n >= WARM_RUNS) return; // the core was replaced, or done
    const quiet = performance.now() - lastClickAt;
    if (quiet < WARM_QUIET_MS) {
      setTimeout(step, WARM_QUIET_MS - quiet);
      return;
    }
    try {
      lede.analyze(pages[n % pages.length], 'https://example.org/warm-up', { forPage: true, uiLang: n % 2 ? 'zh' : 'en' });
    } catch { // the runtime failed: the next click starts a new one
      return;
    }
    n++;
    if (n === WARM_RUNS) {
      globalThis.ledeStartup = { ...globalThis.ledeStartup, warmRuns: n };
      afterAnswer(); // collect the warm-up's garbage
    }
    setTimeout(step, 0);
  };
  step();
}

// afterAnswer runs once the page has its answer and has been painted: the
// core collects its garbage then (lede.collect; a call runs with the
// collector off, so that no click waits for it), or starts afresh when the
// page took its memory past RECYCLE_BYTES.
const COLLECT_AFTER_MS = 500;
let collectTimer = 0;
function afterAnswer() {
  clearTimeout(collectTimer);
  collectTimer = setTimeout(() => {
    if (go && go.mem && go.mem.buffer.byteLength > RECYCLE_BYTES) {
      go = null;
      startCore();
    } else if (core) {
      core.then(lede => lede.collect(), () => {});
    }
  }, COLLECT_AFTER_MS);
}

// analyze runs the core on a page for the click: the Analysis without what
// the page does not show (forPage), with the sidebar's view-model in uiLang
// (en or zh). t records how long it waited for the core to start
// (coreWaitMs) and how long the call took (wasmMs).
async function analyze(page, url, uiLang, t) {
  let lede;
  const t0 = performance.now();
  try {
    lede = await (core || startCore());
  } catch (e) {
    return JSON.stringify({ error: 'Lede could not start its analysis engine: ' + e });
  }
  const t1 = performance.now();
  t.coreWaitMs = t1 - t0;
  try {
    return lede.analyze(page, url, { uiLang, forPage: true });
  } catch (e) { // the Go runtime itself failed (it recovers panics, so this is rare)
    core = null;
    return JSON.stringify({ error: 'Lede\'s analysis engine stopped: ' + e });
  } finally {
    t.wasmMs = performance.now() - t1;
    t.wasmMemoryBytes = go && go.mem ? go.mem.buffer.byteLength : 0;
  }
}

// ledeMemory reports the Go heap and the size of the WASM memory (which only
// grows); gc first runs a collection. For the bench and for diagnosis.
globalThis.ledeMemory = async (gc) => {
  const lede = await (core || startCore());
  return { ...JSON.parse(lede.memory(!!gc)), wasmMemoryBytes: go.mem.buffer.byteLength };
};

// What a click needs besides the core is read when the worker starts, while
// the module compiles, so that a click that wakes the worker does not wait
// for it: UI strings (both locales; the options choose), the stylesheets
// content.js applies (reader layout, sidebar), the options.
const LOCALES = { en: 'en', zh: 'zh_CN' };
const messages = {};
function strings(lang) {
  const dir = LOCALES[lang] || 'en';
  messages[dir] = messages[dir] || fetch(`_locales/${dir}/messages.json`).then(r => r.json())
    .then(raw => Object.fromEntries(Object.entries(raw).map(e => [e[0], e[1].message])));
  return messages[dir];
}

let css = null;
function stylesheets() {
  css = css || Promise.all(['reader.css', 'sidebar.css'].map(f => fetch(f).then(r => r.text())));
  return css;
}

const DEFAULT_OPTIONS = { uiLang: 'auto', sidebar: true };
let savedOptions = null; // Promise of the options, read once and again when they change
function options() {
  savedOptions = savedOptions || chrome.storage.sync.get(DEFAULT_OPTIONS)
    .then(o => ({ ...DEFAULT_OPTIONS, ...o }), () => ({ ...DEFAULT_OPTIONS }));
  return savedOptions;
}
chrome.storage.onChanged.addListener(() => { savedOptions = null; });
options();
strings('en');
strings('zh');
stylesheets();

// uiLanguage is the sidebar's language: the option, or the browser's.
function uiLanguage(opts) {
  const lang = opts.uiLang;
  if (lang === 'en' || lang === 'zh') return lang;
  return chrome.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

// answer analyses the page content.js sends and returns what it needs to
// show the result: the Analysis JSON, the UI strings, the options and the
// stylesheets, with timings.
async function answer(msg) {
  const t0 = performance.now();
  const t = {};
  const opts = await options();
  const lang = uiLanguage(opts);
  const json = await analyze(msg.page, msg.url, lang, t);
  const t1 = performance.now();
  const ui = await strings(lang);
  const sheets = await stylesheets();
  // lastRun helps diagnose a click; with ledeDebug set it also keeps what
  // the page got and the serialised page (lede.analyze(lastRun.page,
  // lastRun.url, {uiLang: lastRun.uiLang}) gives the full Analysis).
  globalThis.lastRun = { url: msg.url, uiLang: lang, chars: msg.page && msg.page.length, analyzeMs: t1 - t0, ok: !json.startsWith('{"error"'),
    json: globalThis.ledeDebug ? json : undefined, page: globalThis.ledeDebug ? msg.page : undefined };
  return { json, analyzeMs: t1 - t0, wasmMs: t.wasmMs, coreWaitMs: t.coreWaitMs, wasmMemoryBytes: t.wasmMemoryBytes, startup: globalThis.ledeStartup,
    handlerMs: performance.now() - t0, options: opts, uiLang: lang, ui, readerCSS: sheets[0], sidebarCSS: sheets[1] };
}

// content.js opens a port named lede as a click starts and sends the page
// on it once it has walked the DOM; the answer goes back on the same port.
chrome.runtime.onConnect.addListener(port => {
  if (port.name !== 'lede') return;
  lastClickAt = performance.now();
  port.onMessage.addListener(msg => {
    if (!msg || msg.type !== 'lede:analyze') return;
    answer(msg).catch(e => ({ json: JSON.stringify({ error: String(e) }) })).then(r => {
      try {
        port.postMessage(r);
      } catch { // the page went away meanwhile
      }
      afterAnswer();
    });
  });
});

async function run(tab) {
  lastClickAt = performance.now();
  try {
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['sidebar.js', 'content.js'] });
  } catch (e) { // chrome:// pages, the Web Store, PDF viewer…: nothing to clean
    globalThis.lastRun = { url: tab.url, error: String(e) };
    chrome.action.setBadgeText({ tabId: tab.id, text: '!' });
    chrome.action.setTitle({ tabId: tab.id, title: 'Lede: ' + (e.message || e) });
  }
}
chrome.action.onClicked.addListener(run);
// Listening makes Chromium start the worker (and so the core, above) when the
// browser starts and when Lede is installed or updated, not at the first click.
chrome.runtime.onStartup.addListener(() => {});
chrome.runtime.onInstalled.addListener(() => {});
