// How each layer looks: size bands by radius and colour, clusters by intensity, gaps in red and dashed.

export const sizeBands = [
  { band: 'MICRO', label: 'Micro (under £10k)', radius: 3, colour: '#c7e9c0' },
  { band: 'SMALL', label: 'Small (£10k–£100k)', radius: 4, colour: '#74c476' },
  { band: 'MEDIUM', label: 'Medium (£100k–£1m)', radius: 5.5, colour: '#31a354' },
  { band: 'LARGE', label: 'Large (£1m–£10m)', radius: 7, colour: '#006d2c' },
  { band: 'MAJOR', label: 'Major (£10m–£100m)', radius: 9, colour: '#00441b' },
  { band: 'SUPER_MAJOR', label: 'Super-major (over £100m)', radius: 11, colour: '#002910' },
];

const bandStyle = new Map(sizeBands.map((b) => [b.band, b]));

export function organisationStyle(properties) {
  const band = bandStyle.get(properties.sizeBand) ?? sizeBands[0];
  return {
    radius: band.radius,
    color: properties.willingToMentor ? '#1f2933' : '#ffffff',
    weight: properties.willingToMentor ? 2 : 1,
    fillColor: band.colour,
    fillOpacity: 0.95,
    className: `organisation-point size-${band.band}`,
  };
}

export function needStyle(properties) {
  return {
    radius: Math.max(2.5, Math.min(12, 1.6 * Math.sqrt(properties.families))),
    color: '#5b21b6',
    weight: 1,
    fillColor: '#a78bfa',
    fillOpacity: 0.4,
    className: 'need-cell',
  };
}

/** Five steps from light to dark red, low to high intensity (families × severity per km²). */
export const intensityColours = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];

export function intensityScale(values) {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const step = (value) => (high === low ? 2 : Math.min(4, Math.floor(((value - low) / (high - low)) * 5)));
  return { low, high, colour: (value) => intensityColours[step(value)] };
}

export function clusterStyle(properties, scale, selected = false) {
  const gaps = properties.gaps?.length > 0;
  return {
    color: gaps ? '#b00020' : selected ? '#0b4f6c' : '#7f1d1d',
    weight: (gaps ? 4 : 2) + (selected ? 2 : 0),
    dashArray: gaps ? '8 5' : null,
    fillColor: scale.colour(properties.intensity),
    fillOpacity: 0.45,
    className: `cluster-hull cluster-${properties.key}${gaps ? ' has-gaps' : ''}`,
  };
}

export function outreachStyle() {
  return { color: '#1d4ed8', weight: 2, dashArray: '2 4', fillColor: '#93c5fd', fillOpacity: 0.12, radius: 8, className: 'outreach-cluster' };
}
