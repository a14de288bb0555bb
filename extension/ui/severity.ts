import type { Severity } from '../../linter/core/model/finding.js';

/** Most severe first: the order of the panel's groups and of the card indexes. */
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
export const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
export const PLURAL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/** Each at 3:1 or better against white (4.9, 4.7 and 5.2:1), and told apart by shape too. */
export const COLOUR: Record<Severity, string> = { error: '#d4351c', warning: '#b25e00', info: '#1d70b8' };

/** The underline's shape says the severity without colour: wavy (error), dashed (warning), dotted (info). */
export const UNDERLINE: Record<Severity, 'wavy' | 'dashed' | 'dotted'> = {
  error: 'wavy',
  warning: 'dashed',
  info: 'dotted',
};

const TINT: Record<Severity, string> = { error: '#fbe0dc', warning: '#fff0d6', info: '#e6f0f9' };

/** Inline style for a mark in the page (set through the CSSOM, so a page's CSP on style attributes does not apply). */
export function markStyle(s: Severity): string {
  return [
    `background-color:${TINT[s]}`,
    'color:inherit',
    'cursor:pointer',
    'text-decoration-line:underline',
    `text-decoration-style:${UNDERLINE[s]}`,
    `text-decoration-color:${COLOUR[s]}`,
    'text-decoration-thickness:2px',
    'text-underline-offset:3px',
    'text-decoration-skip-ink:none',
    'border-radius:2px',
  ].join(';');
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The severity's icon, drawn with DOM calls (no markup parsed): an octagon with a cross for an
 * error, a triangle with "!" for a warning, a circle with "i" for info. Decorative: the words
 * beside it carry the meaning.
 */
export function severityIcon(doc: Document, s: Severity, size = 16): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('data-shape', s === 'error' ? 'octagon' : s === 'warning' ? 'triangle' : 'circle');
  const add = (tag: string, attrs: Record<string, string>) => {
    const e = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    svg.appendChild(e);
  };
  const fill = COLOUR[s];
  if (s === 'error') {
    add('polygon', { points: '5,0.8 11,0.8 15.2,5 15.2,11 11,15.2 5,15.2 0.8,11 0.8,5', fill });
    add('path', {
      d: 'M5.3 5.3L10.7 10.7M10.7 5.3L5.3 10.7',
      stroke: '#fff',
      'stroke-width': '2.2',
      'stroke-linecap': 'round',
    });
  } else if (s === 'warning') {
    add('polygon', { points: '8,0.8 15.6,14.8 0.4,14.8', fill, 'stroke-linejoin': 'round' });
    add('path', { d: 'M8 5.6V10', stroke: '#fff', 'stroke-width': '2.2', 'stroke-linecap': 'round' });
    add('circle', { cx: '8', cy: '12.6', r: '1.2', fill: '#fff' });
  } else {
    add('circle', { cx: '8', cy: '8', r: '7.4', fill });
    add('path', { d: 'M8 7.2V12', stroke: '#fff', 'stroke-width': '2.2', 'stroke-linecap': 'round' });
    add('circle', { cx: '8', cy: '4.4', r: '1.3', fill: '#fff' });
  }
  return svg;
}
