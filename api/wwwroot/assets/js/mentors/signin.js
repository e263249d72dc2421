// The token field: what is pasted is kept in sessionStorage and described back (who, which role), never shown.
import { readToken, saveToken, describeToken } from '../token.js';
import { say } from '../dom.js';

export function setUpSignIn(form, forgetButton, status) {
  const show = () => describe(status, readToken());
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

function describe(status, token) {
  if (!token) {
    say(status, 'Not signed in: you can search and read suggestions; proposing needs a coordinator\'s token.');
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
