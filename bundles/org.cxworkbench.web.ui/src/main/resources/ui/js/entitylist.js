// A small editor for the elements of one kind on the step 7 and 8 pages (surveys, questions, segments, KPI
// definitions): a table with Edit and Remove per row and an Add form, built from the field descriptions of
// GET /api/kinds and written through the entity API (POST/PATCH/DELETE .../entities/NOUN) with the page's
// version, so a stale write is refused (409) and shown as a conflict.
import { h, mount, toast } from './dom.js';
import { ConflictError } from './api.js';

let kindsPromise = null;

/** The kinds of elements, noun → kind (loaded once). */
export function kindsOf(api) {
  if (!kindsPromise) {
    kindsPromise = api.get('/kinds').then(list => new Map(list.map(k => [k.noun, k])))
      .catch(e => { kindsPromise = null; throw e; });
  }
  return kindsPromise;
}

const LONG = new Set(['description', 'text', 'purpose', 'audience', 'formula', 'question', 'statement']);

/** "scaleMax" → "Scale max". */
export function label(name, labels = {}) {
  if (labels[name]) return labels[name];
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A choice as the API lists it (EMAIL, CUSTOM_RATING) → as it is sent (email, custom-rating). */
const choiceKey = v => String(v).toLowerCase().replace(/_/g, '-');

function valueOf(field, item) {
  const v = item ? item[field.name] : undefined;
  if (field.valueType === 'choice') {
    if (v === undefined || v === null) return item ? (field.choices[0] || '') : '';
    return choiceKey(v);
  }
  if (field.valueType === 'boolean') return v === true;
  if (field.many) return Array.isArray(v) ? v.map(x => (x && x.id) || x) : [];
  if (v && typeof v === 'object' && v.id) return v.id;
  return v === undefined || v === null ? '' : v;
}

function input(field, value, id, refs) {
  if (field.valueType === 'boolean') {
    return h('input', { id, type: 'checkbox', checked: value, name: field.name });
  }
  if (field.valueType === 'choice') {
    return h('select', { id, name: field.name }, h('option', { value: '' }, '—'),
      field.choices.map(c => h('option', { value: c, selected: c === value }, label(c.replace(/-/g, ' ')))));
  }
  if (field.valueType === 'reference' && !field.many) {
    const options = refs[field.name] || [];
    return h('select', { id, name: field.name }, h('option', { value: '' }, '—'),
      options.map(o => h('option', { value: o.value, selected: o.value === value }, o.label)));
  }
  if (field.many) {
    return h('textarea', { id, name: field.name, rows: 3, 'aria-describedby': `${id}-hint` }, value.join('\n'));
  }
  if (field.valueType === 'integer' || field.valueType === 'decimal') {
    return h('input', { id, name: field.name, type: 'number', step: field.valueType === 'integer' ? '1' : 'any',
      value: value === '' ? '' : String(value) });
  }
  if (LONG.has(field.name)) return h('textarea', { id, name: field.name, rows: 2 }, String(value));
  return h('input', { id, name: field.name, type: 'text', value: String(value), required: field.required || null });
}

function read(field, el) {
  if (field.valueType === 'boolean') return el.checked;
  if (field.many) return el.value.split('\n').map(s => s.trim()).filter(Boolean);
  return el.value.trim();
}

/**
 * An add or edit form for one element.
 * options: ctx, kind, item (to edit, or null to add), parent ({survey: ID}), fields (names shown, default all),
 * refs (field → [{value, label}]), labels, onDone(), onCancel().
 */
export function entityForm({ ctx, kind, item, parent, fields, refs = {}, labels = {}, onDone, onCancel, testid }) {
  const shown = kind.fields.filter(f => !fields || fields.includes(f.name));
  const prefix = `${kind.noun}-${item ? item.id : 'new'}`;
  const controls = new Map();
  const error = h('div', { class: 'field-error', role: 'alert' });
  const rows = shown.map(f => {
    const id = `${prefix}-${f.name}`;
    const control = input(f, valueOf(f, item), id, refs);
    controls.set(f.name, control);
    if (f.valueType === 'boolean') {
      return h('div', {}, h('label', { class: 'checkbox-label', for: id }, control, label(f.name, labels)));
    }
    return h('div', {}, h('label', { for: id }, label(f.name, labels), f.required ? ' *' : ''), control,
      f.many ? h('div', { class: 'muted', id: `${id}-hint` }, 'One per line') : null);
  });
  const save = h('button', { type: 'submit', class: 'primary' }, item ? 'Save' : 'Add');
  const form = h('form', { class: 'entity-form', 'data-testid': testid || `${kind.noun}-form`,
    'aria-label': item ? `Edit ${kind.noun}` : `Add ${kind.noun}`,
    onSubmit: async e => {
      e.preventDefault();
      const values = {};
      const clear = [];
      for (const f of shown) {
        const now = read(f, controls.get(f.name));
        const before = valueOf(f, item);
        if (JSON.stringify(now) === JSON.stringify(before)) continue;
        if (now === '' || (Array.isArray(now) && !now.length && !item)) {
          if (item) clear.push(f.name);
        } else {
          values[f.name] = now;
        }
      }
      if (item && !Object.keys(values).length && !clear.length) { onCancel && onCancel(); return; }
      save.disabled = true;
      mount(error);
      const base = `/strategies/${encodeURIComponent(ctx.id)}/entities/${encodeURIComponent(kind.noun)}`;
      try {
        if (item) {
          await ctx.api.write('PATCH', `${base}/${encodeURIComponent(item.id)}`, ctx.id, { values, clear });
        } else {
          await ctx.api.write('POST', base, ctx.id, { values, parent: parent || {} });
        }
        toast(item ? 'Saved' : `Added ${kind.noun}`, 'success');
        onDone && onDone();
      } catch (err) {
        save.disabled = false;
        if (err instanceof ConflictError) ctx.reportError(err, onDone);
        else mount(error, err.message);
      }
    } },
  h('h3', {}, item ? `Edit ${kind.noun}` : `Add ${kind.noun}`),
  h('div', { class: 'form-row' }, rows),
  error,
  h('div', { class: 'actions' }, save, h('button', { type: 'button', onClick: () => onCancel && onCancel() }, 'Cancel')));
  setTimeout(() => { const first = form.querySelector('input, select, textarea'); if (first) first.focus(); }, 0);
  return form;
}

/**
 * A table of elements with Edit / Remove per row and an Add button.
 * options: ctx, kind, items, columns ([{name, label, render(item)}]), parent, fields, refs, labels, addLabel,
 * onChange() (reload after a change), testid, empty (text when there are none).
 */
export function entityTable(options) {
  const { ctx, kind, items, columns, addLabel, onChange, testid, empty } = options;
  const formBox = h('div', {});
  const close = () => mount(formBox);
  const open = item => {
    mount(formBox, entityForm({ ...options, item, onDone: onChange, onCancel: close,
      testid: `${testid || kind.noun}-${item ? 'edit' : 'add'}-form` }));
  };
  const remove = async item => {
    const name = item.name || item.text || item.code || item.id;
    if (!window.confirm(`Remove ${kind.noun} "${name}"?`)) return;
    try {
      await ctx.api.write('DELETE', `/strategies/${encodeURIComponent(ctx.id)}/entities/${encodeURIComponent(kind.noun)}/${encodeURIComponent(item.id)}`, ctx.id);
      toast(`Removed ${kind.noun}`, 'success');
      onChange && onChange();
    } catch (err) {
      ctx.reportError(err, onChange);
    }
  };
  return h('div', { class: 'entity-list', 'data-testid': testid || `${kind.noun}-list` },
    items.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'entity-table' },
      h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col', class: c.num ? 'num' : null }, c.label)),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Actions')))),
      h('tbody', {}, items.map(item => h('tr', { 'data-id': item.id },
        columns.map(c => h('td', { class: c.num ? 'num' : null }, c.render ? c.render(item) : (item[c.name] ?? '–'))),
        h('td', { class: 'actions-cell' },
          h('button', { type: 'button', onClick: () => open(item), 'aria-label': `Edit ${item.name || item.text || item.id}` }, 'Edit'), ' ',
          h('button', { type: 'button', class: 'danger', onClick: () => remove(item),
            'aria-label': `Remove ${item.name || item.text || item.id}` }, 'Remove')))))))
      : h('p', { class: 'muted' }, empty || `No ${kind.noun} yet.`),
    h('div', { class: 'actions' }, h('button', { type: 'button', onClick: () => open(null),
      'data-testid': `${testid || kind.noun}-add` }, addLabel || `Add ${kind.noun}`)),
    formBox);
}
