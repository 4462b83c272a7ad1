// #/s/ID/step/3 : competitors, the competitive keywords, and where you and every competitor rank for them:
// the rank matrix (latest position with the change since the previous observation) and the positions over time.
import { h, num } from '../js/dom.js';
import { stepPage, loadAll, path, section, checkCommand } from '../js/page.js';
import { loadKinds, Refs, entityTable, openEntityDialog } from '../js/entities.js';
import { lineChart, legend } from '../js/charts.js';

let top = 10;
let keyword = null;

export async function render(main, ctx) {
  const refs = new Refs(ctx);
  top = Number(ctx.params.top) || 10;
  keyword = ctx.params.keyword || null;
  await stepPage(main, ctx, {
    step: 3,
    lead: 'Find your competitors through the 5 to 10 keywords customers search for, and track where you and they rank for each keyword over time.',
    load: async () => {
      refs.clear();
      const data = await loadAll({
        competitors: ctx.api.get(path(ctx, '/entities/competitor')),
        keywords: ctx.api.get(path(ctx, '/entities/keyword')),
        ranks: ctx.api.get(path(ctx, '/entities/rank')),
        matrix: ctx.api.get(path(ctx, '/views/rank-matrix'), { top }),
        kinds: loadKinds(ctx.api),
      });
      checkCommand(data.matrix);
      refs.seed('competitor', data.competitors.items);
      refs.seed('keyword', data.keywords.items);
      return data;
    },
    draw: (data, page) => draw(data, page, refs),
  });
}

function draw(data, page, refs) {
  const kinds = data.kinds;
  return h('div', {},
    h('div', {},
      section('Competitors', { id: 'competitors', lead: 'Direct competitors sell the same to the same customers.' },
        entityTable(page, refs, { noun: 'competitor', items: data.competitors.items, kinds, addLabel: 'Add competitor',
          columns: ['name', 'direct', 'website'], empty: 'No competitors yet.' })),
      section('Keywords', { id: 'keywords', lead: 'The terms customers search for, most relevant first (e.g. from a keyword planner).' },
        entityTable(page, refs, { noun: 'keyword', items: [...data.keywords.items].sort(byRelevance), kinds, addLabel: 'Add keyword',
          empty: 'No keywords yet.' }))),
    matrixBlock(data, page, refs),
    historyBlock(data, page, refs));
}

function byRelevance(a, b) {
  return (a.relevanceRank ?? 1e9) - (b.relevanceRank ?? 1e9) || String(a.term).localeCompare(String(b.term));
}

function change(cell) {
  if (cell.previousPosition === null || cell.previousPosition === undefined) return h('span', { class: 'change same' }, 'first observation');
  const g = cell.placesGained;
  if (g > 0) return h('span', { class: 'change up' }, `▲ up ${g}`);
  if (g < 0) return h('span', { class: 'change down' }, `▼ down ${-g}`);
  return h('span', { class: 'change same' }, '▶ same');
}

function matrixBlock(data, page, refs) {
  const m = data.matrix.result;
  const subjects = m.subjects || [];
  const select = h('select', { id: 'rank-top', 'data-testid': 'rank-top', onChange: () => { top = Number(select.value); page.refresh({ statusToo: false }); } },
    [5, 10, 20, 50].map(n => h('option', { value: n, selected: n === top }, `${n} keywords`)));
  const record = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-rank',
    onClick: () => openEntityDialog(page, refs, { noun: 'rank', item: null, title: 'Record a search position',
      fields: ['keyword', 'competitor', 'date', 'position'], labels: { competitor: 'Competitor (empty: your own brand)' } }) }, 'Record a position');
  const dates = new Set();
  (m.keywords || []).forEach(k => k.cells.forEach(c => { if (c.latestDate) dates.add(c.latestDate); }));
  return section('Rank matrix', { id: 'rank-matrix', actions: [record],
    lead: `Latest search position per keyword (1 is the first result) and the change since the previous observation${dates.size ? `; latest observations ${[...dates].sort().join(', ')}` : ''}.` },
  h('div', { class: 'toolbar' }, h('span', { class: 'inline-field' }, h('label', { for: 'rank-top' }, 'Show the most relevant'), select)),
  (m.keywords || []).length ? h('div', { class: 'table-wrap' }, h('table', { class: 'rank-matrix', 'data-testid': 'rank-matrix' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Keyword'),
      subjects.map(s => h('th', { scope: 'col', class: s.competitorId ? null : 'own' }, s.name)))),
    h('tbody', {}, m.keywords.map(k => h('tr', { 'data-id': k.id },
      h('th', { scope: 'row' }, k.relevanceRank ? h('span', { class: 'muted' }, `${k.relevanceRank}. `) : null, k.term),
      subjects.map(s => {
        const cell = k.cells.find(c => (c.competitorId || null) === (s.competitorId || null));
        if (!cell) return h('td', { class: s.competitorId ? null : 'own' }, h('span', { class: 'muted small' }, 'not observed'));
        const title = `${s.name} for "${k.term}": position ${cell.latestPosition} on ${cell.latestDate}`
          + (cell.previousPosition ? `, ${cell.previousPosition} on ${cell.previousDate}` : '');
        return h('td', { class: s.competitorId ? null : 'own', title },
          h('span', { class: 'pos' }, cell.latestPosition), change(cell));
      }))))))
    : h('p', { class: 'empty' }, 'No keywords yet: add the keywords customers search for, then record positions.'));
}

function historyBlock(data, page, refs) {
  const keywords = [...data.keywords.items].sort(byRelevance);
  if (!keywords.length) return null;
  if (!keyword || !keywords.some(k => k.id === keyword)) keyword = keywords[0].id;
  const kw = keywords.find(k => k.id === keyword);
  const compName = new Map(data.competitors.items.map(c => [c.id, c.name]));
  const obs = data.ranks.items.filter(r => r.keyword === keyword);
  const dates = [...new Set(obs.map(r => r.date).filter(Boolean))].sort();
  const subjects = [...new Set(obs.map(r => r.competitor || ''))].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
  const series = subjects.map(s => ({
    name: s ? compName.get(s) || s : 'Own brand',
    values: dates.map(d => {
      const o = obs.find(r => (r.competitor || '') === s && r.date === d);
      return o && typeof o.position === 'number' ? o.position : null;
    }),
  }));
  const select = h('select', { id: 'rank-keyword', 'data-testid': 'rank-keyword', onChange: () => { keyword = select.value; page.refresh({ statusToo: false }); } },
    keywords.map(k => h('option', { value: k.id, selected: k.id === keyword }, k.term)));
  const max = Math.max(10, ...series.flatMap(s => s.values).filter(v => v !== null));
  return section('Positions over time', { id: 'rank-history',
    lead: 'Every recorded position of one keyword; a line going up means a better position.' },
  h('div', { class: 'toolbar' }, h('span', { class: 'inline-field' }, h('label', { for: 'rank-keyword' }, 'Keyword'), select)),
  dates.length ? h('div', { class: 'chart-box' },
    lineChart({ series, xLabels: dates, yMin: 1, yMax: max, invert: true, format: v => num(v, 0), label: `Search positions for "${kw.term}" over time`, height: 220 }),
    legend(series)) : h('p', { class: 'empty' }, `No positions recorded for "${kw.term}" yet.`),
  h('h3', {}, `Observations for "${kw.term}"`),
  entityTable(page, refs, { noun: 'rank', items: [...obs].sort((a, b) => String(a.date).localeCompare(String(b.date))), kinds: data.kinds,
    columns: ['date', 'competitor', 'position'], headers: { competitor: 'Who' }, addLabel: 'Record a position for this keyword', fixed: { keyword },
    fields: ['competitor', 'date', 'position'], labels: { competitor: 'Competitor (empty: your own brand)' },
    title: `Record a position for "${kw.term}"`, testidSuffix: '-for-keyword',
    cells: { competitor: r => (r.competitor ? compName.get(r.competitor) || r.competitor : h('strong', {}, 'Own brand')) },
    empty: 'No observations yet.' }));
}
