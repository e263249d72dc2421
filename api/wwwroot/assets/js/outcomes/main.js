// The outcomes page: choose a centre (?centre=<id> keeps the choice in the address), read its specification against
// its targets with a chart per indicator, print it as a one-page report, and compare the borough's centres.
import { graphql, explain } from '../api.js';
import { h, fill, say } from '../dom.js';
import { centres, centreSpecification, boroughSummary } from './queries.js';
import { renderReport } from './report.js';
import { renderBorough } from './borough.js';

const select = document.getElementById('centre');
const printButton = document.getElementById('print');
const status = document.getElementById('status');
const report = document.getElementById('report');

printButton.addEventListener('click', () => window.print());
select.addEventListener('change', () => show(select.value));

const borough = graphql(boroughSummary)
  .then((data) => renderBorough(document.getElementById('borough'), data.outcomesSummary ?? []))
  .catch((error) => say(status, `The borough view could not be loaded. ${explain(error)}`, 'error'));

try {
  const list = (await graphql(centres)).childrensCentres.nodes;
  fill(select, list.map((c) => h('option', { value: c.id }, c.name)));
  select.disabled = false;
  const wanted = new URLSearchParams(window.location.search).get('centre');
  select.value = list.some((c) => c.id === wanted) ? wanted : list[0]?.id ?? '';
  if (select.value) await show(select.value);
  else say(status, 'The directory has no children\'s centres yet.', 'warning');
} catch (error) {
  say(status, `The centres could not be loaded. ${explain(error)}`, 'error');
}
await borough;
document.body.dataset.ready = 'true';
requestAnimationFrame(() => performance.mark('useful'));

async function show(id) {
  say(status, 'Loading the centre\'s specification…');
  printButton.disabled = true;
  try {
    const centre = (await graphql(centreSpecification, { id })).childrensCentre;
    report.hidden = false;
    await renderReport(report, centre);
    say(status, '');
    printButton.disabled = !centre.specification;
    const url = new URL(window.location.href);
    url.searchParams.set('centre', id);
    window.history.replaceState(null, '', url);
  } catch (error) {
    say(status, `The centre's specification could not be loaded. ${explain(error)}`, 'error');
  }
}
