// The chosen centre: the categories its specification requires, the active services delivered there (a table), and
// the required categories none of them covers.
import { h, fill } from '../dom.js';

export function renderCentre(panel, centre) {
  const required = centre.requiredCategories.nodes;
  const uncovered = new Set(centre.uncoveredCategories.map((c) => c.code));
  panel.hidden = false;
  fill(panel,
    h('h2', { id: 'centre-heading' }, centre.name),
    centre.ward ? h('p', { class: 'hint' }, `In ${centre.ward.name}.`) : null,
    h('div', { class: 'centre-columns' },
      h('section', { 'aria-labelledby': 'required-heading' },
        h('h3', { id: 'required-heading' }, `Required categories (${required.length})`),
        required.length === 0
          ? h('p', { class: 'hint' }, 'Its specification names no category.')
          : h('ul', { id: 'required-categories', class: 'chips' }, required.map((c) =>
            h('li', { class: `chip ${uncovered.has(c.code) ? 'left' : 'covered'}`, dataset: { code: c.code } },
              c.name, h('span', { class: 'visually-hidden' }, uncovered.has(c.code) ? ' (a gap)' : ' (delivered)'))))),
      h('section', { 'aria-labelledby': 'gaps-heading' },
        h('h3', { id: 'gaps-heading' }, `Gaps (${centre.uncoveredCategories.length})`),
        centre.uncoveredCategories.length === 0
          ? h('p', { class: 'hint' }, 'None: an active service covers every required category.')
          : h('ul', { id: 'gaps', class: 'chips' }, centre.uncoveredCategories.map((c) => h('li', { class: 'chip left', dataset: { code: c.code } }, c.name))))),
    delivered(centre.services));
}

function delivered(services) {
  const heading = h('h3', { id: 'delivered-heading' }, `Delivered (${services.totalCount} active service${services.totalCount === 1 ? '' : 's'})`);
  if (services.nodes.length === 0) return h('section', { 'aria-labelledby': 'delivered-heading' }, heading, h('p', { class: 'hint' }, 'No active service is delivered here.'));
  return h('section', { 'aria-labelledby': 'delivered-heading' }, heading,
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'delivered-heading' },
      h('table', { id: 'delivered' },
        h('caption', { class: 'visually-hidden' }, 'Active services delivered at the centre'),
        h('thead', {}, h('tr', {}, ['Service', 'Category', 'Provider'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, services.nodes.map((s) => h('tr', {},
          h('th', { scope: 'row' }, s.name), h('td', {}, s.category.name), h('td', {}, s.provider.name)))))));
}

/** Code → name for the centre's categories, so the builder's codes read as names. */
export function categoryNames(centre) {
  return new Map([...centre.requiredCategories.nodes, ...centre.services.nodes.map((s) => s.category)].map((c) => [c.code, c.name]));
}
