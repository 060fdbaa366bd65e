const SVG = 'http://www.w3.org/2000/svg';

/**
 * Sidecar's mark beside every overlay, so a user with other tools (Apollo, Surfe) can tell whose button
 * it is: inline SVG, hidden from assistive technology (the button's name stays "Add to pipeline"),
 * drawn in currentColor so it follows light and dark pages, legible at 12-16 px.
 */
export function createMark(): SVGSVGElement {
  // Built once per page and cloned: a results page draws dozens, and each redraw draws it again.
  template ??= buildMark();
  return template.cloneNode(true) as SVGSVGElement;
}

let template: SVGSVGElement | undefined;

function buildMark(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'mark');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  // A rounded card with a side tab: a sidecar beside its motorcycle.
  const card = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ x: '1.5', y: '3.5', width: '9', height: '9', rx: '2.5', fill: 'none' }))
    card.setAttribute(k, v);
  card.setAttribute('stroke', '#0a66c2');
  card.setAttribute('stroke-width', '2');
  const tab = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ x: '12', y: '5', width: '3', height: '6', rx: '1.5', fill: '#0a66c2' }))
    tab.setAttribute(k, v);
  svg.append(card, tab);
  return svg;
}
