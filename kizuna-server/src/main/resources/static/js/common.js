// Shared by every page: API calls with the CSRF header, the header bar, the version picker, formats.
export const CLASSES = ['home', 'ally', 'partner', 'other', 'concern', 'unknown'];
export const CLASS_COLORS = {home: '#c8102e', ally: '#1f5fa8', partner: '#3a9d5d', other: '#9aa3ad',
  concern: '#e08a00', unknown: '#6b4fa0'};

function cookie(name) {
  const match = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return match ? decodeURIComponent(match.split('=')[1]) : '';
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : 'HTTP ' + status);
    this.status = status;
    this.body = body;
  }
}

export async function api(path, options = {}) {
  const headers = Object.assign({'Accept': 'application/json'}, options.headers || {});
  const method = (options.method || 'GET').toUpperCase();
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN');
  let body = options.body;
  if (body && !(body instanceof FormData) && typeof body !== 'string') {
    body = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {method, headers, body, credentials: 'same-origin'});
  if (response.status === 401) {
    location.href = '/login.html';
    throw new ApiError(401, null);
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

const PAGES = [
  ['/', 'Dashboard', 'viewer'], ['/network.html', 'Supply network', 'viewer'], ['/map.html', 'World map', 'viewer'],
  ['/scenario.html', 'Scenarios', 'viewer'], ['/plan.html', 'Plan & match', 'viewer'],
  ['/versions.html', 'Versions', 'viewer'], ['/diff.html', 'Diff', 'viewer'],
  ['/supplier.html', 'My organization', 'supplier'], ['/audit.html', 'Audit', 'admin'],
  ['/swagger-ui.html', 'API', 'viewer'],
];

function allows(roles, need) {
  if (need === 'supplier') return roles.includes('supplier');
  const rank = {viewer: 1, analyst: 2, admin: 3};
  return roles.some(r => (rank[r] || 0) >= rank[need]);
}

export let me = null;

/** Renders the header; resolves to the current user. */
export async function init(title) {
  me = await api('/api/me');
  if (me.roles.length === 1 && me.roles[0] === 'supplier' && location.pathname !== '/supplier.html') {
    // a supplier only ever sees its own organization's page
    location.replace('/supplier.html');
    await new Promise(() => {});
  }
  const header = document.createElement('header');
  const links = PAGES.filter(([, , need]) => allows(me.roles, need)).map(([href, label]) => {
    const active = location.pathname === href || (href === '/' && location.pathname === '/index.html');
    return `<a href="${href}" class="${active ? 'active' : ''}">${label}</a>`;
  }).join('');
  header.innerHTML = `<span class="brand">KIZUNA</span><nav>${links}</nav>
    <span class="who"><span id="who">${escapeHtml(me.username)} (${me.roles.join(', ')})</span>
    <form method="post" action="/logout" id="logout-form"><input type="hidden" name="_csrf" value="">
    <button type="submit" id="logout">Log out</button></form></span>`;
  document.body.prepend(header);
  header.querySelector('#logout-form').addEventListener('submit', e => {
    e.target.querySelector('input[name=_csrf]').value = cookie('XSRF-TOKEN');
  });
  if (title) document.title = 'Kizuna - ' + title;
  return me;
}

export function canRun() {
  return me && (me.roles.includes('analyst') || me.roles.includes('admin'));
}

/** Fills a select with the versions, newest first; remembers the choice in the URL (?version=). */
export async function versionPicker(select, onChange) {
  const versions = await api('/api/versions');
  const wanted = new URLSearchParams(location.search).get('version');
  select.innerHTML = versions.slice().reverse().map(v =>
    `<option value="${v.id}">v${v.id} - ${escapeHtml(v.label)} (${v.createdAt.substring(0, 16).replace('T', ' ')})</option>`).join('');
  if (wanted && versions.some(v => String(v.id) === wanted)) select.value = wanted;
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set('version', select.value);
    history.replaceState(null, '', url);
    onChange(select.value);
  });
  if (versions.length) onChange(select.value);
  return versions;
}

export function pct(x) {
  return x === null || x === undefined ? '-' : (100 * x).toFixed(1) + '%';
}

export function money(x) {
  if (x === null || x === undefined) return '-';
  return Math.round(x).toLocaleString('en-US');
}

export function num(x, digits = 2) {
  if (x === null || x === undefined) return '-';
  return Number(x).toLocaleString('en-US', {maximumFractionDigits: digits});
}

export function pill(cls) {
  return `<span class="pill ${cls}">${cls}</span>`;
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
}

export function table(columns, rows) {
  const head = columns.map(c => `<th class="${c.num ? 'num' : ''}">${c.label}</th>`).join('');
  const body = rows.map(r => '<tr>' + columns.map(c => `<td class="${c.num ? 'num' : ''}">${c.render(r)}</td>`).join('') + '</tr>').join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function showError(element, error) {
  element.textContent = error instanceof ApiError && error.body && error.body.problems
    ? error.message + '\n' + error.body.problems.map(p => `${p.file}:${p.line}: ${p.message}`).join('\n')
    : (error.message || String(error));
}
