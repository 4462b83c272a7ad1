// The client of the workbench's REST API (/api). Adds the CSRF token to writes, sends the version a write is
// based on, remembers the newest version per strategy, and turns error answers into ApiError / ConflictError.

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : `The server answered ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

/** A write was refused because someone else changed the strategy first (HTTP 409). */
export class ConflictError extends ApiError {
  get changes() { return this.body.changes || []; }
  get currentVersion() { return this.body.currentVersion; }
}

export class Api {
  constructor() {
    this.session = null;
    this.versions = new Map();
    this.listeners = new Set();
  }

  /** Loads the session (CSRF token, report formats). Signs in first if the server needs the access token. */
  async init() {
    this.session = await this.get('/session');
    return this.session;
  }

  /**
   * The version of a strategy this page shows, i.e. the one its writes are based on. A page sets it with
   * track() when it (re)loads its data; successful writes move it on. Other reads never move it, so a write
   * made on stale data is refused (409) instead of silently overwriting someone else's change.
   */
  version(strategyId) { return this.versions.get(strategyId); }

  /** The page now shows the strategy at this version. */
  track(strategyId, version) {
    if (strategyId && typeof version === 'number') this.versions.set(strategyId, version);
  }

  /** The page no longer shows any version of the strategy (it is about to load it again). */
  forget(strategyId) { this.versions.delete(strategyId); }

  /** Called with (strategyId, newerVersion) when a read shows that someone else changed the strategy. */
  onRemoteChange(listener) { this.listeners.add(listener); return () => this.listeners.delete(listener); }

  seen(strategyId, version, byWrite) {
    if (!strategyId || typeof version !== 'number') return;
    const known = this.versions.get(strategyId);
    if (byWrite || known === undefined) {
      this.versions.set(strategyId, version);
    } else if (version > known) {
      this.listeners.forEach(l => l(strategyId, version));
    }
  }

  user() { return localStorage.getItem('cxw.user') || 'someone'; }

  async get(path, params = {}) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
    const qs = query.toString();
    return this.request('GET', path + (qs ? `?${qs}` : ''));
  }

  /** A write to strategy `strategyId`, based on the newest version seen (or `version` if given). */
  async write(method, path, strategyId, body, version) {
    const based = version ?? this.versions.get(strategyId);
    return this.request(method, path, body, based, strategyId);
  }

  async request(method, path, body, version, strategyId) {
    const headers = { 'Accept': 'application/json', 'X-CXW-User': this.user() };
    if (method !== 'GET' && this.session) headers['X-CSRF-Token'] = this.session.csrfToken;
    if (version !== undefined && version !== null) headers['X-CXW-Version'] = String(version);
    let payload;
    if (body instanceof Blob) {
      payload = body;
      headers['Content-Type'] = body.type || 'application/octet-stream';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await fetch(`/api${path}`, { method, headers, body: payload, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError(0, { error: 'The workbench server cannot be reached. Is `cxw serve` still running?' });
    }
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('application/json') ? await response.json() : null;
    if (!response.ok) {
      if (response.status === 401 && path !== '/login') {
        window.location.hash = '#/login';
      }
      if (response.status === 409) {
        throw new ConflictError(409, data);
      }
      throw new ApiError(response.status, data);
    }
    const id = strategyId || (path.match(/^\/strategies\/([^/?]+)/) || [])[1];
    if (data && typeof data.version === 'number' && id) this.seen(decodeURIComponent(id), data.version, method !== 'GET');
    return data;
  }
}

export const api = new Api();
