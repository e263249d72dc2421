// The builder's alternatives for one kind, best first: the objective in a sentence, a table of members with what each
// covers, why it qualifies and why it was chosen, the categories left uncovered with what would unlock them, and a
// form to start the consortium.
import { h, fill, words } from '../dom.js';

export function renderAlternatives(list, options, names, onStart) {
  fill(list, options.alternatives.map((a) => card(a, options.kind, names, onStart)));
}

function card(alternative, kind, names, onStart) {
  const id = `${kind}-${alternative.rank}`;
  const name = (code) => names.get(code) ?? words(code);
  return h('li', { class: 'alternative', dataset: { rank: String(alternative.rank), lead: alternative.lead.name }, 'aria-labelledby': `${id}-heading` },
    h('h3', { id: `${id}-heading` }, h('span', { class: 'rank' }, `${alternative.rank}.`), ' Led by ', h('span', { class: 'lead-name' }, alternative.lead.name)),
    h('p', { class: 'summary' }, alternative.summary),
    // Scrolls sideways in a narrow column: focusable, so a keyboard can scroll it too.
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `Members of the consortium led by ${alternative.lead.name}` },
      h('table', { class: 'members' },
        h('caption', {}, `Members (${alternative.members.length})`),
        h('thead', {}, h('tr', {}, ['Organisation', 'Role', 'Covers', 'Why it qualifies', 'Why chosen'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, alternative.members.map((m) => h('tr', { dataset: { role: m.role } },
          h('th', { scope: 'row', class: 'member-name' }, m.organisation.name),
          h('td', {}, words(m.role)),
          h('td', {}, m.coveredCategories.length ? h('ul', { class: 'plain' }, m.coveredCategories.map((c) => h('li', {}, name(c)))) : '—'),
          h('td', {}, h('ul', { class: 'plain reasons' }, m.qualifications.map((q) => h('li', {}, q)))),
          h('td', { class: 'choice' }, m.choice)))))),
    uncovered(alternative, name),
    startForm(alternative, id, onStart));
}

function uncovered(alternative, name) {
  return h('div', { class: 'uncovered' },
    h('h4', {}, `Uncovered categories (${alternative.uncoveredCategories.length})`),
    alternative.uncoveredCategories.length === 0
      ? h('p', { class: 'hint' }, 'None: every required category is covered.')
      : h('ul', { class: 'uncovered-list' }, alternative.uncoveredCategories.map((u) =>
        h('li', { dataset: { code: u.category } }, h('strong', {}, name(u.category)), ': ', u.explanation))));
}

function startForm(alternative, id, onStart) {
  const nameId = `${id}-name`;
  const result = h('div', { class: 'start-result', role: 'alert' });
  const nameInput = h('input', { id: nameId, name: 'name', type: 'text', required: true, maxlength: '200', value: `${alternative.lead.name} consortium` });
  const button = h('button', { type: 'submit' }, `Start the consortium led by ${alternative.lead.name}`);
  const form = h('form', {
    on: {
      submit: async (event) => {
        event.preventDefault();
        button.disabled = true;
        try {
          await onStart(alternative, nameInput.value.trim(), result);
        } finally {
          button.disabled = false;
        }
      },
    },
  },
  h('p', { class: 'hint' }, 'Creates it, forming, with the lead as its first member, and invites the other members with the categories they cover.'),
  h('label', { for: nameId }, 'Consortium name'),
  nameInput,
  h('div', {}, button),
  result);
  return h('details', { class: 'start' }, h('summary', {}, 'Start this consortium'), form);
}
