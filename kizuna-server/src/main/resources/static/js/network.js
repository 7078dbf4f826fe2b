import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import {api, init, versionPicker, CLASS_COLORS, pct, num, pill, table, escapeHtml, showError} from './common.js';

const RISK_COLORS = {'single-source': '#d32f2f', concern: '#e08a00', concentrated: '#f2c037', unmapped: '#6b4fa0', ok: '#3a9d5d'};
const chart = echarts.init(document.getElementById('graph'));
window.addEventListener('resize', () => chart.resize());
let version = null;
let graph = null;

async function loadSystems(v) {
  version = v;
  const events = await api(`/api/versions/${v}/events`);
  const select = document.getElementById('system');
  const previous = select.value;
  select.innerHTML = events.systems.map(s => `<option value="${escapeHtml(s.id)}">${escapeHtml(s.label)}</option>`).join('');
  if (events.systems.some(s => s.id === previous)) select.value = previous;
  await draw();
}

async function draw() {
  const error = document.getElementById('error');
  error.textContent = '';
  try {
    const system = document.getElementById('system').value;
    graph = await api(`/api/versions/${version}/network?system=${encodeURIComponent(system)}`);
    const byClass = document.getElementById('colour').value === 'class';
    const tiers = {};
    graph.nodes.forEach(n => (tiers[n.tier] = tiers[n.tier] || []).push(n));
    const tallest = Math.max(...Object.values(tiers).map(c => c.length));
    const element = document.getElementById('graph');
    element.style.height = Math.max(560, tallest * 22 + 60) + 'px';
    chart.resize();
    const nodes = graph.nodes.map(n => {
      const column = tiers[n.tier];
      const i = column.indexOf(n);
      return {id: n.id, name: n.name, x: n.tier * 300, y: (i - (column.length - 1) / 2) * 22,
        symbolSize: n.tier === 0 ? 26 : 16, value: n.risk,
        itemStyle: {color: byClass ? CLASS_COLORS[n.alignmentClass] : RISK_COLORS[n.risk]},
        label: {show: true, position: 'right', fontSize: 11, width: 220, overflow: 'truncate'}};
    });
    chart.setOption({
      animation: false,
      tooltip: {formatter: p => p.dataType === 'node'
          ? `${escapeHtml(p.data.name)}<br>${escapeHtml(p.data.id)}<br>risk: ${p.data.value}`
          : `${escapeHtml(p.data.source)} needs ${p.data.value} x ${escapeHtml(p.data.target)}`},
      series: [{type: 'graph', layout: 'none', roam: true, left: 30, right: 240, top: 20, bottom: 20, data: nodes, edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 6, lineStyle: {color: '#9aa3ad', opacity: 0.7, curveness: 0.1},
        links: graph.edges.map(e => ({source: e.parent, target: e.child, value: e.quantity}))}],
    }, true);
    const colours = byClass ? CLASS_COLORS : RISK_COLORS;
    document.getElementById('legend').innerHTML = Object.entries(colours)
      .map(([k, c]) => `<span class="pill" style="background:${c}">${k}</span>`).join(' ')
      + ` &nbsp; tiers left to right; ${graph.nodes.length} parts` + (graph.truncated ? ' (truncated)' : '');
    showPart(graph.nodes[0]);
  } catch (e) {
    showError(error, e);
  }
}

function showPart(node) {
  if (!node) return;
  document.getElementById('part-title').textContent = `${node.name} (${node.id}), tier ${node.tier}`;
  document.getElementById('part').innerHTML = `<p>Risk: <b>${node.risk}</b>, country HHI ${num(node.countryHhi, 0)}</p>` + table([
    {label: 'Site', render: s => escapeHtml(s.site)},
    {label: 'Organization', render: s => escapeHtml(s.organization)},
    {label: 'Country', render: s => s.country},
    {label: 'Class', render: s => pill(s.alignmentClass)},
    {label: 'Status', render: s => s.status},
    {label: 'Share', num: true, render: s => pct(s.share)},
  ], node.sources);
}

chart.on('click', p => {
  if (p.dataType === 'node' && graph) showPart(graph.nodes.find(n => n.id === p.data.id));
});
document.getElementById('system').addEventListener('change', draw);
document.getElementById('colour').addEventListener('change', draw);
await init('supply network');
await versionPicker(document.getElementById('version'), loadSystems);
