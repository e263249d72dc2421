// The organisation half of the finder: search results, the chosen organisation's needs, and the need filter.
import { h, fill, words } from '../dom.js';

const priorityWords = { 1: 'would help', 2: 'important', 3: 'urgent' };

export function renderResults(list, organisations, onChoose) {
  fill(list, organisations.map((o) => h('li', {},
    h('button', { type: 'button', dataset: { id: o.id }, 'aria-pressed': 'false', on: { click: () => onChoose(o.id) } },
      o.name,
      h('span', { class: 'meta' }, [words(o.sizeBand), o.postcodeArea].filter(Boolean).join(' · '))))));
}

export function markChosen(list, id) {
  for (const button of list.querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.id === id));
  }
}

export function renderOrganisation(container, organisation) {
  container.hidden = false;
  const needs = organisation.needs.length === 0
    ? h('p', { class: 'hint' }, 'No needs recorded, so no mentor can be suggested yet.')
    : h('ul', { class: 'need-list', 'aria-label': 'Its needs, most urgent first' },
      organisation.needs.map((n) => h('li', {},
        h('span', {}, n.area.name),
        h('span', { class: `priority p${n.priority}` }, priorityWords[n.priority] ?? `priority ${n.priority}`))));
  fill(container, h('div', { class: 'organisation-card' },
    h('h3', { id: 'organisation-name-heading' }, organisation.name),
    h('p', { class: 'hint' }, `${words(organisation.sizeBand)} organisation${organisation.postcodeArea ? ` · ${organisation.postcodeArea}` : ''}`),
    h('h4', {}, 'Needs help with'),
    needs));
}

/** One checkbox per capacity area, the organisation's own needs first and marked. */
export function renderCoveringOptions(container, areas, needs) {
  const needed = new Set(needs.map((n) => n.area.code));
  const ordered = [...areas.filter((a) => needed.has(a.code)), ...areas.filter((a) => !needed.has(a.code))];
  fill(container, ordered.map((area) => h('label', { class: needed.has(area.code) ? 'own-need' : '' },
    h('input', { type: 'checkbox', name: 'covering', value: area.code }),
    needed.has(area.code) ? `${area.name} (a need)` : area.name)));
}
