import {
  DROPPED_ATTRIBUTES,
  DROPPED_ELEMENTS,
  EMPTIED_ELEMENTS,
  cleanSnapshotUrl,
  maskText,
} from '../domain/snapshot-redaction';

// Turn a live page into a shareable fixture: structure kept (tags, classes, roles, data-view-name,
// data-testid, componentkey), every text and personal attribute value replaced by a placeholder
// of the same length, and what lib/domain/snapshot-redaction.ts drops dropped (stylesheets, inline
// styles, ids, unknown links). The side panel runs the same walk again on what a tab sent before it
// saves the file (lib/panel/report-download.ts). Not a hot path: a full walk of a clone is fine here.

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

function redactAttributes(el: Element): void {
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    if (KEEP.has(name)) continue;
    if (name === 'name' && STRUCTURAL_NAMES.has(attr.value)) continue;
    // Never ship live handlers, inline styles or ids.
    if (name.startsWith('on') || DROPPED_ATTRIBUTES.has(name)) {
      el.removeAttribute(attr.name);
    } else if (name === 'href') {
      const href = cleanSnapshotUrl(attr.value);
      if (href === null) el.removeAttribute(attr.name);
      else el.setAttribute(attr.name, href);
    } else if (name === 'src' || name === 'srcset') el.setAttribute(attr.name, 'data:,');
    else el.setAttribute(attr.name, maskText(attr.value));
  }
}

/** Redact a tree in place: text masked, comments and dropped elements removed, attributes cleaned. */
export function redactTree(root: Element): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 | 0x80); // elements, text, comments
  const removed: Node[] = [];
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) node.nodeValue = maskText(node.nodeValue ?? '');
    else if (node.nodeType === 8) removed.push(node);
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (DROPPED_ELEMENTS.has(tag)) removed.push(el);
      else if (EMPTIED_ELEMENTS.has(tag)) el.textContent = '';
      redactAttributes(el);
    }
  }
  for (const node of removed) node.parentNode?.removeChild(node);
}

/** Serialised HTML of `doc` with every text and personal attribute replaced by placeholders. */
export function redactSnapshot(doc: Document): string {
  const clone = doc.documentElement.cloneNode(true) as Element;
  redactTree(clone);
  return `<!DOCTYPE html>\n${clone.outerHTML}`;
}
