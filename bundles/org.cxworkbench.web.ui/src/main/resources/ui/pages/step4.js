// #/s/ID/step/4 : competitor research (reviews, FAQ, chatbot, mystery shopping, social), the SWOT of each
// competitor, and the opportunities and gaps that follow, with the gap analysis that proposes them.
import { h } from '../js/dom.js';
import { stepPage, loadAll, path, section, checkCommand } from '../js/page.js';
import { loadKinds, Refs, entityTable, humanize, choiceKey, itemLabel } from '../js/entities.js';
import { swotGrid, isCompetitorSwot } from '../js/swot.js';

let kindFilter = '';
let competitorFilter = '';
let swotCompetitor = null;
let showGaps = false;

const FINDING_HINTS = {
  request: 'Mystery shop: what you asked, e.g. "Where is my order?"',
  responseHours: 'Mystery shop: hours until they answered.',
  present: 'FAQ or chatbot: whether they have it.',
};

export async function render(main, ctx) {
  const refs = new Refs(ctx);
  kindFilter = ctx.params.kind || '';
  competitorFilter = ctx.params.competitor || '';
  swotCompetitor = null;
  showGaps = false;
  await stepPage(main, ctx, {
    step: 4,
    lead: 'Research each competitor: read their reviews, FAQ and chatbot, send a mystery request, write their SWOT, and turn their weaknesses and your gaps into opportunities.',
    load: async () => {
      refs.clear();
      const data = await loadAll({
        competitors: ctx.api.get(path(ctx, '/entities/competitor')),
        findings: ctx.api.get(path(ctx, '/entities/finding')),
        swot: ctx.api.get(path(ctx, '/entities/swot')),
        opportunities: ctx.api.get(path(ctx, '/entities/opportunity')),
        kinds: loadKinds(ctx.api),
        gaps: showGaps ? ctx.api.get(path(ctx, '/views/gap-analysis')) : Promise.resolve(null),
      });
      refs.seed('competitor', data.competitors.items);
      refs.seed('finding', data.findings.items);
      refs.seed('swot', data.swot.items);
      return data;
    },
    draw: (data, page) => h('div', {}, findingsBlock(data, page, refs), swotBlock(data, page, refs), opportunitiesBlock(data, page, refs)),
  });
}

function findingsBlock(data, page, refs) {
  const kind = data.kinds.get('finding');
  const kindField = kind ? kind.fields.find(f => f.name === 'kind') : null;
  const choices = kindField ? kindField.choices : [];
  const kindSelect = h('select', { id: 'finding-kind-filter', 'data-testid': 'finding-kind-filter',
    onChange: () => { kindFilter = kindSelect.value; page.refresh({ statusToo: false }); } },
  h('option', { value: '' }, 'All kinds'), choices.map(c => h('option', { value: c, selected: c === kindFilter }, humanize(c))));
  const compSelect = h('select', { id: 'finding-competitor-filter', 'data-testid': 'finding-competitor-filter',
    onChange: () => { competitorFilter = compSelect.value; page.refresh({ statusToo: false }); } },
  h('option', { value: '' }, 'All competitors'), data.competitors.items.map(c => h('option', { value: c.id, selected: c.id === competitorFilter }, c.name)));
  const kindOf = f => (f.kind ? choiceKey(f.kind) : choices[0]);
  const items = data.findings.items.filter(f => (!kindFilter || kindOf(f) === kindFilter) && (!competitorFilter || f.competitor === competitorFilter));
  return section('Findings', { id: 'findings', lead: 'What you learned about each competitor: reviews, their FAQ and chatbot, a mystery-shop request and how long the answer took, social media.' },
    h('div', { class: 'toolbar' },
      h('span', { class: 'inline-field' }, h('label', { for: 'finding-kind-filter' }, 'Kind'), kindSelect),
      h('span', { class: 'inline-field' }, h('label', { for: 'finding-competitor-filter' }, 'Competitor'), compSelect),
      h('span', { class: 'muted small' }, `${items.length} of ${data.findings.items.length} findings`)),
    entityTable(page, refs, { noun: 'finding', items, kinds: data.kinds, addLabel: 'Add finding', hints: FINDING_HINTS,
      columns: ['competitor', 'kind', 'text', 'quality', 'responseHours', 'date'], headers: { responseHours: 'Answer (h)', quality: 'Quality' },
      fixed: competitorFilter ? { competitor: competitorFilter } : {},
      fields: ['competitor', 'kind', 'text', 'source', 'date', 'quality', 'present', 'request', 'responseHours'],
      empty: kindFilter || competitorFilter ? 'No findings match the filter.' : 'No findings yet.' }));
}

function swotBlock(data, page, refs) {
  const competitors = data.competitors.items;
  if (!competitors.length) {
    return section('SWOT of competitors', { id: 'competitor-swot' }, h('p', { class: 'empty' }, 'Add competitors in step 3 first.'));
  }
  if (!swotCompetitor || !competitors.some(c => c.id === swotCompetitor)) swotCompetitor = competitors[0].id;
  const current = competitors.find(c => c.id === swotCompetitor);
  const items = data.swot.items.filter(i => isCompetitorSwot(i) && i.competitor === swotCompetitor);
  const findingLabel = new Map(data.findings.items.map(f => [f.id, itemLabel(f)]));
  const evidence = item => (item.evidenceFindings && item.evidenceFindings.length
    ? h('div', { class: 'evidence' }, 'Evidence: ', item.evidenceFindings.map(id => findingLabel.get(id) || id).join('; ')) : null);
  return section('SWOT of competitors', { id: 'competitor-swot', lead: 'Their strengths and weaknesses as customers see them; the gap analysis crosses them with your own SWOT.' },
    h('div', { class: 'journey-picker', role: 'group', 'aria-label': 'Competitor' }, competitors.map(c => {
      const count = data.swot.items.filter(i => isCompetitorSwot(i) && i.competitor === c.id).length;
      return h('button', { type: 'button', 'aria-pressed': String(c.id === swotCompetitor), 'data-testid': `swot-competitor-${c.id}`,
        onClick: () => { swotCompetitor = c.id; page.refresh({ statusToo: false }); } }, `${c.name} (${count})`);
    })),
    swotGrid(page, refs, { items, fixed: { subjectKind: 'competitor', competitor: swotCompetitor }, fields: ['text', 'evidenceFindings'],
      evidence, testid: 'competitor-swot', compact: true, title: current.name }));
}

const PROPOSAL_BADGE = { advantage: 'good', gap: 'bad', complaint: 'warn' };

function opportunitiesBlock(data, page, refs) {
  const { ctx } = page;
  const swotText = new Map(data.swot.items.map(s => [s.id, s.text]));
  const find = h('button', { type: 'button', 'data-testid': 'find-gaps', 'aria-expanded': String(showGaps),
    onClick: () => { showGaps = !showGaps; page.refresh({ statusToo: false }); } }, showGaps ? 'Hide the gap analysis' : 'Find gaps');
  const basis = o => {
    const links = [['theirWeakness', 'their weakness'], ['ourStrength', 'our strength'], ['theirStrength', 'their strength'], ['ourWeakness', 'our weakness']]
      .filter(([k]) => o[k]).map(([k, label]) => h('div', { class: 'evidence muted small' }, `${label}: ${swotText.get(o[k]) || o[k]}`));
    return h('div', {}, h('strong', {}, o.name), o.description ? h('div', { class: 'small' }, o.description) : null, links);
  };
  return section('Opportunities and gaps', { id: 'opportunities', actions: [find],
    lead: 'Advantages to press (their weakness, your strength), gaps to close (their strength, your weakness) and easy wins from what their customers complain about.' },
  showGaps && data.gaps ? gapPanel(data, page, ctx) : null,
  entityTable(page, refs, { noun: 'opportunity', items: data.opportunities.items, kinds: data.kinds, addLabel: 'Add opportunity',
    columns: ['name', 'source', 'status', 'goals'], cells: { name: basis },
    fields: ['name', 'description', 'source', 'status', 'theirWeakness', 'ourStrength', 'theirStrength', 'ourWeakness', 'goals'],
    empty: 'No opportunities yet. Run "Find gaps" or add one.' }));
}

function gapPanel(data, page, ctx) {
  const answer = data.gaps;
  if (answer.exitCode >= 2) return h('div', { class: 'error-box' }, answer.messages || 'The gap analysis failed.');
  const proposals = answer.result.proposals || [];
  const fresh = proposals.filter(p => !p.alreadyRecorded);
  const accept = h('button', { type: 'button', class: 'primary', 'data-testid': 'gap-accept', disabled: !fresh.length,
    onClick: e => page.change(e.currentTarget, async () => checkCommand(await ctx.api.write('POST', path(ctx, '/actions/gap-analysis'), ctx.id, { flags: ['--accept'] })),
      `Added ${fresh.length} opportunit${fresh.length === 1 ? 'y' : 'ies'}`) },
  fresh.length ? `Add all ${fresh.length} new proposals as opportunities` : 'Nothing new to add');
  return h('div', { class: 'block', 'data-testid': 'gap-proposals' },
    h('h3', {}, 'Proposed by the gap analysis'),
    proposals.length ? h('ul', { class: 'suggestions' }, proposals.map((p, i) => h('li', { class: p.alreadyRecorded ? null : 'is-new' },
      h('span', { class: `badge ${PROPOSAL_BADGE[p.kind] || ''}` }, humanize(p.kind)),
      h('div', {}, h('strong', {}, p.name), h('div', { class: 'small' }, p.description), p.basis ? h('div', { class: 'muted small' }, `Basis: ${p.basis}`) : null),
      p.alreadyRecorded ? h('span', { class: 'muted small' }, `recorded${p.opportunity ? ` as ${p.opportunity}` : ''}`)
        : h('button', { type: 'button', class: 'small', 'data-testid': `gap-add-${i}`, 'aria-label': `Add as opportunity: ${p.name}`,
          onClick: e => page.change(e.currentTarget, () => ctx.api.write('POST', path(ctx, '/entities/opportunity'), ctx.id, { values: proposalValues(p) }),
            `Added opportunity: ${p.name}`) }, 'Add'))))
      : h('p', { class: 'empty' }, 'No proposals: write the SWOT of your customer experience (step 2) and of your competitors first.'),
    h('div', { class: 'actions' }, accept));
}

function proposalValues(p) {
  const values = { name: p.name, description: p.description, source: 'competitor-gap' };
  for (const k of ['theirWeakness', 'ourStrength', 'theirStrength', 'ourWeakness']) if (p[k]) values[k] = p[k];
  return values;
}

