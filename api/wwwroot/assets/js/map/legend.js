// The layer toggles (checkboxes) and the legend beside the map.
import { h, fill, decimal } from '../dom.js';
import { sizeBands, intensityColours } from './styles.js';
import { layerDefinitions } from './layers.js';

const swatches = {
  cluster: () => swatch('#fb6a4a', '#7f1d1d'),
  outreach: () => swatch('#dbeafe', '#1d4ed8'),
  need: () => swatch('#a78bfa', '#5b21b6', true),
  organisation: () => swatch('#31a354', '#1f2933', true),
  centre: () => swatch('#0b4f6c', '#0b4f6c'),
};

export function renderToggles(container, counts, onToggle) {
  fill(container, layerDefinitions.map((layer) => {
    const id = `layer-${layer.name}`;
    return h('label', { for: id },
      h('input', { type: 'checkbox', id, name: layer.name, checked: true, disabled: counts[layer.name] === undefined,
        on: { change: (event) => onToggle(layer.name, event.target.checked) } }),
      swatches[layer.swatch](),
      `${layer.label} (${counts[layer.name] ?? 'not loaded'})`);
  }));
}

export function renderLegend(container, scale) {
  fill(container,
    h('p', { class: 'legend-row' }, 'Cluster intensity: families × severity per km²'),
    h('div', { class: 'legend-scale', 'aria-hidden': 'true' }, intensityColours.map((colour) => {
      const step = h('span', {});
      step.style.background = colour;
      return step;
    })),
    h('div', { class: 'legend-ends' }, h('span', {}, `${decimal(scale.low, 0)} (lowest)`), h('span', {}, `${decimal(scale.high, 0)} (highest)`)),
    h('p', { class: 'legend-row' }, swatch('transparent', '#b00020', false, true), 'Red dashed outline: a gap, a needed category nobody within reach delivers'),
    h('p', { class: 'legend-row' }, 'Organisations by size band; a dark ring means willing to mentor:'),
    sizeBands.slice(0, 5).map((band) => h('p', { class: 'legend-row' }, sizeDot(band), band.label)));
}

function swatch(fillColour, border, round = false, dashed = false) {
  const element = h('span', { class: `swatch${round ? ' round' : ''}`, 'aria-hidden': 'true' });
  element.style.background = fillColour;
  element.style.borderColor = border;
  if (dashed) element.style.borderStyle = 'dashed';
  return element;
}

function sizeDot(band) {
  const element = h('span', { class: 'swatch round', 'aria-hidden': 'true' });
  element.style.background = band.colour;
  element.style.width = element.style.height = `${band.radius * 2}px`;
  element.style.borderColor = '#fff';
  element.style.boxShadow = '0 0 0 1px #52606d';
  return element;
}
