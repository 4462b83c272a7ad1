// #/s/ID/step/7 : send surveys. The surveys with their questions (each with the KPI it measures and the export
// column it is read from), edited through the entity API, and the import of a survey export (upload, map the
// columns, import as a job, accepted and rejected rows).
import { h, mount, loading, errorBox } from '../js/dom.js';
import { kindsOf, entityTable } from '../js/entitylist.js';
import { surveyImport } from '../js/surveyimport.js';
import { placementPanels } from '../js/blocks.js';

function base(ctx) {
  return `/strategies/${encodeURIComponent(ctx.id)}`;
}

/** The step's status from the shell: complete or what is missing, and the next action. */
export function stepStatus(ctx, number, status = ctx.status) {
  const step = status && status.steps ? status.steps[number - 1] : null;
  if (!step) return null;
  return h('div', { class: `card step-status`, 'data-testid': `step${number}-status` },
    h('span', { class: `badge ${step.complete ? 'good' : 'warn'}` }, step.complete ? 'complete' : 'to do'), ' ',
    step.missing && step.missing.length ? `Missing: ${step.missing.join('; ')}.` : '');
}

export async function render(main, ctx) {
  const surveysBox = h('div', { id: 'surveys', 'data-testid': 'surveys' }, loading('Loading the surveys…'));
  const statusSlot = h('div', {}, stepStatus(ctx, 7));
  // after a change the step's status may change too (the navigation is refreshed by the shell)
  const changed = () => ctx.refreshStatus().then(s => mount(statusSlot, stepStatus(ctx, 7, s))).catch(() => {});
  mount(main,
    h('h1', {}, `7. ${ctx.stepTitle(7)}`),
    h('p', { class: 'lead' }, 'Each survey question measures one KPI, named explicitly (a 1-10 answer is not an NPS). ',
      'Import the answers of a survey export to compute the KPIs of step 8.'),
    statusSlot,
    h('section', { 'aria-labelledby': 'surveys-title' }, h('h2', { id: 'surveys-title' }, 'Surveys and questions'), surveysBox),
    surveyImport(ctx, { onImported: () => { loadSurveys(ctx, surveysBox, changed); changed(); } }),
    placementPanels(ctx, 'step-7'));
  await loadSurveys(ctx, surveysBox, changed);
}

async function loadSurveys(ctx, box, changed) {
  let kinds, surveys, questions, kpis;
  try {
    [kinds, surveys, questions, kpis] = await Promise.all([kindsOf(ctx.api),
      ctx.api.get(`${base(ctx)}/entities/survey`), ctx.api.get(`${base(ctx)}/entities/question`),
      ctx.api.get(`${base(ctx)}/entities/kpi-def`)]);
  } catch (e) {
    mount(box, errorBox(e));
    return;
  }
  ctx.track(surveys.version);
  const reload = () => { loadSurveys(ctx, box, changed); if (changed) changed(); };
  const kpiLabel = new Map(kpis.items.map(k => [k.id, `${k.code || k.name}`]));
  const kpiOptions = kpis.items.map(k => ({ value: k.id, label: `${k.code || ''} ${k.name ? `– ${k.name}` : ''}`.trim() }));
  const questionsById = new Map(questions.items.map(q => [q.id, q]));
  const questionKind = kinds.get('question');
  const surveyKind = kinds.get('survey');
  const questionColumns = [
    { name: 'text', label: 'Question' },
    { name: 'kpi', label: 'KPI', render: q => kpiLabel.get(q.kpi) || q.kpi || '–' },
    { name: 'column', label: 'Export column', render: q => q.column || '–' }];
  mount(box,
    entityTable({ ctx, kind: surveyKind, items: surveys.items, testid: 'survey-table', onChange: reload,
      fields: ['name', 'description', 'purpose', 'trigger', 'channel', 'audience'],
      empty: 'No survey yet. Add one, or import an export below: a new survey is made from its KPI columns.',
      columns: [{ name: 'name', label: 'Survey' }, { name: 'trigger', label: 'Sent when', render: s => s.trigger || '–' },
        { name: 'channel', label: 'Channel', render: s => s.channel ? String(s.channel).toLowerCase() : '–' },
        { name: 'questions', label: 'Questions', num: true, render: s => (s.questions || []).length }] }),
    surveys.items.map(survey => h('div', { class: 'sub-list', 'data-testid': `questions-${survey.id}` },
      h('h3', {}, `Questions of "${survey.name}"`),
      entityTable({ ctx, kind: questionKind, testid: `question-table-${survey.id}`, onChange: reload,
        items: (survey.questions || []).map(q => questionsById.get(q.id || q) || q),
        parent: { survey: survey.id }, refs: { kpi: kpiOptions }, labels: { column: 'Export column', kpi: 'KPI' },
        addLabel: 'Add question', columns: questionColumns,
        empty: 'No question yet: add one with the KPI it measures and its column in the export.' }))));
}
