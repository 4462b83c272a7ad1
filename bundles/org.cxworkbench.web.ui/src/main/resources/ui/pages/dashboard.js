// #/s/ID/dashboard?period=2026-Q3&by=touchpoint : the KPI dashboard. Scorecard (value, change against the
// period before, goal status), trends over the last eight periods, the NPS distribution, a segment comparison
// with a dimension picker, goal progress, and the panels plugins contribute (loaded separately, each within
// the server's time limit, so a slow plugin never holds the page).
import { h, mount, loading, errorBox, num } from '../js/dom.js';
import { lineChart, columnChart, shareBar, progressBar, valueBar } from '../js/svgcharts.js';
import { renderPanel } from '../js/blocks.js';

const finite = v => typeof v === 'number' && Number.isFinite(v);
const GOAL_STATUS = { ON_TRACK: 'on track', AT_RISK: 'at risk', OFF_TRACK: 'off track', ACHIEVED: 'achieved',
  MISSED: 'missed', UNKNOWN: 'not measured yet' };

/** A KPI value with its unit: 72.3 %, 23.8 h, 5.31, 32.3 points. */
export function formatValue(value, unit) {
  if (!finite(value)) return '–';
  switch (unit) {
    case '%': return `${num(value, 1)} %`;
    case 'hours': return `${num(value, 1)} h`;
    case 'score': return num(value, 2);
    case 'points': return num(value, 1);
    default: return unit ? `${num(value, 2)} ${unit}` : num(value, 2);
  }
}

function formatChange(change, unit) {
  if (!finite(change)) return '';
  const digits = unit === 'score' ? 2 : 1;
  const shown = num(Math.abs(change), digits);
  if (Number(Math.abs(change).toFixed(digits)) === 0) return 'no change';
  const sign = change > 0 ? '+' : '−';
  const suffix = { '%': ' pp', points: ' points', hours: ' h' }[unit] || '';
  return `${sign}${shown}${suffix}`;
}

/** A tick of a chart's value axis with the KPI's unit. */
function formatTick(value, unit, digits) {
  const text = num(value, digits);
  return unit === '%' ? `${text} %` : unit === 'hours' ? `${text} h` : text;
}

function path(ctx, rest = '') {
  return `/strategies/${encodeURIComponent(ctx.id)}${rest}`;
}

export async function render(main, ctx) {
  mount(main, h('h1', {}, 'KPI dashboard'), loading('Computing the KPIs…'));
  let data;
  try {
    data = await ctx.api.get(path(ctx, '/dashboard'), { period: ctx.params.period, by: ctx.params.by });
  } catch (e) {
    mount(main, h('h1', {}, 'KPI dashboard'), errorBox(e),
      h('p', {}, h('a', { href: `#/s/${encodeURIComponent(ctx.id)}/dashboard` }, 'Show the current period')));
    return;
  }
  ctx.track(data.version);
  const go = params => {
    const query = new URLSearchParams(Object.entries({ period: data.period, by: data.segments.dimension, ...params })
      .filter(([, v]) => v));
    ctx.navigate(`#/s/${encodeURIComponent(ctx.id)}/dashboard?${query}`);
  };
  const periods = [...new Set([...(data.periods || []), data.period].filter(Boolean))];
  const panels = h('div', { class: 'panels', id: 'dashboard-panels', 'data-testid': 'dashboard-panels' },
    loading('Loading the panels of plugins…'));
  mount(main,
    h('div', { class: 'page-head' },
      h('h1', {}, 'KPI dashboard'),
      h('div', { class: 'toolbar' },
        periods.length ? [h('label', { for: 'dashboard-period' }, 'Period'),
          h('select', { id: 'dashboard-period', 'data-testid': 'dashboard-period', onChange: e => go({ period: e.target.value }) },
            periods.map(p => h('option', { value: p, selected: p === data.period }, p)))] : null,
        h('a', { class: 'button', href: `#/s/${encodeURIComponent(ctx.id)}/report` }, 'Quarterly report'))),
    data.message ? h('div', { class: 'card' }, data.message, ' ',
      h('a', { href: `#/s/${encodeURIComponent(ctx.id)}/step/7` }, 'Import a survey export')) : null,
    data.period ? [
      scorecard(data),
      trends(data),
      h('div', { class: 'two-columns' }, nps(data), goals(data)),
      segments(data, go),
      h('section', { class: 'dashboard-section', 'aria-labelledby': 'panels-title' },
        h('h2', { id: 'panels-title' }, 'From plugins'), panels)] : null);
  if (data.period) loadPanels(ctx, data.period, panels);
}

async function loadPanels(ctx, period, box) {
  try {
    const answer = await ctx.api.get(path(ctx, '/panels'), { placement: 'dashboard', period });
    mount(box, answer.panels.length ? answer.panels.map(renderPanel)
      : h('p', { class: 'muted' }, 'No plugin adds a panel to the dashboard. Plugins can (see docs/plugins.md).'));
  } catch (e) {
    mount(box, errorBox(e));
  }
}

function scorecard(data) {
  const cards = data.scorecard.map(card => {
    const arrow = !finite(card.change) ? '' : card.direction === 'same' ? '▶' : card.change > 0 ? '▲' : '▼';
    const direction = card.direction || 'none';
    const changeWords = finite(card.change)
      ? `${formatChange(card.change, card.unit)} vs ${card.previousPeriod} (${formatValue(card.previous, card.unit)})`
      : finite(card.previous) ? `no value yet; ${formatValue(card.previous, card.unit)} in ${card.previousPeriod}`
        : `no value in ${card.previousPeriod} to compare`;
    const goal = card.goal;
    return h('article', { class: `kpi-card status-${card.status}`, 'data-testid': `kpi-card-${card.code}`,
      'aria-label': `${card.name}` },
    h('div', { class: 'kpi-name' }, h('span', {}, card.name), h('span', { class: 'kpi-code' }, card.code)),
    h('div', { class: 'kpi-value' }, formatValue(card.value, card.unit)),
    h('div', { class: `kpi-change change-${direction}` },
      arrow ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, arrow) : null,
      h('span', {}, changeWords),
      direction === 'better' || direction === 'worse' ? h('span', { class: 'sr-only' }, `, ${direction}`) : null),
    goal ? h('div', { class: 'kpi-goal' }, h('span', { class: `badge ${card.status === 'neutral' ? '' : card.status === 'warning' ? 'warn' : card.status}` },
      GOAL_STATUS[goal.status] || goal.status.toLowerCase()), ` target ${formatValue(goal.target, card.unit)}`,
    goal.period ? ` in ${goal.period}` : '') : null,
    finite(card.n) && card.n > 0 ? h('div', { class: 'kpi-n muted' }, `n = ${num(card.n, 0)}`) : null,
    (card.warnings || []).map(w => h('div', { class: 'kpi-warning' }, '⚠ ', w)));
  });
  return h('section', { class: 'dashboard-section', 'aria-labelledby': 'scorecard-title' },
    h('h2', { id: 'scorecard-title' }, `Scorecard ${data.period}`),
    cards.length ? h('div', { class: 'scorecard', id: 'dashboard-scorecard', 'data-testid': 'dashboard-scorecard' }, cards)
      : h('p', { class: 'muted', id: 'dashboard-scorecard', 'data-testid': 'dashboard-scorecard' },
        `No KPI has a value in ${data.period} or the period before.`));
}

function trends(data) {
  const t = data.trends;
  return h('section', { class: 'dashboard-section', 'aria-labelledby': 'trends-title' },
    h('h2', { id: 'trends-title' }, 'Trends'),
    t.series.length ? h('div', { class: 'trend-grid', 'data-testid': 'dashboard-trends' }, t.series.map(s =>
      h('figure', { class: 'card trend' },
        h('figcaption', {}, s.name, h('span', { class: 'muted' }, s.unit ? ` (${s.unit === 'hours' ? 'hours' : s.unit})` : '',
          s.higherIsBetter ? ', higher is better' : ', lower is better')),
        lineChart({ categories: t.periods, series: [{ name: s.code, values: s.values }], label: `${s.name} per period`,
          format: v => formatValue(v, s.unit), tickFormat: (v, d) => formatTick(v, s.unit, d), width: 360, height: 170 }))))
      : h('p', { class: 'muted' }, 'No values in the last eight periods.'));
}

function nps(data) {
  const n = data.nps;
  const body = [];
  if (!n) {
    body.push(h('p', { class: 'muted' }, 'The strategy has no NPS definition.'));
  } else if (!finite(n.value)) {
    body.push(h('p', { class: 'muted' }, `No NPS answers in ${data.period}.`));
  } else {
    body.push(h('p', { class: 'nps-score' }, h('strong', {}, `NPS ${num(n.value, 1)}`),
      ` ± ${num(n.marginOfError, 1)} (95 %), n = ${num(n.n, 0)}`));
    body.push(shareBar([
      { label: 'Promoters', value: n.promotersPercent, count: n.promoters, cls: 'promoters' },
      { label: 'Passives', value: n.passivesPercent, count: n.passives, cls: 'passives' },
      { label: 'Detractors', value: n.detractorsPercent, count: n.detractors, cls: 'detractors' }],
    { label: `NPS distribution ${data.period}`, testid: 'nps-distribution' }));
    if (n.histogram) {
      const bucket = score => score >= n.promoterMin ? 'promoters' : score <= n.detractorMax ? 'detractors' : 'passives';
      body.push(h('h3', {}, 'Answers per score'), columnChart({
        categories: n.histogram.map(b => String(b.score)),
        series: [{ name: 'Answers', values: n.histogram.map(b => b.count), classes: n.histogram.map(b => bucket(b.score)) }],
        format: v => num(v, 0), label: `NPS answers per score, ${data.period}`, width: 420, height: 170, testid: 'nps-histogram' }));
    }
    if (n.byPeriod && n.byPeriod.length > 1) {
      body.push(h('h3', {}, 'Per period'), h('table', { class: 'compact' },
        h('thead', {}, h('tr', {}, ['Period', 'NPS', 'Promoters', 'Passives', 'Detractors', 'n'].map((c, i) =>
          h('th', { scope: 'col', class: i ? 'num' : null }, c)))),
        h('tbody', {}, n.byPeriod.map(p => h('tr', {}, h('td', {}, p.period), h('td', { class: 'num' }, num(p.value, 1)),
          h('td', { class: 'num' }, `${num(p.promotersPercent, 1)} %`), h('td', { class: 'num' }, `${num(p.passivesPercent, 1)} %`),
          h('td', { class: 'num' }, `${num(p.detractorsPercent, 1)} %`), h('td', { class: 'num' }, num(p.n, 0)))))));
    }
  }
  return h('section', { class: 'dashboard-section card', 'aria-labelledby': 'nps-title' },
    h('h2', { id: 'nps-title' }, 'NPS distribution'), body);
}

function goals(data) {
  return h('section', { class: 'dashboard-section card', 'aria-labelledby': 'goals-title', 'data-testid': 'dashboard-goals' },
    h('h2', { id: 'goals-title' }, 'Goal progress'),
    data.goals.length ? h('ul', { class: 'goal-list' }, data.goals.map(g => h('li', { class: `goal depth-${Math.min(g.depth, 3)}` },
      h('div', { class: 'goal-head' }, h('strong', {}, g.name || g.id),
        h('span', { class: `badge ${g.colour === 'warning' ? 'warn' : g.colour}` }, GOAL_STATUS[g.status] || g.status)),
      progressBar(g.progress, { cls: `status-${g.colour}`, label: `Progress of ${g.name || g.id}`,
        text: finite(g.progress) ? `${num(g.progress * 100, 0)} % of the way` : 'no measurement yet' }),
      g.explanation ? h('div', { class: 'muted goal-explanation' }, g.explanation) : null)))
      : h('p', { class: 'muted' }, 'No goals yet (step 1).'));
}

function segments(data, go) {
  const s = data.segments;
  const picker = data.dimensions.length ? h('div', { class: 'toolbar' },
    h('label', { for: 'dashboard-dimension' }, 'Compare by'),
    h('select', { id: 'dashboard-dimension', 'data-testid': 'dashboard-dimension', onChange: e => go({ by: e.target.value }) },
      data.dimensions.map(d => h('option', { value: d, selected: d === s.dimension }, d)))) : null;
  let body;
  if (!s.kpis.length) {
    body = h('p', { class: 'muted' }, s.dimension ? `No KPI values per ${s.dimension} in ${data.period}.`
      : 'The strategy has no segments: add segment columns when you import a survey (step 7).');
  } else {
    body = h('div', { class: 'table-wrap' }, h('table', { class: 'segment-table', 'data-testid': 'segment-table' },
      h('caption', { class: 'sr-only' }, `KPIs per ${s.dimension}, ${data.period}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.dimension),
        s.kpis.map(k => h('th', { scope: 'col', class: 'num' }, k.code, h('div', { class: 'muted th-sub' },
          `all: ${formatValue(k.overall, k.unit)}`))))),
      h('tbody', {}, s.segments.map(segment => h('tr', {}, h('th', { scope: 'row' }, segment),
        s.kpis.map(k => {
          const v = k.values.find(x => x.segment === segment);
          if (!v || !finite(v.value)) return h('td', { class: 'num muted' }, '–');
          const values = k.values.map(x => x.value).filter(finite);
          const better = k.higherIsBetter ? v.value >= k.overall : v.value <= k.overall;
          return h('td', { class: 'num' },
            h('div', { class: 'seg-value' }, formatValue(v.value, k.unit),
              v.warnings && v.warnings.length ? h('span', { class: 'warn-mark', title: v.warnings.join('; ') }, ' ⚠') : null),
            valueBar(v.value, { min: Math.min(0, ...values), max: Math.max(...values, k.overall || 0),
              reference: k.overall, cls: finite(k.overall) ? (better ? 'better' : 'worse') : '' }),
            h('div', { class: 'muted seg-n' }, `n ${num(v.n, 0)}`));
        }))))));
  }
  return h('section', { class: 'dashboard-section', 'aria-labelledby': 'segments-title' },
    h('div', { class: 'section-head' }, h('h2', { id: 'segments-title' }, 'Segment comparison'), picker),
    h('p', { class: 'muted' }, 'The bar shows each value against the others; the line marks the value over all respondents. ',
      '⚠ marks a value resting on fewer answers than the definition asks for.'),
    body);
}
