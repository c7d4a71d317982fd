// Lede content script, injected into the active tab on each click.
// It is deliberately thin: one DOM walk that numbers every element and
// serialises the page's tree for the Go core (without touching the live DOM), then
// applying the core's decisions as data-lede-* attributes plus one <style>,
// and a sidebar in a shadow root. Clicking again undoes exactly that.
// Attribute names are shared with internal/dom/dom.go: keep them in sync.
(() => {
  'use strict';
  // State lives in the extension's isolated world and survives re-injection.
  const S = globalThis.__lede || (globalThis.__lede = { on: false, busy: false });
  // So do the functions: each click evaluates this file again, and functions
  // made afresh start cold in V8 (no type feedback, no optimised code), so
  // the DOM walk would run in the interpreter on every click. They are made
  // once per page, and again only when this file changed (an update).
  const source = engine.toString();
  if (!S.engine || S.engineSource !== source) {
    S.engine = engine(S);
    S.engineSource = source;
  }
  S.engine.click();

  function engine(S) {
    const ATTR_ID = 'data-lede-id';
    const ATTR_HIDDEN = 'data-lede-hidden';
    const ATTR_FIXED = 'data-lede-fixed';
    const MAX_CHARS = 48 << 20; // extension messaging refuses messages over 64 MiB
    const NOTICE_MS = 6000;

    async function run() {
      const t0 = performance.now();
      const worker = connect();
      let serialised;
      try {
        serialised = serialise(document);
        if (serialised.page.length > MAX_CHARS) throw new Error(`the page is too large to analyse (${(serialised.page.length / 1048576).toFixed(0)} M characters)`);
      } catch (e) {
        worker.close();
        throw e;
      }
      const page = serialised.page;
      const els = serialised.els;
      const t1 = performance.now();
      const reply = await worker.ask({ type: 'lede:analyze', page, url: location.href });
      const t2 = performance.now();
      if (!reply || !reply.json) throw new Error('no answer from the extension');
      S.ui = reply.ui || {};
      const a = JSON.parse(reply.json);
      const t3 = performance.now();
      if (a.error) notice('error', a.error);
      else if (!a.isArticle) notice('not-article', a.reason || '');
      else apply(a, els, reply);
      const t4 = performance.now();
      // Where the time went, for the tests and the bench (start and end are
      // absolute, comparable with performance.timeOrigin in other contexts).
      const timings = {
        start: performance.timeOrigin + t0, end: performance.timeOrigin + t4,
        serialiseMs: t1 - t0, roundTripMs: t2 - t1, workerMs: reply.analyzeMs, handlerMs: reply.handlerMs,
        wasmMs: reply.wasmMs, coreWaitMs: reply.coreWaitMs, wasmMemoryBytes: reply.wasmMemoryBytes, startup: reply.startup, core: a.timings,
        parseMs: t3 - t2, applyMs: t4 - t3, applySteps: S.applySteps, chars: page.length, elements: els.length,
      };
      const host = S.host || S.notice;
      if (host) host.dataset.timings = JSON.stringify(timings);
      S.timings = timings;
    }

    // connect opens a port to the worker as the click starts, so that the
    // channel opens while the page is walked: runtime.sendMessage would open
    // one for the message after the walk (measured between an extension page
    // and the worker, interleaved: a round trip 2.6–5.7 ms shorter on a port
    // already open). ask sends the page and resolves with the one answer.
    function connect() {
      const port = chrome.runtime.connect({ name: 'lede' });
      const answer = new Promise((resolve, reject) => {
        port.onMessage.addListener(m => { resolve(m); port.disconnect(); });
        port.onDisconnect.addListener(() => reject(new Error('the extension closed the connection' + (chrome.runtime.lastError ? ': ' + chrome.runtime.lastError.message : ''))));
      });
      return { ask: msg => { port.postMessage(msg); return answer; }, close: () => port.disconnect() };
    }

    // ---- serialise: one walk, live DOM untouched -------------------------------

    // The page goes to the core in the wire format of internal/wire/wire.go (read
    // it there): the element tree as the browser parsed it, which the core
    // rebuilds in one pass instead of re-parsing HTML. Keep the two in sync.
    const C = String.fromCharCode;
    const W_PREFIX = C(0) + 'lede-wire-1';
    const W_EL = C(1), W_ATTR = C(2), W_VAL = C(3), W_TEXT = C(4), W_END = C(5), W_ESC = C(6), W_SKIP = C(7), W_DOCTYPE = C(8);
    const W_MARK = new RegExp('[' + C(0) + '-' + C(8) + ']');
    const W_MARKS = new RegExp(W_MARK.source, 'g');
    const wesc = s => W_MARK.test(s) ? s.replace(W_MARKS, c => W_ESC + C(c.charCodeAt(0) + 64)) : s;
    const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound']);
    const HTML_NS = 'http://www.w3.org/1999/xhtml';
    const VIS = { visibilityProperty: true, checkVisibilityCSS: true };

    // serialise returns the document in the wire format: every element
    // numbered by its index in document order (the order of
    // getElementsByTagName('*')), data-lede-hidden on elements that are not
    // rendered and data-lede-fixed on fixed/sticky boxes; els maps the numbers
    // back to the live elements.
    function serialise(doc) {
      els = [];
      out = W_PREFIX;
      if (doc.doctype) out += W_DOCTYPE + 'html';
      pre = 0;
      body = doc.body;
      try {
        walk(doc.documentElement, 0);
        return { page: out, els };
      } finally {
        out = ''; els = null; body = null;
      }
    }

    // The walk's state during one serialise call: the wire string so far, the
    // elements by number, the depth inside <pre>/<textarea>/<listing> (keep
    // whitespace there), the body. One walk function for every call, so that
    // V8's feedback and optimised code for it last from click to click.
    let out = '', els = null, pre = 0, body = null;

    // walk serialises el and its subtree. state: 0 = head (no live facts),
    // 1 = rendered context, 2 = under display:none.
    function walk(el, state) {
      els.push(el);
      const tag = el.localName;
      const html = el.namespaceURI === HTML_NS;
      const drawing = !html && (tag === 'svg' || tag === 'math');
      out += W_EL + (drawing ? tag + ' ' + tag : tag);
      if (el === body) state = 1;
      if (state === 2) {
        out += W_ATTR + ATTR_HIDDEN;
      } else if (state === 1) {
        if (!el.checkVisibility(VIS)) {
          const cs = getComputedStyle(el);
          if (cs.display === 'none') { state = 2; out += W_ATTR + ATTR_HIDDEN; }
          else if (cs.display !== 'contents') out += W_ATTR + ATTR_HIDDEN; // visibility:hidden; children may show
        } else {
          const pos = getComputedStyle(el).position;
          if (pos === 'fixed' || pos === 'sticky') out += W_ATTR + ATTR_FIXED + W_VAL + pos;
        }
      }
      // Names and values as strings (iterating el.attributes makes an Attr
      // object for each); getAttribute lower-cases the name on HTML
      // elements, so a name set in capitals by a script is read the long way.
      for (const n of el.getAttributeNames()) {
        if (n.startsWith('data-lede-')) continue;
        let v = el.getAttribute(n);
        if (v === null) v = [...el.attributes].find(a => a.name === n).value;
        if (v.length > 2048 && v.startsWith('data:')) v = 'data:,'; // inline images: useless to the core, costly to copy
        out += W_ATTR + n + W_VAL + wesc(v);
      }
      if (drawing) { // number the drawing's elements, skip their content
        const inner = el.getElementsByTagName('*');
        for (const d of inner) els.push(d);
        out += W_END;
        if (inner.length) out += W_SKIP + inner.length;
        return;
      }
      if (html && VOID.has(tag)) { out += W_END; return; }
      const isPre = html && (tag === 'pre' || tag === 'textarea' || tag === 'listing');
      if (isPre) pre++;
      if (html && (tag === 'script' || tag === 'style' || tag === 'template')) {
        if (tag === 'script' && el.type === 'application/ld+json') out += W_TEXT + wesc(el.textContent);
      } else if (html && tag === 'noscript' && el.firstElementChild === null) {
        out += W_TEXT + wesc(el.textContent); // raw text, as the parser saw it
      } else {
        for (let c = el.firstChild; c; c = c.nextSibling) {
          const t = c.nodeType;
          if (t === 1) walk(c, state);
          else if (t === 3 || t === 4) {
            const s = c.data;
            if (pre || /\S/.test(s)) out += W_TEXT + wesc(s);
            else if (s.length) out += W_TEXT + (s.includes('\n') ? '\n' : ' ');
          }
        }
      }
      if (isPre) pre--;
      out += W_END;
    }

    // ---- apply: attributes + one <style> + the sidebar --------------------------

    // mark sets an attribute and records what was there, so undo is exact.
    function mark(el, name, value = '') {
      if (!el || !el.isConnected) return;
      S.changes.push([el, name, el.getAttribute(name)]);
      el.setAttribute(name, value);
    }

    function apply(a, els, reply) {
      const t0 = performance.now();
      const de = document.documentElement;
      S.changes = [];
      S.added = [];
      S.scroll = [scrollX, scrollY];
      S.lastEls = els;
      const root = els[a.root];
      if (!root || !root.isConnected) throw new Error('the article is no longer on the page (it changed while Lede read it)');
      const kept = [root, ...(a.keep || []).map(i => els[i]).filter(e => e && e.isConnected && !e.contains(root))];
      // Never hide what holds the article: a hide id that contains a kept node is skipped.
      for (const id of a.hide || []) {
        const el = els[id];
        if (el && !kept.some(k => el.contains(k))) mark(el, 'data-lede-hide');
      }
      const path = new Set();
      for (const k of kept) {
        mark(k, k === root ? 'data-lede-root' : 'data-lede-keep');
        for (let p = k.parentElement; p && p !== de && !path.has(p); p = p.parentElement) path.add(p);
      }
      for (const p of path) mark(p, 'data-lede-path');
      const showSidebar = reply.options ? reply.options.sidebar !== false : true;
      mark(de, 'data-lede', showSidebar ? 'sidebar' : 'on');
      const t1 = performance.now();

      const style = document.createElement('style');
      style.textContent = reply.readerCSS || '';
      (document.head || de).appendChild(style);
      S.added.push(style);
      const t2 = performance.now();
      if (showSidebar) sidebar(a, reply);
      S.on = true;
      const t3 = performance.now();
      const top = kept.reduce((m, k) => Math.min(m, k.getBoundingClientRect().top + scrollY), Infinity);
      const t4 = performance.now();
      scrollTo({ left: 0, top: Math.max(0, top - 24), behavior: 'instant' });
      S.applySteps = { marks: t1 - t0, style: t2 - t1, sidebar: t3 - t2, layout: t4 - t3, scroll: performance.now() - t4, attrs: S.changes.length };
    }

    // sidebar renders Analysis.sidebar (sidebar.js, injected with this file)
    // into a host element in a shadow root; renderMs is what that cost.
    function sidebar(a, reply) {
      const t0 = performance.now();
      const host = globalThis.__ledeSidebar.render(a, reply, { els: S.lastEls, close: restore });
      document.documentElement.appendChild(host);
      S.added.push(host);
      S.host = host;
      host.dataset.renderMs = (performance.now() - t0).toFixed(2);
    }

    // el builds a UI element; page text only ever goes in as textContent.
    function el(tag, cls, text) {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      return e;
    }

    // ---- undo -------------------------------------------------------------------

    // undo removes exactly what apply added: attributes (restoring any value the
    // page had), the style element, the sidebar host and our highlights.
    function undo() {
      for (const [e, name, old] of (S.changes || []).reverse()) {
        if (old === null) e.removeAttribute(name); else e.setAttribute(name, old);
      }
      for (const n of S.added || []) n.remove();
      if (globalThis.__ledeSidebar) globalThis.__ledeSidebar.clear();
      S.changes = []; S.added = []; S.host = null; S.lastEls = null; S.on = false;
    }

    function restore() {
      const scroll = S.scroll;
      undo();
      removeNotice();
      if (scroll) scrollTo({ left: scroll[0], top: scroll[1], behavior: 'instant' });
    }

    // ---- notices ------------------------------------------------------------------

    function notice(kind, detail) {
      removeNotice();
      const ui = S.ui || {};
      const host = document.createElement('lede-notice');
      host.dataset.kind = kind;
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = ':host{all:initial!important;position:fixed!important;top:16px!important;right:16px!important;z-index:2147483647!important;display:block!important}' +
        '.n{max-width:360px;font:14px/1.45 system-ui,sans-serif;color:#1f2328;background:#fff;border:1px solid #d0d7de;border-left:4px solid #2f6f4f;border-radius:8px;padding:10px 14px;box-shadow:0 6px 24px #0002;cursor:pointer}' +
        '.n.error{border-left-color:#b3261e}.d{display:block;margin-top:4px;color:#57606a;font-size:12px;white-space:pre-wrap;max-height:8em;overflow:auto}';
      const box = el('div', 'n ' + kind, kind === 'error' ? (ui.errorNotice || 'Lede could not clean this page; it was left as it was.') : (ui.notArticle || 'Lede: this page does not look like an article.'));
      box.setAttribute('role', 'status');
      if (detail) box.append(el('span', 'd', detail.split('\n')[0]));
      box.addEventListener('click', removeNotice);
      shadow.append(style, box);
      document.documentElement.appendChild(host);
      S.notice = host;
      S.noticeTimer = setTimeout(removeNotice, NOTICE_MS);
    }

    function removeNotice() {
      if (S.notice) S.notice.remove();
      clearTimeout(S.noticeTimer);
      S.notice = null;
    }
    // ---- the click ------------------------------------------------------------------

    function click() {
      if (S.busy) return;
      if (S.on) { restore(); return; }
      removeNotice();
      S.busy = true;
      run().catch(err => { undo(); notice('error', String(err && err.message || err)); }).finally(() => { S.busy = false; });
    }

    return { click };
  }
})();
