// Safe DOM building: every text goes in as a text node, never as HTML, so user text cannot inject markup.

/**
 * Creates an element. attrs: plain attributes, plus `on<Event>` functions, `class`, `dataset` (object)
 * and `style` (object). Children: nodes, strings (as text), numbers, arrays, null/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const ns = ['svg', 'path', 'line', 'polyline', 'circle', 'rect', 'text', 'g', 'title', 'polygon'].includes(tag)
    ? 'http://www.w3.org/2000/svg' : null;
  const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.substring(2).toLowerCase(), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'style' && typeof value === 'object') {
      Object.assign(el.style, value);
    } else if (key === 'value' && !ns) {
      el.value = value;
    } else if (key === 'checked' || key === 'disabled' || key === 'selected') {
      el[key] = !!value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** The attributes of a text input for a period (a quarter or a month); spread them, then add id, value, ... */
export const PERIOD_INPUT = Object.freeze({ type: 'text', placeholder: '2026-Q3', pattern: '\\d{4}-(Q[1-4]|0[1-9]|1[0-2])',
  title: 'A quarter like 2026-Q3 or a month like 2026-09', size: 9 });

/** The attributes of a text input for a date (yyyy-mm-dd); spread them, then add id, value, ... */
export const DATE_INPUT = Object.freeze({ type: 'text', placeholder: 'yyyy-mm-dd', pattern: '\\d{4}-\\d{2}-\\d{2}',
  title: 'A date like 2026-09-30', size: 11 });

/** Replaces the content of an element. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Shows a short message at the bottom of the screen; kind: info, success, error. */
export function toast(message, kind = 'info') {
  const box = document.getElementById('toasts');
  const item = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  box.appendChild(item);
  setTimeout(() => item.remove(), kind === 'error' ? 9000 : 4000);
}

/** A "loading" placeholder, shown while a page fetches its data (never a blank screen). */
export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status' }, text);
}

/** A visible error box for a failed load. */
export function errorBox(error) {
  return h('div', { class: 'error-box', role: 'alert' }, h('strong', {}, 'Something went wrong. '),
    error && error.message ? error.message : String(error));
}

/** Formats a number for display: null/undefined as a dash. */
export function num(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString('en', { maximumFractionDigits: digits });
}
