import {api, init, versionPicker, canRun, escapeHtml, money, num, pct, table, showError} from './common.js';

let version = 'latest';
const error = document.getElementById('error');

async function runPlan() {
  error.textContent = '';
  const parameters = {};
  // targets are separated by spaces or semicolons (single-source=A,B keeps its commas)
  const targets = document.getElementById('plan-targets').value.split(/[\s;]+/).filter(t => t);
  if (targets.length) parameters.targets = targets;
  const budget = document.getElementById('plan-budget').value;
  const weeks = document.getElementById('plan-weeks').value;
  if (budget) parameters.budget = Number(budget);
  if (weeks) parameters.byWeeks = Number(weeks);
  try {
    let job = await api('/api/jobs', {method: 'POST', body: {kind: 'plan', version, parameters}});
    const progress = document.getElementById('plan-progress');
    progress.classList.remove('hidden');
    while (!['succeeded', 'failed', 'cancelled'].includes(job.state)) {
      await new Promise(r => setTimeout(r, 400));
      job = await api(`/api/jobs/${job.id}`);
      progress.value = job.progress.fraction;
      document.getElementById('plan-status').textContent = `job ${job.id}: ${job.state}`;
    }
    document.getElementById('plan-status').textContent = `job ${job.id}: ${job.state} ${job.error || ''}`;
    if (job.state === 'succeeded') showPlan(job.result);
  } catch (e) {
    showError(error, e);
  }
}

function showPlan(r) {
  document.getElementById('plan-result').innerHTML = `<p id="plan-outcome">Status: <b>${escapeHtml(r.status)}</b></p>`
    + table([
      {label: 'Target', render: t => escapeHtml(t.description || t.id)},
      {label: 'Met before', render: t => t.metBefore ? 'yes' : 'no'},
      {label: 'Met after', render: t => t.metAfter === null ? '-' : (t.metAfter ? 'yes' : '<b>no</b>')},
    ], r.targets || [])
    + '<h3>Actions</h3>' + table([
      {label: 'Part', render: a => escapeHtml(a.part)},
      {label: 'Qualify', render: a => (a.qualify || []).map(q => escapeHtml(`${q.seller} @ ${q.site} (${q.country})`)).join('<br>') || '-'},
      {label: 'Phase out', render: a => escapeHtml((a.phaseOut || []).join(', ')) || '-'},
    ], r.actions || [])
    + `<details><summary>Full report (JSON)</summary><pre>${escapeHtml(JSON.stringify(r, null, 2))}</pre></details>`;
}

async function runMatch() {
  error.textContent = '';
  try {
    const r = await api(`/api/versions/${version}/match?top=50`);
    document.getElementById('match-result').innerHTML = `<p>${r.pairs} buyer-seller pairs; the best 50:</p>` + table([
      {label: 'Score', num: true, render: p => num(p.score, 3)},
      {label: 'Buyer', render: p => escapeHtml(p.buyerName || p.buyer)},
      {label: 'Part', render: p => escapeHtml(p.part)},
      {label: 'Risks', render: p => escapeHtml(p.risks.join(', '))},
      {label: 'Seller', render: p => escapeHtml(`${p.sellerName || p.seller} (${p.sellerCountry})`)},
      {label: 'Export', render: p => escapeHtml(p.exportNote || '')},
    ], r.matches);
  } catch (e) {
    showError(error, e);
  }
}

function agendaQuery() {
  return 'slots=' + encodeURIComponent(document.getElementById('agenda-slots').value)
    + '&rooms=' + document.getElementById('agenda-rooms').value + '&pairs=' + document.getElementById('agenda-pairs').value;
}

async function runAgenda() {
  error.textContent = '';
  try {
    const query = agendaQuery();
    const r = await api(`/api/versions/${version}/agenda?${query}`);
    document.getElementById('agenda-result').innerHTML =
      `<p>${r.meetings} meeting(s) scheduled, ${r.unscheduled} not; priority held ${num(r.priorityHeld)} of ${num(r.priorityRequested)}`
      + `${r.optimal ? ' (optimal)' : ''}</p>` + table([
        {label: 'Start', render: m => m.start.substring(0, 16).replace('T', ' ')},
        {label: 'Room', num: true, render: m => m.room},
        {label: 'Buyer', render: m => escapeHtml(m.buyer)},
        {label: 'Seller', render: m => escapeHtml(m.seller)},
        {label: 'Topics', render: m => escapeHtml(m.topics.join(', '))},
      ], r.scheduled)
      + '<p>Calendars (.ics): ' + r.participants.map(o =>
        `<a href="/api/versions/${version}/export/agenda.ics?organization=${encodeURIComponent(o)}&${query}">${escapeHtml(o)}</a>`).join(' · ') + '</p>';
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
document.getElementById('match-run').addEventListener('click', runMatch);
document.getElementById('agenda-run').addEventListener('click', runAgenda);
await versionPicker(document.getElementById('version'), v => { version = v; });
