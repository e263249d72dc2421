// The map's five layers, each drawn from its GeoJSON file: detected clusters at the bottom, centres on top.
import { h, words, decimal } from '../dom.js';
import { organisationStyle, needStyle, clusterStyle, outreachStyle } from './styles.js';

const L = window.L;

/** In drawing order, bottom first. */
export const layerDefinitions = [
  { name: 'clusters', label: 'Detected clusters of need', swatch: 'cluster' },
  { name: 'outreach-clusters', label: 'Curated outreach clusters', swatch: 'outreach' },
  { name: 'needs', label: 'Identified need (per ~250 m cell)', swatch: 'need' },
  { name: 'organisations', label: 'Organisations (by size band)', swatch: 'organisation' },
  { name: 'centres', label: "Children's centres", swatch: 'centre' },
];

export function buildLayer(name, collection, context) {
  switch (name) {
    case 'centres':
      return L.geoJSON(collection, {
        pointToLayer: (feature, latlng) => L.marker(latlng, {
          icon: L.divIcon({ className: 'centre-marker', iconSize: [16, 16] }),
          title: feature.properties.name,
          alt: feature.properties.name,
          keyboard: true,
        }),
        onEachFeature: (feature, layer) => layer.bindTooltip(tip(feature.properties.name,
          `${words(feature.properties.status2013)} centre`, feature.properties.operator ? `Run by ${feature.properties.operator}` : null)),
      });
    case 'organisations':
      return L.geoJSON(collection, {
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, organisationStyle(feature.properties)),
        onEachFeature: (feature, layer) => layer.bindTooltip(tip(feature.properties.name,
          `${words(feature.properties.sizeBand)} · ${words(feature.properties.kind)}`, feature.properties.willingToMentor ? 'Willing to mentor' : null)),
      });
    case 'needs':
      return L.geoJSON(collection, {
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, needStyle(feature.properties)),
        onEachFeature: (feature, layer) => layer.bindTooltip(tip(`${feature.properties.families} families`,
          `${feature.properties.needCount} identified need${feature.properties.needCount === 1 ? '' : 's'} in this cell`,
          Object.entries(feature.properties.familiesByCategory).map(([code, n]) => `${words(code)} ${n}`).join(', '))),
      });
    case 'clusters':
      return L.geoJSON(collection, {
        style: (feature) => clusterStyle(feature.properties, context.scale),
        onEachFeature: (feature, layer) => {
          context.hulls.set(feature.properties.key, layer);
          layer.bindTooltip(tip(`Cluster ${feature.properties.number}`, `${feature.properties.familiesAffected} families · intensity ${decimal(feature.properties.intensity, 0)}`,
            feature.properties.gaps.length ? `Gaps: ${feature.properties.gaps.map(words).join(', ')}` : 'No gaps in reach'), { sticky: true });
          layer.on('click', () => context.select(feature.properties.key));
        },
      });
    case 'outreach-clusters':
      return L.geoJSON(collection, {
        style: () => outreachStyle(),
        pointToLayer: (feature, latlng) => L.circleMarker(latlng, outreachStyle()),
        onEachFeature: (feature, layer) => layer.bindTooltip(tip(feature.properties.name,
          `${feature.properties.familiesAffected} families · ${feature.properties.needCount} needs`,
          feature.properties.childrensCentre ? `Linked to ${feature.properties.childrensCentre}` : null), { sticky: true }),
      });
    default:
      throw new Error(`No such layer: ${name}`);
  }
}

function tip(title, ...lines) {
  return h('div', { class: 'map-tip' }, h('strong', {}, title), ...lines.filter(Boolean).map((line) => h('div', {}, line)));
}
