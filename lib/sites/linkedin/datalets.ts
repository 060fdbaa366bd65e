import { queryAll, queryOne, type Budget } from '../shared/budget';

// LinkedIn's server render (the main site and Sales Navigator alike) embeds API responses in hidden <code>
// elements: a small `datalet-bpr-guid-N` names the request and `bpr-guid-N` holds its JSON.

const DATALETS = 'code[id^="datalet-bpr-guid-"]';
const MAX_DATALETS = 300;
const REQUEST = /"request"\s*:\s*"((?:[^"\\]|\\.)*)"/;
const BODY_ID = /"body"\s*:\s*"(bpr-guid-\d+)"/;

/** A parsed JSON object, as the embedded responses are. */
export type Json = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export const isJsonObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // a truncated or edited blob: the DOM may still say the same
  }
}

// The blobs never change once rendered; each batch would otherwise parse the same JSON again.
const memo = new WeakMap<Element, unknown>();

/** The parsed body of the first embedded response whose request path `wanted` accepts, or null. */
export function readDatalet(doc: Document, wanted: (request: string) => boolean, budget: Budget): unknown {
  for (const datalet of queryAll(doc, DATALETS, budget, MAX_DATALETS)) {
    const text = datalet.textContent ?? '';
    const request = REQUEST.exec(text)?.[1];
    if (request === undefined || !wanted(request)) continue;
    const id = BODY_ID.exec(text)?.[1];
    const body = id ? queryOne(doc, `code[id="${id}"]`, budget) : null;
    if (!body) return null;
    if (!memo.has(body)) memo.set(body, parse(body.textContent ?? ''));
    return memo.get(body) ?? null;
  }
  return null;
}
