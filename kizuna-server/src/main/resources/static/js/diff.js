import {api, init, num, table, escapeHtml, showError} from './common.js';

function changes(title, c) {
  if (!c.added.length && !c.removed.length && !c.changed.length) return `<p class="muted">${title}: no change</p>`;
  return `<h3>${title}</h3>`
    + (c.added.length ? `<p>added: ${c.added.map(escapeHtml).join(', ')}</p>` : '')
    + (c.removed.length ? `<p>removed: ${c.removed.map(escapeHtml).join(', ')}</p>` : '')
    + (c.changed.length ? table([
      {label: 'Id', render: x => escapeHtml(x.id)},
      {label: 'Changes', render: x => x.fields.map(f => `${f.field}: ${escapeHtml(f.before ?? '-')} → ${escapeHtml(f.after ?? '-')}`).join('<br>')},
    ], c.changed) : '');
}

async function compare() {
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  const error = document.getElementById('error');
  error.textContent = '';
  try {
    const d = await api(`/api/versions/${from}/diff/${to}`);
    const moved = d.metrics.filter(m => m.delta === null || Math.abs(m.delta) > 1e-9);
    document.getElementById('metrics').innerHTML = moved.length ? table([
      {label: 'Subject', render: m => escapeHtml(m.system)},
      {label: 'Metric', render: m => escapeHtml(m.metric)},
      {label: 'Before', num: true, render: m => num(m.before, 4)},
      {label: 'After', num: true, render: m => num(m.after, 4)},
      {label: 'Change', num: true, render: m => m.delta === null ? '-' : (m.delta > 0 ? '+' : '') + num(m.delta, 4)},
    ], moved) : '<p class="muted">No metric moved.</p>';
    document.getElementById('changes').innerHTML = changes('Parts', d.parts) + changes('Sources', d.sources)
      + changes('Sites', d.sites) + changes('Organizations', d.organizations) + changes('Bill of materials', d.bomLines);
    document.getElementById('shares').innerHTML = d.shares.length ? table([
      {label: 'Part', render: s => escapeHtml(s.part)}, {label: 'Site', render: s => escapeHtml(s.site)},
      {label: 'Before', num: true, render: s => num(s.before, 4)}, {label: 'After', num: true, render: s => num(s.after, 4)},
    ], d.shares) : '<p class="muted">No share changed.</p>';
    document.getElementById('countries').innerHTML =
      `<p>added: ${d.countries.added.join(', ') || '-'}; removed: ${d.countries.removed.join(', ') || '-'}</p>` + table([
        {label: 'Country', render: c => c.country},
        {label: 'Supply before', num: true, render: c => num(c.before)},
        {label: 'Supply after', num: true, render: c => num(c.after)},
      ], d.countries.supply);
  } catch (e) {
    showError(error, e);
  }
}

await init('diff');
const versions = await api('/api/versions');
const options = versions.slice().reverse().map(v => `<option value="${v.id}">v${v.id} - ${escapeHtml(v.label)}</option>`).join('');
document.getElementById('from').innerHTML = options;
document.getElementById('to').innerHTML = options;
const params = new URLSearchParams(location.search);
const last = versions.length ? versions[versions.length - 1].id : null;
document.getElementById('from').value = params.get('from') || (versions.length > 1 ? versions[versions.length - 2].id : last);
document.getElementById('to').value = params.get('to') || last;
document.getElementById('compare').addEventListener('click', compare);
if (versions.length) await compare();
