// Small SVG charts for the measure pages (dashboard, plugin panels): line charts over periods, column charts,
// 100 % bars and progress bars. Built with h() only: labels are text nodes, never markup. Every chart has an
// aria-label that reads its data, and every point a <title> shown on hover.
import { h, num } from './dom.js';

const finite = v => typeof v === 'number' && Number.isFinite(v);

/** Four round tick values covering lo..hi. */
function ticks(lo, hi) {
  const span = hi - lo;
  const raw = span / 4;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map(f => f * mag).find(s => s >= raw) || raw;
  const first = Math.ceil(lo / step) * step;
  const list = [];
  for (let t = first; t <= hi + step * 1e-9; t += step) list.push(Number(t.toFixed(10)));
  return list;
}

/** Decimals that tell ticks of this step apart. */
function decimals(list) {
  const step = list.length > 1 ? Math.abs(list[1] - list[0]) : 1;
  return Math.max(0, Math.min(4, -Math.floor(Math.log10(step) + 1e-9)));
}

/**
 * The value range of a chart: the data with 12 % room, or the given bounds. A range narrower than 5 % of the
 * values is widened, so that noise in the second decimal does not look like a trend.
 */
function range(values, yMin, yMax) {
  let lo = finite(yMin) ? yMin : Math.min(...values);
  let hi = finite(yMax) ? yMax : Math.max(...values);
  const least = Math.max(Math.abs(lo), Math.abs(hi)) * 0.05;
  if (hi - lo < least) {
    const mid = (hi + lo) / 2;
    if (!finite(yMin)) lo = mid - least / 2;
    if (!finite(yMax)) hi = mid + least / 2;
  }
  if (lo === hi) { lo -= 1; hi += 1; }
  const pad = (hi - lo) * 0.12;
  return [finite(yMin) ? lo : lo - pad, finite(yMax) ? hi : hi + pad];
}

function describe(series, categories, format) {
  return series.map(s => `${s.name}: ` + categories.map((c, i) => `${c} ${finite(s.values[i]) ? format(s.values[i]) : 'no value'}`)
    .join(', ')).join('; ');
}

/**
 * A line chart: one line per series over the categories (periods); missing values leave a gap.
 * options: categories, series [{name, values}], format (value → text), label, yMin, yMax, width, height.
 */
export function lineChart({ categories, series, format = v => num(v, 1), tickFormat, label = 'Line chart', yMin, yMax,
  width = 480, height = 190, testid } = {}) {
  const values = series.flatMap(s => s.values).filter(finite);
  if (!values.length) return h('p', { class: 'muted chart-empty' }, 'No values in these periods yet.');
  const pad = { l: 50, r: 30, t: 12, b: 30 };
  const [lo, hi] = range(values, yMin, yMax);
  const n = categories.length;
  const x = i => n === 1 ? (pad.l + width - pad.r) / 2 : pad.l + i * (width - pad.l - pad.r) / (n - 1);
  const y = v => pad.t + (hi - v) / (hi - lo) * (height - pad.t - pad.b);
  const marks = ticks(lo, hi);
  const digits = decimals(marks);
  const grid = marks.map(t => h('g', { class: 'grid' },
    h('line', { x1: pad.l, x2: width - pad.r, y1: y(t), y2: y(t) }),
    h('text', { x: pad.l - 6, y: y(t) + 4, 'text-anchor': 'end' }, tickFormat ? tickFormat(t, digits) : num(t, digits))));
  const labels = categories.map((c, i) => h('text', { class: 'axis', x: x(i), y: height - 8, 'text-anchor': 'middle' }, c));
  const lines = series.map((s, si) => {
    const segments = [];
    let current = [];
    s.values.forEach((v, i) => {
      if (finite(v)) current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      else if (current.length) { segments.push(current); current = []; }
    });
    if (current.length) segments.push(current);
    return h('g', { class: `series series-${si % 6}` },
      segments.map(points => h('polyline', { points: points.join(' ') })),
      s.values.map((v, i) => finite(v) ? h('circle', { cx: x(i), cy: y(v), r: 3.5 },
        h('title', {}, `${s.name}, ${categories[i]}: ${format(v)}`)) : null));
  });
  return h('svg', { class: 'chart line-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', focusable: 'false',
    'aria-label': `${label}. ${describe(series, categories, format)}`, 'data-testid': testid || null },
  h('title', {}, label), grid, labels, lines);
}

/**
 * A column chart: one group of columns per category, one column per series.
 * options: categories, series [{name, values, classes?: [class per category]}], format, label, width, height.
 */
export function columnChart({ categories, series, format = v => num(v, 1), label = 'Column chart', width = 480,
  height = 190, yMin = 0, testid } = {}) {
  const values = series.flatMap(s => s.values).filter(finite);
  if (!values.length) return h('p', { class: 'muted chart-empty' }, 'No values yet.');
  const pad = { l: 46, r: 10, t: 12, b: 30 };
  const [lo, hi] = range([...values, yMin], Math.min(yMin, ...values), undefined);
  const y = v => pad.t + (hi - v) / (hi - lo) * (height - pad.t - pad.b);
  const slot = (width - pad.l - pad.r) / categories.length;
  const bar = Math.max(2, slot * 0.8 / series.length);
  const grid = ticks(lo, hi).map(t => h('g', { class: 'grid' },
    h('line', { x1: pad.l, x2: width - pad.r, y1: y(t), y2: y(t) }),
    h('text', { x: pad.l - 6, y: y(t) + 4, 'text-anchor': 'end' }, format(t))));
  const columns = series.map((s, si) => h('g', { class: `series series-${si % 6}` }, s.values.map((v, i) => {
    if (!finite(v)) return null;
    const top = y(Math.max(v, 0));
    const bottom = y(Math.min(v, 0));
    const cls = s.classes && s.classes[i] ? s.classes[i] : null;
    return h('rect', { class: cls, x: pad.l + i * slot + slot * 0.1 + si * bar, y: top, width: bar - 1,
      height: Math.max(1, bottom - top) }, h('title', {}, `${s.name}, ${categories[i]}: ${format(v)}`));
  })));
  const labels = categories.map((c, i) => h('text', { class: 'axis', x: pad.l + (i + 0.5) * slot, y: height - 8,
    'text-anchor': 'middle' }, c));
  return h('svg', { class: 'chart column-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', focusable: 'false',
    'aria-label': `${label}. ${describe(series, categories, format)}`, 'data-testid': testid || null },
  h('title', {}, label), grid, columns, labels);
}

/** A 100 % bar of parts [{label, value (percent), cls}], with the shares written in and a legend. */
export function shareBar(parts, { label = 'Shares', testid } = {}) {
  const shown = parts.filter(p => finite(p.value) && p.value > 0);
  return h('div', { class: 'share', 'data-testid': testid || null },
    h('div', { class: 'share-bar', role: 'img', 'aria-label': `${label}: ` + parts.map(p => `${p.label} ${num(p.value, 1)} %`).join(', ') },
      shown.map(p => h('span', { class: `share-part ${p.cls || ''}`, style: { width: `${p.value}%` }, title: `${p.label}: ${num(p.value, 1)} %` },
        p.value >= 8 ? `${num(p.value, 0)} %` : ''))),
    h('ul', { class: 'legend' }, parts.map(p => h('li', {}, h('span', { class: `swatch ${p.cls || ''}`, 'aria-hidden': 'true' }),
      `${p.label} ${num(p.value, 1)} %`, p.count !== undefined ? ` (${num(p.count, 0)})` : ''))));
}

/** A horizontal progress bar: value 0..1 (clamped for drawing), with a text beside it. */
export function progressBar(value, { cls = '', text, label = 'Progress' } = {}) {
  const width = finite(value) ? Math.max(0, Math.min(1, value)) * 100 : 0;
  return h('div', { class: `progress-row ${cls}` },
    h('div', { class: 'progress-bar', role: 'progressbar', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-valuenow': finite(value) ? Math.round(Math.max(0, Math.min(1, value)) * 100) : null, 'aria-valuetext': text || null },
    h('span', { class: 'progress-fill', style: { width: `${width}%` } })),
    text ? h('span', { class: 'progress-text' }, text) : null);
}

/** A horizontal bar for one value among others: value / max, with a mark at `reference` (e.g. the overall value). */
export function valueBar(value, { min = 0, max, reference, cls = '' } = {}) {
  const span = max - min || 1;
  const at = v => Math.max(0, Math.min(100, (v - min) / span * 100));
  return h('span', { class: `value-bar ${cls}`, 'aria-hidden': 'true' },
    finite(value) ? h('span', { class: 'value-fill', style: { width: `${at(value)}%` } }) : null,
    finite(reference) ? h('span', { class: 'value-ref', style: { left: `${at(reference)}%` } }) : null);
}
