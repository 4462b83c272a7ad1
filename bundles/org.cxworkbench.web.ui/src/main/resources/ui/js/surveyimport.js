// The survey import of step 7: choose an export → upload it (POST .../uploads, the server reads its header with
// the same survey sources as cxw import-survey) → map its columns, with the server's suggestions preselected →
// Import (POST .../imports, a job) → progress → the accepted, rejected and duplicate rows, each rejected answer
// with its line, response id, column and reason.
import { h, mount, errorBox, num } from './dom.js';
import { ConflictError } from './api.js';
import { followJob, progressText, fractionDone, bytes } from './jobs.js';

const NOT_USED = '';

function roleOptions(upload) {
  return [
    { value: NOT_USED, label: 'Not imported' },
    ...upload.kpis.map(k => ({ value: `kpi:${k.code}`,
      label: `KPI ${k.code}: ${k.name} (${k.scale})${k.inStrategy ? '' : ', added to the strategy'}` })),
    { value: 'id', label: 'Response id' },
    { value: 'date', label: 'Date (sets the period)' },
    { value: 'segment', label: 'Segment (compare KPIs per value)' }];
}

/** The role the server suggests for a column. */
function suggestedRole(upload, column) {
  const s = upload.suggestions || {};
  for (const [code, col] of Object.entries(s.map || {})) if (col === column.id) return `kpi:${code}`;
  if (s.id === column.id) return 'id';
  if (s.date === column.id) return 'date';
  for (const col of Object.values(s.segments || {})) if (col === column.id) return 'segment';
  return NOT_USED;
}

function suggestedSegmentName(upload, column) {
  for (const [name, col] of Object.entries((upload.suggestions || {}).segments || {})) if (col === column.id) return name;
  return column.id.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'segment';
}

/** The import section of step 7; onImported() runs after a successful import. */
export function surveyImport(ctx, { onImported } = {}) {
  const maxBytes = ctx.api.session && ctx.api.session.uploadMaxBytes;
  const status = h('div', { id: 'upload-status', 'data-testid': 'upload-status', role: 'status', 'aria-live': 'polite' });
  const mapping = h('div', { id: 'import-mapping-box' });
  const job = h('div', { id: 'import-job', 'data-testid': 'import-job', 'aria-live': 'polite' });
  const file = h('input', { id: 'survey-upload-file', 'data-testid': 'survey-upload-input', type: 'file',
    accept: '.csv,.tsv,.txt,.xlsx', 'aria-describedby': 'survey-upload-hint' });
  const button = h('button', { id: 'survey-upload-button', 'data-testid': 'survey-upload-button', type: 'submit',
    class: 'primary' }, 'Upload and read columns');

  async function upload(e) {
    e.preventDefault();
    const chosen = file.files && file.files[0];
    mount(mapping);
    mount(job);
    if (!chosen) { mount(status, errorBox(new Error('Choose a survey export file first.'))); file.focus(); return; }
    if (maxBytes && chosen.size > maxBytes) {
      mount(status, errorBox(new Error(`${chosen.name} is ${bytes(chosen.size)}; this workbench accepts at most ${bytes(maxBytes)}.`)));
      return;
    }
    button.disabled = true;
    mount(status, h('p', { class: 'loading' }, `Uploading ${chosen.name} (${bytes(chosen.size)}) and reading its columns…`));
    try {
      const answer = await ctx.api.write('POST',
        `/strategies/${encodeURIComponent(ctx.id)}/uploads?name=${encodeURIComponent(chosen.name)}`, ctx.id, chosen);
      mount(status, h('p', {}, h('strong', {}, answer.name), ` (${bytes(answer.size)}): ${answer.shape}, `,
        `${answer.columns.length} columns, read as ${answer.source}. Check how each column is used, then import.`));
      mount(mapping, mappingForm(ctx, answer, job, onImported));
      mapping.querySelector('#import-survey').focus();
    } catch (err) {
      mount(status, errorBox(err));
    } finally {
      button.disabled = false;
    }
  }

  return h('section', { class: 'card', id: 'survey-import', 'aria-labelledby': 'survey-import-title' },
    h('h2', { id: 'survey-import-title' }, 'Import a survey export'),
    h('form', { class: 'upload-box', onSubmit: upload },
      h('div', {}, h('label', { for: 'survey-upload-file' }, 'Survey export'), file),
      button),
    h('p', { class: 'muted', id: 'survey-upload-hint' }, 'CSV (comma, semicolon or tab separated; plain, Qualtrics, ',
      'SurveyMonkey or Google Forms) or an XLSX workbook', maxBytes ? `, at most ${bytes(maxBytes)}` : '',
      '. It is read by the same rules as cxw import-survey: every answer is checked against its KPI\'s scale.'),
    status, mapping, job);
}

function mappingForm(ctx, upload, jobBox, onImported) {
  const options = roleOptions(upload);
  const error = h('div', { class: 'field-error', role: 'alert', id: 'import-error' });
  const rows = upload.columns.map(column => {
    const role = suggestedRole(upload, column);
    const select = h('select', { id: `import-role-${column.index}`, 'data-testid': `import-role-${column.index}`,
      'aria-label': `Use of column ${column.id}` },
    options.map(o => h('option', { value: o.value, selected: o.value === role }, o.label)));
    const name = h('input', { id: `import-segment-${column.index}`, type: 'text', value: suggestedSegmentName(upload, column),
      'aria-label': `Segment name for column ${column.id}`, disabled: role !== 'segment' });
    const row = h('tr', { class: role ? 'mapped' : null },
      h('th', { scope: 'row' }, column.id, column.question && column.question !== column.id
        ? h('div', { class: 'muted' }, column.question) : null),
      h('td', { class: 'sample', title: upload.sampleRows.map(r => r[column.index]).join(' · ') },
        upload.sampleRows.slice(0, 3).map(r => r[column.index]).filter(v => v !== '').join(' · ') || '(empty)'),
      h('td', {}, select),
      h('td', {}, name));
    select.addEventListener('change', () => {
      name.disabled = select.value !== 'segment';
      row.classList.toggle('mapped', !!select.value);
    });
    return { column, select, name, row };
  });
  const survey = h('input', { id: 'import-survey', 'data-testid': 'import-survey', type: 'text', list: 'import-surveys',
    value: (upload.suggestions && upload.suggestions.survey) || (upload.surveys.length === 1 ? upload.surveys[0] : ''),
    required: true, 'aria-describedby': 'import-survey-hint' });
  const period = h('select', { id: 'import-period' }, h('option', { value: 'quarter' }, 'Quarters (2026-Q3)'),
    h('option', { value: 'month' }, 'Months (2026-09)'));
  const strict = h('input', { id: 'import-strict', type: 'checkbox' });
  const start = h('button', { id: 'import-start', 'data-testid': 'import-start', type: 'submit', class: 'primary' }, 'Import');

  function collect() {
    const body = { uploadId: upload.uploadId, survey: survey.value.trim(), map: {}, segments: {},
      period: period.value, strict: strict.checked };
    const problems = [];
    for (const { column, select, name } of rows) {
      const role = select.value;
      if (role.startsWith('kpi:')) {
        const code = role.substring(4);
        if (body.map[code]) problems.push(`KPI ${code} is chosen for two columns (${body.map[code]} and ${column.id}).`);
        body.map[code] = column.id;
      } else if (role === 'id' || role === 'date') {
        if (body[role]) problems.push(`Only one column can be the ${role === 'id' ? 'response id' : 'date'}.`);
        body[role] = column.id;
      } else if (role === 'segment') {
        const n = name.value.trim();
        if (!n || /[=,]/.test(n)) problems.push(`Give the segment of column ${column.id} a name without "=" or ",".`);
        else if (body.segments[n]) problems.push(`Two columns are segment "${n}".`);
        else body.segments[n] = column.id;
      }
    }
    if (!body.survey) problems.push('Name the survey the answers belong to.');
    if (!Object.keys(body.map).length && !upload.surveys.includes(body.survey)) {
      problems.push('Choose at least one column that measures a KPI (a new survey is made from them).');
    }
    return { body, problems };
  }

  async function submit(e) {
    e.preventDefault();
    const { body, problems } = collect();
    if (problems.length) {
      mount(error, problems.length === 1 ? problems[0] : h('ul', {}, problems.map(p => h('li', {}, p))));
      error.scrollIntoView({ block: 'nearest' });
      return;
    }
    mount(error);
    start.disabled = true;
    const progress = h('div', { class: 'job-status', id: 'import-progress', 'data-testid': 'import-progress', role: 'status' },
      h('progress', { 'aria-label': 'Import progress' }), h('span', {}, `Importing ${upload.name}…`));
    mount(jobBox, progress);
    try {
      const started = await ctx.api.write('POST', `/strategies/${encodeURIComponent(ctx.id)}/imports`, ctx.id, body);
      const done = await followJob(ctx.api, started.jobId, j => {
        const share = fractionDone(j);
        if (share !== null) {
          progress.firstChild.max = 100;
          progress.firstChild.value = Math.floor(share * 100);
        }
        mount(progress.lastChild, `Importing ${upload.name}: ${progressText(j)}`);
      }, { alive: () => jobBox.isConnected });
      if (done.state === 'done') {
        if (typeof done.version === 'number') ctx.track(done.version);
        start.textContent = 'Imported';
        mount(jobBox, result(ctx, done));
        jobBox.querySelector('h3').focus();
        ctx.refreshStatus();
        if (onImported) onImported();
      } else {
        start.disabled = false;
        const failure = done.error || { error: 'The import failed', status: 500 };
        if (failure.status === 409) {
          mount(jobBox);
          ctx.reportError(new ConflictError(409, failure), () => ctx.navigate(window.location.hash));
        } else {
          mount(jobBox, h('div', { class: 'error-box', role: 'alert', 'data-testid': 'import-error' },
            h('strong', {}, 'Not imported. '), failure.error, h('p', {}, 'Nothing was changed. Fix the mapping or the file and import again.')));
        }
      }
    } catch (err) {
      start.disabled = false;
      if (err.name === 'AbortError') return;
      mount(jobBox);
      if (err instanceof ConflictError) ctx.reportError(err, () => ctx.navigate(window.location.hash));
      else mount(jobBox, errorBox(err));
    }
  }

  return h('form', { class: 'import-form', 'data-testid': 'import-form', onSubmit: submit },
    h('div', { class: 'form-row' },
      h('div', {}, h('label', { for: 'import-survey' }, 'Survey *'), survey,
        h('datalist', { id: 'import-surveys' }, upload.surveys.map(s => h('option', { value: s }))),
        h('div', { class: 'muted', id: 'import-survey-hint' }, 'An existing survey, or a new name (made from the KPI columns).')),
      h('div', {}, h('label', { for: 'import-period' }, 'Count answers per'), period),
      h('div', {}, h('label', { class: 'checkbox-label', for: 'import-strict' }, strict,
        'Refuse the whole file if any answer is rejected'))),
    h('div', { class: 'table-wrap' }, h('table', { class: 'mapping-table', id: 'import-mapping', 'data-testid': 'import-mapping' },
      h('caption', { class: 'sr-only' }, 'How each column of the export is used'),
      h('thead', {}, h('tr', {}, ['Column', 'First answers', 'Use as', 'Segment name'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map(r => r.row)))),
    error,
    h('div', { class: 'actions' }, start));
}

function result(ctx, job) {
  const r = job.result || {};
  const rejects = r.rejects || [];
  const figure = (labelText, value, cls) => h('div', { class: `figure ${cls || ''}` },
    h('div', { class: 'figure-label' }, labelText), h('div', { class: 'figure-value' }, num(value, 0)));
  return h('div', { id: 'import-result', 'data-testid': 'import-result', role: 'status' },
    h('h3', { tabindex: '-1' }, `Imported ${r.file || ''} into "${r.survey || ''}"`),
    h('div', { class: 'result-summary' },
      figure('Rows read', r.rowsRead),
      figure('Accepted', r.accepted, 'status-good'),
      figure('Rejected', r.rejected, r.rejected ? 'status-bad' : ''),
      figure('Duplicates', r.duplicates, r.duplicates ? 'status-warning' : '')),
    h('p', {}, `Periods: ${(r.periods || []).join(', ') || 'none'} (from the ${r.periodSource || 'export'}).`,
      r.surveyCreated ? ' The survey was created.' : '',
      r.definitionsAdded && r.definitionsAdded.length ? ` KPI definitions added: ${r.definitionsAdded.join(', ')}.` : '',
      ' ', h('a', { href: `#/s/${encodeURIComponent(ctx.id)}/dashboard` }, 'See the KPI dashboard')),
    job.messages ? h('pre', { class: 'muted' }, job.messages) : null,
    rejects.length ? [
      h('h3', {}, 'Rejected answers'),
      h('p', { class: 'muted' }, 'A rejected answer does not count; the rest of its row still does. A row is rejected when none of its answers counts.',
        rejects.length >= 100 ? ' The first 100 are shown; the import record keeps them.' : ''),
      h('div', { class: 'table-wrap' }, h('table', { class: 'rejects-table', id: 'import-rejects', 'data-testid': 'import-rejects' },
        h('thead', {}, h('tr', {}, ['Line', 'Response id', 'Column', 'Reason'].map(c => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rejects.map(x => h('tr', {}, h('td', { class: 'num' }, x.line), h('td', {}, x.responseId || '–'),
          h('td', {}, x.column || '–'), h('td', {}, x.reason))))))]
      : h('p', { 'data-testid': 'import-no-rejects' }, 'No answer was rejected.'));
}
