import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import {api, init, versionPicker, CLASSES, CLASS_COLORS, pct, money, table, escapeHtml, showError} from './common.js';

const fleetChart = echarts.init(document.getElementById('fleet'));
const contentChart = echarts.init(document.getElementById('content'));
window.addEventListener('resize', () => { fleetChart.resize(); contentChart.resize(); });

async function show(version) {
  const error = document.getElementById('error');
  error.textContent = '';
  try {
    const d = await api(`/api/versions/${version}/dashboard`);
    document.getElementById('title').textContent = d.dataset.name;
    fleetChart.setOption({
      animationDuration: 300,
      tooltip: {trigger: 'item', valueFormatter: v => pct(v)},
      legend: {bottom: 0},
      series: [{type: 'pie', radius: ['40%', '70%'], name: `fleet (${d.fleet.units} units)`,
        data: CLASSES.filter(c => d.fleet.origin[c] > 0)
          .map(c => ({name: c, value: d.fleet.origin[c], itemStyle: {color: CLASS_COLORS[c]}}))}],
    }, true);
    contentChart.setOption({
      animationDuration: 300,
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: v => pct(v)},
      legend: {bottom: 0},
      grid: {left: 10, right: 20, top: 10, bottom: 60, containLabel: true},
      xAxis: {type: 'value', max: 1, axisLabel: {formatter: v => Math.round(100 * v) + '%'}},
      yAxis: {type: 'category', data: d.systems.map(s => s.name),
        axisLabel: {width: 150, overflow: 'truncate'}},
      series: CLASSES.map(c => ({name: c, type: 'bar', stack: 'content', itemStyle: {color: CLASS_COLORS[c]},
        data: d.systems.map(s => s.location[c])})),
    }, true);
    document.getElementById('systems').innerHTML = table([
      {label: 'System', render: s => escapeHtml(s.name)},
      {label: 'Unit value', num: true, render: s => money(s.value)},
      {label: 'Coverage', num: true, render: s => pct(s.coverage)},
      {label: 'Concern (location)', num: true, render: s => pct(s.location.concern)},
      {label: 'Concern (control)', num: true, render: s => pct(s.control.concern)},
      {label: 'Concern exposures', num: true, render: s => s.concernExposures},
    ], d.systems);
    document.getElementById('chokepoints').innerHTML = d.chokepoints.length ? table([
      {label: '#', render: c => c.rank},
      {label: 'Event', render: c => escapeHtml(c.event)},
      {label: 'Weekly value at risk', num: true, render: c => money(c.weeklyValueAtRisk)},
      {label: 'Systems stopped', render: c => escapeHtml(c.systemsStopped.join(', '))},
    ], d.chokepoints) : '<p class="muted">No chokepoint ranking on this server.</p>';
    document.getElementById('singles').innerHTML = table([
      {label: 'Part', render: s => escapeHtml(s.part)},
      {label: 'Site', render: s => escapeHtml(s.site)},
      {label: 'Country', render: s => s.country},
      {label: 'Systems', render: s => escapeHtml(s.systems.join(', '))},
    ], d.singleSources);
    document.getElementById('notes').innerHTML = d.notes.map(n => `<li>${escapeHtml(n)}</li>`).join('');
  } catch (e) {
    showError(error, e);
  }
}

await init('dashboard');
await versionPicker(document.getElementById('version'), show);
