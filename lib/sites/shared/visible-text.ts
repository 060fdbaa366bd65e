import type { Budget } from './budget';
import { normalizeText } from './text';
import { isSelfHidden } from './visibility';

export interface ReadTextOptions {
  /** Subtrees to leave out (quotes, signatures…). */
  skip?: (el: Element) => boolean;
  /** Stop once this many characters were collected (bounds the walk on long bodies). */
  maxChars?: number;
}

const MAX_NODES = 2000;
// Only block-level boundaries separate words; inline spans may split one word across nodes.
const BLOCK_TAGS = new Set([
  'BR',
  'P',
  'DIV',
  'LI',
  'TR',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'BLOCKQUOTE',
  'HEADER',
  'FOOTER',
]);

/**
 * The text a sighted user sees in `root`, from textContent of its nodes (never innerText, which
 * forces layout). Hidden subtrees and screen-reader twins are skipped, so doubled text reads once.
 */
export function readVisibleText(root: Element, budget: Budget, opts: ReadTextOptions = {}): string {
  const max = opts.maxChars ?? 5000;
  const parts: string[] = [];
  let length = 0;
  let nodes = 0;
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child && length < max && nodes < MAX_NODES; child = child.nextSibling) {
      nodes += 1;
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        parts.push(value);
        length += value.length;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        budget.visited += 1;
        if (isSelfHidden(element) || opts.skip?.(element)) continue;
        // Block-level breaks become spaces so "Hi<br>there" does not read "Hithere".
        const block = BLOCK_TAGS.has(element.tagName.toUpperCase());
        if (block) parts.push(' ');
        walk(element);
        if (block) parts.push(' ');
      }
    }
  };
  budget.visited += 1;
  walk(root);
  return normalizeText(parts.join(''));
}
