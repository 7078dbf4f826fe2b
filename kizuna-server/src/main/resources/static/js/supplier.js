import {api, init, table, escapeHtml, showError} from './common.js';

let data = null;

function input(kind, key, field, value) {
  return `<input type="number" min="0" step="any" style="width:110px" data-kind="${kind}" data-key="${escapeHtml(key)}"
    data-field="${field}" value="${value ?? ''}">`;
}

async function load() {
  data = await api('/api/supplier/own');
  document.getElementById('title').textContent = `My organization: ${data.organization} (version ${data.versionId})`;
  document.getElementById('sites').innerHTML = table([
    {label: 'Site', render: s => escapeHtml(s.id)}, {label: 'Name', render: s => escapeHtml(s.name)},
    {label: 'Country', render: s => s.country},
    {label: 'Capacity / week', render: s => input('site', s.id, 'capacityPerWeek', s.capacityPerWeek)},
  ], data.sites);
  document.getElementById('sources').innerHTML = table([
    {label: 'Part', render: s => `${escapeHtml(s.partName)} <span class="muted">${escapeHtml(s.part)}</span>`},
    {label: 'Site', render: s => escapeHtml(s.site)}, {label: 'Status', render: s => s.status},
    {label: 'Capacity / week', render: s => input('source', s.part + '|' + s.site, 'capacityPerWeek', s.capacityPerWeek)},
    {label: 'Lead time (days)', render: s => input('source', s.part + '|' + s.site, 'leadTimeDays', s.leadTimeDays)},
    {label: 'Unit price', render: s => input('source', s.part + '|' + s.site, 'unitPrice', s.unitPrice)},
  ], data.sources);
}

document.getElementById('save').addEventListener('click', async () => {
  const sites = {};
  const sources = {};
  document.querySelectorAll('input[data-kind]').forEach(i => {
    if (i.value === '' || Number(i.value) === Number(i.defaultValue)) return;
    const target = i.dataset.kind === 'site' ? sites : sources;
    (target[i.dataset.key] = target[i.dataset.key] || {})[i.dataset.field] = Number(i.value);
  });
  const body = {
    sites: Object.entries(sites).map(([site, v]) => Object.assign({site}, v)),
    sources: Object.entries(sources).map(([key, v]) => Object.assign({part: key.split('|')[0], site: key.split('|')[1]}, v)),
  };
  const error = document.getElementById('error');
  error.textContent = '';
  try {
    if (!body.sites.length && !body.sources.length) throw new Error('nothing changed');
    const version = await api('/api/supplier/edits', {method: 'POST', body});
    document.getElementById('status').innerHTML = `<span class="ok">saved as version ${version.id}</span>`;
    await load();
  } catch (e) {
    showError(error, e);
  }
});

await init('my organization');
await load();
