import { textOrNull } from '../shared/text';
import type { Budget } from '../shared/budget';
import { isJsonObject, readDatalet, type Json } from './datalets';

// The viewer, from the embedded API responses (datalets.ts), whatever the nav looks like this year: the main
// site's /voyager/api/me (2019 and 2024 pages alike; the 2024 nav dropdown is empty until opened), Sales
// Navigator's /sales-api/salesApiNavChrome (its `memberResolutionResult`, 2019).

export interface ViewerJson {
  name: string | null;
  publicIdentifier: string | null;
  /** The member id (ACoAA…) LinkedIn also links profiles by: messaging and search use it instead of the slug. */
  profileId: string | null;
}

const ME = /^\/voyager\/api\/me$/;
const NAV_CHROME = /^\/sales-api\/salesApiNavChrome\b/;
const PROFILE_ID = /^urn:li:(?:fs_miniProfile|fsd_profile):(ACoAA[\w-]{10,})$/;

const stringOf = (value: unknown): string | null => (typeof value === 'string' ? textOrNull(value) : null);

function nameOf(profile: Json): string | null {
  const first = stringOf(profile['firstName']);
  const last = stringOf(profile['lastName']);
  return textOrNull([first, last].filter((part) => part !== null).join(' ')) ?? stringOf(profile['fullName']);
}

/** The MiniProfile that the Me response's `*miniProfile` points at. */
function viewerOf(response: unknown): ViewerJson | null {
  if (!isJsonObject(response) || !isJsonObject(response['data']) || !Array.isArray(response['included'])) return null;
  const urn = response['data']['*miniProfile'];
  const profile = response['included'].find((item): item is Json => isJsonObject(item) && item['entityUrn'] === urn);
  if (!profile) return null;
  const name = nameOf(profile);
  const publicIdentifier = stringOf(profile['publicIdentifier']);
  const memberUrn = stringOf(profile['dashEntityUrn']) ?? stringOf(profile['entityUrn']) ?? '';
  const profileId = PROFILE_ID.exec(memberUrn)?.[1] ?? null;
  return name === null && publicIdentifier === null ? null : { name, publicIdentifier, profileId };
}

/** Sales Navigator's nav chrome names the seat holder, by name only (its ids are Sales Navigator's own). */
function salesViewerOf(response: unknown): ViewerJson | null {
  const member = isJsonObject(response) ? response['memberResolutionResult'] : null;
  const name = isJsonObject(member) ? nameOf(member) : null;
  return name === null ? null : { name, publicIdentifier: null, profileId: null };
}

/** The viewer named by the embedded /voyager/api/me (or Sales Navigator nav chrome) response, or null. */
export function readViewerJson(doc: Document, budget: Budget): ViewerJson | null {
  const me = readDatalet(doc, (request) => ME.test(request), budget);
  if (me !== null) return viewerOf(me);
  const chrome = readDatalet(doc, (request) => NAV_CHROME.test(request), budget);
  return chrome === null ? null : salesViewerOf(chrome);
}
