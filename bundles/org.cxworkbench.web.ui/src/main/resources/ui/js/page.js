// The frame of a step page: heading, one-line explanation, the step's status from `cxw status`, a content area
// that shows "loading" while the page fetches its data and an error box (with a retry button) if that fails.
// After a change the page reloads its data in place, keeping the scroll position and the keyboard focus.
import { h, mount, loading, errorBox, toast, PERIOD_INPUT } from './dom.js';
import { placementPanels } from './blocks.js';

/** The API path of the current strategy plus `rest`, e.g. path(ctx, '/entities/goal'). */
export function path(ctx, rest = '') {
  return `/strategies/${encodeURIComponent(ctx.id)}${rest}`;
}

/**
 * Loads several answers at once: `{ name: promise }` → `{ name: answer, version }`, where `version` is the oldest
 * version among the answers (so that writes are refused if the answers disagree because someone else changed the
 * strategy in between).
 */
export async function loadAll(promises) {
  const names = Object.keys(promises);
  const answers = await Promise.all(names.map(n => promises[n]));
  const data = {};
  let version;
  names.forEach((n, i) => {
    data[n] = answers[i];
    const v = answers[i] && typeof answers[i].version === 'number' ? answers[i].version : undefined;
    if (v !== undefined && (version === undefined || v < version)) version = v;
  });
  data.version = version;
  return data;
}

/** A stable key of the focused element (id or data-testid), to focus its replacement after a reload. */
function focusKey() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  if (el.dataset && el.dataset.testid) return `[data-testid="${CSS.escape(el.dataset.testid)}"]`;
  return null;
}

function statusLine(ctx, step, status) {
  const s = status && status.steps ? status.steps[step - 1] : null;
  if (!s) return null;
  const findings = (s.findings || []).filter(f => f.severity !== 'INFO' || f.message);
  return h('div', { class: `step-status ${s.complete ? 'complete' : 'todo'}`, 'data-testid': 'step-status' },
    h('span', { class: `badge ${s.complete ? 'good' : 'warn'}` }, s.complete ? 'Step complete' : 'Step to do'),
    s.missing && s.missing.length > 0 && s.missing.length <= 2 ? h('span', {}, ' Missing: ', s.missing.join('; ')) : null,
    s.missing && s.missing.length > 2 ? h('details', { class: 'findings' }, h('summary', {}, `${s.missing.length} things missing`),
      h('ul', {}, s.missing.map(m => h('li', {}, m)))) : null,
    findings.length ? h('details', { class: 'findings' },
      h('summary', {}, `${findings.length} ${findings.length === 1 ? 'check' : 'checks'} to look at`),
      h('ul', {}, findings.map(f => h('li', {}, h('span', { class: `badge ${f.severity === 'ERROR' ? 'bad' : f.severity === 'WARNING' ? 'warn' : ''}` },
        f.severity.toLowerCase()), ' ', f.message)))) : null);
}

/**
 * Renders a step page. `load()` fetches the data (an object with `version`); `draw(data, page)` returns the
 * content. `page.refresh()` reloads and redraws after a change; `page.data` is the last data loaded.
 */
export async function stepPage(main, ctx, { step, lead, load, draw }) {
  const content = h('div', { class: 'step-content' }, loading());
  const status = h('div', { class: 'step-status-slot' }, statusLine(ctx, step, ctx.status));
  mount(main,
    h('header', { class: 'step-head' },
      h('h1', { id: 'page-title' }, `Step ${step}: ${ctx.stepTitle(step)}`),
      h('p', { class: 'lead' }, lead),
      status),
    content,
    // panels that plugins contribute to this step (loaded after the page; shown only when there are some)
    placementPanels(ctx, `step-${step}`));
  const page = {
    ctx, step, data: null, content,
    /** Reloads the data and redraws; keeps scroll position and focus. */
    async refresh({ statusToo = true } = {}) {
      const key = focusKey();
      const scroll = window.scrollY;
      let data;
      try {
        data = await load();
      } catch (e) {
        mount(content, errorBox(e), h('div', { class: 'actions' },
          h('button', { type: 'button', onClick: () => { mount(content, loading()); page.refresh(); } }, 'Try again')));
        return;
      }
      page.data = data;
      if (typeof data.version === 'number') ctx.track(data.version);
      mount(content, draw(data, page));
      window.scrollTo(0, scroll);
      if (key) {
        const again = main.querySelector(key);
        if (again) again.focus({ preventScroll: true });
      }
      if (statusToo) {
        ctx.refreshStatus().then(s => mount(status, statusLine(ctx, step, s))).catch(() => {});
      }
    },
    /** Runs a change: disables `button` meanwhile, reports errors (409 with what changed), then reloads. */
    async change(button, work, success) {
      if (button) button.disabled = true;
      try {
        const answer = await work();
        if (success) toast(typeof success === 'function' ? success(answer) : success, 'success');
        await page.refresh();
        return answer;
      } catch (e) {
        ctx.reportError(e, () => page.refresh());
        return undefined;
      } finally {
        if (button && button.isConnected) button.disabled = false;
      }
    },
  };
  await page.refresh({ statusToo: false });
  return page;
}

/** A section with a heading (h2) and optional buttons beside it. */
export function section(title, { id, actions, lead, testid } = {}, ...children) {
  const headingId = id ? `${id}-title` : undefined;
  return h('section', { class: 'block', id, 'aria-labelledby': headingId, 'data-testid': testid },
    h('div', { class: 'block-head' }, h('h2', { id: headingId }, title),
      actions && actions.length ? h('div', { class: 'block-actions' }, actions) : null),
    lead ? h('p', { class: 'muted block-lead' }, lead) : null,
    children);
}

/** The result of a command view/action as a short message: its text output or the exit code. */
export function commandMessage(answer, fallback) {
  if (!answer) return fallback;
  if (answer.exitCode === 2 || answer.exitCode === 3) {
    return (answer.messages || '').trim() || `The command failed (exit code ${answer.exitCode})`;
  }
  return fallback || (answer.messages || '').trim();
}

/** Throws if a command answered with a usage/input or internal error, with its message. */
export function checkCommand(answer) {
  if (answer && (answer.exitCode === 2 || answer.exitCode === 3)) {
    throw new Error((answer.messages || '').trim() || `The command failed (exit code ${answer.exitCode})`);
  }
  return answer;
}

/** A period input (2026-Q3) with a label; returns { element, input }. */
export function periodInput(id, label, value, placeholder = '2026-Q3') {
  const input = h('input', { ...PERIOD_INPUT, id, value: value || '', placeholder, title: null,
    'aria-describedby': `${id}-hint`, 'data-testid': id });
  return { input, element: h('span', { class: 'inline-field' }, h('label', { for: id }, label), input,
    h('span', { id: `${id}-hint`, class: 'visually-hidden' }, 'A quarter like 2026-Q3 or a month like 2026-09')) };
}
