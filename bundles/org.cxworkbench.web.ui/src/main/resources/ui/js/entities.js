// A generic editor for the elements of one kind (goal, touchpoint, stage, ...), built from the field descriptions
// of GET /api/kinds: a table of the elements with their list columns, an add/edit form in a dialog, and remove with
// confirmation. Pages use the pieces: entityTable() for a whole table, openEntityDialog() and removeEntity() for
// their own layouts (the SWOT grid, the journey map), entityForm() for forms with extras (the live SMART check).
//
// Values: choices are sent as listed (lower case with dashes, e.g. mobile-app); the API shows them as enum names
// (MOBILE_APP) and leaves defaults out, so a missing choice is the first one and a missing boolean is false.
import { h, mount, toast, num, PERIOD_INPUT, DATE_INPUT } from './dom.js';
import { ApiError, ConflictError } from './api.js';
import { path } from './page.js';

// ---- kinds and labels

let kindsPromise = null;

/** The kinds of elements (GET /api/kinds) as a Map noun → kind; loaded once. */
export function loadKinds(api) {
  if (!kindsPromise) {
    kindsPromise = api.get('/kinds').then(list => new Map(list.map(k => [k.noun, k])))
      .catch(e => { kindsPromise = null; throw e; });
  }
  return kindsPromise;
}

const LABELS = {
  kpi: 'KPI', subjectKind: 'What the goal is about', subjectTouchpoint: 'Touchpoint', subjectPersona: 'Persona',
  subjectSegment: 'Segment', baselinePeriod: 'Baseline period', targetKind: 'Kind of target', targetChange: 'Target change',
  dueDate: 'Due date', startDate: 'Start date', doneDate: 'Done on', ratedBy: 'Rated by', relevanceRank: 'Relevance rank',
  responseHours: 'Response time (hours)', emotionScore: 'Emotion', personaGoals: 'Goals', customerGoals: 'Customer goals',
  preferredChannels: 'Preferred channels', evidenceTouchpoints: 'Evidence: touchpoints', evidenceFindings: 'Evidence: findings',
  theirWeakness: 'Their weakness', ourStrength: 'Our strength', theirStrength: 'Their strength', ourWeakness: 'Our weakness',
  painPoints: 'Pain points', socialProfiles: 'Social profiles', createdPeriod: 'Created in', direct: 'Direct competitor',
  present: 'Present', quality: 'Quality (1-5)', personalisation: 'Personalisation', website: 'Website',
};

const HINTS = {
  'goal.statement': 'The goal in one sentence, e.g. "Raise our NPS by one full point this quarter".',
  'goal.targetChange': '+1 for one point more; -20 with "relative change" for 20 % less.',
  'goal.period': 'The period the target must be reached in: 2026-Q3 or 2026-09.',
  'goal.baselinePeriod': 'The period the baseline was measured in.',
  'stage.emotionScore': '-2 very negative, 0 neutral, +2 very positive.',
  'stage.actions': 'What the customer does, one per line.',
  'pain.severity': '1 (minor) to 5 (severe).',
  'rating.score': '1 poor to 5 excellent.',
  'rank.position': 'The position in the search results: 1 is the first result.',
  'rank.competitor': 'Leave empty for your own brand.',
  'backlog.priority': '1 is the most urgent.',
  'keyword.relevanceRank': '1 is the most relevant keyword.',
  'finding.quality': '1 poor to 5 excellent.',
};

const LONG_TEXT = new Set(['description', 'statement', 'text', 'comment', 'evidence', 'thoughts', 'feelings',
  'personalisation', 'request']);

/** "targetChange" → "Target change"; "MOBILE_APP" / "mobile-app" → "Mobile app". */
const WORDS = { faq: 'FAQ', 'own-cx': 'Own CX', kpi: 'KPI', sms: 'SMS', 'five-e': 'The 5 Es', 'own-swot': 'Own SWOT' };

export function humanize(text) {
  if (text === null || text === undefined) return '';
  const s = String(text);
  const known = WORDS[s.toLowerCase().replace(/_/g, '-')];
  if (known) return known;
  const words = /[_-]/.test(s) || s === s.toUpperCase()
    ? s.toLowerCase().replace(/[_-]+/g, ' ')
    : s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldLabel(field, labels = {}) {
  return labels[field.name] || LABELS[field.name] || humanize(field.name);
}

/** A choice value as the API takes it: MOBILE_APP → mobile-app. */
export function choiceKey(value) {
  return value === null || value === undefined ? '' : String(value).toLowerCase().replace(/_/g, '-');
}

/** The value of a field of an element, with defaults filled in (first choice, false), in the form the API takes. */
export function fieldValue(field, item) {
  const raw = item ? item[field.name] : undefined;
  if (field.many) return Array.isArray(raw) ? raw.map(v => field.valueType === 'choice' ? choiceKey(v) : String(v)) : [];
  if (field.valueType === 'choice') return raw === undefined || raw === null ? (field.choices[0] || '') : choiceKey(raw);
  if (field.valueType === 'boolean') return raw === true || raw === 'true' ? 'true' : 'false';
  return raw === undefined || raw === null ? '' : String(raw);
}

/** A short label of an element: name, term, KPI code, text or id. */
export function itemLabel(item) {
  if (!item) return '';
  if (item.type === 'KpiDefinition' && item.code) return item.name ? `${item.code} (${item.name})` : item.code;
  const text = item.name || item.term || item.text || item.code || item.period || item.id;
  const s = String(text);
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}

// ---- references

/** Loads and caches the elements of referenced kinds (for selects and labels). Clear it when the page reloads. */
export class Refs {
  constructor(ctx) {
    this.ctx = ctx;
    this.cache = new Map();
  }

  clear() { this.cache.clear(); }

  /** The elements of a kind (GET /entities/NOUN), cached. */
  items(noun) {
    if (!this.cache.has(noun)) {
      const p = this.ctx.api.get(path(this.ctx, `/entities/${encodeURIComponent(noun)}`)).then(a => a.items)
        .catch(e => { this.cache.delete(noun); throw e; });
      this.cache.set(noun, p);
    }
    return this.cache.get(noun);
  }

  /** Uses elements already loaded by the page. */
  seed(noun, items) { this.cache.set(noun, Promise.resolve(items)); }

  preload(...nouns) { return Promise.all(nouns.map(n => this.items(n))); }

  /** A span showing the label of a referenced element (the id until it is known). */
  label(noun, id) {
    const span = h('span', { class: 'ref', 'data-ref': id }, id);
    if (noun && id) {
      this.items(noun).then(items => {
        const found = items.find(i => i.id === id);
        if (found) { span.textContent = itemLabel(found); span.title = id; }
      }).catch(() => {});
    }
    return span;
  }
}

/** A cell's content for a field value: choices humanised, booleans yes/no, references by label. */
export function displayValue(field, item, refs) {
  const value = fieldValue(field, item);
  if (field.valueType === 'reference') {
    const ids = field.many ? value : value ? [value] : [];
    if (!ids.length) return h('span', { class: 'muted' }, '–');
    return ids.map((id, i) => [i ? ', ' : null, refs ? refs.label(field.referenceNoun, id) : id]);
  }
  if (field.many) return value.length ? value.map(v => field.valueType === 'choice' ? humanize(v) : v).join(', ') : h('span', { class: 'muted' }, '–');
  if (value === '') return h('span', { class: 'muted' }, '–');
  if (field.valueType === 'choice') return humanize(value);
  if (field.valueType === 'boolean') return value === 'true' ? 'yes' : 'no';
  if (field.valueType === 'number') return num(Number(value), 2);
  return value;
}

// ---- dialogs

let dialogSeq = 0;

/**
 * Opens a modal dialog (native <dialog>: focus stays inside, Escape closes it). `build(close)` returns the
 * content. Focus goes back to the element that had it when the dialog closes.
 */
export function openDialog({ title, build, wide, testid }) {
  const id = `dialog-${++dialogSeq}`;
  const opener = document.activeElement;
  const dialog = h('dialog', { class: `dialog${wide ? ' wide' : ''}`, 'aria-labelledby': `${id}-title`, 'data-testid': testid || 'dialog' });
  let closed = false;
  const close = () => { if (!closed) dialog.close(); };
  dialog.addEventListener('close', () => {
    closed = true;
    const active = document.activeElement;
    const lost = !active || active === document.body || dialog.contains(active);
    dialog.remove();
    // back to the opener, unless something else took the focus meanwhile (e.g. the conflict notice)
    if (lost && opener && opener.isConnected && typeof opener.focus === 'function') opener.focus();
  });
  mount(dialog,
    h('div', { class: 'dialog-head' }, h('h2', { id: `${id}-title` }, title),
      h('button', { type: 'button', class: 'icon', 'aria-label': 'Close', title: 'Close (Esc)', onClick: close }, '×')),
    build(close));
  document.body.appendChild(dialog);
  dialog.showModal();
  const first = dialog.querySelector('[autofocus]') || dialog.querySelector('input:not([type=hidden]), select, textarea');
  if (first) first.focus();
  return { dialog, close };
}

/** Asks before a destructive action; resolves true when confirmed. Cancel has the focus first. */
export function confirmDialog({ title, message, confirmLabel = 'Remove' }) {
  return new Promise(resolve => {
    let answer = false;
    const { dialog } = openDialog({ title, testid: 'confirm-dialog', build: close => h('div', {},
      h('p', {}, message),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'danger', 'data-testid': 'confirm-yes', onClick: () => { answer = true; close(); } }, confirmLabel),
        h('button', { type: 'button', autofocus: true, 'data-testid': 'confirm-no', onClick: close }, 'Cancel'))) });
    dialog.querySelector('[data-testid="confirm-no"]').focus();
    dialog.addEventListener('close', () => resolve(answer));
  });
}

// ---- forms

let formSeq = 0;

function widget(field, value, { id, label, hint, required, refItems, choiceLabels }) {
  const describedBy = hint ? `${id}-hint` : null;
  const common = { id, name: field.name, 'aria-describedby': describedBy, 'data-field': field.name };
  const wrap = (input, wide) => h('div', { class: `field${wide ? ' wide' : ''}`, 'data-field-wrap': field.name },
    h('label', { for: id }, label, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null), input,
    hint ? h('div', { id: `${id}-hint`, class: 'hint' }, hint) : null);
  const choiceText = c => (choiceLabels && choiceLabels[c]) || humanize(c);

  if (field.many && (field.valueType === 'choice' || field.valueType === 'reference')) {
    const options = field.valueType === 'choice' ? field.choices.map(c => ({ value: c, text: choiceText(c) }))
      : (refItems || []).map(i => ({ value: i.id, text: itemLabel(i) }));
    const boxes = options.map((o, i) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', id: `${id}-${i}`, value: o.value, checked: value.includes(o.value), 'data-field': field.name }), ' ', o.text));
    const element = h('fieldset', { class: 'field wide checks', id, 'data-field-wrap': field.name, 'aria-describedby': describedBy },
      h('legend', {}, label), options.length ? h('div', { class: 'check-grid' }, boxes) : h('p', { class: 'muted' }, 'None to choose from yet.'),
      hint ? h('div', { id: `${id}-hint`, class: 'hint' }, hint) : null);
    return { element, focusable: element.querySelector('input'), read: () => boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value) };
  }
  if (field.many) {
    const input = h('textarea', { ...common, rows: Math.min(6, Math.max(2, value.length + 1)), value: value.join('\n') });
    const full = hint ? hint : 'One per line.';
    const element = h('div', { class: 'field wide', 'data-field-wrap': field.name },
      h('label', { for: id }, label), input, h('div', { id: `${id}-hint`, class: 'hint' }, full));
    input.setAttribute('aria-describedby', `${id}-hint`);
    return { element, focusable: input, read: () => input.value.split('\n').map(s => s.trim()).filter(Boolean) };
  }
  if (field.valueType === 'choice' || field.valueType === 'reference') {
    const options = field.valueType === 'choice' ? field.choices.map(c => ({ value: c, text: choiceText(c) }))
      : (refItems || []).map(i => ({ value: i.id, text: itemLabel(i) }));
    const empty = !(field.valueType === 'choice' && required);
    const select = h('select', { ...common },
      empty ? h('option', { value: '' }, '–') : null,
      options.map(o => h('option', { value: o.value, selected: o.value === value }, o.text)));
    if (value && !options.some(o => o.value === value)) select.appendChild(h('option', { value, selected: true }, value));
    return { element: wrap(select), focusable: select, read: () => select.value };
  }
  if (field.valueType === 'boolean') {
    const box = h('input', { type: 'checkbox', ...common, checked: value === 'true' });
    const element = h('div', { class: 'field', 'data-field-wrap': field.name },
      h('label', { class: 'check', for: id }, box, ' ', label), hint ? h('div', { id: `${id}-hint`, class: 'hint' }, hint) : null);
    return { element, focusable: box, read: () => (box.checked ? 'true' : 'false') };
  }
  if (LONG_TEXT.has(field.name) && field.valueType === 'text') {
    const area = h('textarea', { ...common, rows: 2, value, required: required || null });
    return { element: wrap(area, true), focusable: area, read: () => area.value.trim() };
  }
  const attrs = { ...common, value, required: required || null };
  if (field.valueType === 'integer') Object.assign(attrs, { type: 'number', step: '1', inputmode: 'numeric' });
  else if (field.valueType === 'number') Object.assign(attrs, { type: 'number', step: 'any', inputmode: 'decimal' });
  else if (field.valueType === 'date') Object.assign(attrs, DATE_INPUT);
  else if (field.valueType === 'period') Object.assign(attrs, PERIOD_INPUT);
  else Object.assign(attrs, { type: 'text' });
  const input = h('input', attrs);
  return { element: wrap(input), focusable: input, read: () => input.value.trim() };
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Finds the field a refusal names ("baseline: 'x' is not a number", "rank add: keyword is required"). */
function fieldOfMessage(message, names) {
  const text = String(message || '');
  const camel = s => s.replace(/^-+/, '').replace(/-([a-z])/g, (m, c) => c.toUpperCase());
  const head = text.match(/^([A-Za-z][\w-]*):/);
  if (head && names.includes(camel(head[1]))) return camel(head[1]);
  for (const word of text.split(/[^A-Za-z0-9-]+/)) {
    const name = camel(word);
    if (names.includes(name) && name.length > 2) return name;
  }
  return null;
}

/**
 * A message of the command engine in the form's words: option names ("--target-kind") become the field's label
 * in quotes, and choice literals ("PERCENTAGE_POINT_CHANGE") the words of the choice ("percentage point change").
 */
export function inFormWords(kind, message, labels = {}) {
  let text = String(message || '');
  for (const field of kind.fields) {
    const option = `--${field.name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
    text = text.replace(new RegExp(`${option}(?![\\w-])`, 'g'), `"${fieldLabel(field, labels)}"`);
  }
  return text.replace(/\b[A-Z]+(?:_[A-Z]+)+\b/g, literal => humanize(literal).toLowerCase());
}

/**
 * A refusal of the API in the form's words: "dueDate: '2026-13-45' is not a date" → "Due date: '2026-13-45' is not
 * a date"; "rank add: keyword is required" → "Keyword is required".
 */
export function readableRefusal(kind, message, labels = {}) {
  const text = inFormWords(kind, message, labels);
  const name = fieldOfMessage(text, kind.fields.map(f => f.name));
  if (!name) return text;
  const label = fieldLabel(kind.fields.find(f => f.name === name), labels);
  return text.replace(new RegExp(`^(?:[\\w-]+ (?:add|update): )?${name}\\b`), label);
}

/**
 * A form for one element: all editable fields of the kind (or `fields`, in that order), reference selects
 * filled from the strategy, and a parent select when the kind has parents and `parent` is not given.
 *
 * options: ctx, kind, kinds, refs, item (edit) or none (add), parent ({journey: ID}: fixed), fixed (values sent
 * on add but not shown), fields, labels, hints, choiceLabels, submitLabel, onSaved(answer), onCancel(),
 * onInput(state) (called on every change with {values, parent, clear}), aside (a node beside the fields).
 * Returns { element, focus() }.
 */
export async function entityForm(options) {
  const { ctx, kind, refs, item, parent, fixed = {}, labels = {}, hints = {}, choiceLabels = {}, onSaved, onCancel, onInput, aside } = options;
  const editing = !!item;
  const prefix = options.idPrefix || `f${++formSeq}-${kind.noun}`;
  const names = options.fields || kind.fields.map(f => f.name);
  const fields = names.map(n => kind.fields.find(f => f.name === n)).filter(Boolean)
    .filter(f => editing || !(f.name in fixed));
  const refNouns = new Set(fields.filter(f => f.valueType === 'reference' && f.referenceNoun).map(f => f.referenceNoun));
  const parentNouns = !editing && !parent ? Object.entries(kind.parents || {}).filter(([, noun]) => noun) : [];
  parentNouns.forEach(([, noun]) => refNouns.add(noun));
  const loaded = {};
  await Promise.all([...refNouns].map(async noun => { loaded[noun] = await refs.items(noun); }));

  const widgets = fields.map(field => {
    const value = editing ? fieldValue(field, item) : (field.many ? [] : (field.valueType === 'choice' && field.required ? field.choices[0] : (field.valueType === 'boolean' ? 'false' : '')));
    const w = widget(field, value, {
      id: `${prefix}-${field.name}`, label: fieldLabel(field, labels), required: field.required,
      hint: hints[field.name] !== undefined ? hints[field.name] : HINTS[`${kind.noun}.${field.name}`],
      refItems: field.valueType === 'reference' ? loaded[field.referenceNoun] : null, choiceLabels: choiceLabels[field.name],
    });
    return { field, initial: value, ...w };
  });

  let parentSelect = null;
  let parentOption = null;
  if (parentNouns.length) {
    [parentOption] = parentNouns[0];
    const noun = parentNouns[0][1];
    const pid = `${prefix}-parent`;
    const optional = !kind.parentRequired;
    parentSelect = h('select', { id: pid, 'data-field': '_parent', required: !optional || null },
      optional ? h('option', { value: '' }, labels._parentNone || '– (none)') : null,
      (loaded[noun] || []).filter(i => !options.parentFilter || options.parentFilter(i))
        .map(i => h('option', { value: i.id, selected: options.parentDefault === i.id }, itemLabel(i))));
    widgets.unshift({ field: { name: '_parent' }, element: h('div', { class: 'field wide' },
      h('label', { for: pid }, labels._parent || `Belongs to ${humanize(noun).toLowerCase()}`), parentSelect), focusable: parentSelect, read: () => parentSelect.value, parentOnly: true });
  }

  const error = h('div', { class: 'form-error', role: 'alert', 'data-testid': 'form-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'form-submit' }, options.submitLabel || (editing ? 'Save changes' : `Add ${humanize(kind.noun).toLowerCase()}`));

  function state() {
    const values = {};
    const clear = [];
    for (const w of widgets) {
      if (w.parentOnly) continue;
      const v = w.read();
      const empty = Array.isArray(v) ? v.length === 0 : v === '';
      if (editing) {
        if (same(v, w.initial)) continue;
        if (empty) clear.push(w.field.name); else values[w.field.name] = v;
      } else if (!empty) {
        values[w.field.name] = v;
      }
    }
    if (!editing) Object.assign(values, fixed);
    let parentValue = parent || null;
    if (parentSelect && parentSelect.value) parentValue = { [parentOption]: parentSelect.value };
    return { values, clear, parent: parentValue };
  }

  function showError(message) {
    error.hidden = false;
    const name = fieldOfMessage(message, widgets.map(w => w.field.name));
    mount(error, readableRefusal(kind, message, labels));
    widgets.forEach(w => w.focusable && w.focusable.removeAttribute('aria-invalid'));
    const w = widgets.find(x => x.field.name === name);
    if (w && w.focusable) {
      w.focusable.setAttribute('aria-invalid', 'true');
      w.focusable.focus();
    }
  }

  const form = h('form', { class: 'entity-form', 'data-testid': `${kind.noun}-form`, novalidate: null, onSubmit: async e => {
    e.preventDefault();
    const { values, clear, parent: p } = state();
    if (editing && !Object.keys(values).length && !clear.length) {
      toast('Nothing changed.');
      if (onCancel) onCancel();
      return;
    }
    submit.disabled = true;
    error.hidden = true;
    try {
      const base = path(ctx, `/entities/${encodeURIComponent(kind.noun)}`);
      const answer = editing
        ? await ctx.api.write('PATCH', `${base}/${encodeURIComponent(item.id)}`, ctx.id, { values, clear })
        : await ctx.api.write('POST', base, ctx.id, p ? { values, parent: p } : { values });
      if (onSaved) await onSaved(answer);
    } catch (err) {
      if (err instanceof ConflictError) {
        if (onCancel) onCancel();
        ctx.reportError(err, options.reload);
      } else {
        showError(err instanceof ApiError ? err.message : `The change could not be saved: ${err.message || err}`);
      }
    } finally {
      if (submit.isConnected) submit.disabled = false;
    }
  } });
  if (onInput) {
    form.addEventListener('input', () => onInput(state()));
    form.addEventListener('change', () => onInput(state()));
  }
  mount(form,
    h('div', { class: aside ? 'form-with-aside' : '' },
      h('div', { class: 'form-grid' }, widgets.map(w => w.element)),
      aside || null),
    error,
    h('div', { class: 'actions' }, submit,
      h('button', { type: 'button', 'data-testid': 'form-cancel', onClick: () => onCancel && onCancel() }, 'Cancel')));
  return {
    element: form, state,
    focus() {
      const first = widgets.find(w => w.focusable && !w.parentOnly) || widgets.find(w => w.focusable);
      if (first) first.focusable.focus();
    },
  };
}

/**
 * Opens the add (no `item`) or edit form of an element in a dialog; after a save the page reloads.
 * options: as entityForm, plus `title`.
 */
export async function openEntityDialog(page, refs, options) {
  const kinds = await loadKinds(page.ctx.api);
  const kind = kinds.get(options.noun);
  if (!kind) {
    toast(`This workbench has no '${options.noun}' elements (is the plugin missing?)`, 'error');
    return null;
  }
  let handle;
  const form = await entityForm({
    ...options, ctx: page.ctx, kind, refs, reload: () => page.refresh(),
    onSaved: async answer => {
      handle.close();
      toast(options.item ? `Saved ${itemLabel(answer.item) || ''}`.trim() : `Added ${itemLabel(answer.item) || ''}`.trim(), 'success');
      if (options.onSaved) await options.onSaved(answer);
      await page.refresh();
    },
    onCancel: () => handle.close(),
  });
  handle = openDialog({ title: options.title || `${options.item ? 'Edit' : 'Add'} ${humanize(kind.noun).toLowerCase()}`,
    wide: options.wide, testid: `${kind.noun}-dialog`, build: () => form.element });
  form.focus();
  return { ...handle, form };
}

/** Removes an element after asking; reloads the page. */
export async function removeEntity(page, noun, item, what) {
  const label = what || itemLabel(item);
  // where the focus goes afterwards: the first control of the block the removed element was in
  const opener = document.activeElement;
  const block = opener && opener.closest ? opener.closest('[data-testid]:not(button), section[id]') : null;
  const blockKey = block ? (block.dataset.testid ? `[data-testid="${CSS.escape(block.dataset.testid)}"]` : `#${CSS.escape(block.id)}`) : null;
  const ok = await confirmDialog({ title: `Remove ${humanize(noun).toLowerCase()}?`,
    message: `Remove "${label}"? This cannot be undone here (the file keeps the previous version as .cxs.bak).` });
  if (!ok) return false;
  await page.change(null, async () => {
    const answer = await page.ctx.api.write('DELETE', path(page.ctx, `/entities/${encodeURIComponent(noun)}/${encodeURIComponent(item.id)}`), page.ctx.id);
    const cleared = answer.referencesCleared || [];
    toast(`Removed "${label}"${cleared.length ? `; references cleared: ${cleared.join(', ')}` : ''}`, 'success');
    return answer;
  });
  if (!document.activeElement || document.activeElement === document.body) {
    const again = (blockKey && document.querySelector(blockKey)) || document.getElementById('page-title');
    const target = again && (again.matches('button, a, input, select') ? again : again.querySelector('button, a[href], input, select')) || again;
    if (target) {
      if (!target.matches('button, a, input, select, textarea')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }
  return true;
}

/** Edit and remove buttons for one element. */
export function rowButtons(page, refs, noun, item, options = {}) {
  const label = itemLabel(item);
  return h('span', { class: 'row-actions' },
    h('button', { type: 'button', class: 'small', 'data-testid': `edit-${noun}-${item.id}`, 'aria-label': `Edit ${label}`,
      onClick: () => openEntityDialog(page, refs, { ...options, noun, item }) }, 'Edit'),
    options.noRemove ? null : h('button', { type: 'button', class: 'small danger', 'data-testid': `remove-${noun}-${item.id}`,
      'aria-label': `Remove ${label}`, onClick: () => removeEntity(page, noun, item) }, 'Remove'));
}

/**
 * A table of elements of one kind with Add / Edit / Remove.
 * options: noun, items, kinds (Map), columns (default the kind's list columns), cells ({column: item => node}),
 * headers ({column: text}), parent (fixed parent for adding), fixed, fields, labels, hints, addLabel, caption,
 * empty (text when there are none), testid, testidSuffix (of the add button), title (of the add dialog),
 * editTitle(item), extraActions(item) → nodes, noAdd.
 */
export function entityTable(page, refs, options) {
  const { noun, items, kinds } = options;
  const kind = kinds.get(noun);
  if (!kind) return h('p', { class: 'error-box' }, `This workbench has no '${noun}' elements.`);
  const columns = options.columns || kind.columns;
  const fieldOf = name => kind.fields.find(f => f.name === name);
  const headers = options.headers || {};
  const addButton = options.noAdd ? null : h('button', { type: 'button', class: 'primary', 'data-testid': `add-${noun}${options.testidSuffix || ''}`,
    onClick: () => openEntityDialog(page, refs, { ...options, item: null }) }, options.addLabel || `Add ${humanize(noun).toLowerCase()}`);
  const table = items.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'entity-table', 'data-testid': options.testid || `${noun}-table` },
    options.caption ? h('caption', { class: 'visually-hidden' }, options.caption) : null,
    h('thead', {}, h('tr', {},
      columns.map(c => {
        const f = fieldOf(c);
        const numeric = f && (f.valueType === 'number' || f.valueType === 'integer');
        return h('th', { scope: 'col', class: numeric ? 'num' : null }, headers[c] || (f ? fieldLabel(f, options.labels) : humanize(c)));
      }),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    h('tbody', {}, items.map(item => h('tr', { 'data-id': item.id },
      columns.map((c, i) => {
        const f = fieldOf(c);
        const numeric = f && (f.valueType === 'number' || f.valueType === 'integer');
        const content = options.cells && options.cells[c] ? options.cells[c](item)
          : f ? displayValue(f, item, refs) : item[c] === undefined || item[c] === null ? h('span', { class: 'muted' }, '–') : String(item[c]);
        const cls = numeric ? 'num' : f && (f.valueType === 'date' || f.valueType === 'period') ? 'date' : null;
        return i === 0 ? h('th', { scope: 'row', class: cls }, content) : h('td', { class: cls }, content);
      }),
      h('td', { class: 'actions-cell' }, options.extraActions ? options.extraActions(item) : null,
        rowButtons(page, refs, noun, item, { ...options, title: options.editTitle ? options.editTitle(item) : undefined })))))))
    : h('p', { class: 'empty' }, options.empty || `No ${humanize(noun).toLowerCase()} yet.`);
  return h('div', { class: 'entity-block', 'data-testid': `${noun}-block` }, table, addButton ? h('div', { class: 'actions' }, addButton) : null);
}
