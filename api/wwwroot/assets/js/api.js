// The public API, as any front-end uses it: GraphQL over HTTP at /graphql and GeoJSON layers at /geo/.
import { readToken } from './token.js';

/** A request the API refused or could not answer: each error's message and code (extensions.code). */
export class ApiError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join(' '));
    this.name = 'ApiError';
    this.errors = errors;
  }

  get codes() {
    return this.errors.map((e) => e.code).filter(Boolean);
  }
}

/** Runs an operation and answers its data; GraphQL errors, HTTP errors and network failures throw an ApiError. */
export async function graphql(query, variables = {}, { token = readToken() } = {}) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (failure) {
    throw new ApiError([{ message: `The API could not be reached (${failure.message}).`, code: 'NETWORK' }]);
  }
  const body = await response.json().catch(() => null);
  if (!body) {
    throw new ApiError([{ message: `The API answered ${response.status} ${response.statusText} without a GraphQL response.`, code: `HTTP_${response.status}` }]);
  }
  if (body.errors?.length) {
    throw new ApiError(body.errors.map((e) => ({ message: e.message, code: e.extensions?.code })));
  }
  return body.data;
}

/** One of the map's layers as a GeoJSON FeatureCollection. */
export async function geoJson(layer) {
  const response = await fetch(`/geo/${encodeURIComponent(layer)}.geojson`, { headers: { accept: 'application/geo+json' } });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(body?.errors?.map((e) => ({ message: e.message, code: e.extensions?.code }))
      ?? [{ message: `The ${layer} layer answered ${response.status}.`, code: `HTTP_${response.status}` }]);
  }
  return response.json();
}

/** A sentence for a person about why a request failed. */
export function explain(error) {
  const codes = error instanceof ApiError ? error.codes : [];
  if (codes.includes('UNAUTHENTICATED')) return 'Sign in first: paste a coordinator\'s token under “Sign in to propose”.';
  if (codes.includes('FORBIDDEN')) return 'Your token does not allow this: it must be a coordinator\'s of this organisation, or CVS staff.';
  if (codes.includes('RATE_LIMITED')) return 'Too many requests for now: wait a minute and try again.';
  return error.message;
}
