import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import {api, init, versionPicker, num, pill, table, escapeHtml, showError} from './common.js';

// World geometry ships with the app: the jqvmap webjar's SVG paths keyed by ISO 3166-1 alpha-2 code.
async function registerWorld() {
  const text = await (await fetch('/webjars/jqvmap/dist/maps/jquery.vmap.world.js')).text();
  const data = JSON.parse(text.substring(text.indexOf('{'), text.lastIndexOf('}') + 1));
  const paths = Object.entries(data.paths).map(([code, p]) =>
    `<path name="${code.toUpperCase()}" d="${p.path}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${data.width}" height="${data.height}">${paths}</svg>`;
  echarts.registerMap('world', {svg});
}

const chart = echarts.init(document.getElementById('map'));
window.addEventListener('resize', () => chart.resize());
let countries = [];

function draw() {
  const measure = document.getElementById('measure').value;
  const max = Math.max(1e-9, ...countries.map(c => c[measure]));
  chart.setOption({
    tooltip: {trigger: 'item', formatter: p => {
      const c = countries.find(x => x.code === p.name);
      return c ? `${escapeHtml(c.name)} (${c.code}, ${c.alignmentClass})<br>sites ${c.sites}, qualified sources ${c.qualifiedSources}`
        + `<br>parts ${c.parts}, supply ${num(c.qualifiedSupply)}` : p.name;
    }},
    visualMap: {min: 0, max, left: 10, bottom: 10, calculable: true, inRange: {color: ['#dbe8f6', '#1f5fa8']}},
    series: [{type: 'map', map: 'world', roam: true, emphasis: {label: {show: false}},
      itemStyle: {areaColor: '#eceff3', borderColor: '#fff'},
      data: countries.map(c => ({name: c.code, value: c[measure]}))}],
  }, true);
}

async function show(version) {
  const error = document.getElementById('error');
  error.textContent = '';
  try {
    countries = await api(`/api/versions/${version}/countries`);
    draw();
    document.getElementById('countries').innerHTML = table([
      {label: 'Country', render: c => `${escapeHtml(c.name)} (${c.code})`},
      {label: 'Class', render: c => pill(c.alignmentClass)},
      {label: 'Sites', num: true, render: c => c.sites},
      {label: 'Qualified sources', num: true, render: c => c.qualifiedSources},
      {label: 'Parts', num: true, render: c => c.parts},
      {label: 'Supply', num: true, render: c => num(c.qualifiedSupply)},
      {label: 'Organizations', render: c => escapeHtml(c.organizations.join(', '))},
    ], countries.slice().sort((a, b) => b.qualifiedSupply - a.qualifiedSupply));
  } catch (e) {
    showError(error, e);
  }
}

document.getElementById('measure').addEventListener('change', draw);
await init('world map');
await registerWorld();
await versionPicker(document.getElementById('version'), show);
