// Runs graphql-js's own introspection query against the URL given, with the options named in argv[3] (comma-separated;
// "all" for every one), and builds a client schema from the answer, as code generators and clients do. Prints one line.
import { buildClientSchema, getIntrospectionQuery } from 'graphql';

const all = ['descriptions', 'specifiedByUrl', 'directiveIsRepeatable', 'schemaDescription', 'inputValueDeprecation', 'oneOf'];
const wanted = (process.argv[3] ?? 'all') === 'all' ? all : process.argv[3].split(',');
const query = getIntrospectionQuery(Object.fromEntries(all.map(option => [option, wanted.includes(option)])));
const response = await fetch(process.argv[2], {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
let types = 0;
let built = null;
if (body.data) {
  try {
    types = Object.keys(buildClientSchema(body.data).getTypeMap()).length;
  } catch (error) {
    built = String(error);
  }
}
console.log(JSON.stringify({ status: response.status, errors: (body.errors ?? []).map(e => e.message), types, buildError: built }));
