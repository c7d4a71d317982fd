// Options page: UI language and sidebar on/off, kept in chrome.storage.sync.
'use strict';
const DEFAULTS = { uiLang: 'auto', sidebar: true };
for (const n of document.querySelectorAll('[data-i18n]')) {
  const m = chrome.i18n.getMessage(n.dataset.i18n);
  if (m) n.textContent = m;
}
const uiLang = document.getElementById('uiLang');
const sidebar = document.getElementById('sidebar');
const status = document.getElementById('status');
chrome.storage.sync.get(DEFAULTS).then(o => {
  uiLang.value = o.uiLang;
  sidebar.checked = o.sidebar;
});
function save() {
  chrome.storage.sync.set({ uiLang: uiLang.value, sidebar: sidebar.checked }).then(() => {
    status.textContent = chrome.i18n.getMessage('optSaved');
    setTimeout(() => { status.textContent = ''; }, 1500);
  });
}
uiLang.addEventListener('change', save);
sidebar.addEventListener('change', save);
