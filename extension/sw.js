// Lede service worker: hosts the Go/WASM core and runs the click.
// A click injects content.js into the active tab (activeTab + scripting);
// content.js serialises the page and asks us to analyse it; we answer with
// the Analysis JSON plus the UI strings and options it needs to render.
'use strict';
importScripts('wasm_exec.js');

const WARM_UP_HTML = '<html lang="en"><head><title>Warm-up</title></head><body><nav><a href="/">Home</a></nav><article><h1>Warm-up</h1>' +
  '<p>Lede warms up the core, so that the first click is fast, with a short article of 2 paragraphs and 3 numbers.</p>'.repeat(8) +
  '<p>“The first call is slow,” said an engineer. 扎克伯格表示，公司将购买超过35万块芯片，营收同比下降1%。</p></article></body></html>';

let core = null; // Promise of {analyze(html, url) → JSON string}

// startCore instantiates the WASM module and makes one warm-up call, so V8
// has compiled the hot paths before the reader clicks.
function startCore() {
  core = (async () => {
    const t0 = performance.now();
    const go = new Go();
    const compiled = await WebAssembly.instantiateStreaming(fetch('lede.wasm'), go.importObject);
    const exited = go.run(compiled.instance); // resolves when the Go program exits
    exited.then(() => { core = null; }); // a dead runtime is replaced on next use
    const lede = globalThis.lede;
    const t1 = performance.now();
    lede.analyze(WARM_UP_HTML, 'https://example.org/warm-up');
    globalThis.ledeStartup = { instantiateMs: t1 - t0, warmUpMs: performance.now() - t1 };
    return lede;
  })();
  core.catch(() => { core = null; });
  return core;
}
startCore();

async function analyze(html, url) {
  let lede;
  try {
    lede = await (core || startCore());
  } catch (e) {
    return JSON.stringify({ error: 'Lede could not start its analysis engine: ' + e });
  }
  try {
    return lede.analyze(html, url);
  } catch (e) { // the Go runtime itself failed (it recovers panics, so this is rare)
    core = null;
    return JSON.stringify({ error: 'Lede\'s analysis engine stopped: ' + e });
  }
}

// UI strings: both locales are read once; the options choose which one.
const LOCALES = { en: 'en', zh: 'zh_CN' };
const messages = {};
async function strings(lang) {
  const dir = LOCALES[lang] || 'en';
  if (!messages[dir]) {
    const raw = await (await fetch(`_locales/${dir}/messages.json`)).json();
    messages[dir] = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.message]));
  }
  return messages[dir];
}

// The stylesheets content.js applies (reader layout, sidebar), read once.
let css = null;
function stylesheets() {
  css = css || Promise.all(['reader.css', 'sidebar.css'].map(f => fetch(f).then(r => r.text())));
  return css;
}

const DEFAULT_OPTIONS = { uiLang: 'auto', sidebar: true };
async function options() {
  try {
    return { ...DEFAULT_OPTIONS, ...(await chrome.storage.sync.get(DEFAULT_OPTIONS)) };
  } catch (e) {
    return { ...DEFAULT_OPTIONS };
  }
}

chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  if (!msg || msg.type !== 'lede:analyze') return false;
  (async () => {
    const t0 = performance.now();
    const answers = await Promise.all([analyze(msg.html, msg.url), options()]);
    const json = answers[0];
    const opts = answers[1];
    const t1 = performance.now();
    let lang = opts.uiLang;
    if (lang !== 'en' && lang !== 'zh') lang = chrome.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
    const ui = await strings(lang);
    const sheets = await stylesheets();
    // lastRun helps diagnose a click (and lets the browser tests read the
    // Analysis); with ledeDebug set it also keeps the serialised page.
    globalThis.lastRun = { url: msg.url, chars: msg.html && msg.html.length, analyzeMs: t1 - t0, ok: !json.startsWith('{"error"'),
      json: globalThis.ledeDebug ? json : undefined, html: globalThis.ledeDebug ? msg.html : undefined };
    reply({ json, analyzeMs: t1 - t0, options: opts, uiLang: lang, ui, readerCSS: sheets[0], sidebarCSS: sheets[1] });
  })().catch(e => reply({ json: JSON.stringify({ error: String(e) }) }));
  return true; // reply is asynchronous
});

async function run(tab) {
  try {
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
  } catch (e) { // chrome:// pages, the Web Store, PDF viewer…: nothing to clean
    globalThis.lastRun = { url: tab.url, error: String(e) };
    chrome.action.setBadgeText({ tabId: tab.id, text: '!' });
    chrome.action.setTitle({ tabId: tab.id, title: 'Lede: ' + (e.message || e) });
  }
}
chrome.action.onClicked.addListener(run);
