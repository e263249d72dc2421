// The borough view: for each indicator, how many centres stand where, and which miss their target.
import { h, fill } from '../dom.js';
import { statusText } from './format.js';

export function renderBorough(section, summaries) {
  section.hidden = false;
  fill(section.querySelector('#summary-rows'), summaries.map((s) => h('tr', { dataset: { code: s.indicator.code } },
    h('th', { scope: 'row' }, s.indicator.name,
      h('span', { class: 'basis' }, s.indicator.basis === 'COMPUTED' ? 'computed by the directory' : 'recorded')),
    h('td', { class: 'number' }, String(s.onTrack)),
    h('td', { class: 'number' }, String(s.atRisk)),
    h('td', { class: 'number' }, String(s.offTrack)),
    h('td', { class: 'number' }, String(s.noData)),
    h('td', { class: 'missing' }, missing(s.centres)))));
}

function missing(centres) {
  const behind = centres.filter((c) => c.status === 'OFF_TRACK' || c.status === 'AT_RISK');
  return behind.length === 0 ? 'None' : behind.map((c) => `${c.centre.name} (${statusText(c.status).toLowerCase()})`).join('; ');
}
