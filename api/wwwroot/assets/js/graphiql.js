// GraphiQL over this API: the example operations as tabs, a query from the URL first, and a headers editor for a token.
import { readToken } from './token.js';

const container = document.getElementById('graphiql');
const examples = JSON.parse(container.dataset.operations);
const fromUrl = new URLSearchParams(location.search);

const tabs = examples.map((example) => ({ query: example.query }));
if (fromUrl.get('query')) {
  tabs.unshift({ query: fromUrl.get('query'), variables: fromUrl.get('variables') ?? undefined });
}

const token = readToken();
const headers = JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);

// The first useful paint: GraphiQL's editors are on the screen.
const mounted = new MutationObserver(() => {
  if (container.querySelector('.graphiql-container')) {
    mounted.disconnect();
    performance.mark('useful');
  }
});
mounted.observe(container, { childList: true, subtree: true });

const send = window.GraphiQL.createFetcher({ url: '/graphql' });
// GraphiQL 3 can keep the operation name of the tab that was open before a switch, which the server rightly refuses
// (INVALID_OPERATION_NAME) for the new tab's document: a name the document does not define is not sent.
const defines = (query, name) => new RegExp(`\\b(query|mutation|subscription)\\s+${name}\\b`).test(query ?? '');
const fetcher = (params, options) =>
  send(params.operationName && !defines(params.query, params.operationName) ? { ...params, operationName: undefined } : params, options);
const root = window.ReactDOM.createRoot(container);
root.render(window.React.createElement(window.GraphiQL, {
  fetcher,
  defaultTabs: tabs,
  defaultHeaders: headers,
  defaultEditorToolsVisibility: 'headers',
  isHeadersEditorEnabled: true,
  shouldPersistHeaders: false,
  // The docs open with the schema's own description.
  schemaDescription: true,
}));
