import { describe, expect, it } from 'vitest';
import type { DetectedContact } from '../../../lib/domain/contact';
import { createPersonFromContact, mergeContactIntoPerson } from '../../../lib/domain/person-capture';
import { applyMergeChoices, planMerge } from '../../../lib/domain/person-merge';
import {
  capPersonLists,
  computePersonSearchTokens,
  PERSON_LIMITS,
  PersonSchema,
  type Person,
} from '../../../lib/domain/person';
import { matchesQuery } from '../../../lib/domain/text-fold';
import { makePerson, NOW, uuid } from './make-entities';

const contact = (over: Partial<DetectedContact> = {}): DetectedContact => ({
  key: 'k',
  site: 'linkedin',
  name: 'Ayşe Yılmaz',
  linkedinUrl: 'https://www.linkedin.com/in/ayse/',
  salesNavUrl: null,
  emails: [],
  headline: null,
  title: null,
  company: null,
  location: null,
  role: null,
  automated: false,
  ...over,
});
const page = (i: number) => ({
  pageKind: 'linkedin-search-people' as const,
  url: `https://www.linkedin.com/search/?p=${i}`,
});
const lead = (i: number) => `https://www.linkedin.com/sales/lead/ACwAA${String(i).padStart(6, '0')},NAME_SEARCH,x`;

/** A person captured `n` times from `n` pages, each capture bringing a new address and alias. */
function capturedMany(n: number): Person {
  let person = createPersonFromContact(uuid(1), contact(), page(0), 'outbound', NOW)!;
  for (let i = 1; i < n; i++) {
    person = mergeContactIntoPerson(
      person,
      contact({ emails: [`ayse.${i}@example.com.tr`], salesNavUrl: lead(i) }),
      page(i),
      NOW + i,
    );
  }
  return person;
}

describe('person limits (the same when capturing, merging and restoring)', () => {
  it('a person captured from 300 pages stays valid: the first page and the 199 latest, 50 addresses, 20 aliases', () => {
    const person = capturedMany(300);
    expect(PersonSchema.safeParse(person).success).toBe(true);
    expect(person.sources).toHaveLength(PERSON_LIMITS.sources);
    expect(person.sources[0]!.url).toBe(page(0).url);
    expect(person.sources.at(-1)!.url).toBe(page(299).url);
    expect(person.sources.some((s) => s.url === page(100).url)).toBe(false);
    expect(person.emails).toHaveLength(PERSON_LIMITS.emails);
    expect(person.emails[0]).toBe('ayse.1@example.com.tr');
    expect(person.salesNavUrls).toHaveLength(PERSON_LIMITS.salesNavUrls);
  });

  it('merging two full records stays within the limits, the survivor’s entries first', () => {
    const a = capturedMany(250);
    const b = {
      ...capturedMany(250),
      id: uuid(2),
      linkedinKey: null,
      linkedinUrl: null,
      emails: Array.from({ length: 50 }, (_, i) => `b${i}@example.com`),
    };
    const merged = applyMergeChoices(planMerge(a, b), {}, NOW + 1000);
    expect(PersonSchema.safeParse(merged).success).toBe(true);
    expect(merged.emails.slice(0, 3)).toEqual(a.emails.slice(0, 3));
  });

  it('caps a stored person beyond the limits (rows written before the limits held) without losing the first source', () => {
    const sources = Array.from({ length: 260 }, (_, i) => ({
      ...page(i),
      site: 'linkedin' as const,
      firstSeen: i,
      lastSeen: i,
    }));
    const raw = makePerson({ sources, emails: Array.from({ length: 70 }, (_, i) => `x${i}@example.com`) });
    const capped = capPersonLists(raw);
    expect(PersonSchema.safeParse(capped).success).toBe(true);
    expect(capped.sources[0]).toEqual(sources[0]);
    expect(capped.searchTokens).toEqual(computePersonSearchTokens(capped));
    const within = makePerson();
    expect(capPersonLists(within)).toBe(within);
  });

  it('search tokens stop at their limit, keeping the name’s', () => {
    const longName = Array.from({ length: 150 }, (_, i) => `Олександр${i}`)
      .join(' ')
      .slice(0, 300);
    const emails = Array.from({ length: 50 }, (_, i) => `very.long.local.part.${i}@sub${i}.example${i}.com`);
    const tokens = computePersonSearchTokens({
      displayName: longName,
      givenName: null,
      familyName: null,
      company: 'Łąkowe Smaki',
      emails,
    });
    expect(tokens.length).toBeLessThanOrEqual(PERSON_LIMITS.searchTokens);
    // The first words through the name's phrases, a later one as a word of its own.
    expect(tokens.some((t) => t.startsWith('олександр0 олександр1'))).toBe(true);
    expect(tokens).toContain('олександр20');
    expect(matchesQuery(tokens, 'Олександр0 Олександр20')).toBe(true);
    expect(PersonSchema.safeParse(makePerson({ displayName: longName, emails })).success).toBe(true);
  });
});
