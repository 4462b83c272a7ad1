// Moving elements: one place earlier or later among their siblings (a tactic step up, a journey stage to the left),
// or under another parent (a sub-goal to another goal or to the top level, a step to another tactic), through
// POST /api/strategies/ID/entities/NOUN/EID/move. Ids, values and references stay; the page is reloaded and the
// keyboard focus goes back to the control that was used.
import { h, mount, toast } from './dom.js';
import { path } from './page.js';
import { openDialog } from './entities.js';

function moveRequest(ctx, noun, id, body) {
  return ctx.api.write('POST', path(ctx, `/entities/${encodeURIComponent(noun)}/${encodeURIComponent(id)}/move`), ctx.id, body);
}

/** After a reload, puts the focus on the first of the given test ids that exists and is enabled. */
function refocus(testids) {
  for (const testid of testids) {
    const target = document.querySelector(`[data-testid="${CSS.escape(testid)}"]`);
    if (target && !target.disabled) { target.focus(); return; }
  }
}

/**
 * Two small buttons that move an element one place earlier or later among its `count` siblings; `index` is its
 * place, 0 for the first. `words` name the directions for screen readers and tooltips, `symbols` show them.
 */
export function orderButtons(page, noun, item, index, count, { words = ['Move up', 'Move down'], symbols = ['↑', '↓'] } = {}) {
  const name = item.name || item.id;
  const testid = direction => `move-${noun}-${item.id}-${direction}`;
  const button = (direction, to, word, symbol) => h('button', {
    type: 'button', class: 'small icon-button', 'data-testid': testid(direction), 'aria-label': `${word}: ${name}`,
    title: `${word} (to place ${to + 1} of ${count})`, disabled: to < 0 || to >= count ? true : null,
    onClick: async e => {
      await page.change(e.currentTarget, () => moveRequest(page.ctx, noun, item.id, { position: to + 1 }),
        `Moved "${name}" to place ${to + 1} of ${count}`);
      refocus([testid(direction), testid(direction === 'earlier' ? 'later' : 'earlier')]);
    },
  }, symbol);
  return h('span', { class: 'order-buttons' },
    button('earlier', index - 1, words[0], symbols[0]), button('later', index + 1, words[1], symbols[1]));
}

/**
 * Opens a dialog that moves an element under another parent and to a place among the new siblings.
 * options:
 *   noun, item {id, name}, title;
 *   parentKey: the parent option of the kind ('parent', 'tactic');
 *   parentLabel: the label of the parent choice ('Sub-goal of', 'Tactic');
 *   parents: [{id, label, children: [{id, name}]}] the possible parents (not the element or what it contains);
 *   top: {label, where, children} when the element may also stand at the top level ("where" names it in the
 *   message afterwards, e.g. "at the top level"), else null;
 *   current: the id of its parent now, or null at the top level.
 */
export function moveDialog(page, { noun, item, title, parentKey, parentLabel, parents, top, current }) {
  const { ctx } = page;
  const TOP = '';
  const childrenOf = key => (key === TOP ? top.children : (parents.find(p => p.id === key) || { children: [] }).children);
  const parentSelect = h('select', { id: 'move-parent', 'data-testid': 'move-parent' },
    top ? h('option', { value: TOP }, top.label) : null,
    parents.map(p => h('option', { value: p.id }, p.label)));
  parentSelect.value = current === null ? TOP : current;
  const placeSelect = h('select', { id: 'move-place', 'data-testid': 'move-place' });
  const fillPlaces = () => {
    const key = parentSelect.value;
    const others = childrenOf(key).filter(c => c.id !== item.id);
    const here = childrenOf(key).findIndex(c => c.id === item.id);
    mount(placeSelect,
      h('option', { value: '1' }, others.length ? `First, before "${others[0].name}"` : 'The only one'),
      others.map((c, i) => h('option', { value: String(i + 2) }, `After "${c.name}"`)));
    placeSelect.value = String(here >= 0 ? here + 1 : others.length + 1);
  };
  parentSelect.addEventListener('change', fillPlaces);
  fillPlaces();
  const error = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'form-error' });
  const { close } = openDialog({ title, wide: true, testid: 'move-dialog', build: closeIt => h('form', { onSubmit: async e => {
    e.preventDefault();
    const submit = e.target.querySelector('button[type=submit]');
    const key = parentSelect.value;
    const body = { position: Number(placeSelect.value) };
    if (key !== (current === null ? TOP : current)) body.parent = key === TOP ? {} : { [parentKey]: key };
    submit.disabled = true;
    try {
      await moveRequest(ctx, noun, item.id, body);
      closeIt();
      const where = key === TOP ? top.where : `in ${(parents.find(p => p.id === key) || { label: key }).label}`;
      toast(`Moved "${item.name}" to place ${body.position} ${where}`, 'success');
      await page.refresh();
      refocus([`move-${noun}-${item.id}`]);
    } catch (err) {
      if (err.status === 409) { closeIt(); ctx.reportError(err, () => page.refresh()); return; }
      error.hidden = false;
      mount(error, err.message);
    } finally {
      if (submit.isConnected) submit.disabled = false;
    }
  } },
  h('div', { class: 'form-grid' },
    h('div', { class: 'field' }, h('label', { for: 'move-parent' }, parentLabel), parentSelect),
    h('div', { class: 'field' }, h('label', { for: 'move-place' }, 'Place'), placeSelect)),
  h('p', { class: 'muted small' }, 'The id, the values and everything that refers to it stay as they are; what it contains moves with it.'),
  error,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'move-submit' }, 'Move'),
    h('button', { type: 'button', onClick: closeIt }, 'Cancel'))) });
  return close;
}

/** The button that opens {@link moveDialog} for an element. */
export function moveButton(page, noun, item, dialogOptions) {
  return h('button', { type: 'button', class: 'small', 'data-testid': `move-${noun}-${item.id}`, 'aria-label': `Move ${item.name || item.id}`,
    onClick: () => moveDialog(page, { noun, item, ...dialogOptions() }) }, 'Move');
}
