// #/s/ID/step/9 : optimisation: for a period, the gap of every goal to its target with its trend, the alerts, and
// the improvement items they propose (accepted into the backlog); the backlog with status and priority edited in
// place; and the optimisation reviews (inputs, findings, decisions, participants).
import { h, num } from '../js/dom.js';
import { stepPage, loadAll, path, section, periodInput, checkCommand } from '../js/page.js';
import { loadKinds, Refs, entityTable, openEntityDialog, rowButtons, humanize, fieldValue } from '../js/entities.js';
import { sparkline } from '../js/charts.js';

let period = null;

const STATUS_BADGE = { ACHIEVED: 'good', ON_TRACK: 'good', AT_RISK: 'warn', OFF_TRACK: 'bad', MISSED: 'bad', UNKNOWN: '' };
const REVIEW_LISTS = [['inputs', 'Inputs'], ['findings', 'Findings'], ['decisions', 'Decisions'], ['participants', 'Participants']];
const BACKLOG_FIELDS = ['name', 'description', 'evidence', 'priority', 'status', 'goal', 'kpi', 'tactic', 'createdPeriod'];

export async function render(main, ctx) {
  const refs = new Refs(ctx);
  period = ctx.params.period || null;
  await stepPage(main, ctx, {
    step: 9,
    lead: 'Every period, compare each goal with its target, look at what the alerts say, decide what to improve next and keep the backlog of improvements up to date.',
    load: async () => {
      refs.clear();
      if (!period) {
        const strategy = await ctx.api.get(path(ctx));
        period = strategy.currentPeriod || null;
      }
      const data = await loadAll({
        optimise: period ? ctx.api.get(path(ctx, '/views/optimise'), { period }) : Promise.resolve(null),
        backlog: ctx.api.get(path(ctx, '/entities/backlog')),
        reviews: ctx.api.get(path(ctx, '/entities/review')),
        kinds: loadKinds(ctx.api),
      });
      if (data.optimise) checkCommand(data.optimise);
      await refs.preload('goal', 'kpi-def', 'tactic');
      return data;
    },
    draw: (data, page) => h('div', {}, optimiseBlock(data, page), backlogBlock(data, page, refs), reviewsBlock(data, page, refs)),
  });
}

// ---- the period's optimisation

function optimiseBlock(data, page) {
  const { ctx } = page;
  const field = periodInput('optimise-period', 'Period', period || '');
  const show = h('button', { type: 'button', 'data-testid': 'optimise-period-show', onClick: () => {
    const v = field.input.value.trim();
    if (!v || !field.input.checkValidity()) { field.input.reportValidity(); return; }
    period = v;
    page.refresh({ statusToo: false });
  } }, 'Show');
  if (!data.optimise) {
    return section('Optimise a period', { id: 'optimise' }, h('div', { class: 'toolbar' }, field.element, show),
      h('p', { class: 'empty' }, 'The strategy has no current period: enter the period to optimise, e.g. 2026-Q3.'));
  }
  const r = data.optimise.result;
  const fresh = (r.proposals || []).filter(p => p.new);
  const accept = h('button', { type: 'button', class: 'primary', 'data-testid': 'optimise-accept', disabled: !fresh.length,
    onClick: e => page.change(e.currentTarget, async () => checkCommand(await ctx.api.write('POST', path(ctx, '/actions/optimise'), ctx.id,
      { options: { '--period': r.period }, flags: ['--accept'] })), `Added ${fresh.length} item${fresh.length === 1 ? '' : 's'} to the backlog`) },
  fresh.length ? `Add the ${fresh.length} new proposals to the backlog` : 'Every proposal is in the backlog');
  return section(`Optimise ${r.period}`, { id: 'optimise', lead: 'Where each goal stands, what went wrong and what to do about it.' },
    h('div', { class: 'toolbar' }, field.element, show),
    h('h3', {}, 'Goals: gap to the target'),
    r.goals && r.goals.length ? h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'optimise-goals' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Goal'), h('th', { scope: 'col' }, 'KPI'), h('th', { scope: 'col', class: 'num' }, 'Target'),
        h('th', { scope: 'col', class: 'num' }, 'Measured'), h('th', { scope: 'col', class: 'num' }, 'Gap'), h('th', { scope: 'col' }, 'Trend'), h('th', { scope: 'col' }, 'Status'))),
      h('tbody', {}, r.goals.map(g => h('tr', { 'data-id': g.goalId },
        h('th', { scope: 'row' }, h('strong', {}, g.goal), h('div', { class: 'muted small' }, g.explanation)),
        h('td', {}, g.kpiCode || '–'),
        h('td', { class: 'num' }, num(g.target, 1)), h('td', { class: 'num' }, num(g.measured, 1)),
        h('td', { class: 'num' }, g.gap === null || g.gap === undefined ? '–' : gapText(g.gap)),
        h('td', {}, sparkline((g.trend || []).map(t => t.value), { label: `${g.kpiCode || g.goal}: ${(g.trend || []).map(t => `${t.period} ${num(t.value, 1)}`).join(', ')}` }),
          h('div', { class: 'muted small' }, (g.trend || []).map(t => `${t.period.replace(/^\d{4}-/, '')} ${num(t.value, 1)}`).join(' → '))),
        h('td', {}, h('span', { class: `badge ${STATUS_BADGE[g.status] || ''}` }, humanize(g.status))))))))
      : h('p', { class: 'empty' }, r.goalTracking === false ? 'Goal tracking is not available (no KPI service).' : 'No goals to compare.'),
    h('h3', {}, `Alerts (${(r.alerts || []).length})`),
    r.alerts && r.alerts.length ? h('ul', { class: 'alerts', 'data-testid': 'optimise-alerts' }, r.alerts.map(a => h('li', { class: String(a.severity).toLowerCase() },
      h('strong', {}, `${humanize(a.severity)}: `), a.message, a.evidence ? h('div', { class: 'muted small' }, a.evidence) : null)))
      : h('p', { class: 'empty' }, 'No alerts for this period.'),
    h('h3', {}, 'Proposed improvements'),
    r.proposals && r.proposals.length ? h('ul', { class: 'suggestions', 'data-testid': 'optimise-proposals' }, r.proposals.map(p => h('li', { class: p.new ? 'is-new' : null },
      h('span', { class: 'badge' }, `priority ${p.priority}`),
      h('div', {}, p.name, h('div', { class: 'muted small' }, p.evidence)),
      h('span', { class: 'muted small' }, p.new ? 'new' : `in the backlog${p.backlogItem ? ` (${p.backlogItem})` : ''}`))))
      : h('p', { class: 'empty' }, 'Nothing to propose.'),
    h('div', { class: 'actions' }, accept));
}

function gapText(gap) {
  if (Math.abs(gap) < 0.05) return 'on target';
  return gap > 0 ? `${num(gap, 1)} short` : `${num(-gap, 1)} beyond`;
}

// ---- the backlog

function backlogBlock(data, page, refs) {
  const { ctx } = page;
  const kind = data.kinds.get('backlog');
  const statusField = kind.fields.find(f => f.name === 'status');
  const items = [...data.backlog.items].sort((a, b) => (a.priority ?? 99) - (b.priority ?? 99));
  const patch = (item, values, what) => page.change(null, () => ctx.api.write('PATCH', path(ctx, `/entities/backlog/${encodeURIComponent(item.id)}`), ctx.id, values), what);
  return section('Improvement backlog', { id: 'backlog', lead: 'What to improve next, most urgent first. Change the priority or the status right in the list.' },
    entityTable(page, refs, { noun: 'backlog', items, kinds: data.kinds, addLabel: 'Add backlog item', fields: BACKLOG_FIELDS,
      columns: ['priority', 'name', 'status', 'goal', 'createdPeriod'], headers: { createdPeriod: 'Since' },
      cells: {
        priority: item => {
          const input = h('input', { type: 'number', min: 1, step: 1, value: item.priority ?? '', id: `priority-${item.id}`,
            'aria-label': `Priority of ${item.name}`, 'data-testid': `backlog-priority-${item.id}`,
            onChange: () => {
              const v = input.value.trim();
              patch(item, v ? { values: { priority: v } } : { clear: ['priority'] }, `Priority of "${item.name}" set to ${v || 'none'}`);
            } });
          return h('span', { class: 'inline-edit' }, input);
        },
        name: item => h('div', {}, h('strong', {}, item.name), item.evidence ? h('div', { class: 'muted small' }, item.evidence) : null,
          item.trigger ? h('div', { class: 'muted small' }, `Trigger: ${item.trigger}`) : null),
        status: item => {
          const select = h('select', { id: `status-${item.id}`, 'aria-label': `Status of ${item.name}`, 'data-testid': `backlog-status-${item.id}`,
            onChange: () => patch(item, { values: { status: select.value } }, `"${item.name}" is now ${humanize(select.value).toLowerCase()}`) },
          statusField.choices.map(c => h('option', { value: c, selected: c === fieldValue(statusField, item) }, humanize(c))));
          return h('span', { class: 'inline-edit' }, select);
        },
      },
      empty: 'The backlog is empty. Accept the proposals above, or add an item.' }));
}

// ---- reviews

function reviewsBlock(data, page, refs) {
  const reviews = [...data.reviews.items].sort((a, b) => String(b.period || '').localeCompare(String(a.period || '')));
  const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-review',
    onClick: () => openEntityDialog(page, refs, { noun: 'review', item: null, title: 'Add optimisation review', wide: true,
      hints: { inputs: 'What you looked at, one per line: surveys, competitors\' social media, the customer service team...', decisions: 'What you decided, one per line.' } }) }, 'Add review');
  return section('Optimisation reviews', { id: 'reviews', actions: [add], lead: 'Re-ask customers, watch competitors, check in with the customer service team, then decide.' },
    reviews.length ? h('div', { class: 'persona-cards' }, reviews.map(r => h('article', { class: 'persona-card', 'data-id': r.id, 'data-testid': `review-${r.id}`, 'aria-label': `Review of ${r.period || r.id}` },
      h('h3', {}, `Review of ${r.period || '(no period)'}`), r.date ? h('div', { class: 'muted small' }, `held on ${r.date}`) : null,
      h('dl', {}, REVIEW_LISTS.map(([k, label]) => (r[k] && r[k].length ? [h('dt', {}, label), h('dd', {}, h('ul', {}, r[k].map(v => h('li', {}, v))))] : null))),
      h('div', { class: 'actions' }, rowButtons(page, refs, 'review', r, { title: `Edit review of ${r.period || r.id}`, wide: true })))))
      : h('p', { class: 'empty' }, 'No reviews yet.'));
}

