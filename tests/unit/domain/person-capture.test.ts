import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { DetectedContact } from '../../../lib/domain/contact';
import { createPersonFromContact, mergeContactIntoPerson, recordSource } from '../../../lib/domain/person-capture';
import { canonicalizeLinkedinProfileUrl } from '../../../lib/domain/linkedin-url';
import { PersonSchema } from '../../../lib/domain/person';
import { matchesQuery } from '../../../lib/domain/text-fold';
import { DAY, makePerson, NOW, uuid } from './make-entities';

function contact(overrides: Partial<DetectedContact> = {}): DetectedContact {
  return {
    key: 'k',
    site: 'linkedin',
    name: 'Олена Коваль',
    linkedinUrl: 'https://www.linkedin.com/in/Olena-Koval?trk=x',
    salesNavUrl: null,
    emails: [],
    headline: 'Head of Sales at SoftServe',
    title: 'Head of Sales',
    company: 'SoftServe',
    location: 'Львів',
    role: null,
    automated: false,
    ...overrides,
  };
}
const profile = { pageKind: 'linkedin-profile' as const, url: 'https://www.linkedin.com/in/olena-koval/' };

describe('createPersonFromContact', () => {
  it('creates a valid person with canonical LinkedIn URL, identity key, source and provenance', () => {
    const person = createPersonFromContact(uuid(1), contact(), profile, 'outbound', NOW);
    expect(person).not.toBeNull();
    if (!person) return;
    expect(PersonSchema.safeParse(person).success).toBe(true);
    expect(person).toMatchObject({
      displayName: 'Олена Коваль',
      linkedinUrl: canonicalizeLinkedinProfileUrl(contact().linkedinUrl ?? ''),
      linkedinKey: 'olena-koval',
      title: 'Head of Sales',
      lifecycle: 'prospect',
      leadSource: 'outbound',
    });
    // Where and when each value was read: the page and its address (GDPR Art. 14).
    const read = { source: 'linkedin', at: NOW, ...profile };
    expect(person.provenance.displayName).toEqual(read);
    expect(person.provenance.title).toEqual(read);
    expect(person.sources).toEqual([
      { site: 'linkedin', pageKind: 'linkedin-profile', url: profile.url, firstSeen: NOW, lastSeen: NOW },
    ]);
    expect(matchesQuery(person.searchTokens, 'olena soft')).toBe(true);
  });

  it('stamps every field it fills with one object, which a stored row serialises once', () => {
    const person = createPersonFromContact(uuid(1), contact(), profile, 'outbound', NOW)!;
    const stamps = Object.values(person.provenance);
    expect(stamps.length).toBeGreaterThanOrEqual(5);
    expect(new Set(stamps).size).toBe(1);
    // V8's serializer (IndexedDB's) writes a repeated object as a reference: the same bytes as one stamp.
    const apart = {
      ...person,
      provenance: Object.fromEntries(Object.entries(person.provenance).map(([k, s]) => [k, { ...s }])),
    };
    expect(serialize(person).length).toBeLessThan(serialize(apart).length - 4 * 50);
  });

  it('uses the address as the name when Gmail shows no name, and needs one or the other', () => {
    const gmail = { pageKind: 'gmail-thread' as const, url: 'https://mail.google.com/mail/u/0/#inbox/abc' };
    const fromMail = createPersonFromContact(
      uuid(2),
      contact({ site: 'gmail', name: null, linkedinUrl: null, emails: ['Ilker@Firma.com.tr'] }),
      gmail,
      'inbound',
      NOW,
    );
    expect(fromMail).toMatchObject({ displayName: 'ilker@firma.com.tr', emails: ['ilker@firma.com.tr'] });
    expect(createPersonFromContact(uuid(3), contact({ name: null, emails: [] }), gmail, 'inbound', NOW)).toBeNull();
  });
});

describe('mergeContactIntoPerson', () => {
  const known = makePerson({
    displayName: 'Łukasz Nowak',
    title: 'CEO',
    company: null,
    emails: ['lukasz@allegro.pl'],
    provenance: { title: { source: 'user', at: NOW - DAY } },
    sources: [
      {
        site: 'gmail',
        pageKind: 'gmail-thread',
        url: 'https://mail.google.com/mail/u/0/#inbox/g1',
        firstSeen: NOW - 5 * DAY,
        lastSeen: NOW - 5 * DAY,
      },
    ],
  });
  const seen = contact({
    name: 'Lukasz Nowak',
    title: 'Chief Executive',
    company: 'Allegro',
    linkedinUrl: 'https://pl.linkedin.com/in/lukasz-nowak/',
    emails: ['LUKASZ@allegro.pl', 'l.nowak@gmail.com'],
    salesNavUrl: 'https://www.linkedin.com/sales/lead/ACwAAB1xyz9,NAME_SEARCH,xy',
  });

  it('fills empty fields, never overwrites, and records the source', () => {
    const merged = mergeContactIntoPerson(known, seen, profile, NOW);
    expect(merged.displayName).toBe('Łukasz Nowak');
    expect(merged.title).toBe('CEO');
    expect(merged.company).toBe('Allegro');
    expect(merged.provenance.company).toMatchObject({ source: 'linkedin', at: NOW });
    expect(merged.provenance.title).toEqual({ source: 'user', at: NOW - DAY });
    expect(merged.linkedinKey).toBe('lukasz-nowak');
    expect(merged.emails).toEqual(['lukasz@allegro.pl', 'l.nowak@gmail.com']);
    // The new address is recorded as read on this page; the known one's origin was not recorded.
    expect(merged.valueProvenance).toEqual([
      { field: 'emails', value: 'l.nowak@gmail.com', source: 'linkedin', at: NOW, ...profile },
    ]);
    expect(merged.salesNavUrls).toEqual(['https://www.linkedin.com/sales/lead/ACwAAB1xyz9/']);
    expect(merged.sources.map((s) => s.url)).toEqual(['https://mail.google.com/mail/u/0/#inbox/g1', profile.url]);
    expect(merged.updatedAt).toBe(NOW);
    expect(PersonSchema.safeParse(merged).success).toBe(true);
  });

  it('never refills a field the user cleared', () => {
    const cleared = { ...known, company: null, provenance: { company: { source: 'user' as const, at: NOW - DAY } } };
    expect(mergeContactIntoPerson(cleared, seen, profile, NOW).company).toBeNull();
  });

  it('replaces a placeholder name that is only an address, unless the user typed it', () => {
    const placeholder = makePerson({ displayName: 'ilker@firma.com.tr', emails: ['ilker@firma.com.tr'] });
    const named = mergeContactIntoPerson(placeholder, contact({ name: 'İlker Yılmaz' }), profile, NOW);
    expect(named.displayName).toBe('İlker Yılmaz');
    expect(matchesQuery(named.searchTokens, 'ilker yil')).toBe(true);
    const typed = { ...placeholder, provenance: { displayName: { source: 'user' as const, at: 1 } } };
    expect(mergeContactIntoPerson(typed, contact({ name: 'İlker Yılmaz' }), profile, NOW).displayName).toBe(
      'ilker@firma.com.tr',
    );
  });

  it('refreshes lastSeen for a page seen again, keeping firstSeen', () => {
    const again = mergeContactIntoPerson(
      known,
      seen,
      { pageKind: 'gmail-thread', url: 'https://mail.google.com/mail/u/0/#inbox/g1' },
      NOW,
    );
    expect(again.sources).toEqual([
      {
        site: 'gmail',
        pageKind: 'gmail-thread',
        url: 'https://mail.google.com/mail/u/0/#inbox/g1',
        firstSeen: NOW - 5 * DAY,
        lastSeen: NOW,
      },
    ]);
    expect(
      recordSource(
        again.sources,
        'gmail',
        { pageKind: 'gmail-thread', url: 'https://mail.google.com/mail/u/0/#inbox/g1' },
        NOW - DAY,
      )[0]?.lastSeen,
    ).toBe(NOW);
  });
});
