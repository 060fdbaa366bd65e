// Turn a live page into a shareable fixture: structure kept (tags, classes, roles, data-view-name,
// data-testid, componentkey), every text and personal attribute value replaced by a placeholder
// of the same length. Not a hot path: a full walk of a clone is fine here.

const DROP_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'CODE', 'TEMPLATE']);
// Structural attributes kept verbatim.
const KEEP = new Set([
  'class',
  'role',
  'data-view-name',
  'data-testid',
  'componentkey',
  'data-sdui-screen',
  'data-anonymize',
  'data-section',
  'type',
  'rel',
  'dir',
  'lang',
  'tabindex',
  'colspan',
  'rowspan',
  'cellpadding',
  'cellspacing',
  'width',
  'height',
  'style',
  'hidden',
  'contenteditable',
  'target',
  'method',
  'aria-hidden',
  'aria-expanded',
  'aria-selected',
  'aria-multiselectable',
  'aria-autocomplete',
  'aria-live',
  'aria-current',
  'aria-checked',
  'aria-readonly',
  'aria-pressed',
  'aria-multiline',
  'aria-controls',
  'gh',
  'data-supported-dps',
  'focusable',
  'viewbox',
  'fill',
  'd',
  'xmlns',
  'charset',
  'loading',
  'draggable',
]);
// `name` is structural on Gmail compose fields (to/cc/bcc) but holds a person's name on chips.
const STRUCTURAL_NAMES = new Set(['to', 'cc', 'bcc', 'from', 'subjectbox', 'q', 'viewport', 'description']);
const PROFILE_PATH = /^(\/(?:in|sales\/lead|sales\/people|company|school|messaging\/thread)\/)([^/?#]+)(.*)$/;

/** Same-length placeholder: every non-whitespace character becomes 'x'. */
function mask(value: string): string {
  return value.replace(/\S/gu, 'x');
}

/** Keep a link's shape (host, route) while masking slugs, ids, query values and hashes. */
function maskHref(href: string): string {
  if (/^(?:mailto|tel):/i.test(href))
    return href.replace(/^([a-z]+:)(.*)$/i, (_m, s: string, rest: string) => s + mask(rest));
  if (/^data:/i.test(href)) return 'data:,';
  let url: URL;
  try {
    url = new URL(href, 'https://redacted.invalid');
  } catch {
    return mask(href);
  }
  const path = url.pathname.replace(
    PROFILE_PATH,
    (_m, route: string, slug: string, rest: string) =>
      route + mask(slug) + rest.replace(/[^/]+/g, (seg) => (/^[a-z-]+$/.test(seg) ? seg : mask(seg))),
  );
  const query = url.search.replace(/=([^&]*)/g, (_m, v: string) => `=${mask(v)}`);
  const hash = url.hash.replace(/[^#/?=&]+/g, (seg) => (/^[a-z]+$/.test(seg) ? seg : mask(seg)));
  const origin = href.startsWith('/') ? '' : url.origin;
  return origin + path + query + hash;
}

function redactAttributes(el: Element): void {
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    if (KEEP.has(name)) continue;
    if (name === 'id' && !/@/.test(attr.value)) continue;
    if (name === 'name' && STRUCTURAL_NAMES.has(attr.value)) continue;
    if (name === 'href') el.setAttribute(attr.name, maskHref(attr.value));
    else if (name === 'src' || name === 'srcset') el.setAttribute(attr.name, 'data:,');
    else if (name.startsWith('on'))
      el.removeAttribute(attr.name); // never ship live handlers
    else el.setAttribute(attr.name, mask(attr.value));
  }
}

function redactTree(root: Element): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 | 0x80); // elements, text, comments
  const comments: Node[] = [];
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) node.nodeValue = mask(node.nodeValue ?? '');
    else if (node.nodeType === 8) comments.push(node);
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (DROP_CONTENT.has(el.tagName.toUpperCase())) el.textContent = '';
      redactAttributes(el);
    }
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** Serialised HTML of `doc` with every text and personal attribute replaced by placeholders. */
export function redactSnapshot(doc: Document): string {
  const clone = doc.documentElement.cloneNode(true) as Element;
  redactTree(clone);
  return `<!DOCTYPE html>\n${clone.outerHTML}`;
}
