// The clusters beside the map: a list to choose one from (the keyboard's way in), and the chosen cluster's
// needs, nearest centre, providers in reach and gaps, from detectNeedClusters.
import { h, fill, decimal, words, placeName } from '../dom.js';

export function renderClusterList(list, features, onChoose) {
  fill(list, features.map((f) => h('li', {},
    h('button', { type: 'button', dataset: { key: f.properties.key }, 'aria-pressed': 'false', on: { click: () => onChoose(f.properties.key, true) } },
      h('strong', {}, `${f.properties.number}.`),
      h('span', {}, `${f.properties.familiesAffected} families · ${f.properties.wards.map(placeName).join(', ')}`),
      f.properties.gaps.length ? h('span', { class: 'gap-flag' }, `${f.properties.gaps.length} gap${f.properties.gaps.length === 1 ? '' : 's'}`) : null))));
}

export function markChosen(list, key) {
  for (const button of list.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.key === key));
}

/** The panel from the layer's properties at once, then from the cluster's details when they arrive (null: not available). */
export function renderCluster(panel, properties, details) {
  panel.hidden = false;
  const heading = h('h2', { id: 'cluster-heading', tabindex: '-1' }, `Cluster ${properties.number}`);
  const figures = h('p', { class: 'figures' },
    `${properties.familiesAffected} families · ${properties.needCount} needs · ${decimal(properties.areaKm2, 2)} km² · intensity ${decimal(properties.intensity, 0)}`);
  if (details === undefined) {
    fill(panel, heading, figures, h('p', {}, 'Loading what covers it…'));
    return;
  }
  if (details === null) {
    fill(panel, heading, figures, h('p', { class: 'notice warning' }, 'Its coverage could not be loaded; the map shows its gaps and nearest centre: '),
      h('p', {}, `Nearest centre: ${properties.nearestCentre ?? 'unknown'}`), gapsFromCodes(properties.gaps));
    return;
  }
  const { coverage } = details;
  fill(panel, heading, figures,
    h('p', { class: 'hint' }, `Wards: ${details.wards.map((w) => w.name).join(', ')}`),
    h('h3', {}, 'Needs'),
    shares(details),
    h('h3', {}, 'Nearest children\'s centre'),
    nearest(coverage),
    h('h3', {}, `Gaps within ${decimal(coverage.radiusKm, 0)} km`),
    coverage.gaps.length === 0
      ? h('p', {}, `None: every needed category is delivered within reach (coverage ${decimal(coverage.score * 100, 0)} %).`)
      : h('ul', { class: 'gap-list' }, coverage.gaps.map((g) => h('li', {}, h('strong', {}, g.name), ': nobody within reach delivers it'))),
    h('h3', {}, `Providers in reach (${coverage.providers.totalCount})`),
    providers(coverage.providers));
}

function shares(details) {
  const dominant = new Set(details.dominantCategories.map((c) => c.serviceCategory.code));
  return h('ul', { class: 'share-list' }, details.categories.map((c) => {
    const bar = h('span', {});
    bar.style.width = `${(c.share * 100).toFixed(1)}%`;
    return h('li', { class: dominant.has(c.serviceCategory.code) ? 'dominant' : '' },
      h('span', {}, c.serviceCategory.name, dominant.has(c.serviceCategory.code) ? ' (main need)' : ''),
      h('span', {}, `${c.familiesAffected} families`),
      h('span', { class: 'bar', 'aria-hidden': 'true' }, bar));
  }));
}

function nearest(coverage) {
  const centre = coverage.nearestCentre;
  if (!centre) return h('p', {}, 'No centre\'s location is known.');
  return h('p', {}, h('strong', {}, centre.centre.name), ` · ${decimal(centre.distanceKm, 1)} km from the cluster's centre`,
    centre.isWithinRadius ? ' (within reach)' : ' (beyond reach: its services do not count)');
}

function providers(connection) {
  if (connection.nodes.length === 0) return h('p', {}, 'None.');
  return h('ul', { class: 'provider-list' }, connection.nodes.map((p) => h('li', {},
    h('strong', {}, p.organisation.name),
    h('span', { class: 'meta' }, [
      words(p.organisation.sizeBand),
      p.distanceKm === null ? 'base unknown' : `${decimal(p.distanceKm, 1)} km`,
      p.categories.map((c) => c.name).join(', '),
    ].join(' · ')))));
}

function gapsFromCodes(codes) {
  return codes.length === 0 ? h('p', {}, 'No gaps within reach.') : h('ul', { class: 'gap-list' }, codes.map((code) => h('li', {}, words(code))));
}
