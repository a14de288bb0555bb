const SVG = 'http://www.w3.org/2000/svg';

/**
 * tenderlint's mark (extension/icon.svg, simplified for small sizes), drawn with DOM calls: content
 * scripts cannot load the extension's image files without making them web-accessible.
 */
export function brandIcon(doc: Document, size = 16): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({
    viewBox: '0 0 16 16',
    width: String(size),
    height: String(size),
    'aria-hidden': 'true',
    focusable: 'false',
    class: 'icon',
  }))
    svg.setAttribute(k, v);
  const add = (tag: string, attrs: Record<string, string>) => {
    const e = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    svg.appendChild(e);
  };
  add('rect', { x: '0.5', y: '0.5', width: '15', height: '15', rx: '3', fill: '#1d70b8' });
  add('path', { d: 'M4.2 2.4h5.4l2.4 2.4v8.4a.6.6 0 0 1-.6.6H4.2a.6.6 0 0 1-.6-.6V3a.6.6 0 0 1 .6-.6z', fill: '#fff' });
  add('path', { d: 'M5.3 6h5.2M5.3 8h4', stroke: '#0b0c0c', 'stroke-width': '1', 'stroke-linecap': 'round' });
  add('path', {
    d: 'M5.1 11q.6-1 1.2 0t1.2 0t1.2 0t1.2 0',
    fill: 'none',
    stroke: '#d4351c',
    'stroke-width': '1',
    'stroke-linecap': 'round',
  });
  return svg;
}
