// Runs the shipped WASM core under node, for the native/WASM parity test.
// usage: node wasm-run.js WASM_EXEC_JS LEDE_WASM IN_DIR OUT_DIR
// Every IN_DIR/NAME.wire (a page in the wire format, with its address in
// NAME.url) is analysed with lede.analyze (and the sidebar's UI language in
// NAME.ui, when there is one): the full Analysis goes to OUT_DIR/NAME.json,
// the page's view (forPage, as a click gets it) to OUT_DIR/NAME.page.json.
'use strict';
const fs = require('fs');
const path = require('path');
globalThis.require = require;
globalThis.fs = fs;
globalThis.path = path;
globalThis.TextEncoder = require('util').TextEncoder;
globalThis.TextDecoder = require('util').TextDecoder;
if (!globalThis.performance) globalThis.performance = require('perf_hooks').performance;
if (!globalThis.crypto) globalThis.crypto = require('crypto').webcrypto;
require(path.resolve(process.argv[2]));

const go = new Go();
WebAssembly.instantiate(fs.readFileSync(process.argv[3]), go.importObject).then(result => {
  go.run(result.instance);
  const inDir = process.argv[4];
  const outDir = process.argv[5];
  for (const f of fs.readdirSync(inDir)) {
    if (!f.endsWith('.wire')) continue;
    const name = f.slice(0, -5);
    const page = fs.readFileSync(path.join(inDir, f), 'utf8');
    const urlFile = path.join(inDir, name + '.url');
    const url = fs.existsSync(urlFile) ? fs.readFileSync(urlFile, 'utf8') : '';
    const uiFile = path.join(inDir, name + '.ui');
    const options = fs.existsSync(uiFile) ? { uiLang: fs.readFileSync(uiFile, 'utf8') } : {};
    fs.writeFileSync(path.join(outDir, name + '.json'), globalThis.lede.analyze(page, url, options));
    fs.writeFileSync(path.join(outDir, name + '.page.json'), globalThis.lede.analyze(page, url, { ...options, forPage: true }));
  }
  process.exit(0);
}).catch(e => {
  console.error(e);
  process.exit(1);
});
