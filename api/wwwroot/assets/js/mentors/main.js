// The mentor finder: search an organisation, read its ranked mentor suggestions with their reasons, propose one.
import { graphql, explain } from '../api.js';
import { h, say } from '../dom.js';
import * as queries from './queries.js';
import { renderResults, markChosen, renderOrganisation, renderCoveringOptions } from './organisation.js';
import { renderSuggestions } from './suggestions.js';
import { renderPairings } from './pairings.js';
import { setUpSignIn } from '../signin.js';

const $ = (id) => document.getElementById(id);
const page = {
  searchForm: $('search-form'),
  searchStatus: $('search-status'),
  results: $('search-results'),
  organisation: $('organisation'),
  filters: $('filters'),
  covering: $('covering-options'),
  suggestionsStatus: $('suggestions-status'),
  suggestions: $('suggestions'),
  pairingsPanel: $('pairings-panel'),
  pairingsStatus: $('pairings-status'),
  pairings: $('pairings'),
};
let chosen = null;
let choosing = null;
let suggestionsAsked = 0;

setUpSignIn($('sign-in-form'), $('forget-token'), $('token-status'),
  'Not signed in: you can search and read suggestions; proposing needs a coordinator\'s token.');
page.searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  search(page.searchForm.elements.name.value.trim());
});
page.filters.addEventListener('change', () => loadSuggestions());
page.filters.addEventListener('submit', (event) => event.preventDefault());

const fromUrl = new URLSearchParams(location.search).get('organisation');
if (fromUrl) choose(fromUrl);
performance.mark('useful');

async function search(name) {
  if (name.length < 2) {
    say(page.searchStatus, 'Type at least two letters of the name.', 'warning');
    return;
  }
  say(page.searchStatus, 'Searching…');
  try {
    const { organisations } = await graphql(queries.findOrganisations, { name });
    renderResults(page.results, organisations.nodes, choose);
    const more = organisations.totalCount > organisations.nodes.length ? ` (the first ${organisations.nodes.length} shown: type more of the name)` : '';
    say(page.searchStatus, organisations.totalCount === 0
      ? `No organisation's name contains “${name}”.`
      : `${organisations.totalCount} found${more}. Choose yours.`);
    if (organisations.nodes.length === 1) choose(organisations.nodes[0].id);
  } catch (error) {
    say(page.searchStatus, explain(error), 'error');
  }
}

async function choose(id) {
  // A single search result is chosen for the user; choosing it again by hand must not render the suggestions twice
  // (the second render would close a proposal form the user has just opened).
  if (id === choosing || id === chosen?.id) return;
  choosing = id;
  try {
    await load(id);
  } finally {
    choosing = null;
  }
}

async function load(id) {
  markChosen(page.results, id);
  say(page.suggestionsStatus, 'Loading the organisation…');
  try {
    const data = await graphql(queries.organisation, { id });
    if (!data.organisation) {
      say(page.suggestionsStatus, 'That organisation was not found.', 'error');
      return;
    }
    chosen = data.organisation;
    history.replaceState(null, '', `?organisation=${encodeURIComponent(id)}`);
    renderOrganisation(page.organisation, chosen);
    renderCoveringOptions(page.covering, data.capacityAreas.nodes, chosen.needs);
    page.filters.hidden = chosen.needs.length === 0;
    await Promise.all([loadSuggestions(), refreshPairings()]);
  } catch (error) {
    say(page.suggestionsStatus, explain(error), 'error');
  }
}

async function loadSuggestions() {
  if (!chosen) return;
  const asked = ++suggestionsAsked;
  const where = filters();
  page.suggestions.setAttribute('aria-busy', 'true');
  say(page.suggestionsStatus, 'Finding mentors…');
  try {
    const { mentorSuggestions } = await graphql(queries.mentorSuggestions, { id: chosen.id, where });
    if (asked !== suggestionsAsked) return; // a newer filter has been asked for since
    renderSuggestions(page.suggestions, mentorSuggestions, propose);
    say(page.suggestionsStatus, summary(mentorSuggestions.length, where));
  } catch (error) {
    if (asked !== suggestionsAsked) return;
    renderSuggestions(page.suggestions, [], propose);
    say(page.suggestionsStatus, explain(error), 'error');
  } finally {
    page.suggestions.setAttribute('aria-busy', 'false');
  }
}

function filters() {
  const withinKm = page.filters.elements.withinKm.value;
  const covering = [...page.filters.querySelectorAll('input[name="covering"]:checked')].map((box) => box.value);
  const where = {};
  if (withinKm) where.withinKm = Number(withinKm);
  if (covering.length) where.covering = covering;
  return Object.keys(where).length ? where : null;
}

function summary(count, where) {
  if (chosen.needs.length === 0) return `${chosen.name} has no needs recorded, so no mentor is suggested.`;
  if (count === 0) return where ? 'No mentor meets these filters: widen the distance or untick an area.' : 'No eligible mentor has a free place just now.';
  return `${count} mentor${count === 1 ? '' : 's'} for ${chosen.name}, best first.`;
}

async function propose(mentor, note, result) {
  say(result, 'Sending the proposal…');
  try {
    const { proposeMentoringPairing: payload } = await graphql(queries.proposePairing, {
      input: { menteeId: chosen.id, mentorId: mentor.id, note: note || null },
    });
    if (payload.userErrors.length) {
      say(result, ['The proposal was refused:', h('ul', {}, payload.userErrors.map((e) => h('li', {}, `${e.message} (${e.code})`)))], 'error');
      return;
    }
    say(result, `Proposed: ${mentor.name} has been asked to mentor ${chosen.name} (${payload.mentoringPairing.state.toLowerCase()}).`, 'success');
    await refreshPairings();
  } catch (error) {
    say(result, explain(error), 'error');
  }
}

async function refreshPairings() {
  try {
    const { mentoringPairings } = await graphql(queries.pairingsInProgress, { databaseId: chosen.databaseId });
    page.pairingsPanel.hidden = false;
    say(page.pairingsStatus, '');
    renderPairings(page.pairings, mentoringPairings.nodes);
  } catch (error) {
    page.pairingsPanel.hidden = false;
    say(page.pairingsStatus, explain(error), 'error');
  }
}
