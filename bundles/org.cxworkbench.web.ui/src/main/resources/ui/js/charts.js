// Charts drawn as SVG with h() (no library): line charts over periods or dates, the emotion curve of a journey map,
// a Gantt timeline and small sparklines. Every chart has a text alternative (role="img" with a label, <title>
// tooltips on points and bars); pages also show the numbers in a table.
import { h, num } from './dom.js';

const svgAttrs = (w, hgt, label) => ({ viewBox: `0 0 ${w} ${hgt}`, role: 'img', 'aria-label': label, class: 'chart', preserveAspectRatio: 'xMidYMid meet' });

function niceTicks(min, max, count = 5) {
  if (!(max > min)) return [min];
  const step0 = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map(m => m * mag).find(s => s >= step0) || step0;
  const ticks = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/**
 * A line chart. series: [{ name, values: [number|null per x] }]; xLabels: labels of the x positions.
 * options: yMin, yMax, invert (smaller is better and drawn on top, for search positions), format(y), label,
 * width, height, zeroLine.
 */
export function lineChart({ series, xLabels, yMin, yMax, invert = false, format = v => num(v, 1), label = 'Line chart',
  width = 640, height = 240, zeroLine = false }) {
  const all = series.flatMap(s => s.values).filter(v => v !== null && v !== undefined && Number.isFinite(v));
  let lo = yMin ?? (all.length ? Math.min(...all) : 0);
  let hi = yMax ?? (all.length ? Math.max(...all) : 1);
  if (lo === hi) { lo -= 1; hi += 1; }
  if (yMin === undefined) { const pad = (hi - lo) * 0.1; lo -= pad; hi += pad; }
  const left = 48, right = 44, top = 14, bottom = 34;
  const plotW = width - left - right, plotH = height - top - bottom;
  const n = xLabels.length;
  const x = i => left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = v => invert ? top + ((v - lo) / (hi - lo)) * plotH : top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const ticks = niceTicks(lo, hi, 4).filter(t => t >= lo && t <= hi);
  const everyNth = Math.max(1, Math.ceil(n / 10));
  return h('svg', svgAttrs(width, height, label),
    h('title', {}, label),
    h('g', { class: 'grid' }, ticks.map(t => h('g', {},
      h('line', { x1: left, x2: width - right, y1: y(t), y2: y(t) }),
      h('text', { x: left - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'tick' }, format(t))))),
    zeroLine && lo < 0 && hi > 0 ? h('line', { class: 'zero', x1: left, x2: width - right, y1: y(0), y2: y(0) }) : null,
    h('g', {}, xLabels.map((l, i) => i % everyNth === 0 || i === n - 1
      ? h('text', { x: x(i), y: height - 12, 'text-anchor': 'middle', class: 'tick' }, l) : null)),
    series.map((s, si) => {
      const pts = s.values.map((v, i) => (v === null || v === undefined || !Number.isFinite(v) ? null : [x(i), y(v), v, i]));
      const segments = [];
      let current = [];
      pts.forEach(p => { if (p) current.push(p); else if (current.length) { segments.push(current); current = []; } });
      if (current.length) segments.push(current);
      return h('g', { class: `series series-${si % 6}` },
        segments.map(seg => seg.length > 1 ? h('polyline', { points: seg.map(p => `${p[0]},${p[1]}`).join(' ') }) : null),
        pts.filter(Boolean).map(p => h('circle', { cx: p[0], cy: p[1], r: 4 },
          h('title', {}, `${s.name}, ${xLabels[p[3]]}: ${format(p[2])}`))));
    }));
}

/** The legend of a line chart: a list with the series' colour marks. */
export function legend(series) {
  return h('ul', { class: 'legend' }, series.map((s, i) => h('li', {}, h('span', { class: `swatch series-${i % 6}`, 'aria-hidden': 'true' }), s.name)));
}

/**
 * The emotion curve of a journey: one point per stage on the -2..+2 scale, drawn across `count` equal columns
 * so that it lines up with the stage columns of the map above it.
 */
export function emotionCurve(stages, { columnWidth = 200, height = 130 } = {}) {
  const n = stages.length;
  const width = Math.max(1, n) * columnWidth;
  const top = 16, bottom = 16;
  const plotH = height - top - bottom;
  const y = v => top + plotH - ((v + 2) / 4) * plotH;
  const x = i => (i + 0.5) * columnWidth;
  const scored = stages.map((s, i) => ({ s, i, v: typeof s.emotionScore === 'number' ? s.emotionScore : null }));
  const points = scored.filter(p => p.v !== null);
  const described = stages.map(s => `${s.name}: ${typeof s.emotionScore === 'number' ? signed(s.emotionScore) : 'not rated'}`).join('; ');
  return h('svg', { ...svgAttrs(width, height, `Emotion curve: ${described}`), class: 'chart emotion-curve', 'data-testid': 'emotion-curve' },
    h('title', {}, `Emotion curve (-2 very negative to +2 very positive): ${described}`),
    [-2, -1, 0, 1, 2].map(v => h('line', { class: v === 0 ? 'zero' : 'grid-line', x1: 0, x2: width, y1: y(v), y2: y(v) })),
    h('text', { x: 4, y: y(2) + 4, class: 'tick' }, '+2'),
    h('text', { x: 4, y: y(0) - 3, class: 'tick' }, '0'),
    h('text', { x: 4, y: y(-2) - 2, class: 'tick' }, '−2'),
    points.length > 1 ? h('polyline', { class: 'emotion-line', points: points.map(p => `${x(p.i)},${y(p.v)}`).join(' ') }) : null,
    scored.map(p => p.v === null
      ? h('text', { x: x(p.i), y: y(0) + 4, 'text-anchor': 'middle', class: 'tick muted-text' }, 'not rated')
      : h('g', { class: p.v > 0 ? 'emotion-point good' : p.v < 0 ? 'emotion-point bad' : 'emotion-point' },
        h('circle', { cx: x(p.i), cy: y(p.v), r: 7 }, h('title', {}, `${p.s.name}: ${signed(p.v)}`)),
        h('text', { x: x(p.i), y: p.v >= 1.5 ? y(p.v) + 22 : y(p.v) - 12, 'text-anchor': 'middle', class: 'point-label' }, signed(p.v)))));
}

export function signed(v) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return v > 0 ? `+${num(v, 1)}` : num(v, 1).replace('-', '−');
}

const DAY = 86400000;
const parseDay = s => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) : null);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A Gantt timeline. rows: [{ label, group, start, end ('yyyy-MM-dd'), cls, note, title }]; a row without dates
 * shows "no dates". today: 'yyyy-MM-dd' drawn as a line.
 */
export function gantt({ rows, today, label = 'Timeline', width = 1000 }) {
  const labelW = 300, right = 20, top = 28, rowH = 26;
  const days = rows.flatMap(r => [parseDay(r.start), parseDay(r.end)]).filter(v => v !== null);
  const t = parseDay(today);
  if (t !== null) days.push(t);
  if (!days.length) return h('p', { class: 'muted' }, 'No dates to draw yet: give the steps a start and a due date.');
  let lo = Math.min(...days), hi = Math.max(...days) + DAY;
  const first = new Date(lo);
  lo = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const last = new Date(hi);
  hi = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  const plotW = width - labelW - right;
  const x = d => labelW + ((d - lo) / (hi - lo)) * plotW;
  const height = top + rows.length * rowH + 8;
  const months = [];
  for (let d = new Date(lo); d.getTime() < hi; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) months.push(d.getTime());
  const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return h('svg', { ...svgAttrs(width, height, label), class: 'chart gantt', 'data-testid': 'plan-timeline' },
    h('title', {}, label),
    months.map(m => h('g', { class: 'grid' },
      h('line', { x1: x(m), x2: x(m), y1: top - 6, y2: height - 4 }),
      h('text', { x: x(m) + 4, y: top - 10, class: 'tick' }, `${MONTHS[new Date(m).getUTCMonth()]} ${new Date(m).getUTCFullYear()}`))),
    rows.map((r, i) => {
      const yy = top + i * rowH;
      const s = parseDay(r.start), e = parseDay(r.end);
      const bar = s !== null && e !== null
        ? h('rect', { class: `bar ${r.cls || ''}`, x: x(Math.min(s, e)), y: yy + 5, width: Math.max(4, x(Math.max(s, e) + DAY) - x(Math.min(s, e))), height: rowH - 10, rx: 3 },
          h('title', {}, r.title || r.label))
        : s !== null || e !== null
          ? h('circle', { class: `bar ${r.cls || ''}`, cx: x(s ?? e), cy: yy + rowH / 2, r: 6 }, h('title', {}, r.title || r.label))
          : h('text', { x: labelW + 6, y: yy + rowH / 2 + 4, class: 'tick' }, 'no dates');
      return h('g', { class: `gantt-row${r.group ? ' group' : ''}` },
        i % 2 === 0 ? h('rect', { class: 'stripe', x: 0, y: yy, width, height: rowH }) : null,
        h('text', { x: r.group ? 6 : 18, y: yy + rowH / 2 + 4, class: r.group ? 'row-label group-label' : 'row-label' }, clip(r.label, r.group ? 44 : 40), h('title', {}, r.label)),
        bar,
        r.note ? h('text', { x: Math.min(width - right - 4, (e !== null ? x(e + DAY) : labelW) + 6), y: yy + rowH / 2 + 4, class: `bar-note ${r.cls || ''}`,
          'text-anchor': e !== null && x(e + DAY) > width - 140 ? 'end' : 'start' }, r.note) : null);
    }),
    t !== null ? h('g', { class: 'today' }, h('line', { x1: x(t), x2: x(t), y1: top - 4, y2: height - 4 }),
      h('text', { x: x(t) + 3, y: height - 6, class: 'tick' }, `today ${today}`)) : null);
}

/** A tiny line of values (e.g. a KPI over the last periods). */
export function sparkline(values, { width = 90, height = 26, label = 'Trend' } = {}) {
  const vs = values.filter(v => v !== null && v !== undefined && Number.isFinite(v));
  if (vs.length < 2) return h('span', { class: 'muted' }, vs.length ? num(vs[0], 1) : '–');
  const lo = Math.min(...vs), hi = Math.max(...vs);
  const x = i => 3 + (i * (width - 6)) / (values.length - 1);
  const y = v => (hi === lo ? height / 2 : 3 + (height - 6) - ((v - lo) / (hi - lo)) * (height - 6));
  const pts = values.map((v, i) => (Number.isFinite(v) ? `${x(i)},${y(v)}` : null)).filter(Boolean);
  return h('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label, class: 'sparkline' },
    h('title', {}, label), h('polyline', { points: pts.join(' ') }),
    h('circle', { cx: x(values.length - 1), cy: y(values[values.length - 1]), r: 2.5 }));
}
