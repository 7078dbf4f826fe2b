import {api, init, table, escapeHtml} from './common.js';

await init('audit');
const events = await api('/api/audit?limit=500');
document.getElementById('audit').innerHTML = table([
  {label: 'At', render: e => e.at.substring(0, 19).replace('T', ' ')},
  {label: 'User', render: e => escapeHtml(e.username)},
  {label: 'Action', render: e => escapeHtml(e.action)},
  {label: 'Target', render: e => escapeHtml(e.target)},
  {label: 'Detail', render: e => escapeHtml(e.detail)},
], events);
