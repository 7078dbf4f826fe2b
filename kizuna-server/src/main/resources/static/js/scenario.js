import {api, init, versionPicker, canRun, pct, money, num, table, escapeHtml, showError} from './common.js';

// Each analysis: how to run it (a synchronous GET or a background job) and how to show its result.
const ANALYSES = {
  knockout: {label: 'Knock-out (events)', needsEvents: true, sync: true},
  sweep: {label: 'Chokepoint sweep (job)', job: true, basis: true},
  stress: {label: 'Stress test: TTR / TTS (job)', job: true, ttr: true},
  surge: {label: 'Surge capacity', sync: true, surge: true},
  stockpile: {label: 'Stockpile sizing (job)', job: true, ttr: true, budget: true},
};

let version = null;
let catalog = null;
const chosen = new Set();
let currentJob = null;

async function load(v) {
  version = v;
  catalog = await api(`/api/versions/${v}/events`);
  document.getElementById('system').innerHTML = catalog.systems
    .map(y => `<option value="${escapeHtml(y.id)}">${escapeHtml(y.label)}</option>`).join('');
  renderChoices();
}

function renderChoices() {
  const kind = document.getElementById('kind').value;
  const filter = document.getElementById('filter').value.toLowerCase();
  const items = catalog[kind].filter(c => !filter || (c.id + ' ' + c.label).toLowerCase().includes(filter)).slice(0, 300);
  document.getElementById('choices').innerHTML = items.map(c =>
    `<label style="display:block"><input type="checkbox" data-event="${escapeHtml(c.event)}" ${chosen.has(c.event) ? 'checked' : ''}>
     ${escapeHtml(c.label)} <span class="muted">${escapeHtml(c.event)}</span></label>`).join('');
}

function renderChosen() {
  document.getElementById('chosen').textContent = chosen.size ? [...chosen].join(', ') : 'none';
}

function options() {
  const analysis = document.getElementById('analysis').value;
  const spec = ANALYSES[analysis];
  document.getElementById('ttr-label').classList.toggle('hidden', !spec.ttr);
  document.getElementById('basis-label').classList.toggle('hidden', !spec.basis);
  ['system', 'weeks', 'factor'].forEach(id => document.getElementById(id + '-label').classList.toggle('hidden', !spec.surge));
  document.getElementById('budget-label').classList.toggle('hidden', !spec.budget);
}

async function run() {
  const error = document.getElementById('error');
  error.textContent = '';
  const analysis = document.getElementById('analysis').value;
  const spec = ANALYSES[analysis];
  const events = [...chosen];
  const result = document.getElementById('result');
  result.innerHTML = '';
  try {
    if (spec.needsEvents && !events.length) throw new Error('choose at least one event');
    if (spec.surge) {
      const query = `system=${encodeURIComponent(document.getElementById('system').value)}`
        + `&weeks=${document.getElementById('weeks').value}&demandFactor=${document.getElementById('factor').value}`;
      showResult(analysis, await api(`/api/versions/${version}/surge?${query}`));
      return;
    }
    if (spec.sync) {
      const query = events.map(e => 'event=' + encodeURIComponent(e)).join('&');
      showResult(analysis, await api(`/api/versions/${version}/${analysis}?${query}`));
      return;
    }
    const parameters = {};
    if (events.length) parameters.events = events;
    if (spec.basis) parameters.basis = document.getElementById('basis').value;
    const ttr = document.getElementById('ttr').value;
    if (spec.ttr && ttr) parameters.ttrWeeks = Number(ttr);
    if (spec.budget) parameters.budget = Number(document.getElementById('budget').value);
    if (analysis === 'stockpile') delete parameters.events;
    currentJob = await api('/api/jobs', {method: 'POST', body: {kind: analysis, version, parameters}});
    await follow(currentJob.id);
  } catch (e) {
    showError(error, e);
  }
}

async function follow(id) {
  const progress = document.getElementById('progress');
  const status = document.getElementById('status');
  const cancel = document.getElementById('cancel');
  progress.classList.remove('hidden');
  cancel.classList.remove('hidden');
  for (;;) {
    const job = await api(`/api/jobs/${id}`);
    progress.value = job.progress.fraction;
    status.textContent = `job ${job.id}: ${job.state} ${job.progress.total ? `(${job.progress.done}/${job.progress.total})` : ''}`;
    if (['succeeded', 'failed', 'cancelled'].includes(job.state)) {
      cancel.classList.add('hidden');
      if (job.state === 'succeeded') showResult(job.kind, job.result);
      else status.textContent += ': ' + (job.error || '');
      return;
    }
    await new Promise(r => setTimeout(r, 400));
  }
}

function showResult(kind, r) {
  const result = document.getElementById('result');
  if (kind === 'knockout') {
    const lost = r.systems.reduce((s, y) => s + y.weeklyValueAtRisk, 0);
    result.innerHTML = `<p id="impact">Weekly value at risk: <b>${money(lost)}</b>; systems unavailable:
      <b>${r.systems.filter(y => !y.available).length}</b> of ${r.systems.length}</p>` + table([
      {label: 'System', render: y => escapeHtml(y.id)},
      {label: 'Available', render: y => y.available ? 'yes' : '<b>no</b>'},
      {label: 'Volume', num: true, render: y => pct(y.volumeFraction)},
      {label: 'Weekly value at risk', num: true, render: y => money(y.weeklyValueAtRisk)},
    ], r.systems) + explanations(r.explanations || [])
      + (r.notes && r.notes.length ? `<p class="muted">${r.notes.map(escapeHtml).join('<br>')}</p>` : '');
  } else if (kind === 'sweep') {
    result.innerHTML = `<p id="impact">${r.events} events swept (${r.basis})</p>` + table([
      {label: '#', render: e => e.rank},
      {label: 'Event', render: e => escapeHtml(e.event)},
      {label: 'Weekly value at risk', num: true, render: e => money(e.weeklyValueAtRisk)},
      {label: 'Systems stopped', render: e => escapeHtml(e.systemsStopped.join(', '))},
    ], r.ranking);
  } else if (kind === 'stress' && r.scenarios) {
    result.innerHTML = `<p id="impact">${r.scenarios.length} scenario(s)</p>` + table([
      {label: 'Events', render: s => escapeHtml(s.events.join(', '))},
      {label: 'TTR (weeks)', num: true, render: s => num(s.ttrWeeks)},
      {label: 'Impact', num: true, render: s => money(s.performanceImpact)},
      {label: 'TTS (weeks)', num: true, render: s => num(s.ttsWeeks) + (s.ttsCapped ? '+' : '')},
      {label: 'Risk exposure index', num: true, render: s => num(s.riskExposureIndex, 3)},
    ], r.scenarios);
  } else if (kind === 'surge') {
    result.innerHTML = `<p id="impact">${escapeHtml(r.system)} over ${num(r.weeks)} weeks: needs ${num(r.requiredUnits)},
      can deliver ${r.unbounded ? 'without limit' : num(r.maxUnits)}; demand ${r.demandMet ? 'met' : '<b>not met</b>'}</p>`
      + `<pre>${escapeHtml(JSON.stringify(r.limits, null, 2))}</pre>`;
  } else if (kind === 'stockpile') {
    result.innerHTML = `<p id="impact">Extra pooled stock for ${money(r.totalCost)} a year of holding cost:
      ${r.fixed.length} scenario(s) fixed, ${r.notFixed.length} not</p>` + table([
      {label: 'Part', render: p => escapeHtml(p.part)},
      {label: 'Units', num: true, render: p => num(p.units)},
      {label: 'Holding cost / year', num: true, render: p => money(p.holdingCost)},
    ], r.purchases);
  } else {
    result.innerHTML = `<pre id="impact">${escapeHtml(JSON.stringify(r, null, 2))}</pre>`;
  }
}

// Why each lost system is lost: the chain of parts down to the knocked-out sites or part.
function explanations(chains) {
  if (!chains.length) return '';
  return '<h3>Why</h3><ul>' + chains.map(c => {
    const last = c.steps[c.steps.length - 1] || {};
    const cause = last.partKnockedOut ? `${escapeHtml(last.part)} knocked out`
      : `sites down: ${escapeHtml((last.sitesKnockedOut || []).join(', '))}`;
    return `<li><b>${escapeHtml(c.system)}</b>: ${c.steps.map(s => escapeHtml(s.part)).join(' → ')} (${cause})</li>`;
  }).join('') + '</ul>';
}

document.getElementById('kind').addEventListener('change', renderChoices);
document.getElementById('filter').addEventListener('input', renderChoices);
document.getElementById('choices').addEventListener('change', e => {
  const event = e.target.dataset.event;
  if (e.target.checked) chosen.add(event); else chosen.delete(event);
  renderChosen();
});
document.getElementById('analysis').addEventListener('change', options);
document.getElementById('run').addEventListener('click', run);
document.getElementById('cancel').addEventListener('click', async () => {
  if (currentJob) await api(`/api/jobs/${currentJob.id}/cancel`, {method: 'POST'});
});

await init('scenarios');
const capabilities = await api('/api/capabilities');
const available = Object.entries(ANALYSES).filter(([k, spec]) =>
  spec.job ? capabilities.jobs.includes(k) && canRun() : capabilities.analyses.includes(k));
document.getElementById('analysis').innerHTML = available.map(([k, spec]) => `<option value="${k}">${spec.label}</option>`).join('');
if (!available.length) document.getElementById('run').disabled = true;
else options();
await versionPicker(document.getElementById('version'), load);
