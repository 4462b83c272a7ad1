// #/s/ID/step/5 : personas as cards, and customer journeys drawn as a map: the stages across, rows for the
// customer's goals, actions, touchpoints, thoughts and feelings, pain points and moments of delight, and the
// emotion curve as a line across the stages.
import { h } from '../js/dom.js';
import { stepPage, loadAll, path, section, checkCommand } from '../js/page.js';
import { loadKinds, Refs, openEntityDialog, removeEntity, rowButtons, humanize } from '../js/entities.js';
import { emotionCurve, signed } from '../js/charts.js';
import { orderButtons } from '../js/moving.js';

let journeyId = null;

const PERSONA_LISTS = [['needs', 'Needs'], ['personaGoals', 'Goals'], ['fears', 'Fears'], ['desires', 'Desires'],
  ['challenges', 'Challenges'], ['behaviours', 'Behaviours']];
const PERSONA_MORE = [['thoughts', 'Thoughts'], ['feelings', 'Feelings']];
const STAGE_FIELDS = ['name', 'description', 'customerGoals', 'actions', 'touchpoints', 'emotionScore', 'thoughts', 'feelings'];

export async function render(main, ctx) {
  const refs = new Refs(ctx);
  journeyId = ctx.params.journey || null;
  await stepPage(main, ctx, {
    step: 5,
    lead: 'Describe who your customers are as personas, then map each persona\'s journey: what they do at every stage, where they meet you, what hurts, what delights them and how they feel.',
    load: async () => {
      refs.clear();
      const base = await loadAll({
        personas: ctx.api.get(path(ctx, '/entities/persona')),
        journeys: ctx.api.get(path(ctx, '/entities/journey')),
        touchpoints: ctx.api.get(path(ctx, '/entities/touchpoint')),
        kinds: loadKinds(ctx.api),
      });
      refs.seed('persona', base.personas.items);
      refs.seed('touchpoint', base.touchpoints.items);
      refs.seed('journey', base.journeys.items);
      const journeys = base.journeys.items;
      if (!journeyId || !journeys.some(j => j.id === journeyId)) journeyId = journeys.length ? journeys[0].id : null;
      if (journeyId) {
        const map = checkCommand(await ctx.api.get(path(ctx, '/views/journey-map'), { journey: journeyId }));
        base.map = map;
        if (typeof map.version === 'number' && map.version < base.version) base.version = map.version;
      }
      return base;
    },
    draw: (data, page) => h('div', {}, personasBlock(data, page, refs), journeysBlock(data, page, refs)),
  });
}

// ---- personas

function personasBlock(data, page, refs) {
  const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-persona',
    onClick: () => openEntityDialog(page, refs, { noun: 'persona', item: null, title: 'Add persona', wide: true }) }, 'Add persona');
  const personas = data.personas.items;
  return section('Personas', { id: 'personas', actions: [add], lead: 'Who your customers are: their needs, goals, fears and desires, how they behave and which channels they prefer.' },
    personas.length ? h('div', { class: 'persona-cards', 'data-testid': 'persona-cards' }, personas.map(p => personaCard(p, data, page, refs)))
      : h('p', { class: 'empty' }, 'No personas yet. Start with your biggest group of customers, e.g. "Busy parents".'));
}

function listFact(label, values) {
  if (!values || !values.length) return null;
  return [h('dt', {}, label), h('dd', {}, h('ul', {}, values.map(v => h('li', {}, v))))];
}

function personaCard(p, data, page, refs) {
  const journeys = data.journeys.items.filter(j => j.persona === p.id);
  const headingId = `persona-${p.id}-name`;
  return h('article', { class: 'persona-card', 'aria-labelledby': headingId, 'data-id': p.id, 'data-testid': `persona-${p.id}` },
    h('h3', { id: headingId }, p.name),
    p.segment ? h('div', { class: 'muted small' }, `Segment: ${p.segment}`) : null,
    p.description ? h('p', { class: 'small' }, p.description) : null,
    h('dl', {},
      p.preferredChannels && p.preferredChannels.length ? [h('dt', {}, 'Preferred channels'), h('dd', {}, p.preferredChannels.map(humanize).join(', '))] : null,
      PERSONA_LISTS.map(([k, label]) => listFact(label, p[k]))),
    PERSONA_MORE.some(([k]) => p[k] && p[k].length) ? h('details', {}, h('summary', {}, 'Thoughts and feelings'),
      h('dl', {}, PERSONA_MORE.map(([k, label]) => listFact(label, p[k])))) : null,
    journeys.length ? h('div', { class: 'small' }, 'Journeys: ', journeys.map((j, i) => [i ? ', ' : null,
      h('button', { type: 'button', class: 'link', onClick: () => { journeyId = j.id; page.refresh({ statusToo: false }).then(() => focusMap()); } }, j.name)])) : null,
    h('div', { class: 'actions' }, rowButtons(page, refs, 'persona', p, { title: `Edit persona ${p.name}`, wide: true })));
}

function focusMap() {
  const el = document.getElementById('journey-map-title');
  if (el) { el.setAttribute('tabindex', '-1'); el.focus(); }
}

// ---- journeys

function journeysBlock(data, page, refs) {
  const { ctx } = page;
  const journeys = data.journeys.items;
  const add = h('button', { type: 'button', class: 'primary', 'data-testid': 'add-journey',
    onClick: () => openEntityDialog(page, refs, { noun: 'journey', item: null, title: 'Add journey',
      onSaved: answer => { journeyId = answer.item.id; } }) }, 'Add journey');
  const picker = journeys.length ? h('div', { class: 'journey-picker', role: 'group', 'aria-label': 'Journey to show' },
    journeys.map(j => h('button', { type: 'button', 'aria-pressed': String(j.id === journeyId), 'data-testid': `journey-${j.id}`,
      onClick: () => { journeyId = j.id; page.refresh({ statusToo: false }); } }, j.name))) : null;
  if (!journeyId) {
    return section('Customer journeys', { id: 'journeys', actions: [add] }, h('p', { class: 'empty' }, 'No journeys yet. Add one for a persona, then fill in its stages.'));
  }
  const journey = journeys.find(j => j.id === journeyId);
  const mapJourney = (data.map.result.journeys || []).find(j => j.id === journeyId) || { stages: [] };
  const persona = data.personas.items.find(p => p.id === journey.persona);
  const template = name => h('button', { type: 'button', 'data-testid': `journey-template-${name}`,
    onClick: e => page.change(e.currentTarget, async () => checkCommand(await ctx.api.write('POST', path(ctx, '/actions/journey-template'), ctx.id,
      { args: { JOURNEY_ID: journeyId }, options: { '--template': name } })), 'Stages added from the template') },
  name === 'purchase' ? 'Fill from template: Awareness, Purchase, After purchase' : 'Fill from template: the 5 Es (Entice, Enter, Engage, Exit, Extend)');
  const addStage = h('button', { type: 'button', 'data-testid': 'add-stage',
    onClick: () => openEntityDialog(page, refs, { noun: 'stage', item: null, parent: { journey: journeyId }, fields: STAGE_FIELDS,
      title: `Add a stage to ${journey.name}`, wide: true }) }, 'Add stage');
  const journeyActions = h('span', { class: 'row-actions' },
    h('button', { type: 'button', 'data-testid': `edit-journey-${journeyId}`, onClick: () => openEntityDialog(page, refs, { noun: 'journey', item: journey, title: `Edit journey ${journey.name}` }) }, 'Edit journey'),
    h('button', { type: 'button', class: 'danger', 'data-testid': `remove-journey-${journeyId}`, onClick: async () => {
      if (await removeEntity(page, 'journey', journey)) journeyId = null;
    } }, 'Remove journey'));
  return section('Customer journeys', { id: 'journeys', actions: [add] },
    picker,
    h('div', { class: 'block-head' },
      h('h3', { id: 'journey-map-title' }, journey.name),
      journeyActions),
    h('p', { class: 'muted small' }, persona ? `Persona: ${persona.name}` : 'No persona yet: edit the journey to say whose journey it is.',
      mapJourney.template ? ` · Stages: ${mapJourney.template}` : ''),
    mapJourney.stages.length ? journeyMap(journey, mapJourney, page, refs)
      : h('div', { class: 'card' }, h('p', {}, 'This journey has no stages yet. Start from a template or add the stages one by one.'),
        h('div', { class: 'actions' }, template('purchase'), template('five-e'))),
    h('div', { class: 'actions' }, addStage));
}

function journeyMap(journey, mapJourney, page, refs) {
  const stages = mapJourney.stages;
  const editable = new Map((journey.stages || []).map(s => [s.id, s]));
  const n = stages.length;
  const grid = h('div', { class: 'journey-map', role: 'table', 'aria-label': `Journey map of ${journey.name}`, 'data-testid': 'journey-map' });
  grid.style.gridTemplateColumns = `150px repeat(${n}, minmax(170px, 1fr))`;
  const rowHead = (text, hint) => h('div', { class: 'cell row-head', role: 'rowheader' }, text, hint ? h('div', { class: 'muted small' }, hint) : null);
  // rows are "display: contents" wrappers, so that the cells sit in the grid and screen readers still read rows
  const rows = [];
  const row = (title, render, hint) => {
    rows.push(h('div', { role: 'row', class: 'map-row' }, rowHead(title, hint),
      stages.map(s => h('div', { class: 'cell', role: 'cell', 'data-stage': s.id }, render(s)))));
  };
  const header = h('div', { role: 'row', class: 'map-row' }, h('div', { class: 'cell row-head', role: 'columnheader' }, 'Stage'));
  rows.push(header);
  stages.forEach((s, i) => {
    const item = editable.get(s.id) || { id: s.id, name: s.name };
    header.appendChild(h('div', { class: 'cell stage-head', role: 'columnheader', 'data-stage': s.id },
      h('h3', {}, `${i + 1}. ${s.name}`),
      h('span', { class: 'row-actions' },
        orderButtons(page, 'stage', { id: s.id, name: s.name }, i, n, { words: ['Move left', 'Move right'], symbols: ['←', '→'] }),
        h('button', { type: 'button', class: 'small', 'data-testid': `edit-stage-${s.id}`, 'aria-label': `Edit stage ${s.name}`,
          onClick: () => openEntityDialog(page, refs, { noun: 'stage', item, fields: STAGE_FIELDS, title: `Edit stage ${s.name}`, wide: true }) }, 'Edit'),
        h('button', { type: 'button', class: 'small', 'data-testid': `remove-stage-${s.id}`, 'aria-label': `Remove stage ${s.name}`,
          onClick: () => removeEntity(page, 'stage', item) }, 'Remove'))));
  });
  const list = values => (values && values.length ? h('ul', {}, values.map(v => h('li', {}, v))) : h('span', { class: 'muted' }, '–'));
  row('Customer goals', s => list(s.customerGoals));
  row('Actions', s => list(s.actions));
  row('Touchpoints', s => (s.touchpoints && s.touchpoints.length
    ? s.touchpoints.map(t => h('span', { class: 'tp', title: humanize(t.channel) }, t.name)) : h('span', { class: 'muted' }, '–')));
  row('Thoughts and feelings', s => [s.thoughts ? h('div', {}, h('em', {}, `“${s.thoughts}”`)) : null,
    s.feelings ? h('div', { class: 'muted' }, s.feelings) : null, !s.thoughts && !s.feelings ? h('span', { class: 'muted' }, '–') : null]);
  row('Pain points', s => {
    const stage = editable.get(s.id) || {};
    const byId = new Map((stage.painPoints || []).map(p => [p.id, p]));
    return [h('ul', { class: 'cards' }, (s.painPoints || []).map(p => h('li', { class: 'pain', 'data-id': p.id },
      typeof p.severity === 'number' ? h('span', { class: 'severity', title: `severity ${p.severity} of 5` }, p.severity) : null,
      p.text, p.tactics && p.tactics.length ? h('div', { class: 'muted small' }, `addressed by ${p.tactics.join(', ')}`) : null,
      h('div', {}, rowButtons(page, refs, 'pain', byId.get(p.id) || p, { title: 'Edit pain point', fields: ['text', 'severity', 'frequency', 'touchpoint', 'source'] }))))),
    h('button', { type: 'button', class: 'small add-inline', 'data-testid': `add-pain-${s.id}`, 'aria-label': `Add a pain point to ${s.name}`,
      onClick: () => openEntityDialog(page, refs, { noun: 'pain', item: null, parent: { stage: s.id }, title: `Add a pain point to ${s.name}`,
        fields: ['text', 'severity', 'frequency', 'touchpoint', 'source'] }) }, '+ Pain point')];
  }, 'severity 1-5');
  row('Moments of delight', s => {
    const stage = editable.get(s.id) || {};
    const byId = new Map((stage.delights || []).map(d => [d.id, d]));
    return [h('ul', { class: 'cards' }, (s.delights || []).map(d => h('li', { class: 'delight', 'data-id': d.id }, d.text,
      d.personalisation ? h('div', { class: 'muted small' }, `Personalised: ${d.personalisation}`) : null,
      h('div', {}, rowButtons(page, refs, 'delight', byId.get(d.id) || d, { title: 'Edit moment of delight' }))))),
    h('button', { type: 'button', class: 'small add-inline', 'data-testid': `add-delight-${s.id}`, 'aria-label': `Add a moment of delight to ${s.name}`,
      onClick: () => openEntityDialog(page, refs, { noun: 'delight', item: null, parent: { stage: s.id }, title: `Add a moment of delight to ${s.name}` }) }, '+ Delight')];
  });
  // the emotion curve spans all stage columns so that its points sit under the stages
  const curve = h('div', { class: 'cell emotion', role: 'cell' }, emotionCurve(stages));
  curve.style.gridColumn = `span ${n}`;
  rows.push(h('div', { role: 'row', class: 'map-row' }, rowHead('Emotion', '−2 very negative … +2 very positive'), curve));
  rows.forEach(r => grid.appendChild(r));
  return h('div', {},
    h('div', { class: 'journey-map-wrap', tabindex: '0', 'aria-label': 'Journey map (scrolls sideways when there are many stages)' }, grid),
    h('p', { class: 'visually-hidden' }, `Emotion per stage: ${stages.map(s => `${s.name} ${typeof s.emotionScore === 'number' ? signed(s.emotionScore) : 'not rated'}`).join(', ')}`));
}

