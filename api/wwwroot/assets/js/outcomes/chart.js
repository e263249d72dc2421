// A small chart per indicator: its values over time (a line with points) against its target (a dashed line), drawn
// as SVG by Chartist, with the baseline as a grey point. The SVG is decoration for sighted readers: the same figures
// are the chart's text alternative.
import { h } from '../dom.js';
import { statusText, figure, day, shortDay } from './format.js';

export function drawChart(item, progress) {
  const { indicator, history, target } = progress;
  const points = history.length ? history : [];
  const summary = points.length
    ? `${points.map((r) => `${figure(r.value, indicator.unit)} on ${day(r.on)}`).join(', ')}; target ${figure(target, indicator.unit)}; ${statusText(progress.status).toLowerCase()}.`
    : `No values yet; target ${figure(target, indicator.unit)}.`;
  const plot = h('div', { class: 'chart', role: 'img', 'aria-label': `${indicator.name}: ${summary}` });
  item.append(h('h4', {}, indicator.name), plot, h('p', { class: 'chart-caption' }, summary));

  // From the period's start (the baseline) through each value to its end (the target), so the target is always a line.
  const labels = ['Start', ...points.map((r) => shortDay(r.on)), 'End'];
  const values = points.map((r) => r.value);
  const everything = [...values, target, progress.baseline ?? target];
  const high = indicator.unit === 'PERCENT' ? Math.max(100, ...everything) : Math.max(...everything) * 1.15 || 1;
  const chart = new window.Chartist.LineChart(plot, {
    labels,
    series: [
      { name: 'target', className: 'series-target', data: labels.map(() => target) },
      { name: 'baseline', className: 'series-baseline', data: [progress.baseline, ...values.map(() => null), null] },
      { name: 'value', className: 'series-value', data: [null, ...values, null] },
    ],
  }, {
    height: '7.5rem',
    low: Math.min(0, ...everything),
    high,
    fullWidth: true,
    showArea: false,
    lineSmooth: false,
    chartPadding: { top: 8, right: 20, bottom: 0, left: 0 },
    axisX: { showGrid: false },
    axisY: { onlyInteger: indicator.unit !== 'PERCENT', labelInterpolationFnc: (v) => (indicator.unit === 'PERCENT' ? `${v}%` : v) },
  });
  return new Promise((resolve) => chart.on('created', () => {
    plot.querySelector('svg')?.setAttribute('aria-hidden', 'true');
    resolve();
  }));
}
