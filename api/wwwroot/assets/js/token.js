// The caller's bearer token, kept in sessionStorage: it lasts as long as the browser tab, and every page shares it.
const key = 'vcsdirectory.token';

export function readToken() {
  return sessionStorage.getItem(key) ?? '';
}

export function saveToken(token) {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  if (trimmed) {
    sessionStorage.setItem(key, trimmed);
  } else {
    sessionStorage.removeItem(key);
  }
  return trimmed;
}

/** What a token says about its holder (read, not verified: the API checks it), or null when it is not a JWT. */
export function describeToken(token) {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const claims = JSON.parse(json);
    const list = (value) => (value === undefined ? [] : [].concat(value));
    return {
      subject: claims.sub ?? claims.unique_name ?? claims.name ?? '',
      roles: list(claims.role ?? claims.roles),
      organisations: list(claims.organisation),
      expires: claims.exp ? new Date(claims.exp * 1000) : null,
    };
  } catch {
    return null;
  }
}
