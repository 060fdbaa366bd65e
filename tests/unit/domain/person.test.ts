import { describe, expect, it } from 'vitest';
import { computePersonSearchTokens, isEmptyValue, isUserOwned, PersonSchema } from '../../../lib/domain/person';
import { matchesQuery } from '../../../lib/domain/text-fold';
import { makePerson, NOW } from './make-entities';

describe('person', () => {
  it.each(['Łukasz Żółkiewski', 'Олена Коваль', 'สมชาย ใจดี', 'İlker Yılmaz'])(
    'accepts the name %s as written',
    (displayName) => {
      const person = makePerson({ displayName });
      expect(PersonSchema.parse(person).displayName).toBe(displayName);
    },
  );

  it('rejects unnormalised or duplicate e-mails, blank names and bad lead sources', () => {
    expect(PersonSchema.safeParse(makePerson({ emails: ['Olena@Example.com'] })).success).toBe(false);
    expect(PersonSchema.safeParse(makePerson({ emails: ['a@x.com', 'a@x.com'] })).success).toBe(false);
    expect(PersonSchema.safeParse(makePerson({ displayName: '   ' })).success).toBe(false);
    expect(PersonSchema.safeParse({ ...makePerson(), leadSource: 'cold' }).success).toBe(false);
  });

  it('records provenance per field', () => {
    const person = makePerson({ title: 'CTO', provenance: { title: { source: 'user', at: NOW } } });
    expect(PersonSchema.parse(person).provenance.title).toEqual({ source: 'user', at: NOW });
    expect(isUserOwned(person, 'title')).toBe(true);
    expect(isUserOwned(person, 'company')).toBe(false);
    expect(isUserOwned(makePerson({ provenance: { company: { source: 'merge', at: NOW } } }), 'company')).toBe(true);
    expect(isUserOwned(makePerson({ provenance: { company: { source: 'linkedin', at: NOW } } }), 'company')).toBe(
      false,
    );
  });

  it('computes search tokens from name, company and e-mails', () => {
    const tokens = computePersonSearchTokens(
      makePerson({ displayName: 'Олена Коваль', company: 'Нова Пошта', emails: ['olena@novaposhta.ua'] }),
    );
    expect(matchesQuery(tokens, 'olena nova')).toBe(true);
    expect(matchesQuery(tokens, 'olena@nova')).toBe(true);
  });

  it('stores a name word only when no phrase starts with it, and finds the person by every word', () => {
    const tokens = computePersonSearchTokens(
      makePerson({ displayName: 'Rebecca Anne Thornton', company: 'Acme', emails: ['rt@acme.io'] }),
    );
    expect(tokens).toContain('rebecca anne thornton');
    expect(tokens).toContain('thornton rebecca anne');
    expect(tokens).not.toContain('rebecca');
    expect(tokens).toContain('acme');
    for (const query of ['reb', 'anne', 'thornton r', 'acme', 'rt@acme', 'thorn acm'])
      expect(matchesQuery(tokens, query)).toBe(true);
    expect(matchesQuery(tokens, 'becca')).toBe(false);
    const thai = computePersonSearchTokens(makePerson({ displayName: 'สมชาย ใจดี', company: null, emails: [] }));
    expect(thai).not.toContain('ใจดี');
    expect(matchesQuery(thai, 'ใจดี')).toBe(true);
  });

  it('knows what counts as empty', () => {
    expect(isEmptyValue(null)).toBe(true);
    expect(isEmptyValue('')).toBe(true);
    expect(isEmptyValue('x')).toBe(false);
  });
});
