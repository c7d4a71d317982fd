// Lede sidebar, injected with content.js. It renders the view-model the Go
// core computed (Analysis.sidebar: sections, rows, compact values, charts,
// speaker cards, links, places on the page) and decides nothing itself.
// Page text only ever goes in as text (textContent, createTextNode, SVG text
// nodes): never as HTML. Highlights use the CSS Custom Highlight API, so the
// page's DOM is never touched; clear() removes them.
(() => {
  'use strict';
  if (globalThis.__ledeSidebar) return;

  const SVG = 'http://www.w3.org/2000/svg';
  const FOCUS = 'lede-focus';     // the words: the figure, the quote
  const CONTEXT = 'lede-context'; // the sentence around a figure
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const SECTION_STRINGS = { money: 'figuresMoney', change: 'figuresChange', counts: 'figuresCounts', other: 'figuresOther' };

  let ui = {};     // UI strings of the reader's language
  let els = [];    // node id → live element
  let shadow = null;
  const cycle = new Map(); // row id → the mention shown last

  // The click's frame carries the first screenful of the panel; the items
  // below it are built and appended after that frame (finish), so the page
  // shows clean without waiting for the style, layout and text shaping of
  // rows nobody sees yet (the sidebar was a third of the first click's
  // layout). Items keep their order: once one is deferred, all after it are.
  let budget = 0;     // px of the panel still to fill in the first frame
  let pending = [];   // [parent, make] in document order
  let rendering = 0;  // which render the pending items belong to

  // add appends make() to parent now, or after the first frame when the
  // panel's first screenful is full; px is the item's estimated height.
  function add(parent, px, make) {
    if (budget > 0 && !pending.length) {
      budget -= px;
      parent.append(make());
    } else {
      pending.push([parent, make]);
    }
  }

  // finish appends what add deferred (at once: it is needed when the reader
  // follows a link to a deferred item).
  function finish() {
    const p = pending;
    pending = [];
    for (const [parent, make] of p) parent.append(make());
  }

  // textPx estimates a text's height in the panel: 14px/1.5 lines of about
  // 36 Latin or 19 CJK characters.
  const LINE_PX = 21;
  function textPx(t, lang) {
    return LINE_PX * Math.ceil(((t || '').length || 1) / (lang === 'zh' ? 19 : 36));
  }

  // ---- building blocks ---------------------------------------------------------

  // el builds an element; text goes in as textContent, never as HTML.
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null && text !== '') e.textContent = text;
    return e;
  }

  function button(cls, label) {
    const b = el('button', cls);
    b.type = 'button';
    if (label) b.setAttribute('aria-label', label);
    return b;
  }

  // say fills a UI string's placeholder ($N$, $NAME$, $TITLE$).
  function say(key, fallback, value) {
    return (ui[key] || fallback).replace(/\$[A-Z]+\$/, () => String(value));
  }

  function section(cls, heading) {
    const node = el('section', 'section ' + cls);
    const h = el('h2', 'heading', heading);
    h.id = 'h-' + cls;
    node.setAttribute('aria-labelledby', h.id);
    node.append(h);
    return node;
  }

  // ---- the panel ---------------------------------------------------------------

  // render builds the sidebar host (not yet in the page) for Analysis a.
  function render(a, reply, hooks) {
    ui = reply.ui || {};
    els = hooks.els || [];
    cycle.clear();
    const v = a.sidebar || { figures: [], pictures: [], voices: {} };
    pending = [];
    budget = 1.25 * (innerHeight || 800);
    const token = ++rendering;
    const host = document.createElement('lede-sidebar');
    shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = reply.sidebarCSS || '';
    shadow.append(style);

    const panel = el('aside', 'panel');
    panel.setAttribute('lang', v.lang === 'zh' ? 'zh-CN' : 'en');
    panel.setAttribute('aria-label', ui.sidebarLabel || 'Lede');
    const head = el('header', 'bar');
    head.append(el('span', 'brand', 'Lede'));
    const close = button('close', ui.close || 'Close');
    close.title = ui.close || 'Close';
    close.textContent = '×';
    close.addEventListener('click', hooks.close);
    head.append(close);
    panel.append(head, meta(a, v));

    if (v.figures && v.figures.length) panel.append(figureSection(v.figures, a.lang));
    if (v.pictures && v.pictures.length) panel.append(pictureSection(v.pictures));
    const voices = v.voices || {};
    if (['people', 'organisations', 'sources', 'unattributed'].some(k => voices[k] && voices[k].length)) panel.append(voiceSection(voices, a.lang));
    panel.addEventListener('keydown', e => { if (e.key === 'Escape') clear(); });
    shadow.append(panel);
    // After the frame that shows the sidebar: the rest of it, then (for the
    // tests and the bench) when the frame with all of it has been rendered.
    requestAnimationFrame(() => setTimeout(() => {
      if (token !== rendering) return;
      finish();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { host.dataset.complete = String(performance.timeOrigin + performance.now()); };
        ch.port2.postMessage(0);
      });
    }));
    return host;
  }

  function meta(a, v) {
    const m = el('section', 'meta');
    const title = el('h1', 'title', a.title);
    title.setAttribute('lang', a.lang || '');
    m.append(title);
    for (const pair of [['byline', a.byline], ['published', v.published || a.published], ['site', a.site]]) if (pair[1]) m.append(el('p', pair[0], pair[1]));
    if (a.readingMinutes > 0) m.append(el('p', 'reading', say('readingTime', '$N$ min', a.readingMinutes)));
    return m;
  }

  // ---- Figures -------------------------------------------------------------------

  function figureSection(sections, lang) {
    const node = section('figures', ui.figuresHeading || 'Figures');
    for (const sec of sections) {
      const group = el('div', 'group ' + sec.name);
      group.append(el('h3', 'subheading', ui[SECTION_STRINGS[sec.name]] || sec.name));
      const list = el('ul', 'rows');
      for (const row of sec.rows) {
        add(list, 30 + (row.about || row.period ? textPx(row.about, lang) : 0) + 22 * (row.said || []).length, () => figureRow(row, lang));
        for (const c of sec.charts) if (c.after === row.id) add(list, 40 + 24 * c.bars.length, () => chart(c, lang));
      }
      group.append(list);
      node.append(group);
    }
    return node;
  }

  function figureRow(row, lang) {
    const li = el('li', 'row' + (row.lead ? ' lead' : ''));
    li.id = row.id;
    const b = button('show');
    b.title = ui.figureShow || 'Show in the article';
    const line = el('span', 'line');
    if (row.qualifier) line.append(el('span', 'qual', row.qualifier), ' ');
    line.append(el('span', 'value', row.value));
    if (row.arrow) {
      const arrow = el('span', 'arrow ' + row.direction, row.arrow);
      arrow.setAttribute('role', 'img');
      arrow.setAttribute('aria-label', row.direction === 'up' ? (ui.figureUp || 'rising') : (ui.figureDown || 'falling'));
      line.append(' ', arrow);
    }
    if (row.count > 1) {
      const times = el('span', 'times', '×' + row.count);
      times.setAttribute('aria-label', say('figureTimes', 'mentioned $N$ times', row.count));
      line.append(' ', times);
    }
    b.append(line);
    if (row.about || row.period) {
      const about = el('span', 'about');
      if (row.about) {
        const t = el('span', '', row.about);
        t.setAttribute('lang', lang || '');
        about.append(t);
      }
      if (row.period) about.append(el('span', 'period', row.period));
      b.append(about);
    }
    b.addEventListener('click', () => {
      const n = row.places.length;
      const i = cycle.has(row.id) ? (cycle.get(row.id) + 1) % n : 0;
      cycle.set(row.id, i);
      show(row.places, i, li);
    });
    li.append(b);
    for (const s of row.said || []) {
      const link = button('link speaker-link');
      link.textContent = '— ' + (s.speaker || ui.unnamed || 'unnamed source');
      link.setAttribute('aria-label', say('figureSaidBy', 'said by $NAME$', s.speaker || ui.unnamed || 'unnamed source'));
      link.addEventListener('click', () => jump(s.id));
      li.append(link);
    }
    return li;
  }

  // chart draws a small horizontal bar chart: label, bar, value per line.
  function chart(c, lang) {
    const li = el('li', 'chart');
    const fig = el('figure', 'chart-box');
    const cap = el('figcaption', 'chart-title', c.title);
    cap.setAttribute('lang', lang || '');
    const W = 280, LABEL = 64, VALUE = 70, BAR = 16, GAP = 8;
    const H = c.bars.length * (BAR + GAP);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('width', '100%');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', say('chartLabel', 'Bar chart: $TITLE$', c.title) + ': ' + c.bars.map(b => b.label + ' ' + b.text).join(', '));
    const span = W - LABEL - VALUE;
    c.bars.forEach((b, i) => {
      const y = i * (BAR + GAP) + GAP / 2;
      const g = document.createElementNS(SVG, 'g');
      g.setAttribute('class', 'bar');
      g.dataset.row = b.row;
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', LABEL - 6);
      label.setAttribute('y', y + BAR / 2);
      label.setAttribute('class', 'bar-label');
      label.textContent = b.label;
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', LABEL);
      rect.setAttribute('y', y);
      rect.setAttribute('height', BAR);
      rect.setAttribute('rx', 2);
      rect.setAttribute('width', Math.max(2, b.share * span).toFixed(1));
      const value = document.createElementNS(SVG, 'text');
      value.setAttribute('x', LABEL + Math.max(2, b.share * span) + 6);
      value.setAttribute('y', y + BAR / 2);
      value.setAttribute('class', 'bar-value');
      value.textContent = b.text;
      g.append(label, rect, value);
      g.addEventListener('click', () => { finish(); const r = shadow.getElementById(b.row); if (r) r.querySelector('.show').click(); });
      svg.append(g);
    });
    fig.append(cap, svg);
    li.append(fig);
    return li;
  }

  // ---- Pictures ------------------------------------------------------------------

  function pictureSection(pictures) {
    const node = section('pictures', ui.picturesHeading || 'Pictures');
    add(node, 130, () => pictureStrip(pictures));
    return node;
  }

  function pictureStrip(pictures) {
    const strip = el('ul', 'strip');
    for (const p of pictures) {
      const li = el('li', 'thumb');
      const b = button('show', ui.pictureShow || 'Show the picture in the article');
      const img = document.createElement('img');
      img.loading = 'lazy';
      img.decoding = 'async';
      img.alt = p.alt || '';
      img.src = p.src;
      img.addEventListener('error', () => { img.hidden = true; }, { once: true });
      b.append(img);
      if (p.caption || p.alt) b.append(el('span', 'cap', p.caption || p.alt));
      b.addEventListener('click', () => {
        const target = els[p.node];
        if (target && target.isConnected) target.scrollIntoView({ block: 'center', behavior: motion() });
        active(li);
      });
      li.append(b);
      strip.append(li);
    }
    return strip;
  }

  // ---- Who said what -----------------------------------------------------------------

  function voiceSection(v, lang) {
    const node = section('voices', ui.quotesHeading || 'Who said what');
    const groups = [['people', ui.quotesPeople || 'People'], ['organisations', ui.quotesOrganisations || 'Organisations'], ['sources', ui.quotesSources || 'Documents and surveys']];
    const shown = groups.filter(g => v[g[0]] && v[g[0]].length).length + (v.unattributed && v.unattributed.length ? 1 : 0);
    for (const g of groups) {
      const cards = v[g[0]] || [];
      if (!cards.length) continue;
      const group = el('div', 'group ' + g[0]);
      if (shown > 1 || g[0] !== 'people') group.append(el('h3', 'subheading', g[1]));
      for (const c of cards) add(group, 50 + c.quotes.reduce((px, q) => px + 8 + textPx(q.text, lang), 0), () => card(c, lang));
      node.append(group);
    }
    if (v.unattributed && v.unattributed.length) {
      const group = el('div', 'group unattributed');
      group.append(el('h3', 'subheading', ui.quotesUnattributed || 'Unattributed'));
      const list = el('ol', 'quotes');
      for (const q of v.unattributed) add(list, 8 + textPx(q.text, lang), () => quoteItem(q, lang));
      group.append(list);
      node.append(group);
    }
    return node;
  }

  function card(c, lang) {
    const box = el('article', 'card');
    box.id = c.id;
    const head = el('header', 'card-head');
    const name = el('span', 'name', c.name);
    name.setAttribute('lang', lang || '');
    head.append(name);
    if (c.anonymous) head.append(' ', el('span', 'badge anon', ui.quoteAnonymous || 'anonymous'));
    const count = el('span', 'count', String(c.count));
    count.setAttribute('aria-label', say('quoteCount', '$N$ quotes', c.count));
    count.title = count.getAttribute('aria-label');
    head.append(' ', count);
    box.setAttribute('aria-label', c.name);
    box.append(head);
    if (c.role) {
      const role = el('p', 'role', c.role);
      role.setAttribute('lang', lang || '');
      box.append(role);
    }
    const list = el('ol', 'quotes');
    for (const q of c.quotes) list.append(quoteItem(q, lang));
    box.append(list);
    return box;
  }

  function quoteItem(q, lang) {
    const li = el('li', 'quote ' + q.kind);
    li.id = q.id;
    const b = button('show');
    b.title = ui.figureShow || 'Show in the article';
    const badge = el('span', 'badge ' + q.kind, q.kind === 'direct' ? (ui.quoteDirect || 'quote') : (ui.quoteIndirect || 'reported'));
    b.append(badge);
    if (q.cue) {
      const cue = el('span', 'cue', q.cue);
      cue.setAttribute('lang', lang || '');
      b.append(' ', cue);
    }
    const said = el(q.kind === 'direct' ? 'q' : 'span', 'words', q.text);
    said.setAttribute('lang', lang || '');
    b.append(said);
    b.addEventListener('click', () => show([q.place], 0, li));
    li.append(b);
    if (q.figures && q.figures.length) {
      const chips = el('div', 'chips');
      chips.setAttribute('role', 'group');
      chips.setAttribute('aria-label', ui.quoteFigures || 'Figures in this quote');
      for (const f of q.figures) {
        const chip = button('link chip');
        chip.textContent = f.value;
        chip.addEventListener('click', () => jump(f.id));
        chips.append(chip);
      }
      li.append(chips);
    }
    return li;
  }

  // ---- links inside the sidebar --------------------------------------------------------

  // jump brings the item with id into view, shows it on the page and focuses it.
  function jump(id) {
    finish();
    const target = shadow && shadow.getElementById(id);
    if (!target) return;
    const b = target.querySelector('.show');
    target.scrollIntoView({ block: 'nearest', behavior: motion() });
    if (b) { b.click(); b.focus({ preventScroll: true }); }
  }

  // active marks the item last shown on the page (for the eye and for
  // screen readers).
  function active(li) {
    for (const o of shadow.querySelectorAll('.active')) {
      o.classList.remove('active');
      const b = o.querySelector('.show');
      if (b) b.removeAttribute('aria-current');
    }
    if (!li) return;
    li.classList.add('active');
    const b = li.querySelector('.show');
    if (b) b.setAttribute('aria-current', 'location');
  }

  function motion() {
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
  }

  // ---- highlights on the page ------------------------------------------------------------

  // show highlights every mention in places (the i-th one with its sentence)
  // and scrolls the page to the i-th.
  function show(places, i, li) {
    active(li);
    const focus = [];
    let first = null;
    places.forEach((p, k) => {
      for (const m of p.focus) {
        const r = locate(m);
        if (!r) continue;
        focus.push(r);
        if (k === i && !first) first = r;
      }
    });
    const context = [];
    for (const m of (places[i] && places[i].context) || []) {
      const r = locate(m);
      if (r) context.push(r);
    }
    if (globalThis.CSS && CSS.highlights && typeof Highlight === 'function') {
      const words = new Highlight(...focus);
      words.priority = 1; // painted over its sentence
      CSS.highlights.set(CONTEXT, new Highlight(...context));
      CSS.highlights.set(FOCUS, words);
    }
    const m0 = places[i] && places[i].focus[0];
    const target = m0 && els[m0.node];
    if (first) {
      const rect = first.getBoundingClientRect();
      if (rect.height > 0) {
        scrollTo({ top: Math.max(0, scrollY + rect.top - innerHeight / 3), behavior: motion() });
        return;
      }
    }
    if (target && target.isConnected) target.scrollIntoView({ block: 'center', behavior: motion() });
  }

  // locate finds a mark's words in its paragraph element and returns a Range
  // over the live text nodes. The Analysis text and the live text differ in
  // whitespace (and the core counts code points, JS UTF-16 units), so both
  // sides are compared with whitespace collapsed and, failing that, removed;
  // of the occurrences found, the mark's nth is taken when the counts agree,
  // else the one nearest the mark's offset.
  function locate(m) {
    const root = els[m.node];
    if (!root || !root.isConnected || !m.text) return null;
    for (const keepSpace of [true, false]) {
      const live = liveText(root, keepSpace);
      const needle = normalise(m.text, keepSpace);
      if (!needle) return null;
      const found = [];
      for (let k = live.text.indexOf(needle); k >= 0; k = live.text.indexOf(needle, k + needle.length)) found.push(k);
      if (!found.length) continue;
      let at = found[0];
      if (found.length === m.of) at = found[m.nth];
      else for (const k of found) if (Math.abs(k - m.at) < Math.abs(at - m.at)) at = k;
      const end = at + needle.length - 1;
      const r = document.createRange();
      r.setStart(live.nodes[at], live.offsets[at]);
      r.setEnd(live.nodes[end], live.offsets[end] + 1);
      return r;
    }
    return null;
  }

  const SPACE = /\s/;

  // liveText flattens the text nodes under root: text[i] came from
  // nodes[i] at offsets[i]. Whitespace runs become one space (keepSpace) or
  // nothing; leading whitespace is dropped.
  function liveText(root, keepSpace) {
    const chars = [], nodes = [], offsets = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: n => SKIP.has(n.parentNode.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    let space = true;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const d = n.data;
      for (let i = 0; i < d.length; i++) {
        const c = d[i];
        if (SPACE.test(c)) {
          if (space || !keepSpace) continue;
          space = true;
          chars.push(' ');
        } else {
          space = false;
          chars.push(c);
        }
        nodes.push(n);
        offsets.push(i);
      }
    }
    return { text: chars.join(''), nodes, offsets };
  }

  function normalise(s, keepSpace) {
    return keepSpace ? s.trim().replace(/\s+/g, ' ') : s.replace(/\s+/g, '');
  }

  // clear removes our highlights (toggle off, Escape).
  function clear() {
    if (globalThis.CSS && CSS.highlights) {
      CSS.highlights.delete(FOCUS);
      CSS.highlights.delete(CONTEXT);
    }
    if (shadow) active(null);
    cycle.clear();
  }

  globalThis.__ledeSidebar = { render, clear, highlights: [FOCUS, CONTEXT] };
})();
