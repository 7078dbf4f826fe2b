import {api, init, canRun, table, escapeHtml, showError} from './common.js';

async function list() {
  const versions = await api('/api/versions');
  document.getElementById('versions').innerHTML = table([
    {label: 'Version', render: v => 'v' + v.id},
    {label: 'Label', render: v => escapeHtml(v.label)},
    {label: 'Origin', render: v => escapeHtml(v.origin)},
    {label: 'By', render: v => escapeHtml(v.createdBy)},
    {label: 'At', render: v => v.createdAt.substring(0, 19).replace('T', ' ')},
    {label: '', render: v => `<a href="/?version=${v.id}">dashboard</a> · <a href="/api/versions/${v.id}/export/dataset.zip">zip</a>
      · <a href="/api/versions/${v.id}/export/dataset.json">json</a>`
      + (v.id > 1 ? ` · <a href="/diff.html?from=${v.id - 1}&to=${v.id}">diff with v${v.id - 1}</a>` : '')},
  ], versions.slice().reverse());
}

document.getElementById('upload-form').addEventListener('submit', async e => {
  e.preventDefault();
  const status = document.getElementById('upload-status');
  const error = document.getElementById('error');
  status.textContent = 'importing...';
  error.textContent = '';
  const form = new FormData();
  form.append('file', document.getElementById('file').files[0]);
  const label = document.getElementById('label').value;
  if (label) form.append('label', label);
  try {
    const r = await api('/api/versions', {method: 'POST', body: form});
    status.innerHTML = `<span class="ok" id="imported">imported as version ${r.version.id}</span>`;
    await list();
  } catch (err) {
    status.textContent = '';
    showError(error, err);
  }
});

await init('versions');
if (!canRun()) document.getElementById('upload-card').classList.add('hidden');
await list();
