// #/s/ID/step/1 : the strategy (name, current period, organisation), its objectives, the goal tree with the SMART
// check letter by letter and the progress of every goal, the goal form with the SMART check shown live, and owners.
import { h, mount, toast, num, PERIOD_INPUT } from '../js/dom.js';
import { stepPage, loadAll, path, section, periodInput, checkCommand } from '../js/page.js';
import { loadKinds, Refs, entityForm, entityTable, openDialog, removeEntity, confirmDialog, humanize, readableRefusal, inFormWords } from '../js/entities.js';
import { orderButtons, moveButton } from '../js/moving.js';

const GOAL_FIELDS = ['name', 'statement', 'description', 'subjectKind', 'kpi', 'subjectTouchpoint', 'subjectPersona',
  'subjectSegment', 'baseline', 'baselinePeriod', 'targetKind', 'targetChange', 'period', 'dueDate', 'owner'];

const STATUS_CLASS = { ACHIEVED: 'good', ON_TRACK: 'good', AT_RISK: 'warn', OFF_TRACK: 'bad', MISSED: 'bad', UNKNOWN: '' };

let period = null;

export async function render(main, ctx) {
  const refs = new Refs(ctx);
  period = ctx.params.period || null;
  await stepPage(main, ctx, {
    step: 1,
    lead: 'Say what the strategy must achieve: objectives, and goals that are Specific, Measurable, Achievable, Relevant and Time-bound, each with a KPI, a baseline, a target, a deadline and an owner.',
    load: async () => {
      refs.clear();
      const data = await loadAll({
        goals: ctx.api.get(path(ctx, '/goals'), { period }),
        owners: ctx.api.get(path(ctx, '/entities/owner')),
        kinds: loadKinds(ctx.api),
      });
      refs.seed('owner', data.owners.items);
      await refs.preload('kpi-def');
      return data;
    },
    draw: (data, page) => draw(data, page, refs),
  });
}

function draw(data, page, refs) {
  const goals = data.goals;
  return h('div', {},
    strategyBlock(page, goals),
    objectivesBlock(page, goals.objectives),
    goalsBlock(page, refs, data),
    section('Owners', { id: 'owners', lead: 'The people or teams who answer for goals, touchpoints and tactics.' },
      entityTable(page, refs, { noun: 'owner', items: data.owners.items, kinds: data.kinds, addLabel: 'Add owner',
        empty: 'No owners yet. Add the people who answer for the goals.' })));
}

// ---- the strategy itself

const STRATEGY_FIELDS = [
  ['name', '--name', 'Strategy name', s => s.name],
  ['currentPeriod', '--current-period', 'Current period', s => s.currentPeriod, 'period'],
  ['description', '--description', 'Description', s => s.description, 'long'],
  ['orgName', '--org-name', 'Organisation', s => s.organisation.name],
  ['orgIndustry', '--org-industry', 'Industry', s => s.organisation.industry],
  ['orgValue', '--org-value-proposition', 'Value proposition', s => s.organisation.valueProposition, 'long'],
  ['orgVoice', '--org-brand-voice', 'Brand voice', s => s.organisation.brandVoice, 'long'],
  ['orgPerception', '--org-ideal-brand-perception', 'Ideal brand perception', s => s.organisation.idealBrandPerception],
  ['budget', '--budget', 'Budget', s => (s.budget === null || s.budget === undefined ? '' : String(s.budget)), 'number'],
  ['currency', '--currency', 'Currency', s => s.currency],
];

function strategyBlock(page, goals) {
  const s = goals.strategy;
  const edit = h('button', { type: 'button', 'data-testid': 'edit-strategy', onClick: () => editStrategy(page, s) }, 'Edit strategy details');
  return section('Strategy', { id: 'strategy', actions: [edit] },
    h('dl', { class: 'facts' },
      fact('Name', s.name), fact('Current period', s.currentPeriod || h('span', { class: 'badge warn' }, 'not set')),
      fact('Organisation', s.organisation.name), fact('Industry', s.organisation.industry),
      fact('Value proposition', s.organisation.valueProposition),
      fact('Budget', s.budget !== null && s.budget !== undefined ? `${num(s.budget, 0)} ${s.currency || ''}` : null)));
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value === null || value === undefined || value === '' ? h('span', { class: 'muted' }, '–') : value));
}

function editStrategy(page, s) {
  const inputs = {};
  const error = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'form-error' });
  const fields = STRATEGY_FIELDS.map(([key, , label, get, type]) => {
    const id = `strategy-${key}`;
    const value = get(s) || '';
    const attrs = { id, value, 'data-testid': id };
    let input;
    if (type === 'long') input = h('textarea', { ...attrs, rows: 2 });
    else if (type === 'period') input = h('input', { ...PERIOD_INPUT, ...attrs });
    else if (type === 'number') input = h('input', { ...attrs, type: 'number', step: 'any' });
    else input = h('input', { ...attrs, type: 'text', required: key === 'name' || null });
    inputs[key] = { input, initial: value };
    return h('div', { class: `field${type === 'long' ? ' wide' : ''}` }, h('label', { for: id }, label), input);
  });
  const { close } = openDialog({ title: 'Edit strategy details', testid: 'strategy-dialog', build: closeIt => h('form', { onSubmit: async e => {
    e.preventDefault();
    const options = {};
    for (const [key, option] of STRATEGY_FIELDS) {
      const v = inputs[key].input.value.trim();
      if (v !== inputs[key].initial) options[option] = v;
    }
    if (!Object.keys(options).length) { closeIt(); toast('Nothing changed.'); return; }
    const submit = e.target.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      const answer = await page.ctx.api.write('POST', path(page.ctx, '/actions/strategy'), page.ctx.id, { args: { VERB: 'update' }, options });
      checkCommand(answer);
      closeIt();
      toast('Strategy details saved', 'success');
      await page.refresh();
    } catch (err) {
      if (err.status === 409) { closeIt(); page.ctx.reportError(err, () => page.refresh()); return; }
      error.hidden = false;
      mount(error, err.message);
    } finally {
      submit.disabled = false;
    }
  } },
  h('div', { class: 'form-grid' }, fields), error,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'form-submit' }, 'Save'),
    h('button', { type: 'button', onClick: closeIt }, 'Cancel'))) });
  return close;
}

// ---- objectives

function objectivesBlock(page, objectives) {
  const { ctx } = page;
  const input = h('input', { id: 'objective-input', type: 'text', 'data-testid': 'objective-input', required: true,
    placeholder: 'Make it effortless to reach a person when something goes wrong' });
  const add = h('button', { type: 'submit', class: 'primary', 'data-testid': 'add-objective' }, 'Add objective');
  const run = (button, options, message) => page.change(button, async () => checkCommand(
    await ctx.api.write('POST', path(ctx, '/actions/objectives'), ctx.id, { options })), message);
  return section('Objectives', { id: 'objectives', lead: 'What the strategy serves. Every top-level goal must serve an objective to count as Relevant.' },
    objectives.length
      ? h('ol', { class: 'objectives', 'data-testid': 'objectives' }, objectives.map((o, i) => h('li', {},
        h('span', {}, o), ' ',
        h('button', { type: 'button', class: 'small danger', 'data-testid': `remove-objective-${i + 1}`, 'aria-label': `Remove objective ${i + 1}: ${o}`,
          onClick: async e => {
            const button = e.currentTarget;
            if (await confirmDialog({ title: 'Remove objective?', message: `Remove "${o}"?` })) {
              await run(button, { '--remove': String(i + 1) }, 'Objective removed');
            }
          } }, 'Remove'))))
      : h('p', { class: 'empty' }, 'No objectives yet.'),
    h('form', { class: 'inline-form', onSubmit: async e => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      await run(add, { '--add': text }, 'Objective added');
    } }, h('label', { for: 'objective-input' }, 'New objective'), input, add));
}

// ---- goals

function goalsBlock(page, refs, data) {
  const { ctx } = page;
  const goals = data.goals;
  // every goal with its place among its siblings and its parent, in tree order
  const flat = [];
  const walk = (list, parent) => list.forEach((g, index) => {
    flat.push({ goal: g, index, count: list.length, parent });
    walk(g.children, g);
  });
  walk(goals.goals, null);
  const periodField = periodInput('goals-period', 'Progress as of', goals.period || '');
  const show = h('button', { type: 'button', 'data-testid': 'goals-period-show', onClick: () => {
    const v = periodField.input.value.trim();
    if (v && !periodField.input.checkValidity()) { periodField.input.reportValidity(); return; }
    period = v || null;
    page.refresh();
  } }, 'Show');
  const checkAll = h('button', { type: 'button', 'data-testid': 'goal-check-all', onClick: e => page.change(e.currentTarget, async () => {
    const answer = checkCommand(await ctx.api.write('POST', path(ctx, '/actions/goal-check'), ctx.id,
      { options: goals.period ? { '--period': goals.period } : {} }));
    return answer;
  }, a => (a.exitCode === 1 ? 'SMART results and statuses saved; some goals fail a letter' : 'SMART results and statuses saved: every goal passes')) },
  'Save SMART results and statuses');
  const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-goal', onClick: () => goalDialog(page, refs, data, null, null) }, 'Add goal');
  return section('Goals', { id: 'goals', actions: [add, checkAll],
    lead: 'Sub-goals are indented under the goal they work toward. The SMART letters are checked live; hover or read the reasons below a goal.' },
  h('div', { class: 'toolbar' }, periodField.element, show),
  flat.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'goal-table', 'data-testid': 'goal-table' },
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Goal'), h('th', { scope: 'col' }, 'KPI'), h('th', { scope: 'col' }, 'Baseline → target, deadline'),
      h('th', { scope: 'col' }, 'Owner'), h('th', { scope: 'col' }, 'SMART'),
      h('th', { scope: 'col' }, `Progress${goals.period ? ` (${goals.period})` : ''}`), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    h('tbody', {}, flat.map(entry => goalRow(page, refs, data, entry, flat)))))
    : h('p', { class: 'empty' }, 'No goals yet. Add the first one, e.g. "Raise our NPS by one full point this quarter".'));
}

function targetText(v) {
  if (v.targetChange === undefined || v.targetChange === null) return null;
  const c = Number(v.targetChange);
  const sign = c > 0 ? '+' : c < 0 ? '−' : '';
  const abs = num(Math.abs(c), 2);
  switch (v.targetKind) {
    case 'RELATIVE_CHANGE': return `${sign}${abs} %`;
    case 'PERCENTAGE_POINT_CHANGE': return `${sign}${abs} pp`;
    case 'TARGET_VALUE': return `target ${num(c, 2)}`;
    default: return `${sign}${abs}`;
  }
}

export function smartBadges(letters, { compact = false } = {}) {
  return h('span', { class: 'smart', role: 'list', 'aria-label': 'SMART check' }, letters.map(l => h('span', {
    role: 'listitem', class: `smart-letter ${l.passed ? 'pass' : 'fail'}`, title: `${l.label}: ${l.passed ? 'passed' : 'failed'}: ${l.reason}`,
    'data-letter': l.letter, 'data-passed': String(l.passed),
  }, l.letter, h('span', { class: 'visually-hidden' }, ` ${l.label} ${l.passed ? 'passed' : 'failed'}${compact ? '' : `: ${l.reason}`}`))));
}

function progressBar(p) {
  const share = typeof p.progress === 'number' ? p.progress : null;
  const pct = share === null ? null : Math.round(share * 100);
  const fill = h('span', { class: `bar-fill ${STATUS_CLASS[p.status] || ''}` });
  if (pct !== null) fill.style.width = `${Math.max(0, Math.min(100, pct))}%`;
  return h('div', { class: 'progress', title: p.explanation || '' },
    h('div', { class: 'progress-line' },
      h('span', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100,
        'aria-valuenow': pct === null ? null : Math.max(0, Math.min(100, pct)), 'aria-label': p.explanation || 'progress' }, fill),
      h('span', { class: 'pct' }, pct === null ? '–' : `${pct} %`)),
    h('span', { class: `badge ${STATUS_CLASS[p.status] || ''}` }, humanize(p.status || 'UNKNOWN')),
    p.explanation ? h('div', { class: 'explain' }, p.explanation) : null);
}

/** Everything a goal contains, itself included: it cannot move under any of them. */
function subtree(g, ids = new Set()) {
  ids.add(g.id);
  g.children.forEach(c => subtree(c, ids));
  return ids;
}

/** Where a goal can move: under any goal outside its own subtree, or to the top level. */
function goalMoveOptions(entry, flat, goals) {
  const g = entry.goal;
  const inside = subtree(g);
  const named = list => list.map(c => ({ id: c.id, name: c.values.name }));
  return {
    title: `Move goal ${g.values.name}`,
    parentKey: 'parent',
    parentLabel: 'Sub-goal of',
    parents: flat.filter(e => !inside.has(e.goal.id)).map(e => ({
      id: e.goal.id, label: `${'  '.repeat(e.goal.depth)}${e.goal.values.name} (${e.goal.id})`, children: named(e.goal.children) })),
    top: { label: '– (a top-level goal)', where: 'at the top level', children: named(goals.goals) },
    current: entry.parent ? entry.parent.id : null,
  };
}

function goalRow(page, refs, data, entry, flat) {
  const g = entry.goal;
  const v = g.values;
  const failed = g.smart.filter(l => !l.passed);
  const target = targetText(v);
  return h('tr', { 'data-id': g.id, class: `depth-${Math.min(g.depth, 4)}` },
    h('th', { scope: 'row', class: 'goal-name' },
      h('div', { class: 'goal-title' }, g.depth ? h('span', { class: 'sub-mark', 'aria-hidden': 'true' }, '↳ ') : null,
        h('strong', {}, v.name), h('span', { class: 'id' }, ` ${g.id}`)),
      v.statement ? h('div', { class: 'muted small' }, v.statement) : null,
      failed.length ? h('ul', { class: 'smart-reasons', 'data-testid': `smart-reasons-${g.id}` },
        failed.map(l => h('li', {}, h('strong', {}, `${l.letter} (${l.label}): `), inFormWords(data.kinds.get('goal'), l.reason)))) : null),
    h('td', {}, g.kpi ? g.kpi.label : h('span', { class: 'muted' }, '–')),
    h('td', { class: 'target-cell' },
      h('div', {}, v.baseline !== undefined ? num(v.baseline, 2) : h('span', { class: 'muted' }, 'no baseline'),
        ' → ', target || h('span', { class: 'muted' }, 'no target'),
        g.progress && typeof g.progress.target === 'number' ? ` = ${num(g.progress.target, 2)}` : null),
      v.baselinePeriod ? h('div', { class: 'muted small' }, `baseline ${v.baselinePeriod}`) : null,
      h('div', { class: 'small' }, 'by ', [v.period, v.dueDate].filter(Boolean).join(', ') || h('span', { class: 'badge warn' }, 'no deadline'))),
    h('td', {}, g.owner ? g.owner.label : h('span', { class: 'badge warn' }, 'no owner')),
    h('td', { 'data-testid': `smart-${g.id}` }, smartBadges(g.smart, { compact: failed.length > 0 })),
    h('td', { class: 'progress-cell' }, progressBar(g.progress)),
    h('td', { class: 'actions-cell' },
      h('span', { class: 'row-actions stacked' },
        h('button', { type: 'button', class: 'small', 'data-testid': `edit-goal-${g.id}`, 'aria-label': `Edit goal ${v.name}`,
          onClick: () => goalDialog(page, refs, data, g, null) }, 'Edit'),
        h('button', { type: 'button', class: 'small', 'data-testid': `add-subgoal-${g.id}`, 'aria-label': `Add a sub-goal to ${v.name}`,
          onClick: () => goalDialog(page, refs, data, null, g.id) }, 'Sub-goal'),
        moveButton(page, 'goal', { id: g.id, name: v.name }, () => goalMoveOptions(entry, flat, data.goals)),
        orderButtons(page, 'goal', { id: g.id, name: v.name }, entry.index, entry.count),
        h('button', { type: 'button', class: 'small danger', 'data-testid': `remove-goal-${g.id}`, 'aria-label': `Remove goal ${v.name}`,
          onClick: () => removeEntity(page, 'goal', { id: g.id, name: v.name },
            g.children.length ? `${v.name}" and its ${g.children.length} sub-goal${g.children.length > 1 ? 's' : ''} ("${g.children.map(c => c.values.name).join('", "')}` : v.name) }, 'Remove'))));
}

/** The add/edit dialog of a goal, with the SMART check updated as the user types (debounced). */
async function goalDialog(page, refs, data, goal, parentId) {
  const { ctx } = page;
  const kind = data.kinds.get('goal');
  const panel = h('div', { class: 'smart-panel', 'aria-live': 'polite', 'data-testid': 'smart-preview' });
  const aside = h('aside', { class: 'smart-aside', 'aria-label': 'SMART check of this goal' },
    h('h3', {}, 'SMART check'), h('p', { class: 'muted small' }, 'Updated as you type; nothing is saved until you press the button.'), panel);
  let timer = null;
  let seq = 0;
  const preview = async state => {
    const mine = ++seq;
    panel.classList.add('checking');
    try {
      const body = { values: state.values, parent: state.parent || undefined };
      if (goal) { body.goal = goal.id; body.clear = state.clear; delete body.parent; }
      const answer = await ctx.api.request('POST', path(ctx, '/goals/smart-preview'), body);
      if (mine !== seq) return;
      drawPanel(panel, answer, kind);
    } catch (e) {
      if (mine !== seq) return;
      mount(panel, h('p', { class: 'form-error' }, `The SMART check is not available: ${e.message}`));
    } finally {
      if (mine === seq) panel.classList.remove('checking');
    }
  };
  const schedule = state => {
    clearTimeout(timer);
    panel.classList.add('checking');
    timer = setTimeout(() => preview(state), 400);
  };
  let handle;
  const form = await entityForm({
    ctx, kind, refs, item: goal ? goal.values : null, fields: GOAL_FIELDS, wide: true,
    parentDefault: parentId, labels: { _parent: 'Sub-goal of', _parentNone: '– (a top-level goal)' },
    aside, onInput: schedule, reload: () => page.refresh(),
    submitLabel: goal ? 'Save goal' : 'Add goal',
    onSaved: async answer => {
      clearTimeout(timer);
      seq++;
      handle.close();
      toast(goal ? `Saved goal ${answer.item.name}` : `Added goal ${answer.item.name} (${answer.item.id})`, 'success');
      await page.refresh();
    },
    onCancel: () => { clearTimeout(timer); seq++; handle.close(); },
  });
  handle = openDialog({ title: goal ? `Edit goal ${goal.values.name}` : parentId ? `Add a sub-goal of ${parentId}` : 'Add goal', wide: true,
    testid: 'goal-dialog', build: () => form.element });
  handle.dialog.addEventListener('close', () => { clearTimeout(timer); seq++; });
  form.focus();
  if (goal) drawPanel(panel, { smart: goal.smart, smartPassed: goal.smartPassed, refused: null }, kind);
  else preview(form.state());
}

function drawPanel(panel, answer, kind) {
  if (answer.refused) {
    mount(panel, h('p', { class: 'form-error', 'data-testid': 'smart-refused' }, `Cannot check yet: ${kind ? readableRefusal(kind, answer.refused) : answer.refused}`));
    return;
  }
  mount(panel,
    h('ul', { class: 'smart-list' }, answer.smart.map(l => h('li', { class: l.passed ? 'pass' : 'fail', 'data-letter': l.letter, 'data-passed': String(l.passed) },
      h('span', { class: `smart-letter ${l.passed ? 'pass' : 'fail'}`, 'aria-hidden': 'true' }, l.letter),
      h('div', {}, h('strong', {}, `${l.label}: ${l.passed ? 'passed' : 'not yet'}`), h('div', { class: 'small' }, kind ? inFormWords(kind, l.reason) : l.reason))))),
    h('p', { class: answer.smartPassed ? 'smart-summary pass' : 'smart-summary fail' },
      answer.smartPassed ? 'This goal is SMART.' : `${answer.smart.filter(l => !l.passed).length} of 5 letters still to fix.`));
}
