// How the outcomes page writes figures and statuses: a status is always a word (with a mark), never a colour alone.
import { decimal } from '../dom.js';

const statuses = {
  ON_TRACK: { text: 'On track', mark: '✓' },
  AT_RISK: { text: 'At risk', mark: '!' },
  OFF_TRACK: { text: 'Off track', mark: '✗' },
  NO_DATA: { text: 'No data', mark: '–' },
};

export function statusText(status) {
  return statuses[status]?.text ?? status;
}

export function statusMark(status) {
  return statuses[status]?.mark ?? '';
}

/** A value in its indicator's unit: 62.5 %, 4, Yes/No. */
export function figure(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === 'YES_NO') return value >= 1 ? 'Yes' : 'No';
  if (unit === 'PERCENT') return `${decimal(value, Number.isInteger(value) ? 0 : 1)} %`;
  return decimal(value, Number.isInteger(value) ? 0 : 1);
}

/** 2026-03-31 → 31 Mar 2026. */
export function day(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** 2026-03-31 → 31 Mar: a chart's axis label (the caption gives the year). */
export function shortDay(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
