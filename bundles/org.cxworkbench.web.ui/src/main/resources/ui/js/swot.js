// The SWOT as a 2×2 grid (Strengths, Weaknesses / Opportunities, Threats) with add, edit and remove in each
// quadrant. Used for the own customer experience (step 2) and for each competitor (step 4).
import { h } from './dom.js';
import { openEntityDialog, rowButtons, choiceKey } from './entities.js';

export const QUADRANTS = [
  { key: 'strength', title: 'Strengths', one: 'strength' },
  { key: 'weakness', title: 'Weaknesses', one: 'weakness' },
  { key: 'opportunity', title: 'Opportunities', one: 'opportunity' },
  { key: 'threat', title: 'Threats', one: 'threat' },
];

/** The quadrant of a SWOT item (the API leaves the default, STRENGTH, out). */
export function quadrantOf(item) {
  return item.quadrant ? choiceKey(item.quadrant) : 'strength';
}

/** Whether a SWOT item is about a competitor (else it is about the own customer experience). */
export function isCompetitorSwot(item) {
  return choiceKey(item.subjectKind) === 'competitor';
}

/**
 * options: items, fixed (values of new items: {subjectKind, competitor}), fields (of the form), evidence(item)
 * → node, testid (prefix of the test ids), compact, title (e.g. the competitor's name, for labels).
 */
export function swotGrid(page, refs, options) {
  const { items, fixed = {}, testid = 'swot', compact = false } = options;
  const about = options.title ? ` of ${options.title}` : '';
  return h('div', { class: `swot-grid${compact ? ' compact' : ''}`, 'data-testid': `${testid}-grid` },
    QUADRANTS.map(q => {
      const mine = items.filter(i => quadrantOf(i) === q.key);
      const headingId = `${testid}-${q.key}-title`;
      return h('section', { class: `swot-q ${q.key}`, 'aria-labelledby': headingId, 'data-testid': `${testid}-${q.key}` },
        h('h3', { id: headingId }, q.title, h('span', { class: 'count' }, `(${mine.length})`),
          h('button', { type: 'button', class: 'small', 'data-testid': `${testid}-add-${q.key}`, 'aria-label': `Add a ${q.one}${about}`,
            onClick: () => openEntityDialog(page, refs, { noun: 'swot', item: null, fixed: { ...fixed, quadrant: q.key },
              fields: options.fields || ['text', 'evidenceTouchpoints'], title: `Add a ${q.one}${about}` }) }, 'Add')),
        mine.length ? h('ul', {}, mine.map(item => h('li', { 'data-id': item.id },
          h('div', {}, item.text || h('span', { class: 'muted' }, '(no text)'),
            item.suggested ? h('span', { class: 'badge', title: 'Suggested from the audit' }, ' suggested') : null,
            options.evidence ? options.evidence(item) : null),
          rowButtons(page, refs, 'swot', item, { fields: ['quadrant', ...(options.fields || ['text', 'evidenceTouchpoints'])],
            title: `Edit ${q.one}${about}` }))))
          : h('p', { class: 'empty' }, `No ${q.title.toLowerCase()} yet.`));
    }));
}
