// The map of need: every layer from /geo/{layer}.geojson over an optional tile base map, the detected clusters
// coloured by intensity with their gaps outlined, and the chosen cluster's coverage beside the map.
import { geoJson, graphql, explain } from '../api.js';
import { h, say } from '../dom.js';
import { layerDefinitions, buildLayer } from './layers.js';
import { intensityScale, clusterStyle } from './styles.js';
import { renderToggles, renderLegend } from './legend.js';
import { renderClusterList, markChosen, renderCluster } from './panel.js';
import { detectedClusters } from './queries.js';

const L = window.L;
const mapElement = document.getElementById('map');
const status = document.getElementById('map-status');
const clusterList = document.getElementById('cluster-list');
const clusterPanel = document.getElementById('cluster-panel');

const map = L.map(mapElement, { center: [50.725, -1.95], zoom: 13, zoomSnap: 0.25 });
L.control.scale({ imperial: false }).addTo(map);

// The panel's details load beside the layers; a click before they arrive shows what the layer knows meanwhile.
const details = graphql(detectedClusters)
  .then((data) => new Map(data.detectNeedClusters.clusters.map((c) => [c.key, c])))
  .catch(() => null);

const context = { hulls: new Map(), scale: null, selected: null, select: (key) => select(key, false) };
const collections = await loadLayers();
draw(collections);
// After the view is set, so that no tile is asked for at a zoom the map leaves at once.
addBaseMap(mapElement.dataset.tileUrl, mapElement.dataset.tileAttribution);

function addBaseMap(url, attribution) {
  if (!url) return;
  const tiles = L.tileLayer(url, { maxZoom: 19, attribution: escapeHtml(attribution) }).addTo(map);
  tiles.once('tileerror', () => say(status, 'The base map could not be loaded; the directory\'s own layers are drawn without it.', 'warning'));
}

async function loadLayers() {
  const results = await Promise.allSettled(layerDefinitions.map((layer) => geoJson(layer.name)));
  const failed = layerDefinitions.filter((_, i) => results[i].status === 'rejected');
  if (failed.length) {
    say(status, `Some layers could not be loaded: ${failed.map((l) => l.label).join(', ')}. ${explain(results.find((r) => r.status === 'rejected').reason)}`, 'error');
  } else {
    say(status, '');
  }
  return Object.fromEntries(layerDefinitions.map((layer, i) => [layer.name, results[i].status === 'fulfilled' ? results[i].value : null]));
}

function draw(loaded) {
  const clusters = loaded.clusters?.features ?? [];
  context.scale = intensityScale(clusters.length ? clusters.map((f) => f.properties.intensity) : [0]);
  const layers = {};
  for (const { name } of layerDefinitions) {
    if (loaded[name]) layers[name] = buildLayer(name, loaded[name], context).addTo(map);
  }

  const counts = Object.fromEntries(Object.entries(loaded).filter(([, c]) => c).map(([name, c]) => [name, c.features.length]));
  renderToggles(document.getElementById('layer-toggles'), counts, (name, on) => (on ? map.addLayer(layers[name]) : map.removeLayer(layers[name])));
  renderLegend(document.getElementById('legend'), context.scale);
  renderClusterList(clusterList, clusters, select);

  const drawn = Object.values(layers).filter((layer) => layer.getBounds?.().isValid());
  if (drawn.length) map.fitBounds(L.featureGroup(drawn).getBounds(), { padding: [16, 16] });
  mapElement.dataset.ready = 'true';
  requestAnimationFrame(() => performance.mark('useful'));
}

async function select(key, fromList) {
  const hull = context.hulls.get(key);
  if (!hull) return;
  if (context.selected && context.selected !== hull) {
    context.selected.setStyle(clusterStyle(context.selected.feature.properties, context.scale));
  }
  context.selected = hull;
  hull.setStyle(clusterStyle(hull.feature.properties, context.scale, true));
  if (fromList) map.fitBounds(hull.getBounds(), { padding: [40, 40], maxZoom: 15, animate: false });
  markChosen(clusterList, key);
  renderCluster(clusterPanel, hull.feature.properties, undefined);
  const all = await details;
  if (context.selected === hull) renderCluster(clusterPanel, hull.feature.properties, all ? all.get(key) ?? null : null);
  // The panel heads the side column: bring it into view, and for a keyboard choice from the list, move focus to it.
  clusterPanel.scrollIntoView({ block: 'start' });
  if (fromList) clusterPanel.querySelector('h2')?.focus();
}

function escapeHtml(text) {
  return h('span', {}, text ?? '').innerHTML;
}
