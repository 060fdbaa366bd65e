import { textOrNull } from '../shared/text';
import type { Budget } from '../shared/budget';
import { isJsonObject, readDatalet } from './datalets';
import { canonicalOf } from './profile-url';

// A Sales Navigator lead page embeds the lead's profile response (/sales-api/salesApiProfiles/(profileId:…)),
// 2019 pages at least: name, headline, location, current position and the lead's /in/ URL, which the page's
// DOM never links (it links the lead by Sales Navigator id only). Keyed by the URL's lead id, so a blob left
// from the first lead of an in-app navigation is never read for the next.

export interface SalesLeadJson {
  name: string | null;
  linkedinUrl: string | null;
  headline: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
}

const stringOf = (value: unknown): string | null => (typeof value === 'string' ? textOrNull(value, 500) : null);

/** The lead with this Sales Navigator id, from the embedded profile response, or null. */
export function readSalesLeadJson(doc: Document, leadId: string, budget: Budget): SalesLeadJson | null {
  const prefix = `/sales-api/salesApiProfiles/(profileId:${leadId},`;
  const lead = readDatalet(doc, (request) => request.startsWith(prefix), budget);
  if (!isJsonObject(lead)) return null;
  const position = isJsonObject(lead['defaultPosition']) ? lead['defaultPosition'] : {};
  const first = stringOf(lead['firstName']);
  const last = stringOf(lead['lastName']);
  const flagship = stringOf(lead['flagshipProfileUrl']);
  return {
    name: stringOf(lead['fullName']) ?? textOrNull([first, last].filter((p) => p !== null).join(' ')),
    linkedinUrl: flagship ? canonicalOf(flagship) : null,
    headline: stringOf(lead['headline']),
    title: stringOf(position['title']),
    company: stringOf(position['companyName']),
    location: stringOf(lead['location']),
  };
}
