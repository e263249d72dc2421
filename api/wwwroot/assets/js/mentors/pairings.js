// The organisation's pairings still in progress: proposed, accepted or active.
import { h, fill, words } from '../dom.js';

const inProgress = new Set(['PROPOSED', 'ACCEPTED', 'ACTIVE']);

export function renderPairings(list, pairings) {
  const current = pairings.filter((p) => inProgress.has(p.state));
  fill(list, current.length === 0
    ? h('li', { class: 'hint' }, 'None in progress.')
    : current.map((p) => h('li', { class: 'pairing', dataset: { id: p.id, state: p.state } },
      h('span', { class: `state ${p.state}` }, words(p.state)),
      h('span', {}, h('strong', {}, p.mentor.name), ' mentoring ', h('strong', {}, p.mentee.name)),
      h('span', { class: 'hint' }, `proposed ${new Date(p.proposedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`))));
}
