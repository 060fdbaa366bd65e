import { normalizeEmailSet } from './email-address';
import type { DetectedContact } from './contact';
import { canonicalizeLinkedinProfileUrl, linkedinIdentityKey, parseSalesNavLeadUrl } from './linkedin-url';
import { companyKey, isCloseName } from './name-match';
import type { Person } from './person';

export type IdentityCandidate = Pick<
  Person,
  'id' | 'displayName' | 'company' | 'linkedinKey' | 'salesNavUrls' | 'emails'
>;

export type IncomingIdentity = {
  /** Present only when the page showed the LinkedIn profile link (linkedinIdentityKey of it). */
  linkedinKey?: string | null;
  salesNavLeadId?: string | null;
  emails: readonly string[];
  displayName?: string | null;
  company?: string | null;
};

/** The identity keys of a detected contact: LinkedIn key (only from a profile link), Sales Navigator lead, emails. */
export type ContactIdentity = {
  linkedinKey: string | null;
  salesNavUrl: string | null;
  salesNavLeadId: string | null;
  emails: string[];
};

/** Read a detected contact's identity keys, as both the worker's capture and the panel's status use them. */
export function identityOfContact(
  contact: Pick<DetectedContact, 'linkedinUrl' | 'salesNavUrl' | 'emails'>,
): ContactIdentity {
  const canonical = contact.linkedinUrl ? canonicalizeLinkedinProfileUrl(contact.linkedinUrl) : null;
  const lead = contact.salesNavUrl ? parseSalesNavLeadUrl(contact.salesNavUrl) : null;
  return {
    linkedinKey: canonical ? linkedinIdentityKey(canonical) : null,
    salesNavUrl: lead?.canonical ?? null,
    salesNavLeadId: lead?.leadId ?? null,
    emails: normalizeEmailSet(contact.emails),
  };
}

export type SuggestionConfidence = 'high' | 'medium';
export type IdentitySuggestion = { personId: string; confidence: SuggestionConfidence; reasons: string[] };

export type IdentityResolution =
  | { kind: 'match'; personId: string; by: 'linkedin' | 'sales-nav-alias' | 'email' }
  | { kind: 'suggest'; suggestions: IdentitySuggestion[] }
  | { kind: 'new' };

function salesNavLeadIds(p: IdentityCandidate): string[] {
  return p.salesNavUrls.flatMap((url) => parseSalesNavLeadUrl(url)?.leadId ?? []);
}

/**
 * Decide who an incoming contact is. Exact evidence only: the LinkedIn identity key, then a Sales
 * Navigator lead id already stored as an alias (aliases are recorded only when a page showed the
 * profile link too), then a shared e-mail address. A lead id alone never matches a profile, and an
 * e-mail shared with someone who has a different LinkedIn identity (info@, a team inbox) is only a
 * suggestion. Anything looser is a suggestion for the user.
 */
export function resolveIdentity(
  incoming: IncomingIdentity,
  candidates: readonly IdentityCandidate[],
): IdentityResolution {
  const key = incoming.linkedinKey ?? null;
  if (key !== null) {
    const byKey = candidates.find((c) => c.linkedinKey === key);
    if (byKey) return { kind: 'match', personId: byKey.id, by: 'linkedin' };
  }
  const leadId = incoming.salesNavLeadId ?? null;
  if (leadId !== null) {
    const byAlias = candidates.find((c) => salesNavLeadIds(c).includes(leadId));
    if (byAlias && (key === null || byAlias.linkedinKey === null))
      return { kind: 'match', personId: byAlias.id, by: 'sales-nav-alias' };
  }
  const emails = new Set(normalizeEmailSet(incoming.emails));
  const byEmail = emails.size === 0 ? [] : candidates.filter((c) => c.emails.some((e) => emails.has(e)));
  const compatible = byEmail.filter((c) => key === null || c.linkedinKey === null || c.linkedinKey === key);
  if (compatible.length === 1 && byEmail.length === 1 && compatible[0]) {
    return { kind: 'match', personId: compatible[0].id, by: 'email' };
  }
  const suggestions: IdentitySuggestion[] = byEmail.map((c) => ({
    personId: c.id,
    confidence: 'high',
    reasons: ['email'],
  }));
  if (incoming.displayName) {
    const probe = { id: '', displayName: incoming.displayName, company: incoming.company ?? null };
    for (const s of findSuggestions(probe, candidates)) {
      if (!suggestions.some((x) => x.personId === s.personId)) suggestions.push(s);
    }
  }
  return suggestions.length > 0 ? { kind: 'suggest', suggestions } : { kind: 'new' };
}

/**
 * People who are probably the same as `person`: same name across scripts, diacritics and spelling
 * (Łukasz/Lukasz, İlker/Ilker, Олена/Olena) plus the same company. Suggestions only, never merged
 * automatically: two Anna Nowaks at one company are possible.
 */
export function findSuggestions(
  person: Pick<Person, 'id' | 'displayName' | 'company'>,
  others: readonly Pick<Person, 'id' | 'displayName' | 'company'>[],
): IdentitySuggestion[] {
  const ownCompany = person.company ? companyKey(person.company) : '';
  const out: IdentitySuggestion[] = [];
  for (const other of others) {
    if (other.id === person.id) continue;
    const name = isCloseName(person.displayName, other.displayName);
    if (!name) continue;
    const otherCompany = other.company ? companyKey(other.company) : '';
    const companyKnown = ownCompany !== '' && otherCompany !== '';
    if (companyKnown && ownCompany !== otherCompany) continue; // Same name elsewhere: another person, or stale.
    const reasons = [name === 'same' ? 'name' : 'name-close', companyKnown ? 'company' : 'company-unknown'];
    const confidence: SuggestionConfidence = name === 'same' && companyKnown ? 'high' : 'medium';
    out.push({ personId: other.id, confidence, reasons });
  }
  return out.sort((a, b) => (a.confidence === b.confidence ? 0 : a.confidence === 'high' ? -1 : 1));
}
