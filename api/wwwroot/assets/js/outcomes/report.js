// One centre's report: its specification's indicators as a table against their targets, then a small chart each.
import { h, fill } from '../dom.js';
import { statusText, statusMark, figure, day } from './format.js';
import { drawChart } from './chart.js';

export function renderReport(section, centre) {
  const spec = centre.specification;
  fill(section.querySelector('#report-heading'), centre.name);
  const rows = section.querySelector('#indicator-rows');
  const charts = section.querySelector('#charts');
  if (!spec) {
    fill(section.querySelector('#report-period'), 'No service specification is in force for this centre.');
    fill(rows);
    fill(charts);
    return Promise.resolve();
  }

  fill(section.querySelector('#report-period'),
    `Service specification ${day(spec.periodStart)} to ${day(spec.periodEnd)} · ${spec.indicators.length} indicators`,
    spec.isSynthetic ? ' · demo figures (synthetic)' : '');
  fill(rows, spec.indicators.map(row));
  const items = spec.indicators.map((p) => h('li', { class: 'chart-item', dataset: { code: p.indicator.code } }));
  fill(charts, items);
  return Promise.all(spec.indicators.map((p, i) => drawChart(items[i], p)));
}

function row(progress) {
  const { indicator, latest } = progress;
  return h('tr', { dataset: { code: indicator.code, status: progress.status } },
    h('th', { scope: 'row' }, indicator.name,
      h('span', { class: 'basis' }, indicator.basis === 'COMPUTED' ? 'computed by the directory' : 'recorded')),
    h('td', { class: 'number' }, figure(progress.baseline, indicator.unit)),
    h('td', { class: 'number' }, figure(progress.target, indicator.unit),
      h('span', { class: 'basis' }, indicator.direction === 'LOWER_IS_BETTER' ? 'or lower' : 'or higher')),
    h('td', { class: 'number' }, figure(latest?.value, indicator.unit),
      latest ? h('span', { class: 'basis' }, latest.isComputed ? 'now' : day(latest.on)) : null),
    h('td', {}, h('span', { class: `status ${progress.status.toLowerCase().replace('_', '-')}` },
      h('span', { 'aria-hidden': 'true' }, statusMark(progress.status)), ' ', statusText(progress.status))),
    h('td', { class: 'why' }, progress.explanation));
}
