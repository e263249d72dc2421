// The token field of every page that writes: what is pasted is kept in sessionStorage (shared by the pages) and
// described back (who, which role), never shown. `anonymous` is what the page says to a reader not signed in.
import { readToken, saveToken, describeToken } from './token.js';
import { say } from './dom.js';

export function setUpSignIn(form, forgetButton, status, anonymous) {
  const show = () => describe(status, readToken(), anonymous);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saveToken(form.elements.token.value);
    form.elements.token.value = '';
    show();
  });
  forgetButton.addEventListener('click', () => {
    saveToken('');
    show();
  });
  show();
}

function describe(status, token, anonymous) {
  if (!token) {
    say(status, anonymous);
    return;
  }
  const claims = describeToken(token);
  if (!claims) {
    say(status, 'The token kept is not a JWT; the API will refuse it.', 'warning');
    return;
  }
  const expired = claims.expires && claims.expires < new Date();
  const who = [claims.subject, claims.roles.length ? `role ${claims.roles.join(', ')}` : 'no role'].filter(Boolean).join(', ');
  const text = `Signed in as ${who}${claims.organisations.length ? ` for ${claims.organisations.length} organisation(s)` : ''}.`;
  say(status, expired ? `${text} It has expired: paste a new one.` : text, expired ? 'warning' : 'success');
}
