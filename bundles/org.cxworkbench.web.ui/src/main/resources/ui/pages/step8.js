// #/s/ID/step/8 : measure KPIs. The KPI definitions (named, versioned: scale, buckets, unit, polarity) and the
// segments, edited through the entity API; customer counts per period (cxw customers) for churn and retention;
// the KPIs of the current period, and the way to the dashboard.
import { h, mount, loading, errorBox, toast, num, PERIOD_INPUT } from '../js/dom.js';
import { ConflictError } from '../js/api.js';
import { kindsOf, entityTable } from '../js/entitylist.js';
import { stepStatus } from './step7.js';
import { formatValue } from './dashboard.js';
import { placementPanels } from '../js/blocks.js';

const RATING = new Set(['NPS', 'CSAT', 'CES', 'CUSTOM_RATING', 'YES_NO']);

function base(ctx) {
  return `/strategies/${encodeURIComponent(ctx.id)}`;
}

export async function render(main, ctx) {
  mount(main, h('h1', {}, `8. ${ctx.stepTitle(8)}`), loading());
  let strategy;
  try {
    strategy = await ctx.api.get(base(ctx));
  } catch (e) {
    mount(main, h('h1', {}, `8. ${ctx.stepTitle(8)}`), errorBox(e));
    return;
  }
  ctx.track(strategy.version);
  const definitions = h('div', {}, loading('Loading the KPI definitions…'));
  const segments = h('div', {}, loading());
  const values = h('div', { id: 'kpi-values', 'data-testid': 'kpi-values' }, loading('Computing the KPIs…'));
  const statusSlot = h('div', {}, stepStatus(ctx, 8));
  const reloadValues = () => {
    loadValues(ctx, values, strategy.currentPeriod);
    ctx.refreshStatus().then(s => mount(statusSlot, stepStatus(ctx, 8, s))).catch(() => {});
  };
  mount(main,
    h('h1', {}, `8. ${ctx.stepTitle(8)}`),
    h('p', { class: 'lead' }, 'Every KPI is a named, versioned definition (scale, buckets, unit, which way is better); reports ',
      'print the definition they used. Survey KPIs come from imports (step 7), churn and retention from customer counts.'),
    statusSlot,
    h('div', { class: 'card' }, h('a', { class: 'button primary', id: 'open-dashboard', 'data-testid': 'open-dashboard',
      href: `#/s/${encodeURIComponent(ctx.id)}/dashboard` }, 'Open the KPI dashboard'), ' ',
    h('span', { class: 'muted' }, 'Scorecard, trends, NPS distribution, segments and goal progress.')),
    h('section', { 'aria-labelledby': 'kpi-values-title' }, h('h2', { id: 'kpi-values-title' },
      `KPIs of ${strategy.currentPeriod || 'the current period'}`), values),
    h('section', { 'aria-labelledby': 'customers-title' }, h('h2', { id: 'customers-title' }, 'Customer counts'),
      customersForm(ctx, strategy.currentPeriod, reloadValues)),
    h('section', { 'aria-labelledby': 'definitions-title' }, h('h2', { id: 'definitions-title' }, 'KPI definitions'), definitions),
    h('section', { 'aria-labelledby': 'segments-title' }, h('h2', { id: 'segments-title' }, 'Segments'),
      h('p', { class: 'muted' }, 'A segment is a column of the survey export (touchpoint, region...) whose values KPIs are compared by.'),
      segments),
    placementPanels(ctx, 'step-8', strategy.currentPeriod));
  loadDefinitions(ctx, definitions, segments);
  loadValues(ctx, values, strategy.currentPeriod);
}

async function loadValues(ctx, box, period) {
  if (!period) {
    mount(box, h('p', { class: 'muted' }, 'The strategy has no current period yet: the KPIs of a period show here once it has one.'));
    return;
  }
  try {
    const answer = await ctx.api.get(`${base(ctx)}/views/kpi`, { period });
    const results = (answer.result || []).filter(r => !r.segmentKey);
    mount(box, results.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'row-heads', 'data-testid': 'kpi-values-table' },
      h('thead', {}, h('tr', {}, ['KPI', 'Value', 'n', 'Definition', 'Notes'].map((c, i) =>
        h('th', { scope: 'col', class: i === 1 || i === 2 ? 'num' : null }, c)))),
      h('tbody', {}, results.map(r => h('tr', {},
        h('th', { scope: 'row' }, r.name, h('div', { class: 'muted' }, r.code)),
        h('td', { class: 'num' }, formatValue(r.value, r.unit)),
        h('td', { class: 'num' }, num(r.n, 0)),
        h('td', {}, `version ${r.definitionVersion}`),
        h('td', {}, (r.warnings || []).join('; ') || '–'))))))
      : h('p', { class: 'muted' }, `No KPI has a value in ${period} yet.`));
  } catch (e) {
    mount(box, e.status === 422 ? h('p', { class: 'muted' }, e.message) : errorBox(e));
  }
}

async function loadDefinitions(ctx, box, segmentsBox) {
  let kinds, defs, segments;
  try {
    [kinds, defs, segments] = await Promise.all([kindsOf(ctx.api), ctx.api.get(`${base(ctx)}/entities/kpi-def`),
      ctx.api.get(`${base(ctx)}/entities/segment`)]);
  } catch (e) {
    mount(box, errorBox(e));
    return;
  }
  const reload = () => loadDefinitions(ctx, box, segmentsBox);
  const kindOf = d => String(d.kind || 'NPS');
  mount(box, entityTable({ ctx, kind: kinds.get('kpi-def'), items: defs.items, testid: 'kpi-definition-table', onChange: reload,
    addLabel: 'Add KPI definition',
    labels: { higherIsBetter: 'Higher is better', scaleMin: 'Scale from', scaleMax: 'Scale to', topBoxMin: 'Top box from',
      promoterMin: 'Promoters from', detractorMax: 'Detractors up to', minimumSampleSize: 'Minimum sample' },
    fields: ['name', 'code', 'kind', 'version', 'question', 'scaleMin', 'scaleMax', 'topBoxMin', 'promoterMin',
      'detractorMax', 'unit', 'higherIsBetter', 'minimumSampleSize', 'formula', 'description', 'calculator'],
    columns: [
      { name: 'code', label: 'Code', render: d => d.code || '–' },
      { name: 'name', label: 'Name' },
      { name: 'kind', label: 'Kind', render: d => kindOf(d).toLowerCase().replace(/_/g, ' ') },
      { name: 'scale', label: 'Scale', render: d => RATING.has(kindOf(d)) ? `${d.scaleMin || 0}–${d.scaleMax || 0}` : '–' },
      { name: 'unit', label: 'Unit', render: d => d.unit || '–' },
      { name: 'better', label: 'Better', render: d => d.higherIsBetter ? 'higher' : 'lower' },
      { name: 'version', label: 'Version', num: true, render: d => d.version || 0 }] }));
  mount(segmentsBox, entityTable({ ctx, kind: kinds.get('segment'), items: segments.items, testid: 'segment-table',
    onChange: reload, fields: ['name', 'column', 'description'], labels: { column: 'Export column' },
    columns: [{ name: 'name', label: 'Segment' }, { name: 'column', label: 'Export column', render: s => s.column || '–' },
      { name: 'description', label: 'Description', render: s => s.description || '–' }] }));
}

function customersForm(ctx, period, onSaved) {
  const field = (id, text, attrs = {}) => h('div', {}, h('label', { for: id }, text), h('input', { id, name: id, ...attrs }));
  const error = h('div', { class: 'field-error', role: 'alert' });
  const result = h('div', { role: 'status', 'data-testid': 'customers-result' });
  const save = h('button', { type: 'submit', class: 'primary', id: 'customers-save', 'data-testid': 'customers-save' }, 'Save counts');
  const form = h('form', { class: 'card', id: 'customers-form', 'data-testid': 'customers-form', onSubmit: async e => {
    e.preventDefault();
    const v = id => form.querySelector(`#${id}`).value.trim();
    const options = { '--period': v('customers-period'), '--start': v('customers-start'), '--end': v('customers-end') };
    if (v('customers-new')) options['--new'] = v('customers-new');
    if (v('customers-churned')) options['--churned'] = v('customers-churned');
    if (v('customers-segment')) options['--segment'] = v('customers-segment');
    if (!options['--period'] || !options['--start'] || !options['--end']) {
      mount(error, 'Period, customers at the start and at the end are needed.');
      return;
    }
    mount(error);
    save.disabled = true;
    try {
      const answer = await ctx.api.write('POST', `${base(ctx)}/actions/customers`, ctx.id, { options });
      const r = answer.result || {};
      mount(result, h('p', {}, `Saved ${r.period}${r.segmentKey ? ` (${r.segmentKey})` : ''}: ${num(r.start, 0)} at the start, `,
        `${num(r.end, 0)} at the end${r.new !== null && r.new !== undefined ? `, ${num(r.new, 0)} new` : ''}`,
        `${r.churned !== null && r.churned !== undefined ? `, ${num(r.churned, 0)} churned` : ''}${r.replaced ? ' (replaces the counts set before)' : ''}.`));
      toast('Customer counts saved', 'success');
      ctx.refreshStatus();
      onSaved();
    } catch (err) {
      if (err instanceof ConflictError) ctx.reportError(err, () => ctx.navigate(window.location.hash));
      else mount(error, err.message);
    } finally {
      save.disabled = false;
    }
  } },
  h('p', { class: 'muted' }, 'Churn = churned ÷ customers at the start × 100; retention = (end − new) ÷ start × 100. ',
    'Without new and churned customers only the simple forms (net customer loss, gross retention) can be shown.'),
  h('div', { class: 'form-row' },
    field('customers-period', 'Period *', { ...PERIOD_INPUT, value: period || '', required: true }),
    field('customers-start', 'Customers at the start *', { type: 'number', min: 0, step: 1, required: true }),
    field('customers-end', 'Customers at the end *', { type: 'number', min: 0, step: 1, required: true }),
    field('customers-new', 'New customers', { type: 'number', min: 0, step: 1 }),
    field('customers-churned', 'Churned customers', { type: 'number', min: 0, step: 1 }),
    field('customers-segment', 'Segment (optional)', { type: 'text', placeholder: 'region=North' })),
  error,
  h('div', { class: 'actions' }, save),
  result);
  return form;
}
