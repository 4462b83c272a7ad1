// The shell of the web workbench: routes (#/...), the step navigation with live status, the user name,
// conflict and "changed by someone else" notices. Every page is a module in ../pages exporting
// `render(main, ctx)`; see ../pages/README.md.
import { api, ApiError, ConflictError } from './api.js';
import { h, mount, toast, loading, errorBox } from './dom.js';

const STEP_TITLES = ['Define SMART goals', 'Audit touchpoints (SWOT)', 'Identify competitors', 'Research competitors',
  'Personas and journeys', 'Plan implementation', 'Send surveys', 'Measure KPIs', 'Optimise'];

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let status = null;
let renderSeq = 0;

/** Parses the hash: #/ | #/login | #/s/ID | #/s/ID/step/N | #/s/ID/dashboard | #/s/ID/report */
function route() {
  const [path, query] = (window.location.hash.replace(/^#/, '') || '/').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  if (parts[0] === 'login') return { page: 'login', params };
  if (parts[0] !== 's' || !parts[1]) return { page: 'home', params };
  const id = parts[1];
  if (parts[2] === 'step' && /^[1-9]$/.test(parts[3] || '')) return { page: `step${parts[3]}`, id, step: Number(parts[3]), params };
  if (parts[2] === 'dashboard') return { page: 'dashboard', id, params };
  if (parts[2] === 'report') return { page: 'report', id, params };
  return { page: 'overview', id, params };
}

export function navigate(hash) {
  if (window.location.hash === hash) render(); else window.location.hash = hash;
}

async function refreshStatus(id) {
  if (!id) { status = null; renderNav(null); return null; }
  try {
    status = await api.get(`/strategies/${encodeURIComponent(id)}/status`);
  } catch (e) {
    status = null;
  }
  renderNav(id);
  return status;
}

function renderNav(id) {
  const current = route();
  if (!id) {
    mount(nav, h('p', { class: 'nav-hint' }, 'Open or create a strategy to see its nine steps.'));
    return;
  }
  const link = (hash, label, extra, active) => h('a', { href: hash, class: active ? 'active' : null,
    'aria-current': active ? 'page' : null }, label, extra);
  const steps = STEP_TITLES.map((title, i) => {
    const s = status && status.steps ? status.steps[i] : null;
    const mark = s ? h('span', { class: s.complete ? 'mark done' : 'mark todo', title: s.complete ? 'complete' : 'to do',
      'aria-label': s.complete ? 'complete' : 'to do' }, s.complete ? '✓' : '•') : null;
    return h('li', {}, link(`#/s/${encodeURIComponent(id)}/step/${i + 1}`, `${i + 1}. ${title}`, mark, current.step === i + 1));
  });
  mount(nav,
    h('ol', { class: 'steps' },
      h('li', {}, link(`#/s/${encodeURIComponent(id)}`, 'Overview', null, current.page === 'overview')),
      steps,
      h('li', { class: 'sep' }, link(`#/s/${encodeURIComponent(id)}/dashboard`, 'KPI dashboard', null, current.page === 'dashboard')),
      h('li', {}, link(`#/s/${encodeURIComponent(id)}/report`, 'Quarterly report', null, current.page === 'report'))));
}

/** Shows a refused write: what changed since the user's version, and a button to reload. */
export function showConflict(error, reload) {
  const changes = error.changes || [];
  document.getElementById('remote-change')?.remove(); // this notice says more, and its Reload does the same
  const dialog = h('div', { class: 'conflict', role: 'alertdialog', 'aria-labelledby': 'conflict-title' },
    h('h2', { id: 'conflict-title' }, 'Someone else changed this strategy'),
    h('p', {}, error.message),
    changes.length ? h('ul', {}, changes.map(c => h('li', {}, `${c.user}: ${c.summary} (version ${c.version})`))) : null,
    h('p', {}, 'Your change was not saved. Reload to see the current state, then make your change again.'),
    h('div', { class: 'actions' },
      h('button', { class: 'primary', onClick: () => { dialog.remove(); reload(); } }, 'Reload'),
      h('button', { onClick: () => dialog.remove() }, 'Close')));
  main.prepend(dialog);
  dialog.querySelector('button').focus();
}

/** Reports a failed action: conflicts get the conflict notice, everything else a toast. */
export function reportError(error, reload) {
  if (error instanceof ConflictError) showConflict(error, reload || render);
  else toast(error.message || String(error), 'error');
}

async function render() {
  const seq = ++renderSeq;
  const r = route();
  document.getElementById('strategy-title').textContent = r.id ? r.id : '';
  mount(main, loading());
  if (r.id) {
    // a (re)rendered page shows what it loads now: forget the version the previous page showed, so loading
    // it is not taken for someone else's change
    api.forget(r.id);
    await refreshStatus(r.id);
  } else {
    renderNav(null);
  }
  if (seq !== renderSeq) return;
  const ctx = {
    api, id: r.id, step: r.step, params: r.params, status, navigate,
    refreshStatus: () => refreshStatus(r.id), reportError, showConflict,
    stepTitle: n => STEP_TITLES[n - 1],
    /** The page now shows the strategy at this version; writes are based on it. */
    track: version => api.track(r.id, version),
  };
  try {
    const module = await import(`../pages/${r.page}.js`);
    if (seq !== renderSeq) return;
    mount(main);
    await module.render(main, ctx);
    main.focus({ preventScroll: true });
  } catch (e) {
    if (seq !== renderSeq) return;
    if (e instanceof ApiError && e.status === 401) return;
    mount(main, errorBox(e));
  }
}

function remoteChangeBanner(id, version) {
  if (document.getElementById('remote-change')) return;
  const banner = h('div', { id: 'remote-change', class: 'banner', role: 'status' },
    `Someone else changed "${id}" (now version ${version}). `,
    h('button', { onClick: () => { banner.remove(); render(); } }, 'Reload to see it'));
  document.body.appendChild(banner);
}

async function start() {
  const user = document.getElementById('user-name');
  user.value = localStorage.getItem('cxw.user') || '';
  user.addEventListener('change', () => localStorage.setItem('cxw.user', user.value.trim()));
  api.onRemoteChange(remoteChangeBanner);
  try {
    await api.init();
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) {
      mount(main, errorBox(e));
      return;
    }
  }
  window.addEventListener('hashchange', () => {
    document.getElementById('remote-change')?.remove();
    document.getElementById('toasts').replaceChildren();
    render();
  });
  if (!window.location.hash && api.session && api.session.firstStrategy) {
    window.location.hash = `#/s/${encodeURIComponent(api.session.firstStrategy)}`;
  } else {
    render();
  }
  // Notice changes made by others while the page is open.
  setInterval(async () => {
    const r = route();
    if (r.id && document.visibilityState === 'visible') {
      try { await api.get(`/strategies/${encodeURIComponent(r.id)}`); } catch (e) { /* shown on next action */ }
    }
  }, 5000);
}

start();
