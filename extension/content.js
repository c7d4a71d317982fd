// Lede content script, injected into the active tab on each click.
// It is deliberately thin: one DOM walk that numbers every element and
// serialises the page for the Go core (without touching the live DOM), then
// applying the core's decisions as data-lede-* attributes plus one <style>,
// and a sidebar in a shadow root. Clicking again undoes exactly that.
// Attribute names are shared with internal/dom/dom.go: keep them in sync.
(() => {
  'use strict';
  const ATTR_ID = 'data-lede-id';
  const ATTR_HIDDEN = 'data-lede-hidden';
  const ATTR_FIXED = 'data-lede-fixed';
  const MAX_CHARS = 48 << 20; // runtime.sendMessage refuses messages over 64 MiB
  const NOTICE_MS = 6000;

  // State lives in the extension's isolated world and survives re-injection.
  const S = globalThis.__lede || (globalThis.__lede = { on: false, busy: false });

  async function run() {
    const t0 = performance.now();
    const page = serialise(document);
    const html = page.html;
    const els = page.els;
    const t1 = performance.now();
    if (html.length > MAX_CHARS) throw new Error(`the page is too large to analyse (${(html.length / 1048576).toFixed(0)} M characters)`);
    const reply = await chrome.runtime.sendMessage({ type: 'lede:analyze', html, url: location.href });
    const t2 = performance.now();
    if (!reply || !reply.json) throw new Error('no answer from the extension');
    S.ui = reply.ui || {};
    const a = JSON.parse(reply.json);
    if (a.error) { notice('error', a.error); return; }
    if (!a.isArticle) { notice('not-article', a.reason || ''); return; }
    apply(a, els, reply);
    const t3 = performance.now();
    const timings = { serialiseMs: t1 - t0, roundTripMs: t2 - t1, workerMs: reply.analyzeMs, core: a.timings, applyMs: t3 - t2, chars: html.length, elements: els.length };
    if (S.host) S.host.dataset.timings = JSON.stringify(timings);
    S.timings = timings;
  }

  // ---- serialise: one walk, live DOM untouched -------------------------------

  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound']);
  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  const esc = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  const escText = s => /[&<>]/.test(s) ? s.replace(/[&<>]/g, c => esc[c]) : s;
  const escAttr = s => /[&"]/.test(s) ? s.replace(/[&"]/g, c => esc[c]) : s;
  const VIS = { visibilityProperty: true, checkVisibilityCSS: true };

  // serialise returns the document as HTML with data-lede-id on every element
  // (its index in document order, the order of getElementsByTagName('*')),
  // data-lede-hidden on elements that are not rendered and data-lede-fixed on
  // fixed/sticky boxes; els maps ids back to the live elements.
  function serialise(doc) {
    const els = [];
    const out = [];
    if (doc.doctype) out.push('<!DOCTYPE html>');
    let pre = 0; // inside <pre>/<textarea>/<listing>: keep whitespace
    const body = doc.body;

    // state: 0 = head (no live facts), 1 = rendered context, 2 = under display:none
    const walk = (el, state) => {
      const id = els.length;
      els.push(el);
      const tag = el.localName;
      out.push('<', tag, ' ', ATTR_ID, '="', id, '"');
      if (el === body) state = 1;
      if (state === 2) {
        out.push(' ', ATTR_HIDDEN);
      } else if (state === 1) {
        if (!el.checkVisibility(VIS)) {
          const cs = getComputedStyle(el);
          if (cs.display === 'none') { state = 2; out.push(' ', ATTR_HIDDEN); }
          else if (cs.display !== 'contents') out.push(' ', ATTR_HIDDEN); // visibility:hidden; children may show
        } else {
          const pos = getComputedStyle(el).position;
          if (pos === 'fixed' || pos === 'sticky') out.push(' ', ATTR_FIXED, '="', pos, '"');
        }
      }
      for (const a of el.attributes) {
        const n = a.name;
        if (n.startsWith('data-lede-')) continue;
        let v = a.value;
        if (v.length > 2048 && v.startsWith('data:')) v = 'data:,'; // inline images: useless to the core, costly to copy
        out.push(' ', n, '="', escAttr(v), '"');
      }
      out.push('>');
      const html = el.namespaceURI === HTML_NS;
      if (html && VOID.has(tag)) return;
      if (!html && (tag === 'svg' || tag === 'math')) { // number the drawing's elements, skip their markup
        for (const d of el.getElementsByTagName('*')) els.push(d);
        out.push('</', tag, '>');
        return;
      }
      const isPre = html && (tag === 'pre' || tag === 'textarea' || tag === 'listing');
      if (isPre) pre++;
      if (html && (tag === 'script' || tag === 'style' || tag === 'template')) {
        if (tag === 'script' && el.type === 'application/ld+json') out.push(el.textContent);
      } else if (html && tag === 'noscript' && el.firstElementChild === null) {
        out.push(el.textContent); // raw text, as the parser saw it
      } else {
        for (let c = el.firstChild; c; c = c.nextSibling) {
          const t = c.nodeType;
          if (t === 1) walk(c, state);
          else if (t === 3 || t === 4) {
            const s = c.data;
            if (pre || /\S/.test(s)) out.push(escText(s));
            else if (s.length) out.push(s.includes('\n') ? '\n' : ' ');
          }
        }
      }
      if (isPre) pre--;
      out.push('</', tag, '>');
    };
    walk(doc.documentElement, 0);
    return { html: out.join(''), els };
  }

  // ---- apply: attributes + one <style> + the sidebar --------------------------

  // mark sets an attribute and records what was there, so undo is exact.
  function mark(el, name, value = '') {
    if (!el || !el.isConnected) return;
    S.changes.push([el, name, el.getAttribute(name)]);
    el.setAttribute(name, value);
  }

  function apply(a, els, reply) {
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

    const style = document.createElement('style');
    style.textContent = reply.readerCSS || '';
    (document.head || de).appendChild(style);
    S.added.push(style);
    if (showSidebar) sidebar(a, reply);
    S.on = true;
    const top = kept.reduce((m, k) => Math.min(m, k.getBoundingClientRect().top + scrollY), Infinity);
    scrollTo({ left: 0, top: Math.max(0, top - 24), behavior: 'instant' });
  }

  function sidebar(a, reply) {
    const ui = S.ui;
    const host = document.createElement('lede-sidebar');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = reply.sidebarCSS || '';
    shadow.appendChild(style);
    const panel = el('aside', 'panel');
    panel.setAttribute('lang', reply.uiLang === 'zh' ? 'zh-CN' : 'en');
    panel.setAttribute('aria-label', ui.sidebarLabel || 'Lede');
    const head = el('header', 'bar');
    head.append(el('span', 'brand', 'Lede'));
    const close = el('button', 'close', '×');
    close.title = ui.close || 'Close';
    close.setAttribute('aria-label', close.title);
    close.addEventListener('click', restore);
    head.append(close);
    panel.append(head);

    const meta = el('section', 'meta');
    const title = el('h1', 'title', a.title);
    title.setAttribute('lang', a.lang || '');
    meta.append(title);
    for (const [cls, v] of [['byline', a.byline], ['published', a.published], ['site', a.site]]) if (v) meta.append(el('p', cls, v));
    if (a.readingMinutes > 0) meta.append(el('p', 'reading', (ui.readingTime || '$N$ min').replace('$N$', a.readingMinutes)));
    panel.append(meta);

    if (a.figures && a.figures.length) {
      const sec = section(ui.figuresHeading || 'Figures', 'figures');
      for (const f of a.figures) {
        const item = el('li', 'item');
        item.append(el('span', 'fig', f.text));
        if (f.about) item.append(el('span', 'about', f.about));
        item.addEventListener('click', () => show(f));
        sec.list.append(item);
      }
      panel.append(sec.node);
    }
    if (a.quotes && a.quotes.length) {
      const sec = section(ui.quotesHeading || 'Quotes', 'quotes');
      for (const q of a.quotes) {
        const item = el('li', 'item');
        item.append(el('span', 'speaker', q.speaker || '—'));
        if (q.role) item.append(el('span', 'role', q.role));
        item.append(el('q', 'said', q.text));
        item.addEventListener('click', () => show(q));
        sec.list.append(item);
      }
      panel.append(sec.node);
    }
    shadow.append(panel);
    document.documentElement.appendChild(host);
    S.added.push(host);
    S.host = host;
  }

  function section(heading, cls) {
    const node = el('section', cls);
    node.append(el('h2', 'heading', heading));
    const list = el('ul', 'list');
    node.append(list);
    return { node, list };
  }

  // el builds a UI element; page text only ever goes in as textContent.
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  // show scrolls to an item's paragraph and highlights its words with the CSS
  // Custom Highlight API (no DOM change, nothing to undo but the registry).
  function show(item) {
    const p = S.lastEls && S.lastEls[item.node];
    if (!p) return;
    p.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (!globalThis.CSS || !CSS.highlights || typeof Highlight === 'undefined') return;
    const range = findText(p, item.text);
    if (range) CSS.highlights.set('lede-focus', new Highlight(range));
  }

  function findText(root, needle) {
    if (!needle) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
    const at = all.indexOf(needle);
    if (at < 0) return null;
    const locate = off => { let i = nodes.length - 1; while (i > 0 && nodes[i][1] > off) i--; return [nodes[i][0], off - nodes[i][1]]; };
    const r = document.createRange();
    r.setStart(...locate(at));
    r.setEnd(...locate(at + needle.length));
    return r;
  }

  // ---- undo -------------------------------------------------------------------

  // undo removes exactly what apply added: attributes (restoring any value the
  // page had), the style element, the sidebar host and our highlights.
  function undo() {
    for (const [e, name, old] of (S.changes || []).reverse()) {
      if (old === null) e.removeAttribute(name); else e.setAttribute(name, old);
    }
    for (const n of S.added || []) n.remove();
    if (globalThis.CSS && CSS.highlights) CSS.highlights.delete('lede-focus');
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
  // (last, so that every const above is initialised)

  if (S.busy) return;
  if (S.on) { restore(); return; }
  removeNotice();
  S.busy = true;
  run().catch(err => { undo(); notice('error', String(err && err.message || err)); }).finally(() => { S.busy = false; });
})();
