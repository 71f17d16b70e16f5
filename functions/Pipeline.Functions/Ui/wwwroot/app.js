// Approver page for the LoRA fine-tuning pipeline.
//
// Plain browser JavaScript, no build step and no dependencies. The page holds no data of its own: it reads runs and
// their approval evidence from the pipeline's API with the signed-in user's bearer token and posts decisions back.
// It enforces nothing: the API decides who may approve what, and the page shows the API's answer.
//
// Rules kept throughout: server text only ever reaches the page through textContent / text nodes (never as markup),
// no inline scripts or handlers (the page runs under a strict Content-Security-Policy), and the token lives in
// sessionStorage only, so it is forgotten when the tab closes.
'use strict';

(function () {
  const TOKEN_KEY = 'pipeline.approver.token';
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const API_BASE = apiBase();

  // Each render bumps this; an answer that arrives after the user moved on is dropped.
  let renderGeneration = 0;
  let lastListHash = '#/';
  let refreshTimer = 0;
  // The answer to the last decision, shown next to the decision buttons (the alert and status regions are at the top
  // of a long page, out of sight of someone who has just pressed Approve at the bottom). { id, isError, lines }.
  let decisionOutcome = null;

  const $ = (id) => document.getElementById(id);

  // ---- Small helpers -------------------------------------------------------------------------------------------

  /** The API's base path: the page is served at {base}ui/, the API lives at {base} (normally /api/). */
  function apiBase() {
    const path = window.location.pathname;
    const at = path.toLowerCase().lastIndexOf('/ui');
    return at >= 0 ? path.slice(0, at + 1) : '/api/';
  }

  /** Creates an element; children are nodes or strings (strings become text nodes, so they are never parsed as HTML). */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    setAttributes(element, attributes);
    append(element, children);
    return element;
  }

  /** Creates an SVG element. */
  function s(tag, attributes, ...children) {
    const element = document.createElementNS(SVG_NS, tag);
    setAttributes(element, attributes);
    append(element, children);
    return element;
  }

  function setAttributes(element, attributes) {
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) {
        continue;
      }

      if (/^on/i.test(name) || name === 'style') {
        throw new Error('inline handlers and styles are not allowed');
      }

      element.setAttribute(name, value === true ? '' : String(value));
    }
  }

  function append(element, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) {
        continue;
      }

      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

  const integerFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  const decimalFormat = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4 });

  function formatNumber(value) {
    if (!isNumber(value)) {
      return String(value);
    }

    return Number.isInteger(value) && Math.abs(value) >= 1 ? integerFormat.format(value) : decimalFormat.format(value);
  }

  function formatPercent(rate) {
    if (!isNumber(rate)) {
      return String(rate);
    }

    return new Intl.NumberFormat(undefined, { style: 'percent', maximumSignificantDigits: 3 }).format(rate);
  }

  /** Parses a server timestamp; one without a zone (a .NET DateTime) is UTC. */
  function parseDate(text) {
    if (typeof text !== 'string' || text.length === 0) {
      return null;
    }

    const zoned = /([zZ]|[+-]\d\d:?\d\d)$/.test(text) ? text : text + 'Z';
    const date = new Date(zoned);
    return Number.isNaN(date.getTime()) ? null : date;
  }

  const dateFormat = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  });

  function relativeTime(date) {
    const seconds = (date.getTime() - Date.now()) / 1000;
    const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
    const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size || unit === 'minute') {
        return format.format(Math.round(seconds / size), unit);
      }
    }

    return '';
  }

  /** A &lt;time&gt; element with the local date and, optionally, how far away it is. */
  function timeElement(text, withRelative) {
    const date = parseDate(text);
    if (!date) {
      return h('span', { class: 'not-measured' }, text ? String(text) : 'not set');
    }

    const label = dateFormat.format(date) + (withRelative ? ' (' + relativeTime(date) + ')' : '');
    return h('time', { datetime: date.toISOString() }, label);
  }

  const notMeasured = () => h('span', { class: 'not-measured' }, 'not measured');

  function valueOrNotMeasured(value) {
    return isNumber(value) ? formatNumber(value) : notMeasured();
  }

  const PHASE_LABELS = {
    'validating': 'Validating the dataset',
    'masking': 'Masking personal data',
    'residual-scan': 'Scanning the masked data',
    'splitting': 'Splitting the dataset',
    'training': 'Training',
    'evaluating': 'Evaluating',
    'gating': 'Checking the policy gates',
    'awaiting-approval': 'Awaiting approval',
    'promoting': 'Promoting',
    'cleaning-up': 'Cleaning up',
    'done': 'Done',
    'promoted': 'Promoted',
    'rejected-invalid': 'Rejected: invalid dataset',
    'rejected-residual-pii': 'Rejected: personal data left after masking',
    'rejected-by-policy': 'Rejected: policy gates failed',
    'rejected': 'Rejected by an approver',
    'expired': 'Expired without enough approvals',
    'failed': 'Failed',
  };

  function phaseLabel(value) {
    if (typeof value !== 'string' || value.length === 0) {
      return 'unknown';
    }

    if (Object.prototype.hasOwnProperty.call(PHASE_LABELS, value)) {
      return PHASE_LABELS[value];
    }

    const words = value.replace(/[-_]+/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** Where a run stands: its final status once it has one, its phase before. */
  function standing(run) {
    return run.status || run.phase || (run.progress && run.progress.phase) || run.runtimeStatus;
  }

  const METRIC_LABELS = {
    eval_loss: 'Evaluation loss',
    base_eval_loss: 'Evaluation loss (base model)',
    perplexity: 'Perplexity',
    base_perplexity: 'Perplexity (base model)',
    token_accuracy: 'Token accuracy',
    base_token_accuracy: 'Token accuracy (base model)',
    pii_regurgitation_rate: 'PII regurgitation rate',
    base_pii_regurgitation_rate: 'PII regurgitation rate (base model)',
    pii_spans_per_prompt: 'PII spans per prompt',
    base_pii_spans_per_prompt: 'PII spans per prompt (base model)',
    canary_exposure: 'Canary exposure',
    base_canary_exposure: 'Canary exposure (base model)',
    bias_gap: 'Bias gap',
    base_bias_gap: 'Bias gap (base model)',
  };

  /** A metric's readable name with its key underneath, so approvers and engineers can both find it. */
  function metricName(key) {
    const label = Object.prototype.hasOwnProperty.call(METRIC_LABELS, key) ? METRIC_LABELS[key] : null;
    return label ? [label, ' ', h('code', { class: 'metric-key' }, '(' + key + ')')] : [h('code', {}, String(key))];
  }

  function passBadge(passed, passText, failText) {
    return passed
      ? h('span', { class: 'badge badge-pass' }, h('span', { 'aria-hidden': 'true' }, '✓ '), passText || 'PASS')
      : h('span', { class: 'badge badge-fail' }, h('span', { 'aria-hidden': 'true' }, '✗ '), failText || 'FAIL');
  }

  function facts(rows) {
    const list = h('dl', { class: 'facts' });
    for (const [term, value, id] of rows) {
      list.appendChild(h('dt', {}, term));
      list.appendChild(h('dd', id ? { id } : {}, value));
    }

    return list;
  }

  function table(options) {
    const headRow = h('tr', {}, options.columns.map((column) =>
      h('th', { scope: 'col', class: column.number ? 'number' : undefined }, column.label)));
    const body = h('tbody', {});
    for (const row of options.rows) {
      body.appendChild(h('tr', row.attributes || {}, row.cells.map((cell, index) => {
        const column = options.columns[index];
        // A cell is content (a string, a node or an array of them) or { content, className }.
        const spec = cell !== null && typeof cell === 'object' && !(cell instanceof Node) && !Array.isArray(cell) ? cell : { content: cell };
        const attributes = { class: [column.number ? 'number' : '', spec.className || ''].join(' ').trim() || undefined };
        const content = spec.content;
        return index === 0 && options.rowHeaders !== false ? h('th', Object.assign({ scope: 'row' }, attributes), content) : h('td', attributes, content);
      })));
    }

    return h('div', { class: 'table-wrap' },
      h('table', { class: 'data-table', id: options.id },
        h('caption', { class: options.captionHidden ? 'visually-hidden' : undefined }, options.caption),
        h('thead', {}, headRow),
        body));
  }

  function card(title, id, wide, ...content) {
    const headingId = id + '-heading';
    return h('section', { class: 'card' + (wide ? ' card-wide' : ''), id, 'aria-labelledby': headingId },
      h('h2', { id: headingId }, title), content);
  }

  // ---- Messages ------------------------------------------------------------------------------------------------

  function clearMessages() {
    clear($('alert'));
    clear($('status'));
  }

  function showStatus(text) {
    clear($('alert'));
    const region = $('status');
    clear(region);
    region.appendChild(h('p', {}, text));
  }

  function showAlert(title, ...lines) {
    clear($('status'));
    const region = $('alert');
    clear(region);
    region.appendChild(h('p', { class: 'message-title' }, title));
    for (const line of lines) {
      if (line) {
        region.appendChild(h('p', {}, line));
      }
    }
  }

  /** Shows an API refusal: what failed, then the ProblemDetails title and detail as the server wrote them. */
  function showProblem(error, what) {
    const problem = error.problem || {};
    const status = error.status;
    const type = typeof problem.type === 'string' ? problem.type : '';
    const title = typeof problem.title === 'string' && problem.title ? problem.title : defaultTitle(status);
    const detail = typeof problem.detail === 'string' && problem.detail ? problem.detail : null;
    let hint = null;
    if (status === 401) {
      hint = 'Your token was not accepted (it may have expired). Sign out and sign in with a new token.';
    } else if (/\/evidence-tampered$/.test(type)) {
      hint = 'Do not decide on this run: the stored evidence is not what the run measured. Tell the pipeline owners.';
    } else if (/\/self-approval$/.test(type) || type === 'self-approval') {
      hint = 'Another approver has to decide on this run.';
    } else if (status === 403) {
      hint = 'Your token does not carry a role that allows this.';
    } else if (status === 409) {
      hint = 'The run has moved on; the page now shows where it stands.';
    }

    const lines = [what, title + (status ? ' (HTTP ' + status + ')' : ''), detail, hint];
    showAlert(...lines);
    return lines;
  }

  function defaultTitle(status) {
    switch (status) {
      case 0: return 'The API could not be reached.';
      case 401: return 'A valid bearer token for this API is required.';
      case 403: return 'Not allowed.';
      case 404: return 'Not found.';
      case 409: return 'Conflict.';
      default: return 'The request failed.';
    }
  }

  // ---- Token ---------------------------------------------------------------------------------------------------

  function getToken() {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  }

  /** The JWT's payload, for display only: the server validates the token, the page never trusts this. */
  function decodePayload(token) {
    const parts = token.split('.');
    if (parts.length !== 3) {
      return null;
    }

    try {
      let base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
      while (base64.length % 4 !== 0) {
        base64 += '=';
      }

      const binary = window.atob(base64);
      const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const payload = JSON.parse(new TextDecoder().decode(bytes));
      return payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : null;
    } catch {
      return null;
    }
  }

  function identity() {
    const token = getToken();
    const payload = token ? decodePayload(token) || {} : {};
    const text = (value) => (typeof value === 'string' && value.length > 0 ? value : null);
    const id = text(payload.oid) || text(payload.sub);
    const name = text(payload.preferred_username) || text(payload.name) || id || 'unknown user';
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r) => typeof r === 'string') : text(payload.roles) ? [payload.roles] : [];
    const expires = isNumber(payload.exp) ? new Date(payload.exp * 1000) : null;
    return { id, name, roles, expires };
  }

  function updateSession() {
    const signedIn = Boolean(getToken());
    $('session').hidden = !signedIn;
    if (!signedIn) {
      return;
    }

    const who = identity();
    $('signed-in-as').textContent = who.id && who.id !== who.name ? who.name + ' (' + who.id + ')' : who.name;
    $('signed-in-roles').textContent = who.roles.length > 0 ? who.roles.join(', ') : 'none';
    const expiry = $('token-expiry');
    expiry.classList.remove('expired');
    if (!who.expires) {
      expiry.textContent = '';
    } else if (who.expires.getTime() <= Date.now()) {
      expiry.textContent = 'Token expired ' + dateFormat.format(who.expires);
      expiry.classList.add('expired');
    } else {
      expiry.textContent = 'Token expires ' + dateFormat.format(who.expires);
    }
  }

  function signIn(event) {
    event.preventDefault();
    const field = $('token');
    const token = field.value.trim().replace(/^Bearer\s+/i, '');
    if (token.length === 0) {
      field.setAttribute('aria-invalid', 'true');
      showAlert('Paste a bearer token first.');
      field.focus();
      return;
    }

    if (!decodePayload(token)) {
      field.setAttribute('aria-invalid', 'true');
      showAlert('That is not a bearer token.', 'A token has three parts separated by dots (header.payload.signature).');
      field.focus();
      return;
    }

    field.removeAttribute('aria-invalid');
    try {
      window.sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      showAlert('This browser does not allow session storage, so the page cannot keep your token.');
      return;
    }

    field.value = '';
    showStatus('Signed in as ' + identity().name + '.');
    render(true, true);
  }

  function signOut() {
    try {
      window.sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // Nothing stored: nothing to remove.
    }

    window.clearTimeout(refreshTimer);
    renderGeneration++;
    decisionOutcome = null;
    clear($('run-content'));
    clear($('runs-body'));
    showStatus('You are signed out.');
    render(true, true);
  }

  // ---- API -----------------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && problem.title) || 'HTTP ' + status);
      this.status = status;
      this.problem = problem;
    }
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json', Authorization: 'Bearer ' + (getToken() || '') };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }

    let response;
    try {
      response = await fetch(API_BASE + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'error',
      });
    } catch {
      throw new ApiError(0, { title: 'The API could not be reached.', detail: 'Check your connection and that the pipeline app is running.' });
    }

    const text = await response.text();
    let data = null;
    if (text.length > 0) {
      try {
        data = JSON.parse(text);
      } catch {
        data = null;
      }
    }

    if (!response.ok) {
      throw new ApiError(response.status, data && typeof data === 'object' ? data : null);
    }

    return data;
  }

  const runPath = (id) => 'runs/' + encodeURIComponent(id);

  // ---- Routing -------------------------------------------------------------------------------------------------
  // #/            runs awaiting approval
  // #/all         all runs
  // #/runs/{id}   one run (id URI-encoded)
  // Hashes that do not start with "#/" (e.g. the skip link's) are not routes.

  function currentRoute() {
    const hash = window.location.hash;
    const run = /^#\/runs\/(.+)$/.exec(hash);
    if (run) {
      let id = run[1];
      try {
        id = decodeURIComponent(id);
      } catch {
        // Keep it as typed; the API will not find it.
      }

      return { view: 'run', id };
    }

    return { view: 'runs', all: hash === '#/all' };
  }

  function showView(id) {
    for (const view of ['sign-in-view', 'runs-view', 'run-view']) {
      $(view).hidden = view !== id;
    }
  }

  function focusHeading(id) {
    const heading = $(id);
    if (heading) {
      heading.focus();
    }
  }

  /** Draws the current route. <paramref name="moveFocus"/>: after navigation, put focus on the new heading. */
  function render(moveFocus, keepMessages) {
    window.clearTimeout(refreshTimer);
    if (!keepMessages) {
      clearMessages();
      decisionOutcome = null;
    }

    updateSession();
    if (!getToken()) {
      document.title = 'Sign in — Model approvals';
      showView('sign-in-view');
      if (moveFocus) {
        $('token').focus();
      }

      return;
    }

    const route = currentRoute();
    if (route.view === 'run') {
      showRun(route.id, moveFocus);
    } else {
      lastListHash = route.all ? '#/all' : '#/';
      showRuns(route.all, moveFocus);
    }
  }

  // ---- Runs list -----------------------------------------------------------------------------------------------

  async function showRuns(all, moveFocus) {
    const generation = ++renderGeneration;
    showView('runs-view');
    const title = all ? 'All runs' : 'Runs awaiting approval';
    document.title = title + ' — Model approvals';
    $('runs-heading').textContent = title;
    $('runs-caption').textContent = title;
    $('show-all').checked = all;
    const summary = $('runs-summary');
    const tableElement = $('runs-table');
    const body = $('runs-body');
    summary.textContent = 'Loading runs…';
    $('main').setAttribute('aria-busy', 'true');
    if (moveFocus) {
      focusHeading('runs-heading');
    }

    let runs;
    try {
      runs = await api('GET', all ? 'runs' : 'runs?status=awaiting-approval');
    } catch (error) {
      if (generation !== renderGeneration) {
        return;
      }

      $('main').removeAttribute('aria-busy');
      summary.textContent = '';
      tableElement.hidden = true;
      showProblem(error, 'The runs could not be loaded.');
      return;
    }

    if (generation !== renderGeneration) {
      return;
    }

    $('main').removeAttribute('aria-busy');
    runs = Array.isArray(runs) ? runs.filter((run) => run && typeof run.id === 'string') : [];
    // Awaiting approval: the nearest deadline first. All runs: the newest first.
    const deadline = (run) => {
      const date = parseDate(run.progress && run.progress.approvalDeadline);
      return date ? date.getTime() : Number.MAX_SAFE_INTEGER;
    };
    const created = (run) => {
      const date = parseDate(run.createdAt);
      return date ? date.getTime() : 0;
    };
    runs.sort(all ? (a, b) => created(b) - created(a) : (a, b) => deadline(a) - deadline(b));

    clear(body);
    for (const run of runs) {
      const progress = run.progress || {};
      const approvedBy = Array.isArray(progress.approvedBy) ? progress.approvedBy : [];
      const approvals = isNumber(progress.approvalsRequired)
        ? approvedBy.length + ' of ' + progress.approvalsRequired
        : approvedBy.length > 0 ? String(approvedBy.length) : '—';
      body.appendChild(h('tr', { 'data-run-id': run.id },
        h('th', { scope: 'row' },
          h('a', { class: 'run-link', href: '#/runs/' + encodeURIComponent(run.id), 'data-run-id': run.id, id: 'run-link-' + run.id }, run.id)),
        h('td', {}, run.modelName || '—'),
        h('td', {}, run.datasetBlob ? h('code', {}, run.datasetBlob) : '—'),
        h('td', {}, run.submitter || '—'),
        h('td', {}, phaseLabel(standing(run))),
        h('td', {}, approvals),
        h('td', {}, progress.approvalDeadline ? timeElement(progress.approvalDeadline, true) : '—'),
        h('td', {}, timeElement(run.lastUpdatedAt, false))));
    }

    tableElement.hidden = runs.length === 0;
    summary.textContent = runs.length === 0
      ? (all ? 'There are no runs.' : 'No runs are awaiting approval.')
      : (runs.length === 1 ? '1 run.' : runs.length + ' runs.') + ' Open a run to see its evidence and decide.';
  }

  // ---- One run -------------------------------------------------------------------------------------------------

  async function showRun(id, moveFocus, options) {
    const generation = ++renderGeneration;
    const quiet = Boolean(options && options.quiet);
    showView('run-view');
    document.title = 'Run ' + id + ' — Model approvals';
    $('back-to-runs').setAttribute('href', lastListHash);
    $('back-to-runs').textContent = lastListHash === '#/all' ? 'Back to all runs' : 'Back to runs awaiting approval';
    $('run-title').textContent = 'Run ' + id;
    const content = $('run-content');
    const keptComment = $('comment') ? $('comment').value : '';
    // A quiet refresh redraws the content under the user: put focus back where it was (the comment field, a button).
    const focusedId = quiet && document.activeElement && content.contains(document.activeElement) ? document.activeElement.id : '';
    if (!quiet) {
      clear(content);
      content.appendChild(h('p', { class: 'note' }, 'Loading the evidence…'));
    }

    $('main').setAttribute('aria-busy', 'true');
    if (moveFocus) {
      focusHeading('run-title');
    }

    let view = null;
    let run = null;
    let failure = null;
    try {
      view = await api('GET', runPath(id) + '/evidence');
    } catch (error) {
      if (error.status === 404) {
        // No evidence yet: the run has not reached approval. Show where it is instead.
        try {
          run = await api('GET', runPath(id));
        } catch (runError) {
          failure = runError;
        }
      } else {
        failure = error;
      }
    }

    if (generation !== renderGeneration) {
      return null;
    }

    $('main').removeAttribute('aria-busy');
    clear(content);
    if (failure) {
      if (failure.status === 404) {
        content.appendChild(h('p', { id: 'run-missing' }, 'There is no run with this id.'));
      }

      showProblem(failure, failure.status === 404 ? 'The run was not found.' : 'The run could not be loaded.');
      return null;
    }

    let shown = null;
    if (view && view.evidence) {
      renderEvidence(id, view, content, keptComment);
      shown = { phase: view.phase, status: view.status, decisions: Array.isArray(view.approvals) ? view.approvals : [] };
    } else if (run) {
      renderNotReady(id, run, content, keptComment);
      const progress = run.progress || {};
      shown = { phase: run.phase, status: run.status, decisions: Array.isArray(progress.decisions) ? progress.decisions : [] };
    }

    if (focusedId && $(focusedId)) {
      $(focusedId).focus({ preventScroll: true });
    }

    return shown;
  }

  /** Decisions are taken while the run waits for them and has no final status; the API has the last word. */
  const acceptsDecisions = (phase, status) => phase === 'awaiting-approval' && !status;

  function renderNotReady(id, run, content, keptComment) {
    const progress = run.progress || {};
    const result = run.result || null;
    const rows = [
      ['Where it stands', h('strong', { id: 'run-phase' }, phaseLabel(standing(run)))],
    ];
    if (progress.detail) {
      rows.push(['Detail', progress.detail]);
    }

    if (progress.jobStatus) {
      rows.push(['Training job', progress.jobStatus]);
    }

    if (result && result.reason) {
      rows.push(['Reason', result.reason]);
    }

    rows.push(
      ['Model', run.modelName || '—'],
      ['Dataset', run.datasetBlob ? h('code', {}, run.datasetBlob) : '—'],
      ['Submitted by', run.submitter || '—'],
      ['Started', timeElement(run.createdAt, true)],
      ['Last updated', timeElement(run.lastUpdatedAt, true)]);

    const awaiting = acceptsDecisions(run.phase, run.status);
    content.appendChild(h('section', { id: 'not-ready', class: 'card', 'aria-labelledby': 'not-ready-heading' },
      h('h2', { id: 'not-ready-heading' }, awaiting ? 'The evidence for this run is missing' : 'This run has not reached approval'),
      h('p', {}, awaiting
        ? 'The run is waiting for approval, but the API has no evidence for it. Ask the pipeline owners before deciding.'
        : 'There is nothing to sign off yet. The evidence appears here once the run has been trained, evaluated and gated.'),
      facts(rows)));

    // The API decides whether a decision is accepted; the form is offered whenever the run says it is waiting.
    if (awaiting) {
      content.appendChild(decisionSection(id, run.submitter, keptComment));
    }
  }

  function renderEvidence(id, view, content, keptComment) {
    const evidence = view.evidence;
    const gates = Array.isArray(evidence.gates) ? evidence.gates : [];
    const approvals = Array.isArray(view.approvals) ? view.approvals : [];
    const metrics = evidence.metrics && typeof evidence.metrics === 'object' ? evidence.metrics : {};
    const failed = gates.filter((gate) => !gate.passed).length;

    $('run-title').textContent = 'Run ' + (view.runId || id) + (evidence.modelName ? ' — ' + evidence.modelName : '');
    content.appendChild(overview(id, view, evidence, gates, failed, approvals));
    content.appendChild(h('div', { class: 'evidence-grid' },
      gatesCard(gates, failed),
      evaluationCard(metrics),
      trainingCard(evidence.training, evidence.metrics),
      datasetCard(evidence),
      maskingCard(evidence.masking),
      residualCard(evidence.residualScan),
      productionCard(evidence.currentProduction, evidence.modelName, metrics),
      approvalsCard(approvals, evidence)));
    content.appendChild(acceptsDecisions(view.phase, view.status)
      ? decisionSection(id, evidence.submitter, keptComment)
      : decisionClosedSection(id, view));
  }

  function approvalCount(approvals) {
    const approvers = new Set();
    for (const decision of approvals) {
      if (decision && decision.verdict === 'Approve' && typeof decision.approver === 'string') {
        approvers.add(decision.approver.toLowerCase());
      }
    }

    return approvers.size;
  }

  function overview(id, view, evidence, gates, failed, approvals) {
    const gateSummary = gates.length === 0
      ? h('span', {}, 'The policy has no gates.')
      : failed === 0
        ? h('span', { class: 'gate-summary' }, passBadge(true, 'ALL PASS'), ' ', 'All ' + gates.length + ' gates pass.')
        : h('span', { class: 'gate-summary' }, passBadge(false), ' ', failed + ' of ' + gates.length + ' gates fail.');
    const required = isNumber(evidence.approvalsRequired) ? evidence.approvalsRequired : null;
    const deadline = parseDate(evidence.approvalDeadline);
    const jump = h('button', { type: 'button', class: 'button button-secondary', id: 'go-to-decision' }, 'Go to your decision');
    jump.addEventListener('click', () => {
      const heading = $('decision-heading');
      heading.scrollIntoView({ block: 'start' });
      heading.focus();
    });

    return h('section', { class: 'card run-overview', id: 'run-overview', 'aria-labelledby': 'overview-heading' },
      h('h2', { id: 'overview-heading' }, 'Summary'),
      facts([
        ['Model', evidence.modelName || '—'],
        ['Where it stands', h('strong', { id: 'run-phase' }, phaseLabel(view.status || view.phase))],
        ['Submitted by', evidence.submitter || '—'],
        ['Policy gates', gateSummary],
        ['Approvals', (required === null ? approvalCount(approvals) + ' so far' : approvalCount(approvals) + ' of ' + required + ' required')],
        ['Decision deadline', h('span', {}, timeElement(evidence.approvalDeadline, true),
          deadline && deadline.getTime() < Date.now() ? [' ', h('span', { class: 'badge badge-warn' }, 'passed')] : null)],
        ['Evidence SHA-256', h('span', { class: 'hash' }, view.evidenceSha256 || '—'), 'evidence-sha256'],
      ]),
      h('p', { class: 'note' }, 'The evidence SHA-256 identifies exactly what you are signing off; it is recorded with the run.'),
      jump);
  }

  function gatesCard(gates, failed) {
    if (gates.length === 0) {
      return card('Policy gates', 'gates', true, h('p', {}, 'The policy defines no gates for this run.'));
    }

    return card('Policy gates', 'gates', true,
      h('p', {}, failed === 0 ? 'Every gate passes.' : failed + ' of ' + gates.length + ' gates fail. A metric that was not measured fails its gate.'),
      table({
        id: 'gates-table',
        caption: 'Policy gates: metric, rule, measured value and result',
        captionHidden: true,
        columns: [{ label: 'Metric' }, { label: 'Rule' }, { label: 'Threshold', number: true }, { label: 'Value', number: true }, { label: 'Result' }],
        rows: gates.map((gate) => ({
          attributes: { 'data-gate-metric': gate.metric, 'data-gate-passed': String(Boolean(gate.passed)) },
          cells: [
            metricName(gate.metric),
            gate.comparison === 'AtLeast' ? 'At least (≥)' : gate.comparison === 'AtMost' ? 'At most (≤)' : String(gate.comparison),
            formatNumber(gate.threshold),
            valueOrNotMeasured(gate.value),
            passBadge(Boolean(gate.passed)),
          ],
        })),
      }));
  }

  const COMPARISONS = [
    {
      title: 'Quality', id: 'quality', rows: [
        { label: 'Evaluation loss', base: 'base_eval_loss', adapter: 'eval_loss', better: 'lower' },
        { label: 'Perplexity', base: 'base_perplexity', adapter: 'perplexity', better: 'lower' },
        { label: 'Token accuracy', base: 'base_token_accuracy', adapter: 'token_accuracy', better: 'higher' },
      ],
    },
    {
      title: 'Privacy probes', id: 'privacy', rows: [
        { label: 'PII regurgitation rate', base: 'base_pii_regurgitation_rate', adapter: 'pii_regurgitation_rate', better: 'lower' },
        { label: 'PII spans per prompt', base: 'base_pii_spans_per_prompt', adapter: 'pii_spans_per_prompt', better: 'lower' },
        { label: 'Canary exposure', base: 'base_canary_exposure', adapter: 'canary_exposure', better: 'lower' },
      ],
    },
    {
      title: 'Bias probe', id: 'bias', rows: [
        { label: 'Bias gap', base: 'base_bias_gap', adapter: 'bias_gap', better: 'zero' },
      ],
    },
  ];

  const BETTER_TEXT = { lower: 'Lower', higher: 'Higher', zero: 'Closer to 0' };

  function change(base, adapter, better) {
    if (!isNumber(base) || !isNumber(adapter)) {
      return h('span', { class: 'not-measured' }, 'cannot compare');
    }

    const difference = adapter - base;
    if (difference === 0) {
      return 'no change';
    }

    const improved = better === 'lower' ? adapter < base : better === 'higher' ? adapter > base : Math.abs(adapter) < Math.abs(base);
    const sign = difference > 0 ? '+' : '−';
    const relative = base !== 0 ? ' (' + sign + formatPercent(Math.abs(difference / base)) + ')' : '';
    return h('span', { class: improved ? 'better' : 'worse' },
      sign + formatNumber(Math.abs(difference)) + relative + ', ' + (Math.abs(adapter) === Math.abs(base) && better === 'zero' ? 'same distance from 0' : improved ? 'better' : 'worse'));
  }

  function evaluationCard(metrics) {
    const used = new Set();
    const value = (key) => (Object.prototype.hasOwnProperty.call(metrics, key) ? metrics[key] : undefined);
    const sections = COMPARISONS.map((group) => {
      for (const row of group.rows) {
        used.add(row.base);
        used.add(row.adapter);
      }

      return h('div', {},
        h('h3', { id: 'eval-' + group.id + '-heading' }, group.title),
        table({
          id: 'eval-' + group.id + '-table',
          caption: group.title + ': base model compared with this adapter',
          captionHidden: true,
          columns: [{ label: 'Metric' }, { label: 'Base model', number: true }, { label: 'This adapter', number: true }, { label: 'Change' }, { label: 'Better when' }],
          rows: group.rows.map((row) => ({
            attributes: { 'data-metric': row.adapter },
            cells: [
              [row.label, ' ', h('code', { class: 'metric-key' }, '(' + row.adapter + ')')],
              valueOrNotMeasured(value(row.base)),
              valueOrNotMeasured(value(row.adapter)),
              change(value(row.base), value(row.adapter), row.better),
              BETTER_TEXT[row.better],
            ],
          })),
        }));
    });

    const others = Object.keys(metrics).filter((key) => !used.has(key)).sort();
    if (others.length > 0) {
      sections.push(h('div', {},
        h('h3', {}, 'Other metrics'),
        table({
          id: 'eval-other-table',
          caption: 'Other metrics the evaluation reported',
          captionHidden: true,
          columns: [{ label: 'Metric' }, { label: 'Value', number: true }],
          rows: others.map((key) => ({ cells: [metricName(key), valueOrNotMeasured(metrics[key])] })),
        })));
    }

    return card('Evaluation: base model and adapter', 'evaluation', true, sections);
  }

  // DP-SGD settings and the guarantee the GPU host reported (dp_epsilon, dp_delta), or that training had none.
  function privacyText(hyper, metrics) {
    const hasSigma = typeof hyper.dpNoiseMultiplier === 'number';
    const hasTarget = typeof hyper.dpTargetEpsilon === 'number';
    if (!hasSigma && !hasTarget) {
      return 'not used: the probes are the only evidence about memorisation';
    }

    const noise = hasSigma ? 'noise multiplier ' + formatNumber(hyper.dpNoiseMultiplier) : 'noise calibrated for ε ≤ ' + formatNumber(hyper.dpTargetEpsilon);
    const settings = 'DP-SGD with ' + noise + ', clip norm ' + formatNumber(hyper.dpClipNorm ?? 1);
    if (typeof metrics.dp_epsilon !== 'number') {
      return settings;
    }

    const guarantee = settings + '; (ε = ' + formatNumber(metrics.dp_epsilon) + ', δ = '
      + (typeof metrics.dp_delta === 'number' ? metrics.dp_delta.toExponential(1) : '?') + ') per training record';
    return typeof metrics.dp_epsilon_dataset_total === 'number'
      ? guarantee + '; ε spent on this dataset by all its runs: ' + formatNumber(metrics.dp_epsilon_dataset_total)
      : guarantee + '; an earlier run on this dataset trained without DP, so its total budget is spent';
  }

  function trainingCard(training, metrics) {
    if (!training) {
      return card('Training', 'training', true, h('p', { class: 'not-measured' }, 'No training record.'));
    }

    const hyper = training.hyperparameters || {};
    const points = Array.isArray(training.lossCurve) ? training.lossCurve : [];
    return card('Training', 'training', true,
      facts([
        ['Training job', training.jobId ? h('code', {}, training.jobId) : '—'],
        ['Records', formatNumber(training.trainRecords) + ' for training, ' + formatNumber(training.evalRecords) + ' held out for evaluation'],
        ['Settings', [
          'epochs ' + formatNumber(hyper.nEpochs),
          'batch size ' + formatNumber(hyper.batchSize),
          'learning rate ' + formatNumber(hyper.learningRate),
          'LoRA rank ' + formatNumber(hyper.loraRank),
          'LoRA alpha ' + formatNumber(hyper.loraAlpha),
          'seed ' + formatNumber(hyper.seed),
        ].join(', ')],
        ['Differential privacy', privacyText(hyper, metrics || {})],
      ]),
      h('h3', { id: 'loss-heading' }, 'Loss during training'),
      lossChart(points));
  }

  // ---- Loss chart (hand-written SVG) ---------------------------------------------------------------------------

  function niceTicks(min, max, count, integers) {
    if (min === max) {
      const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
      min -= pad;
      max += pad;
    }

    const raw = (max - min) / count;
    const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    const fraction = raw / magnitude;
    let step = (fraction >= 7.5 ? 10 : fraction >= 3.5 ? 5 : fraction >= 1.5 ? 2 : 1) * magnitude;
    if (integers) {
      step = Math.max(1, Math.round(step));
    }

    const start = Math.floor(min / step) * step;
    const end = Math.ceil(max / step) * step;
    const ticks = [];
    for (let tick = start; tick <= end + step / 2; tick += step) {
      ticks.push(Number(tick.toPrecision(12)));
    }

    return ticks;
  }

  function describeSeries(name, series) {
    if (series.length === 0) {
      return name + ' was not reported.';
    }

    const first = series[0];
    const last = series[series.length - 1];
    let lowest = first;
    for (const point of series) {
      if (point[1] < lowest[1]) {
        lowest = point;
      }
    }

    return name + ' went from ' + formatNumber(first[1]) + ' at step ' + formatNumber(first[0])
      + ' to ' + formatNumber(last[1]) + ' at step ' + formatNumber(last[0])
      + ' (lowest ' + formatNumber(lowest[1]) + ' at step ' + formatNumber(lowest[0]) + ').';
  }

  function lossChart(points) {
    const valid = points.filter((p) => p && isNumber(p.step));
    const trainSeries = valid.filter((p) => isNumber(p.trainLoss)).map((p) => [p.step, p.trainLoss]);
    const validSeries = valid.filter((p) => isNumber(p.validLoss)).map((p) => [p.step, p.validLoss]);
    if (trainSeries.length === 0 && validSeries.length === 0) {
      return h('p', { id: 'loss-chart-empty', class: 'not-measured' }, 'No loss curve was reported.');
    }

    const width = 640;
    const height = 300;
    const margin = { top: 14, right: 20, bottom: 50, left: 66 };
    const plotWidth = width - margin.left - margin.right;
    const plotHeight = height - margin.top - margin.bottom;
    const all = trainSeries.concat(validSeries);
    const steps = all.map((p) => p[0]);
    const losses = all.map((p) => p[1]);
    const xTicks = niceTicks(Math.min(...steps), Math.max(...steps), 6, true);
    const yTicks = niceTicks(Math.min(...losses), Math.max(...losses), 5, false);
    const xMin = xTicks[0];
    const xMax = xTicks[xTicks.length - 1];
    const yMin = yTicks[0];
    const yMax = yTicks[yTicks.length - 1];
    const x = (step) => margin.left + ((step - xMin) / (xMax - xMin)) * plotWidth;
    const y = (loss) => margin.top + plotHeight - ((loss - yMin) / (yMax - yMin)) * plotHeight;
    const round = (n) => Math.round(n * 10) / 10;

    const summary = describeSeries('Training loss', trainSeries) + ' ' + describeSeries('Validation loss', validSeries)
      + ' ' + valid.length + ' points; the table below lists every value.';
    const svg = s('svg', {
      id: 'loss-chart', class: 'chart', viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-labelledby': 'loss-chart-title loss-chart-desc', focusable: 'false',
    },
    s('title', { id: 'loss-chart-title' }, 'Training and validation loss by training step.'),
    s('desc', { id: 'loss-chart-desc' }, summary));

    const grid = s('g', { 'aria-hidden': 'true' });
    for (const tick of yTicks) {
      grid.appendChild(s('line', { class: 'grid', x1: margin.left, x2: width - margin.right, y1: round(y(tick)), y2: round(y(tick)) }));
      grid.appendChild(s('text', { class: 'tick-label', x: margin.left - 8, y: round(y(tick)), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, formatNumber(tick)));
    }

    for (const tick of xTicks) {
      grid.appendChild(s('line', { class: 'axis', x1: round(x(tick)), x2: round(x(tick)), y1: margin.top + plotHeight, y2: margin.top + plotHeight + 5 }));
      grid.appendChild(s('text', { class: 'tick-label', x: round(x(tick)), y: margin.top + plotHeight + 20, 'text-anchor': 'middle' }, formatNumber(tick)));
    }

    grid.appendChild(s('line', { class: 'axis', x1: margin.left, x2: margin.left, y1: margin.top, y2: margin.top + plotHeight }));
    grid.appendChild(s('line', { class: 'axis', x1: margin.left, x2: width - margin.right, y1: margin.top + plotHeight, y2: margin.top + plotHeight }));
    grid.appendChild(s('text', { class: 'axis-label', x: margin.left + plotWidth / 2, y: height - 8, 'text-anchor': 'middle' }, 'Training step'));
    grid.appendChild(s('text', {
      class: 'axis-label', x: 0, y: 0, 'text-anchor': 'middle',
      transform: 'translate(16 ' + (margin.top + plotHeight / 2) + ') rotate(-90)',
    }, 'Loss'));
    svg.appendChild(grid);

    const path = (series) => series.map((p, i) => (i === 0 ? 'M' : 'L') + round(x(p[0])) + ' ' + round(y(p[1]))).join(' ');
    const lines = s('g', { 'aria-hidden': 'true' });
    if (trainSeries.length > 1) {
      lines.appendChild(s('path', { class: 'series series-train', d: path(trainSeries) }));
    }

    if (validSeries.length > 1) {
      lines.appendChild(s('path', { class: 'series series-valid', d: path(validSeries) }));
    }

    // Markers: validation points always (hollow circles), training points when there are few or only one.
    if (trainSeries.length === 1 || trainSeries.length <= 40) {
      for (const p of trainSeries) {
        lines.appendChild(s('rect', { class: 'marker-train', x: round(x(p[0]) - 2.5), y: round(y(p[1]) - 2.5), width: 5, height: 5 }));
      }
    }

    if (validSeries.length <= 80) {
      for (const p of validSeries) {
        lines.appendChild(s('circle', { class: 'marker-valid', cx: round(x(p[0])), cy: round(y(p[1])), r: 3.5 }));
      }
    }

    svg.appendChild(lines);

    const legend = h('ul', { class: 'legend', 'aria-label': 'Chart legend' },
      h('li', {},
        s('svg', { viewBox: '0 0 40 14', 'aria-hidden': 'true', focusable: 'false' },
          s('line', { class: 'series series-train', x1: 2, x2: 38, y1: 7, y2: 7 }),
          s('rect', { class: 'marker-train', x: 17.5, y: 4.5, width: 5, height: 5 })),
        'Training loss (solid line)'),
      h('li', {},
        s('svg', { viewBox: '0 0 40 14', 'aria-hidden': 'true', focusable: 'false' },
          s('line', { class: 'series series-valid', x1: 2, x2: 38, y1: 7, y2: 7 }),
          s('circle', { class: 'marker-valid', cx: 20, cy: 7, r: 3.5 })),
        'Validation loss (dashed line, circles)'));

    const data = h('details', { id: 'loss-table-details' },
      h('summary', {}, 'Show the loss values as a table'),
      table({
        id: 'loss-table',
        caption: 'Loss by training step',
        columns: [{ label: 'Step', number: true }, { label: 'Training loss', number: true }, { label: 'Validation loss', number: true }],
        rows: valid.map((p) => ({ cells: [formatNumber(p.step), valueOrNotMeasured(p.trainLoss), valueOrNotMeasured(p.validLoss)] })),
      }));

    return h('figure', { class: 'chart-figure' }, svg, legend, h('figcaption', { class: 'visually-hidden' }, summary), data);
  }

  // ---- Evidence cards ------------------------------------------------------------------------------------------

  function datasetCard(evidence) {
    const hash = (value) => (value ? h('span', { class: 'hash' }, value) : '—');
    return card('Dataset and model', 'dataset', false, facts([
      ['Dataset', evidence.datasetBlob ? h('code', { id: 'dataset-name' }, evidence.datasetBlob) : '—'],
      ['Raw dataset SHA-256', hash(evidence.rawDatasetSha256), 'raw-sha256'],
      ['Masked dataset SHA-256', hash(evidence.maskedDatasetSha256), 'masked-sha256'],
      ['Base model', evidence.baseModel || '—'],
      ['Base model SHA-256', hash(evidence.baseModelSha256), 'base-model-sha256'],
      ['Policy version', evidence.policyVersion || '—'],
      ['Evidence written', timeElement(evidence.createdAt, true)],
    ]));
  }

  function countTable(id, caption, typeLabel, countLabel, counts) {
    const entries = Object.entries(counts || {}).filter((entry) => isNumber(entry[1])).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return table({
      id,
      caption,
      columns: [{ label: typeLabel }, { label: countLabel, number: true }],
      rows: entries.map(([type, count]) => ({ cells: [type, formatNumber(count)] })),
    });
  }

  function maskingCard(masking) {
    if (!masking) {
      return card('Masking', 'masking', false, h('p', { class: 'not-measured' }, 'No masking summary.'));
    }

    const byType = masking.byEntityType || {};
    return card('Masking of personal data', 'masking', false,
      facts([
        ['Masking policy', masking.policyVersion || '—'],
        ['Records written', formatNumber(masking.recordsWritten)],
        ['Records with personal data', formatNumber(masking.recordsWithPii)],
        ['Values masked', formatNumber(masking.totalMasked)],
      ]),
      Object.keys(byType).length === 0
        ? h('p', {}, 'Nothing was masked.')
        : countTable('masking-table', 'Values masked per entity type', 'Entity type', 'Values masked', byType));
  }

  function residualCard(scan) {
    if (!scan) {
      return card('Residual scan', 'residual', false, h('p', { class: 'not-measured' }, 'No residual scan.'));
    }

    const findings = scan.findingsByType || {};
    return card('Residual scan of the masked data', 'residual', false,
      h('p', { id: 'residual-result' }, scan.passed ? passBadge(true, 'PASSED') : passBadge(false, 'FAILED'), ' ',
        scan.passed ? 'The second, independent scan is within the limit.' : 'The second, independent scan found too much personal data.'),
      facts([
        ['Records scanned', formatNumber(scan.recordsScanned)],
        ['Records with findings', formatNumber(scan.recordsWithFindings)],
        ['Rate of records with findings', formatPercent(scan.recordRate) + ' (at most ' + formatPercent(scan.maxRecordRate) + ' allowed)'],
      ]),
      Object.keys(findings).length === 0
        ? h('p', {}, 'No findings.')
        : countTable('residual-table', 'Findings per entity type', 'Entity type', 'Findings', findings));
  }

  function productionCard(production, modelName, metrics) {
    if (!production) {
      return card('Current production version', 'current-production', false,
        h('p', {}, 'None when the evidence was recorded — this would be the first production version' + (modelName ? ' of ' + modelName : '') + '.'));
    }

    const productionMetrics = production.metrics && typeof production.metrics === 'object' ? production.metrics : {};
    const keys = Object.keys(productionMetrics).sort();
    return card('Current production version', 'current-production', false,
      h('p', {}, 'Approving replaces this version as production.'),
      facts([
        ['Model', production.modelName || '—'],
        ['Version', isNumber(production.version) ? 'v' + production.version : '—'],
        ['From run', production.runId ? h('code', {}, production.runId) : '—'],
        ['Adapter SHA-256', production.adapterSha256 ? h('span', { class: 'hash' }, production.adapterSha256) : '—'],
      ]),
      keys.length === 0
        ? h('p', { class: 'not-measured' }, 'No metrics recorded for the production version.')
        : table({
          id: 'production-table',
          caption: 'Metrics of the production version and of this run',
          columns: [{ label: 'Metric' }, { label: 'Production', number: true }, { label: 'This run', number: true }],
          rows: keys.map((key) => ({ cells: [metricName(key), valueOrNotMeasured(productionMetrics[key]), valueOrNotMeasured(metrics[key])] })),
        }));
  }

  function approvalsCard(approvals, evidence) {
    const required = isNumber(evidence.approvalsRequired) ? evidence.approvalsRequired : null;
    const count = approvalCount(approvals);
    return card('Decisions so far', 'approvals', true,
      h('p', { id: 'approvals-summary' },
        required === null ? count + ' approvals so far. ' : count + ' of ' + required + ' required approvals. ',
        'Deadline: ', timeElement(evidence.approvalDeadline, true), '. One rejection ends the run.'),
      approvals.length === 0
        ? h('p', { id: 'approvals-empty' }, 'No one has decided yet.')
        : table({
          id: 'approvals-table',
          caption: 'Decisions so far',
          captionHidden: true,
          columns: [{ label: 'Approver' }, { label: 'Decision' }, { label: 'When' }, { label: 'Comment' }],
          rows: approvals.map((decision) => ({
            cells: [
              decision.approver || '—',
              decision.verdict === 'Approve' ? passBadge(true, 'Approved') : decision.verdict === 'Reject' ? passBadge(false, 'Rejected') : String(decision.verdict),
              timeElement(decision.decidedAt, false),
              { content: decision.comment ? decision.comment : h('span', { class: 'not-measured' }, 'no comment'), className: 'comment' },
            ],
          })),
        }));
  }

  // ---- Decision ------------------------------------------------------------------------------------------------

  function decisionSection(id, submitter, keptComment) {
    const who = identity();
    const own = submitter && who.id && submitter.toLowerCase() === who.id.toLowerCase();
    const comment = h('textarea', { id: 'comment', rows: 3, maxlength: 2000, 'aria-describedby': 'comment-hint' });
    comment.value = keptComment || '';
    const approve = h('button', { type: 'button', id: 'approve', class: 'button button-approve' }, h('span', { 'aria-hidden': 'true' }, '✓'), 'Approve');
    const reject = h('button', { type: 'button', id: 'reject', class: 'button button-reject' }, h('span', { 'aria-hidden': 'true' }, '✗'), 'Reject');
    const form = h('form', { id: 'decision-form', class: 'decision-form', 'aria-labelledby': 'decision-heading', novalidate: true },
      h('label', { for: 'comment' }, 'Comment (optional)'),
      h('p', { id: 'comment-hint', class: 'hint' }, 'Up to 2,000 characters, recorded with your decision and shown to other approvers.'),
      comment,
      h('div', { class: 'decision-buttons' }, approve, reject),
      outcomeElement(id));
    form.addEventListener('submit', (event) => event.preventDefault());
    approve.addEventListener('click', () => decide(id, 'approve', form));
    reject.addEventListener('click', () => decide(id, 'reject', form));

    return h('section', { class: 'decision', id: 'decision', 'aria-labelledby': 'decision-heading' },
      h('h2', { id: 'decision-heading', tabindex: '-1' }, 'Your decision'),
      h('p', {}, 'Approve to promote this adapter once enough approvers agree, or reject to end the run.'),
      own ? h('p', { id: 'own-run-note', class: 'note' }, 'You submitted this run; the pipeline does not accept approvals from a run\'s submitter.') : null,
      form);
  }

  /** Shown instead of the buttons once the run has moved past approval (promoting, promoted, rejected…). */
  function decisionClosedSection(id, view) {
    return h('section', { class: 'decision', id: 'decision', 'aria-labelledby': 'decision-heading' },
      h('h2', { id: 'decision-heading', tabindex: '-1' }, 'Decision'),
      h('p', { id: 'decision-closed' }, 'This run no longer takes decisions. Where it stands: ' + phaseLabel(view.status || view.phase) + '.'),
      outcomeElement(id));
  }

  function outcomeElement(id) {
    const element = h('div', { id: 'decision-outcome', class: 'decision-outcome' });
    fillOutcome(element, id);
    return element;
  }

  function fillOutcome(element, id) {
    clear(element);
    element.className = 'decision-outcome';
    if (!decisionOutcome || decisionOutcome.id !== id) {
      return;
    }

    // Not a live region: the alert or status region at the top already announces the same words.
    element.classList.add(decisionOutcome.isError ? 'decision-outcome-error' : 'decision-outcome-ok');
    for (const line of decisionOutcome.lines) {
      if (line) {
        element.appendChild(h('p', {}, line));
      }
    }
  }

  function setOutcome(id, isError, lines) {
    decisionOutcome = { id, isError, lines };
    const element = $('decision-outcome');
    if (element) {
      fillOutcome(element, id);
      element.scrollIntoView({ block: 'nearest' });
    }
  }

  async function decide(id, decision, form) {
    const buttons = form.querySelectorAll('button');
    const commentText = $('comment').value.trim();
    if (commentText.length > 2000) {
      showAlert('The comment is too long.', 'At most 2,000 characters.');
      $('comment').focus();
      return;
    }

    for (const button of buttons) {
      button.disabled = true;
    }

    form.setAttribute('aria-busy', 'true');
    clearMessages();
    const body = { decision };
    if (commentText.length > 0) {
      body.comment = commentText;
    }

    try {
      await api('POST', runPath(id) + '/approvals', body);
    } catch (error) {
      for (const button of buttons) {
        button.disabled = false;
      }

      form.removeAttribute('aria-busy');
      // Disabling the pressed button took focus away from it; give it back so keyboard users keep their place.
      if (!form.contains(document.activeElement)) {
        $(decision === 'approve' ? 'approve' : 'reject').focus({ preventScroll: true });
      }

      const lines = showProblem(error, decision === 'approve' ? 'Your approval was not recorded.' : 'Your rejection was not recorded.');
      if (error.status === 409) {
        // Show where the run stands now; the alert stays.
        decisionOutcome = { id, isError: true, lines };
        await showRun(id, false, { quiet: true });
        focusHeading('decision-heading');
        const element = $('decision-outcome');
        if (element) {
          element.scrollIntoView({ block: 'nearest' });
        }
      } else {
        setOutcome(id, true, lines);
      }

      return;
    }

    $('comment').value = '';
    const sent = (decision === 'approve' ? 'Your approval of run ' : 'Your rejection of run ') + id + ' was sent.';
    showStatus(sent + ' The pipeline records it within a few seconds; the page refreshes to show it.');
    decisionOutcome = { id, isError: false, lines: [sent, 'It appears under "Decisions so far" as soon as the pipeline has recorded it.'] };
    let shown = await showRun(id, false, { quiet: true });
    focusHeading('decision-heading');
    const element = $('decision-outcome');
    if (element) {
      element.scrollIntoView({ block: 'nearest' });
    }

    // The decision reaches the run as an event a moment later (longer on a busy host): look again until it is
    // recorded or the run has moved on, for up to half a minute.
    const who = identity().id;
    const recorded = (view) => !view || !acceptsDecisions(view.phase, view.status)
      || view.decisions.some((d) => d && typeof d.approver === 'string' && who && d.approver.toLowerCase() === who.toLowerCase());
    const until = Date.now() + 30000;
    while (!recorded(shown) && Date.now() < until) {
      const generation = renderGeneration;
      await new Promise((resolve) => {
        refreshTimer = window.setTimeout(resolve, 2000);
      });
      if (generation !== renderGeneration || currentRoute().view !== 'run' || currentRoute().id !== id || !getToken()) {
        return;
      }

      shown = await showRun(id, false, { quiet: true });
    }
  }

  // ---- Start ---------------------------------------------------------------------------------------------------

  function start() {
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('show-all').addEventListener('change', (event) => {
      window.location.hash = event.target.checked ? '#/all' : '#/';
    });
    $('refresh-runs').addEventListener('click', () => render(false, false));
    // The skip link's target is not a route: move focus without touching the hash.
    document.querySelector('.skip-link').addEventListener('click', (event) => {
      event.preventDefault();
      $('main').focus();
    });
    window.addEventListener('hashchange', () => {
      if (window.location.hash === '' || window.location.hash.startsWith('#/')) {
        render(true, false);
      }
    });
    render(false, true);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
