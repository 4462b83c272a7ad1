// #/s/ID/step/2 : the touchpoint audit (channel, stage, owner, ratings per period with trend, notes) with the
// ratings and notes of each touchpoint, and the SWOT of the own customer experience as a 2×2 grid, with
// suggestions derived from the audit.
import { h, num } from '../js/dom.js';
import { stepPage, loadAll, path, section, periodInput, checkCommand } from '../js/page.js';
import { loadKinds, Refs, entityTable, openEntityDialog, removeEntity, humanize, itemLabel } from '../js/entities.js';
import { swotGrid, isCompetitorSwot, QUADRANTS } from '../js/swot.js';

let period = null;
let openTouchpoint = null;
let showSuggestions = false;

const TOUCHPOINT_FIELDS = ['name', 'description', 'channel', 'stage', 'owner', 'personas', 'expectations'];

export async function render(main, ctx) {
  const refs = new Refs(ctx);
  period = ctx.params.period || null;
  openTouchpoint = ctx.params.touchpoint || null;
  showSuggestions = false;
  await stepPage(main, ctx, {
    step: 2,
    lead: 'Rate every touchpoint where customers meet you (1 poor to 5 excellent) each period, note what hurts and what works, and sum it up in a SWOT of your own customer experience.',
    load: async () => {
      refs.clear();
      const data = await loadAll({
        audit: ctx.api.get(path(ctx, '/views/audit'), { period }),
        touchpoints: ctx.api.get(path(ctx, '/entities/touchpoint')),
        swot: ctx.api.get(path(ctx, '/entities/swot')),
        kinds: loadKinds(ctx.api),
        suggestions: showSuggestions ? ctx.api.get(path(ctx, '/views/swot-suggest'), { period }) : Promise.resolve(null),
      });
      checkCommand(data.audit);
      refs.seed('touchpoint', data.touchpoints.items);
      return data;
    },
    draw: (data, page) => draw(data, page, refs),
  });
}

function draw(data, page, refs) {
  return h('div', {}, auditBlock(data, page, refs), swotBlock(data, page, refs));
}

// ---- the audit

function trend(value) {
  if (value === null || value === undefined) return h('span', { class: 'trend-flat' }, '–');
  if (value > 0) return h('span', { class: 'trend-up', title: `up ${num(value, 1)} since the previous rating` }, `▲ +${num(value, 1)}`);
  if (value < 0) return h('span', { class: 'trend-down', title: `down ${num(-value, 1)} since the previous rating` }, `▼ −${num(-value, 1)}`);
  return h('span', { class: 'trend-flat', title: 'unchanged' }, '▶ 0');
}

function ratingCell(score) {
  if (score === undefined || score === null) return h('td', { class: 'rating-cell' }, h('span', { class: 'muted' }, '–'));
  return h('td', { class: `rating-cell${score <= 2.5 ? ' low' : score >= 4 ? ' high' : ''}` }, num(score, 1));
}

function auditBlock(data, page, refs) {
  const audit = data.audit.result;
  const periods = Object.keys(audit.averageRatingByPeriod || {}).sort();
  const byId = new Map(data.touchpoints.items.map(t => [t.id, t]));
  const periodField = periodInput('audit-period', 'Ratings up to', period || '');
  const show = h('button', { type: 'button', 'data-testid': 'audit-period-show', onClick: () => {
    if (!periodField.input.checkValidity()) { periodField.input.reportValidity(); return; }
    period = periodField.input.value.trim() || null;
    page.refresh({ statusToo: false });
  } }, 'Show');
  const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-touchpoint',
    onClick: () => openEntityDialog(page, refs, { noun: 'touchpoint', item: null, fields: TOUCHPOINT_FIELDS, title: 'Add touchpoint',
      hints: { stage: 'The journey stage, e.g. awareness, purchase, after purchase.', expectations: 'What customers expect here, one per line.' } }) }, 'Add touchpoint');
  const cols = 6 + periods.length;
  const rows = [];
  for (const t of audit.touchpoints) {
    const item = byId.get(t.id) || { id: t.id, name: t.name };
    const open = openTouchpoint === t.id;
    const toggle = h('button', { type: 'button', class: 'small', 'aria-expanded': String(open), 'aria-controls': `tp-detail-${t.id}`,
      'data-testid': `touchpoint-details-${t.id}`, 'aria-label': `${open ? 'Hide' : 'Show'} ratings and notes of ${t.name}`,
      onClick: () => { openTouchpoint = open ? null : t.id; page.refresh({ statusToo: false }); } }, open ? 'Hide' : 'Ratings & notes');
    rows.push(h('tr', { 'data-id': t.id, class: open ? 'selected' : null },
      h('th', { scope: 'row' }, h('strong', {}, t.name), h('div', { class: 'id' }, t.id)),
      h('td', {}, humanize(t.channel)),
      h('td', {}, t.stage || h('span', { class: 'muted' }, '–')),
      h('td', {}, t.owner || h('span', { class: 'badge warn' }, 'no owner')),
      periods.map(p => ratingCell(t.ratings ? t.ratings[p] : null)),
      h('td', { class: 'num' }, trend(t.trend)),
      h('td', { class: 'small' }, noteCounts(t)),
      h('td', { class: 'actions-cell' }, h('span', { class: 'row-actions' }, toggle,
        h('button', { type: 'button', class: 'small', 'data-testid': `edit-touchpoint-${t.id}`, 'aria-label': `Edit ${t.name}`,
          onClick: () => openEntityDialog(page, refs, { noun: 'touchpoint', item, fields: TOUCHPOINT_FIELDS, title: `Edit touchpoint ${t.name}` }) }, 'Edit'),
        h('button', { type: 'button', class: 'small danger', 'data-testid': `remove-touchpoint-${t.id}`, 'aria-label': `Remove ${t.name}`,
          onClick: () => removeEntity(page, 'touchpoint', item) }, 'Remove')))));
    if (open) rows.push(h('tr', { class: 'detail-row' }, h('td', { colspan: cols + 1, id: `tp-detail-${t.id}` }, touchpointDetail(item, data, page, refs))));
  }
  return section('Touchpoint audit', { id: 'audit', actions: [add],
    lead: 'Ratings from 1 (poor) to 5 (excellent) per period; the trend compares the latest rating with the one before. Open a touchpoint to add ratings and notes.' },
  h('div', { class: 'toolbar' }, periodField.element, show),
  audit.touchpoints.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'audit-table', 'data-testid': 'audit-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Touchpoint'), h('th', { scope: 'col' }, 'Channel'), h('th', { scope: 'col' }, 'Stage'), h('th', { scope: 'col' }, 'Owner'),
      periods.map(p => h('th', { scope: 'col', class: 'num' }, p)), h('th', { scope: 'col', class: 'num' }, 'Trend'),
      h('th', { scope: 'col' }, 'Notes'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    h('tbody', {}, rows),
    periods.length ? h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', colspan: 4 }, 'Average'),
      periods.map(p => ratingCell(audit.averageRatingByPeriod[p])), h('td', { colspan: 3 }))) : null))
    : h('p', { class: 'empty' }, 'No touchpoints yet. Add the places where customers meet you: the app, the website, the phone line, the store...'));
}

function noteCounts(t) {
  const parts = [['painPoints', 'pain'], ['opportunities', 'opportunity'], ['worksWell', 'works well'], ['threats', 'threat']]
    .filter(([k]) => t[k]).map(([k, label]) => `${t[k]} ${label}${t[k] > 1 && k !== 'worksWell' ? (label.endsWith('y') ? '' : 's') : ''}`);
  return parts.length ? parts.join(', ').replace('opportunitys', 'opportunities') : h('span', { class: 'muted' }, 'none');
}

function touchpointDetail(item, data, page, refs) {
  const parent = { touchpoint: item.id };
  return h('div', { class: 'two-col detail-panel' },
    h('div', {},
      h('h3', {}, `Ratings of ${item.name}`),
      item.description ? h('p', { class: 'muted small' }, item.description) : null,
      entityTable(page, refs, { noun: 'rating', items: item.ratings || [], kinds: data.kinds, parent, addLabel: 'Add rating',
        testidSuffix: `-${item.id}`, empty: 'Not rated yet.', title: `Add a rating of ${item.name}` }),
      item.expectations && item.expectations.length ? h('div', {}, h('h3', {}, 'What customers expect'),
        h('ul', {}, item.expectations.map(e => h('li', {}, e)))) : null),
    h('div', {},
      h('h3', {}, `Notes on ${item.name}`),
      entityTable(page, refs, { noun: 'note', items: item.notes || [], kinds: data.kinds, parent, addLabel: 'Add note',
        testidSuffix: `-${item.id}`, empty: 'No notes yet: what hurts, what works, opportunities, threats.', title: `Add a note on ${item.name}` })));
}

// ---- the SWOT

function swotBlock(data, page, refs) {
  const { ctx } = page;
  const own = data.swot.items.filter(i => !isCompetitorSwot(i));
  const tpName = new Map(data.touchpoints.items.map(t => [t.id, t.name]));
  const evidence = item => (item.evidenceTouchpoints && item.evidenceTouchpoints.length
    ? h('div', { class: 'evidence' }, 'Evidence: ', item.evidenceTouchpoints.map(id => tpName.get(id) || id).join(', ')) : null);
  const suggest = h('button', { type: 'button', 'data-testid': 'swot-suggest', 'aria-expanded': String(showSuggestions),
    onClick: () => { showSuggestions = !showSuggestions; page.refresh({ statusToo: false }); } },
  showSuggestions ? 'Hide suggestions' : 'Suggest from the audit');
  return section('SWOT of your customer experience', { id: 'swot', actions: [suggest],
    lead: 'Strengths and weaknesses are about today; opportunities and threats about what could happen. Cite the touchpoints that show it.' },
  swotGrid(page, refs, { items: own, fixed: { subjectKind: 'own-cx' }, fields: ['text', 'evidenceTouchpoints'], evidence, testid: 'swot' }),
  showSuggestions && data.suggestions ? suggestions(data, page, ctx) : null);
}

function suggestions(data, page, ctx) {
  const answer = data.suggestions;
  if (answer.exitCode >= 2) return h('div', { class: 'error-box' }, answer.messages || 'The suggestions could not be made.');
  const list = answer.result.suggestions || [];
  const fresh = list.filter(s => s.new);
  const title = q => (QUADRANTS.find(x => x.key === String(q).toLowerCase()) || { one: humanize(q) }).one;
  const acceptAll = h('button', { type: 'button', class: 'primary', 'data-testid': 'swot-suggest-accept', disabled: !fresh.length,
    onClick: e => page.change(e.currentTarget, async () => checkCommand(await ctx.api.write('POST', path(ctx, '/actions/swot-suggest'), ctx.id,
      { flags: ['--accept'], options: period ? { '--period': period } : {} })), `Added ${fresh.length} suggestion${fresh.length === 1 ? '' : 's'} to the SWOT`) },
  fresh.length ? `Add all ${fresh.length} new suggestions` : 'Nothing new to add');
  return h('div', { class: 'block', 'data-testid': 'swot-suggestions' },
    h('h3', {}, `Suggestions from the audit${period ? ` up to ${period}` : ''}`),
    h('p', { class: 'muted small' }, `${list.length} suggestions, ${fresh.length} not in the SWOT yet. Touchpoints rated 4 or more are strengths; rated 2.5 or less, or with frequent pain points, weaknesses; opportunity and threat notes become opportunities and threats.`),
    h('ul', { class: 'suggestions' }, list.map((s, i) => h('li', { class: s.new ? 'is-new' : null },
      h('span', { class: 'badge' }, title(s.quadrant)),
      h('div', {}, s.text, h('div', { class: 'evidence muted small' }, s.why)),
      s.new ? h('button', { type: 'button', class: 'small', 'data-testid': `swot-suggestion-add-${i}`, 'aria-label': `Add this ${title(s.quadrant)}: ${s.text}`,
        onClick: e => page.change(e.currentTarget, () => ctx.api.write('POST', path(ctx, '/entities/swot'), ctx.id,
          { values: { quadrant: String(s.quadrant).toLowerCase(), text: s.text, subjectKind: 'own-cx', evidenceTouchpoints: s.evidence || [] } }),
        `Added to the SWOT: ${itemLabel({ text: s.text })}`) }, 'Add')
        : h('span', { class: 'muted small' }, 'in the SWOT')))),
    h('div', { class: 'actions' }, acceptAll));
}

