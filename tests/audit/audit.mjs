// Runs the graphql-http audit suite against a running server and prints its counts as one JSON line.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs URL');
  process.exit(2);
}

const results = await auditServer({ url });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
const failures = [];
for (const result of results) {
  counts[result.status] += 1;
  if (result.status !== 'ok') {
    failures.push({ status: result.status, id: result.id, name: result.name, reason: result.reason });
  }
}

console.log(JSON.stringify({ total: results.length, ...counts, failures }));
