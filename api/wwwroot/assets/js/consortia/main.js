// The consortia page: choose a centre, read what it requires, what is delivered and the gaps, compare the builder's
// community and lead-partner consortia side by side, and (signed in) start one.
import { graphql, explain } from '../api.js';
import { h, fill, say } from '../dom.js';
import { readToken } from '../token.js';
import { setUpSignIn } from '../signin.js';
import * as queries from './queries.js';
import { renderCentre, categoryNames } from './centre.js';
import { renderAlternatives } from './alternatives.js';

const kinds = ['COMMUNITY', 'LEAD_PARTNER'];
const $ = (id) => document.getElementById(id);
const form = $('centre-form');
const page = { centresStatus: $('centres-status'), centrePanel: $('centre-panel'), status: $('options-status') };
let shown = null;
let asked = 0;

setUpSignIn($('sign-in-form'), $('forget-token'), $('token-status'),
  'Not signed in: you can read the consortia; starting one needs the token of a coordinator of its lead, or of CVS staff.');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
await loadCentres();
performance.mark('useful');

async function loadCentres() {
  try {
    const { childrensCentres } = await graphql(queries.centres);
    const fromUrl = new URLSearchParams(location.search).get('centre');
    fill(form.elements.centre, h('option', { value: '' }, 'Choose a centre'),
      childrensCentres.nodes.map((c) => h('option', { value: c.id, selected: c.id === fromUrl }, c.name)));
    if (fromUrl && form.elements.centre.value === fromUrl) await show();
  } catch (error) {
    say(page.centresStatus, explain(error), 'error');
  }
}

async function show() {
  const centreId = form.elements.centre.value;
  if (!centreId) {
    say(page.centresStatus, 'Choose a centre first.', 'warning');
    return;
  }
  say(page.centresStatus, '');
  const mine = ++asked;
  const input = { centreId, purpose: form.elements.purpose.value, radiusKm: Number(form.elements.radiusKm.value) };
  say(page.status, 'Building the consortia…');
  for (const kind of kinds) busy(kind, true);
  try {
    const [{ childrensCentre: centre }, ...options] = await Promise.all([
      graphql(queries.centre, { id: centreId }),
      ...kinds.map((kind) => graphql(queries.options, { input: { ...input, kind } })),
    ]);
    if (mine !== asked) return; // another centre has been asked for since
    history.replaceState(null, '', `?centre=${encodeURIComponent(centreId)}`);
    renderCentre(page.centrePanel, centre);
    const names = categoryNames(centre);
    shown = { centre, input };
    options.forEach(({ consortiumOptions }) => renderKind(consortiumOptions, names));
    say(page.status, `The best consortia for ${centre.name}, ${input.radiusKm} km counting as local.`);
  } catch (error) {
    if (mine === asked) say(page.status, explain(error), 'error');
  } finally {
    if (mine === asked) for (const kind of kinds) busy(kind, false);
  }
}

function busy(kind, value) {
  $(`kind-${kind}`).setAttribute('aria-busy', String(value));
}

function renderKind(options, names) {
  const section = $(`kind-${options.kind}`);
  const status = section.querySelector('.kind-status');
  renderAlternatives(section.querySelector('.alternatives'), options, names, start);
  const count = options.alternatives.length;
  const candidates = `${options.candidateCount} candidate organisation${options.candidateCount === 1 ? '' : 's'}`;
  say(status, count === 0
    ? `${options.noConsortiumReason ?? 'No consortium of this kind can form.'} (${candidates}.)`
    : `${count} alternative${count === 1 ? '' : 's'} from ${candidates}, best first.`, count === 0 ? 'warning' : '');
}

async function start(alternative, name, result) {
  if (!readToken()) {
    say(result, 'Sign in first: paste a coordinator\'s token under “Sign in to start a consortium”.', 'error');
    return;
  }
  const { centre, input } = shown;
  const [lead, ...others] = alternative.members;
  say(result, 'Creating the consortium…');
  try {
    const { createConsortium: created } = await graphql(queries.createConsortium, {
      input: { name, kind: alternative.kind, purpose: input.purpose, centreId: centre.id, leadId: lead.organisation.id, categories: lead.coveredCategories },
    });
    if (refused(result, 'The consortium was not created', created.userErrors)) return;
    let { version } = created.consortium;
    const invited = [];
    for (const member of others.filter((m) => m.coveredCategories.length > 0)) {
      const { inviteToConsortium: payload } = await graphql(queries.invite, {
        input: { id: created.consortium.id, version, organisationId: member.organisation.id, categories: member.coveredCategories },
      });
      if (refused(result, `Created ${created.consortium.name}, but ${member.organisation.name} was not invited`, payload.userErrors)) return;
      version = payload.consortium.version;
      invited.push(member.organisation.name);
    }
    say(result, `Started: ${created.consortium.name} is forming, led by ${lead.organisation.name}${invited.length ? `; invited ${invited.join(', ')}` : ''}.`, 'success');
  } catch (error) {
    say(result, explain(error), 'error');
  }
}

function refused(result, what, userErrors) {
  if (userErrors.length === 0) return false;
  say(result, [`${what}:`, h('ul', {}, userErrors.map((e) => h('li', {}, `${e.message} (${e.code})`)))], 'error');
  return true;
}
