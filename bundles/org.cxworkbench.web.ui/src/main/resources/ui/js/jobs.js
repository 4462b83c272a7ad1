// Follows a background job of the API (a survey import, a report): polls GET /api/jobs/ID until it is done or
// failed, telling the page how far it is. The page shows that as a status line, never a blank screen.

/**
 * Resolves with the finished job (state done or failed); onProgress(job) is called while it runs. Stops (with an
 * AbortError) once `alive()` is false, e.g. when the user has left the page.
 */
export async function followJob(api, jobId, onProgress, { interval = 400, alive = () => true } = {}) {
  let wait = interval;
  for (;;) {
    if (!alive()) throw new DOMException('The page was left', 'AbortError');
    const job = await api.get(`/jobs/${encodeURIComponent(jobId)}`);
    if (job.state !== 'running') return job;
    if (onProgress) onProgress(job);
    await new Promise(resolve => setTimeout(resolve, wait));
    wait = Math.min(2000, Math.round(wait * 1.3));
  }
}

/** "importing survey.csv, 120,000 rows read, 40 % of 12 MB, 3 s" from a job's progress. */
export function progressText(job) {
  const p = job.progress || {};
  const seconds = typeof p.elapsedSeconds === 'number' ? `${Math.round(p.elapsedSeconds)} s` : '';
  const rows = typeof p.rowsRead === 'number' ? `${p.rowsRead.toLocaleString('en')} rows read` : '';
  const share = fractionDone(job);
  const part = share === null ? '' : `${Math.floor(share * 100)} % of ${bytes(p.totalBytes)}`;
  return [p.phase, rows, part, seconds].filter(Boolean).join(', ');
}

/** How much of its input a job has read, 0 to 1, or null when it does not say. */
export function fractionDone(job) {
  const p = job.progress || {};
  if (typeof p.bytesRead !== 'number' || typeof p.totalBytes !== 'number' || p.totalBytes <= 0) return null;
  return Math.min(1, Math.max(0, p.bytesRead / p.totalBytes));
}

/** "1.2 MB" */
export function bytes(n) {
  if (typeof n !== 'number') return '';
  if (n >= 1024 * 1024) return `${Number((n / 1024 / 1024).toFixed(1))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
