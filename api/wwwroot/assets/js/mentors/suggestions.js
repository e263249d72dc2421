// A suggested mentor as a card: the score, its parts as labelled bars with their sentences, the needs covered and
// left, distance and free places, and a form to propose the pairing.
import { h, fill, decimal, words } from '../dom.js';

const componentNames = {
  NEED_COVERAGE: 'Needs covered',
  SHARED_SERVICES: 'Shared services',
  LOCALITY: 'Nearby',
  SIZE_GAP: 'Size gap',
};

export function renderSuggestions(list, suggestions, onPropose) {
  fill(list, suggestions.map((s, index) => card(s, index + 1, onPropose)));
}

function card(suggestion, rank, onPropose) {
  const { mentor } = suggestion;
  const headingId = `mentor-${rank}`;
  const maxScore = suggestion.components.reduce((sum, c) => sum + c.weight, 0);
  return h('li', { class: 'suggestion', dataset: { mentorId: mentor.id, score: String(suggestion.score) }, 'aria-labelledby': headingId },
    h('div', { class: 'suggestion-head' },
      h('h3', { id: headingId }, h('span', { class: 'rank' }, `${rank}.`), h('span', { class: 'mentor-name' }, mentor.name)),
      h('p', { class: 'score' }, h('span', { class: 'score-value' }, decimal(suggestion.score)), ' ', h('small', {}, `score of ${decimal(maxScore)}`))),
    h('p', { class: 'facts' }, facts(suggestion)),
    h('dl', { class: 'components', 'aria-label': 'Why: the score part by part' }, suggestion.components.map(component)),
    h('div', { class: 'need-columns' },
      needList('Covers', suggestion.coveredNeeds, 'covered', 'None of its needs.'),
      needList('Left for others', suggestion.uncoveredNeeds, 'left', 'Nothing: every need is covered.')),
    proposeForm(suggestion, rank, onPropose));
}

function facts(s) {
  const distance = s.distanceKm === null || s.distanceKm === undefined ? 'distance unknown' : `${decimal(s.distanceKm, 1)} km away`;
  const places = `${s.mentorFreePlaces} mentoring place${s.mentorFreePlaces === 1 ? '' : 's'} free`;
  return [`${words(s.mentor.sizeBand)} organisation`, distance, places].join(' · ');
}

function component(c) {
  const share = c.weight > 0 ? Math.max(0, Math.min(1, c.contribution / c.weight)) : 0;
  const fillBar = h('span', {});
  fillBar.style.width = `${(share * 100).toFixed(1)}%`;
  return h('div', { class: 'component', dataset: { kind: c.kind } },
    h('dt', {}, componentNames[c.kind] ?? words(c.kind)),
    h('dd', {},
      h('div', { class: 'bar', 'aria-hidden': 'true' }, fillBar),
      h('span', { class: 'bar-figures' }, `${decimal(c.contribution)} of ${decimal(c.weight)}`)),
    h('p', { class: 'explanation' }, c.explanation));
}

function needList(title, needs, kind, empty) {
  return h('div', {},
    h('h4', {}, title),
    needs.length === 0
      ? h('p', { class: 'hint' }, empty)
      : h('ul', { class: 'chips' }, needs.map((n) => h('li', { class: `chip ${kind}` }, n.area.name))));
}

function proposeForm(suggestion, rank, onPropose) {
  const noteId = `note-${rank}`;
  const result = h('div', { class: 'propose-result', role: 'alert' });
  const note = h('textarea', { id: noteId, name: 'note', maxlength: '1000' });
  const button = h('button', { type: 'submit' }, `Propose ${suggestion.mentor.name}`);
  const form = h('form', {
    on: {
      submit: async (event) => {
        event.preventDefault();
        button.disabled = true;
        try {
          await onPropose(suggestion.mentor, note.value.trim(), result);
        } finally {
          button.disabled = false;
        }
      },
    },
  },
  h('label', { for: noteId }, 'Note to the mentor (optional)'),
  note,
  h('div', {}, button),
  result);
  return h('details', { class: 'propose' }, h('summary', {}, 'Propose this mentor'), form);
}
