import {api, init, versionPicker, canRun, escapeHtml, showError} from './common.js';

let version = 'latest';

function params(id) {
  const text = document.getElementById(id).value.trim();
  return text ? JSON.parse(text) : {};
}

function query(object) {
  return Object.entries(object).flatMap(([k, v]) => (Array.isArray(v) ? v : [v])
    .map(x => encodeURIComponent(k) + '=' + encodeURIComponent(x))).join('&');
}

async function runPlan() {
  const error = document.getElementById('error');
  error.textContent = '';
  try {
    let job = await api('/api/jobs', {method: 'POST', body: {kind: 'plan', version, parameters: params('plan-params')}});
    const progress = document.getElementById('plan-progress');
    progress.classList.remove('hidden');
    while (!['succeeded', 'failed', 'cancelled'].includes(job.state)) {
      await new Promise(r => setTimeout(r, 400));
      job = await api(`/api/jobs/${job.id}`);
      progress.value = job.progress.fraction;
      document.getElementById('plan-status').textContent = `job ${job.id}: ${job.state}`;
    }
    document.getElementById('plan-result').textContent = job.state === 'succeeded'
      ? JSON.stringify(job.result, null, 2) : (job.error || job.state);
  } catch (e) {
    showError(error, e);
  }
}

async function runSync(name) {
  const error = document.getElementById('error');
  error.textContent = '';
  try {
    const r = await api(`/api/versions/${version}/${name}?${query(params(name + '-params'))}`);
    document.getElementById(name + '-result').textContent = JSON.stringify(r, null, 2);
  } catch (e) {
    showError(error, e);
  }
}

await init('plan');
const capabilities = await api('/api/capabilities');
const hasPlan = capabilities.jobs.includes('plan') && canRun();
const hasMatch = capabilities.analyses.includes('match');
const hasAgenda = capabilities.analyses.includes('agenda');
document.getElementById('plan-card').classList.toggle('hidden', !hasPlan);
document.getElementById('match-card').classList.toggle('hidden', !hasMatch);
document.getElementById('agenda-card').classList.toggle('hidden', !hasAgenda);
document.getElementById('unavailable').classList.toggle('hidden', hasPlan || hasMatch || hasAgenda);
document.getElementById('plan-run').addEventListener('click', runPlan);
document.getElementById('match-run').addEventListener('click', () => runSync('match'));
document.getElementById('agenda-run').addEventListener('click', () => runSync('agenda'));
await versionPicker(document.getElementById('version'), v => {
  version = v;
  document.getElementById('agenda-ics').href = `/api/versions/${v}/export/agenda.ics`;
});
