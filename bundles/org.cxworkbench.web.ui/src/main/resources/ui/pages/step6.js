// #/s/ID/step/6 : the implementation plan: tactics with the goals and opportunities they serve, their ordered
// steps with owners and dates, and the plan as a timeline (overdue steps in red, steps without an owner flagged).
import { h, mount, num, toast, DATE_INPUT } from '../js/dom.js';
import { stepPage, loadAll, path, section, checkCommand } from '../js/page.js';
import { loadKinds, Refs, openEntityDialog, rowButtons, humanize, itemLabel, openDialog } from '../js/entities.js';
import { gantt } from '../js/charts.js';
import { orderButtons, moveButton } from '../js/moving.js';

let today = null;

const STATUS_BADGE = { DONE: 'good', IN_PROGRESS: '', PLANNED: '', BLOCKED: 'warn', CANCELLED: '' };
const TACTIC_FIELDS = ['name', 'description', 'goals', 'opportunities', 'painPoints', 'owner', 'startDate', 'dueDate', 'status', 'channels', 'tool', 'budget'];
const STEP_FIELDS = ['name', 'description', 'owner', 'startDate', 'dueDate', 'doneDate', 'status'];

export async function render(main, ctx) {
  const refs = new Refs(ctx);
  today = ctx.params.today || null;
  await stepPage(main, ctx, {
    step: 6,
    lead: 'Plan the tactics that reach the goals: each with an owner, dates and ordered steps (e.g. find a chatbot, implement it, test it, launch), and keep the timeline on track.',
    load: async () => {
      refs.clear();
      const data = await loadAll({
        tactics: ctx.api.get(path(ctx, '/entities/tactic')),
        plan: ctx.api.get(path(ctx, '/views/plan'), { today }),
        owners: ctx.api.get(path(ctx, '/entities/owner')),
        kinds: loadKinds(ctx.api),
      });
      checkCommand(data.plan);
      refs.seed('owner', data.owners.items);
      refs.seed('tactic', data.tactics.items);
      return data;
    },
    draw: (data, page) => h('div', {}, timelineBlock(data, page), tacticsBlock(data, page, refs)),
  });
}

function stepClass(s) {
  if (s.overdue) return 'overdue';
  return (s.status || 'PLANNED').toLowerCase().replace(/_/g, '-');
}

function timelineBlock(data, page) {
  const plan = data.plan.result;
  const s = plan.summary || {};
  const input = h('input', { ...DATE_INPUT, id: 'plan-today', value: today || '', placeholder: plan.today,
    'data-testid': 'plan-today' });
  const show = h('button', { type: 'button', 'data-testid': 'plan-today-show', onClick: () => {
    if (!input.checkValidity()) { input.reportValidity(); return; }
    today = input.value.trim() || null;
    page.refresh({ statusToo: false });
  } }, 'Show');
  const rows = [];
  for (const t of plan.tactics) {
    rows.push({ label: t.name, group: true, start: t.startDate, end: t.dueDate, cls: t.overdue ? 'overdue' : 'tactic',
      note: t.overdue ? 'overdue' : null, title: `${t.name}: ${t.startDate || '?'} → ${t.dueDate || '?'}, ${humanize(t.status)}${t.owner ? `, owner ${t.owner.name}` : ''}` });
    for (const st of t.steps) {
      const flags = [st.overdue ? 'overdue' : null, st.unowned ? 'no owner' : null, st.datesOutOfOrder ? 'due before start' : null].filter(Boolean);
      rows.push({ label: `${st.number}. ${st.name}`, start: st.startDate, end: st.dueDate, cls: stepClass(st) + (st.unowned ? ' unowned' : ''),
        note: flags.join(', ') || (st.status === 'DONE' ? `done ${st.doneDate || ''}`.trim() : null),
        title: `${st.name}: ${st.startDate || '?'} → ${st.dueDate || '?'}, ${humanize(st.status)}${st.owner ? `, owner ${st.owner.name}${st.ownerFromTactic ? ' (the tactic\'s)' : ''}` : ', no owner'}${flags.length ? `; ${flags.join(', ')}` : ''}` });
    }
  }
  return section('Timeline', { id: 'timeline', lead: `As of ${plan.today}: ${s.tactics ?? 0} tactics, ${s.steps ?? 0} steps (${s.done ?? 0} done, ${s.inProgress ?? 0} in progress, ${s.planned ?? 0} planned, ${s.blocked ?? 0} blocked); ${s.overdue ?? 0} overdue, ${s.unowned ?? 0} without an owner.` },
    h('div', { class: 'toolbar' }, h('span', { class: 'inline-field' }, h('label', { for: 'plan-today' }, 'As of (yyyy-mm-dd, default today)'), input), show),
    h('ul', { class: 'gantt-legend', 'aria-label': 'Legend' },
      [['done', 'done'], ['in-progress', 'in progress'], ['planned', 'planned'], ['blocked', 'blocked'], ['overdue', 'overdue'], ['cancelled', 'cancelled']]
        .map(([k, label]) => h('li', {}, h('span', { class: `key ${k}`, 'aria-hidden': 'true' }), label))),
    rows.length ? h('div', { class: 'table-wrap' }, gantt({ rows, today: plan.today, label: `Timeline of the implementation plan as of ${plan.today}` }))
      : h('p', { class: 'empty' }, 'No tactics yet.'));
}

function tacticsBlock(data, page, refs) {
  const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-tactic',
    onClick: () => openEntityDialog(page, refs, { noun: 'tactic', item: null, fields: TACTIC_FIELDS, title: 'Add tactic', wide: true }) }, 'Add tactic');
  const planById = new Map(data.plan.result.tactics.map(t => [t.id, t]));
  return section('Tactics', { id: 'tactics', actions: [add], lead: 'Each tactic serves goals (step 1) and opportunities (step 4); its steps run in the order listed.' },
    data.tactics.items.length ? data.tactics.items.map(t => tacticCard(t, planById.get(t.id), data, page, refs))
      : h('p', { class: 'empty' }, 'No tactics yet. Add one, e.g. "Launch a customer-service chatbot", and apply the chatbot template for its steps.'));
}

/** Where a step can move: to any place in any tactic (a step always belongs to one). */
function stepMoveOptions(step, tactic, data) {
  return {
    title: `Move step ${step.number}: ${step.name}`,
    parentKey: 'tactic',
    parentLabel: 'Tactic',
    parents: data.tactics.items.map(t => ({ id: t.id, label: `${t.name} (${t.id})`,
      children: (t.steps || []).map(st => ({ id: st.id, name: st.name })) })),
    top: null,
    current: tactic.id,
  };
}

function tacticCard(t, plan, data, page, refs) {
  const headingId = `tactic-${t.id}-title`;
  const steps = plan ? plan.steps : [];
  const stepItems = new Map((t.steps || []).map(s => [s.id, s]));
  const status = t.status || 'PLANNED';
  const addStep = h('button', { type: 'button', 'data-testid': `add-step-${t.id}`, 'aria-label': `Add a step to ${t.name}`,
    onClick: () => openEntityDialog(page, refs, { noun: 'step', item: null, parent: { tactic: t.id }, fields: STEP_FIELDS, title: `Add a step to ${t.name}` }) }, 'Add step');
  const template = steps.length ? null : h('button', { type: 'button', 'data-testid': `tactic-template-${t.id}`,
    onClick: () => chatbotTemplate(page, t, data) }, 'Apply the chatbot template');
  return h('article', { class: 'tactic', 'aria-labelledby': headingId, 'data-id': t.id, 'data-testid': `tactic-${t.id}` },
    h('div', { class: 'tactic-head' },
      h('h3', { id: headingId }, t.name, ' ', h('span', { class: 'id' }, t.id)),
      h('span', { class: `badge ${plan && plan.overdue ? 'bad' : STATUS_BADGE[status] || ''}` }, plan && plan.overdue ? 'overdue' : humanize(status)),
      rowButtons(page, refs, 'tactic', t, { fields: TACTIC_FIELDS, title: `Edit tactic ${t.name}`, wide: true })),
    h('div', { class: 'meta' },
      `Owner: ${plan && plan.owner ? plan.owner.name : 'none'} · ${t.startDate || '?'} → ${t.dueDate || '?'}`,
      t.channels && t.channels.length ? ` · Channels: ${t.channels.map(humanize).join(', ')}` : '',
      t.tool ? ` · Tool: ${t.tool}` : '', typeof t.budget === 'number' ? ` · Budget: ${num(t.budget, 0)}` : ''),
    plan && (plan.goals.length || plan.opportunities.length) ? h('div', { class: 'meta' },
      plan.goals.length ? `Goals: ${plan.goals.map(g => g.name).join('; ')}` : 'Serves no goal yet',
      plan.opportunities.length ? ` · Opportunities: ${plan.opportunities.map(o => o.name).join('; ')}` : '') : h('div', { class: 'meta' }, h('span', { class: 'badge warn' }, 'serves no goal yet')),
    steps.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'step-table', 'data-testid': `steps-${t.id}` },
      h('thead', {}, h('tr', {}, ['#', 'Step', 'Owner', 'Start', 'Due', 'Done', 'Status'].map(c => h('th', { scope: 'col' }, c)),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
      h('tbody', {}, steps.map((s, index) => h('tr', { class: s.overdue ? 'overdue' : null, 'data-id': s.id },
        h('td', { class: 'num' }, s.number),
        h('th', { scope: 'row' }, s.name),
        h('td', {}, s.owner ? [s.owner.name, s.ownerFromTactic ? h('span', { class: 'muted small' }, ' (the tactic\'s)') : null] : h('span', { class: 'badge warn' }, 'no owner')),
        h('td', { class: 'date' }, s.startDate || '–'), h('td', { class: 'date' }, s.dueDate || '–', s.datesOutOfOrder ? h('span', { class: 'badge bad' }, ' before start') : null),
        h('td', { class: 'date' }, s.doneDate || '–'),
        h('td', {}, h('span', { class: `badge ${s.overdue ? 'bad' : STATUS_BADGE[s.status] || ''}` }, s.overdue ? `overdue (${humanize(s.status).toLowerCase()})` : humanize(s.status))),
        h('td', { class: 'actions-cell' },
          orderButtons(page, 'step', { id: s.id, name: s.name }, index, steps.length),
          moveButton(page, 'step', { id: s.id, name: s.name }, () => stepMoveOptions(s, t, data)),
          rowButtons(page, refs, 'step', stepItems.get(s.id) || { id: s.id, name: s.name }, { fields: STEP_FIELDS, title: `Edit step ${s.number}` })))))))
      : h('p', { class: 'empty' }, 'No steps yet.'),
    h('div', { class: 'actions' }, addStep, template));
}

/** The chatbot template (find, implement, test, launch) with an owner and a start date. */
function chatbotTemplate(page, tactic, data) {
  const { ctx } = page;
  const owner = h('select', { id: 'template-owner', 'data-testid': 'template-owner' },
    h('option', { value: '' }, '– (the tactic\'s owner)'), data.owners.items.map(o => h('option', { value: o.id }, itemLabel(o))));
  const start = h('input', { ...DATE_INPUT, id: 'template-start', placeholder: tactic.startDate || DATE_INPUT.placeholder,
    'data-testid': 'template-start' });
  const error = h('div', { class: 'form-error', role: 'alert', hidden: true });
  openDialog({ title: `Chatbot template for ${tactic.name}`, testid: 'template-dialog', build: close => h('form', { onSubmit: async e => {
    e.preventDefault();
    const options = { '--template': 'chatbot' };
    if (owner.value) options['--owner'] = owner.value;
    if (start.value.trim()) options['--start'] = start.value.trim();
    const button = e.target.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      checkCommand(await ctx.api.write('POST', path(ctx, '/actions/tactic-template'), ctx.id, { args: { TACTIC_ID: tactic.id }, options }));
      close();
      toast('Added the four chatbot steps', 'success');
      await page.refresh();
    } catch (err) {
      if (err.status === 409) { close(); ctx.reportError(err, () => page.refresh()); return; }
      error.hidden = false;
      mount(error, err.message);
    } finally {
      button.disabled = false;
    }
  } },
  h('p', {}, 'Adds four steps: 1. find a chatbot that works for you (14 days), 2. implement it on your site (21 days), 3. run tests to make sure it works (7 days), 4. launch (1 day). Each step starts the day after the previous one is due.'),
  h('div', { class: 'form-grid' },
    h('div', { class: 'field' }, h('label', { for: 'template-owner' }, 'Owner of the steps'), owner),
    h('div', { class: 'field' }, h('label', { for: 'template-start' }, 'Step 1 starts on'), start,
      h('div', { class: 'hint' }, `Default: the tactic's start date${tactic.startDate ? ` (${tactic.startDate})` : ', else today'}.`))),
  error,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'template-apply' }, 'Add the steps'),
    h('button', { type: 'button', onClick: close }, 'Cancel'))) });
}
