// Builds elements without innerHTML, so no text from the API is ever parsed as HTML.

/**
 * h('li', { class: 'card', dataset: { id }, on: { click } }, 'text', child…): an element with its attributes,
 * dataset, listeners and children (strings become text; null, undefined and false are skipped).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'on') for (const [event, listener] of Object.entries(value)) element.addEventListener(event, listener);
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/** Shows a message in a status region: kind is '', 'error', 'success' or 'warning'; an empty text clears it. */
export function say(region, text, kind = '') {
  if (!text) {
    fill(region);
    region.hidden = true;
    return;
  }
  region.hidden = false;
  fill(region, h('p', { class: `notice ${kind}`.trim() }, ...[].concat(text)));
}

/** Numbers as a person reads them here: en-GB, at most two decimals. */
export function decimal(value, digits = 2) {
  return Number(value).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** SIZE_BAND → 'Size band'. */
export function words(constant) {
  const text = String(constant ?? '').toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** BRANKSOME_EAST → 'Branksome East': a place's code as its name. */
export function placeName(code) {
  return String(code ?? '').toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
