// Draws the blocks of plugin panels (GET /api/strategies/ID/panels): heading, paragraph, bulletList,
// keyFigures, table, chart, notice. Every text goes in as a text node (h()), so a plugin cannot inject markup.
import { h, num } from './dom.js';
import { lineChart, columnChart } from './svgcharts.js';

const STATUS = new Set(['good', 'warning', 'bad', 'neutral']);
const status = s => STATUS.has(s) ? s : 'neutral';

function cellText(value, kind) {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value !== 'number') return String(value);
  switch (kind) {
    case 'integer': return num(value, 0);
    case 'percent': return `${num(value, 1)} %`;
    case 'decimal': return num(value, 1);
    default: return num(value, 2);
  }
}

function table(block) {
  const numeric = c => ['integer', 'decimal', 'percent'].includes(c.kind);
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'block-table' },
      block.caption ? h('caption', {}, block.caption) : null,
      h('thead', {}, h('tr', {}, (block.columns || []).map(c => h('th', { scope: 'col', class: numeric(c) ? 'num' : null,
        title: c.formula ? `= ${c.formula}` : null }, c.header)))),
      h('tbody', {}, (block.rows || []).map(row => h('tr', {}, row.map((cell, i) => {
        const column = (block.columns || [])[i] || {};
        const text = cellText(cell && cell.value, column.kind);
        if (column.kind === 'status') return h('td', {}, h('span', { class: `badge ${status(cell.status)}` }, text));
        return h('td', { class: [numeric(column) ? 'num' : '', cell && cell.status !== 'neutral' ? `cell-${status(cell.status)}` : '']
          .join(' ').trim() || null }, text);
      }))))),
    block.omittedRows > 0 ? h('p', { class: 'muted' }, `… ${block.omittedRows} more rows (see the report)`) : null);
}

function chart(block) {
  const options = { categories: block.categories || [], series: block.series || [],
    label: block.title || 'Chart', format: v => num(v, 1) };
  return h('figure', { class: 'block-chart' },
    block.title ? h('figcaption', {}, block.title, block.valueAxisLabel ? h('span', { class: 'muted' }, ` (${block.valueAxisLabel})`) : null) : null,
    block.chartKind === 'bar' ? columnChart(options) : lineChart(options));
}

/** One block as DOM. */
export function renderBlock(block) {
  switch (block && block.kind) {
    case 'heading': return h(`h${Math.min(6, Math.max(3, (block.level || 1) + 2))}`, {}, block.text);
    case 'paragraph': return h('p', {}, block.text);
    case 'bulletList': return h('ul', {}, (block.items || []).map(item => h('li', {}, item)));
    case 'keyFigures': return h('div', { class: 'figures' }, (block.figures || []).map(f =>
      h('div', { class: `figure status-${status(f.status)}` },
        h('div', { class: 'figure-label' }, f.label),
        h('div', { class: 'figure-value' }, f.value),
        f.detail ? h('div', { class: 'figure-detail' }, f.detail) : null)));
    case 'table': return table(block);
    case 'chart': return chart(block);
    case 'notice': return h('div', { class: `notice notice-${status(block.status)}`, role: block.status === 'bad' ? 'alert' : 'note' },
      block.text);
    default: return h('p', { class: 'muted' }, `(a block of kind "${block && block.kind}" that this page cannot show)`);
  }
}

/** Blocks as DOM nodes. */
export function renderBlocks(blocks) {
  return (blocks || []).map(renderBlock);
}

/** A plugin panel: its title, blocks and where it comes from. */
export function renderPanel(panel) {
  return h('section', { class: `card panel panel-${panel.status === 'ok' ? 'ok' : 'failed'}`, 'data-testid': `panel-${panel.id}`,
    'aria-label': panel.title },
  h('h3', {}, panel.title),
  renderBlocks(panel.blocks),
  h('p', { class: 'panel-source muted' }, `From the plugin ${panel.bundle}`));
}

/**
 * The panels plugins add to a placement (dashboard, step-1 ... step-9), loaded after the page's own content:
 * a section that fills itself, and stays empty (hidden) when no plugin adds a panel there.
 */
export function placementPanels(ctx, placement, period) {
  const box = h('div', { class: 'panels', 'data-testid': `panels-${placement}` });
  const section = h('section', { class: 'dashboard-section', hidden: true, 'aria-label': 'From plugins' },
    h('h2', {}, 'From plugins'), box);
  ctx.api.get(`/strategies/${encodeURIComponent(ctx.id)}/panels`, { placement, period })
    .then(answer => {
      if (answer.panels.length) {
        box.replaceChildren(...answer.panels.map(renderPanel));
        section.hidden = false;
      }
    })
    .catch(() => { /* the page works without its plugin panels */ });
  return section;
}
