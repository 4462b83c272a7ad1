// #/s/ID/report : generate the quarterly report (the same sections and renderers as cxw report) as a job, follow
// it, and download its files. The formats offered are those installed now: xlsx and pdf, and pptx when the
// PowerPoint plugin is in plugins/.
import { h, mount, loading, errorBox, PERIOD_INPUT } from '../js/dom.js';
import { followJob, progressText, bytes } from '../js/jobs.js';

const LABELS = { xlsx: 'Excel workbook (xlsx)', pdf: 'PDF document (pdf)', pptx: 'PowerPoint slides (pptx)' };
const LANGUAGES = [['en', 'English'], ['de', 'Deutsch']];

function base(ctx) {
  return `/strategies/${encodeURIComponent(ctx.id)}`;
}

function storageKey(ctx) {
  return `cxw.report.${ctx.id}`;
}

export async function render(main, ctx) {
  mount(main, h('h1', {}, 'Quarterly report'), loading());
  let info;
  try {
    info = await ctx.api.get(`${base(ctx)}/reports`);
  } catch (e) {
    mount(main, h('h1', {}, 'Quarterly report'), errorBox(e));
    return;
  }
  ctx.track(info.version);
  const jobBox = h('div', { id: 'report-job', 'data-testid': 'report-job', 'aria-live': 'polite' });
  const error = h('div', { class: 'field-error', role: 'alert' });
  const period = h('input', { ...PERIOD_INPUT, id: 'report-period', 'data-testid': 'report-period',
    value: ctx.params.period || info.period || '', required: true });
  const lang = h('select', { id: 'report-lang' }, LANGUAGES.map(([code, name]) => h('option', { value: code }, name)));
  const boxes = info.formats.map(format => h('label', { for: `report-format-${format}` },
    h('input', { type: 'checkbox', id: `report-format-${format}`, 'data-testid': `report-format-${format}`, value: format,
      checked: info.defaultFormats.includes(format) }), LABELS[format] || format));
  const generate = h('button', { type: 'submit', class: 'primary', id: 'report-generate', 'data-testid': 'report-generate' },
    'Generate the report');

  async function submit(e) {
    e.preventDefault();
    const formats = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
    if (!formats.length) { mount(error, 'Choose at least one format.'); return; }
    if (!period.checkValidity()) { mount(error, 'Write the period as a quarter like 2026-Q3 or a month like 2026-09.'); period.focus(); return; }
    mount(error);
    generate.disabled = true;
    const status = h('div', { class: 'job-status', id: 'report-progress', 'data-testid': 'report-progress', role: 'status' },
      h('progress', { 'aria-label': 'Report progress' }), h('span', {}, 'Writing the report…'));
    mount(jobBox, status);
    try {
      const started = await ctx.api.write('POST', `${base(ctx)}/reports`, ctx.id,
        { period: period.value.trim(), formats, lang: lang.value });
      sessionStorage.setItem(storageKey(ctx), started.jobId);
      const done = await followJob(ctx.api, started.jobId, j => mount(status.lastChild, `Writing the report: ${progressText(j)}`),
        { alive: () => jobBox.isConnected });
      showJob(jobBox, done);
      const heading = jobBox.querySelector('h2');
      if (heading) heading.focus();
    } catch (err) {
      if (err.name !== 'AbortError') mount(jobBox, errorBox(err));
    } finally {
      generate.disabled = false;
    }
  }

  mount(main,
    h('h1', {}, 'Quarterly report'),
    h('p', { class: 'lead' }, 'The report of every step for one period: executive summary, goals, audit, competitors, journeys, ',
      'plan, KPIs with their definitions, optimisation, and the sections of installed plugins. Files are kept for an hour.'),
    h('form', { class: 'card', id: 'report-form', 'data-testid': 'report-form', onSubmit: submit },
      h('div', { class: 'form-row' },
        h('div', {}, h('label', { for: 'report-period' }, 'Period *'), period),
        h('div', {}, h('label', { for: 'report-lang' }, 'Language'), lang)),
      h('fieldset', { class: 'formats' }, h('legend', {}, 'Formats'), boxes),
      info.formats.includes('pptx') ? null : h('p', { class: 'muted', 'data-testid': 'report-pptx-hint' },
        'PowerPoint slides (pptx) appear here when the PowerPoint exporter plugin is installed in plugins/.'),
      error,
      h('div', { class: 'actions' }, generate)),
    jobBox);
  const last = sessionStorage.getItem(storageKey(ctx));
  if (last) {
    try {
      const job = await ctx.api.get(`/jobs/${encodeURIComponent(last)}`);
      if (job.state === 'done') showJob(jobBox, job, true);
    } catch (e) {
      sessionStorage.removeItem(storageKey(ctx));
    }
  }
}

function showJob(box, job, earlier) {
  if (job.state === 'failed') {
    mount(box, h('div', { class: 'error-box', role: 'alert', 'data-testid': 'report-error' },
      h('strong', {}, 'The report was not written. '), job.error ? job.error.error : ''));
    return;
  }
  const result = job.result || {};
  mount(box, h('section', { class: 'card', 'aria-labelledby': 'report-files-title' },
    h('h2', { id: 'report-files-title', tabindex: '-1' }, `${earlier ? 'Last report' : 'Report'} ${result.period || ''}`),
    h('ul', { class: 'downloads', id: 'report-downloads', 'data-testid': 'report-downloads' }, job.files.map(f =>
      h('li', {}, h('a', { class: 'button', href: f.href, download: f.name, 'data-testid': `report-download-${f.format}` },
        `Download ${f.name}`, h('span', { class: 'muted' }, ` (${bytes(f.size)})`))))),
    h('p', { class: 'muted' }, `Written ${new Date(job.finishedAt).toLocaleString()}; kept for an hour.`)));
}
