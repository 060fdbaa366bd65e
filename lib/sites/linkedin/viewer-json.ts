import { queryAll, queryOne, type Budget } from '../shared/budget';
import { textOrNull } from '../shared/text';

// LinkedIn's server render embeds API responses in hidden <code> elements: a small `datalet-bpr-guid-N` names
// the request and `bpr-guid-N` holds its JSON. The /voyager/api/me response names the viewer, whatever the nav
// looks like this year (it is there on 2019 and 2024 pages alike; the 2024 nav dropdown is empty until opened).

export interface ViewerJson {
  name: string | null;
  publicIdentifier: string | null;
  /** The member id (ACoAA…) LinkedIn also links profiles by: messaging and search use it instead of the slug. */
  profileId: string | null;
}

const DATALETS = 'code[id^="datalet-bpr-guid-"]';
const MAX_DATALETS = 300;
const ME_REQUEST = /"request"\s*:\s*"\/voyager\/api\/me"/;
const BODY_ID = /"body"\s*:\s*"(bpr-guid-\d+)"/;
const PROFILE_ID = /^urn:li:(?:fs_miniProfile|fsd_profile):(ACoAA[\w-]{10,})$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown): string | null => (typeof value === 'string' ? textOrNull(value) : null);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // a truncated or edited blob: the nav may still name the viewer
  }
}

/** The MiniProfile that the Me response's `*miniProfile` points at. */
function viewerOf(response: unknown): ViewerJson | null {
  if (!isObject(response) || !isObject(response['data']) || !Array.isArray(response['included'])) return null;
  const urn = response['data']['*miniProfile'];
  const profile = response['included'].find((item): item is Json => isObject(item) && item['entityUrn'] === urn);
  if (!profile) return null;
  const first = stringOf(profile['firstName']);
  const last = stringOf(profile['lastName']);
  const name = textOrNull([first, last].filter((part) => part !== null).join(' '));
  const publicIdentifier = stringOf(profile['publicIdentifier']);
  const memberUrn = stringOf(profile['dashEntityUrn']) ?? stringOf(profile['entityUrn']) ?? '';
  const profileId = PROFILE_ID.exec(memberUrn)?.[1] ?? null;
  return name === null && publicIdentifier === null ? null : { name, publicIdentifier, profileId };
}

// The blobs never change once rendered; each batch would otherwise parse the same JSON again.
const memo = new WeakMap<Element, ViewerJson | null>();

/** The viewer named by the embedded /voyager/api/me response, or null. */
export function readViewerJson(doc: Document, budget: Budget): ViewerJson | null {
  for (const datalet of queryAll(doc, DATALETS, budget, MAX_DATALETS)) {
    const text = datalet.textContent ?? '';
    if (!ME_REQUEST.test(text)) continue;
    const id = BODY_ID.exec(text)?.[1];
    const body = id ? queryOne(doc, `code[id="${id}"]`, budget) : null;
    if (!body) return null;
    if (!memo.has(body)) memo.set(body, viewerOf(parse(body.textContent ?? '')));
    return memo.get(body) ?? null;
  }
  return null;
}
