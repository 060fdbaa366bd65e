import { describe, expect, it } from 'vitest';
import { findSuggestions, resolveIdentity } from '../../../lib/domain/identity';
import { makePerson, uuid } from './make-entities';

const olena = makePerson({
  id: uuid(1),
  displayName: 'Олена Коваль',
  company: 'SoftServe',
  linkedinUrl: 'https://www.linkedin.com/in/olena-koval/',
  linkedinKey: 'olena-koval',
  emails: ['olena@softserve.ua'],
  salesNavUrls: ['https://www.linkedin.com/sales/lead/ACwAAA123/'],
});
const lukasz = makePerson({
  id: uuid(2),
  displayName: 'Łukasz Nowak',
  company: 'Allegro Sp. z o.o.',
  emails: ['lukasz@allegro.pl'],
});
const ilker = makePerson({
  id: uuid(3),
  displayName: 'İlker Yılmaz',
  company: 'Türk Telekom',
  linkedinKey: 'ilker-yilmaz',
});
const somchai = makePerson({ id: uuid(4), displayName: 'สมชาย ใจดี', company: 'SCB' });
const everyone = [olena, lukasz, ilker, somchai];

describe('resolveIdentity', () => {
  it('matches the LinkedIn identity first, over any e-mail', () => {
    expect(resolveIdentity({ linkedinKey: 'olena-koval', emails: ['lukasz@allegro.pl'] }, everyone)).toEqual({
      kind: 'match',
      personId: uuid(1),
      by: 'linkedin',
    });
  });

  it('matches an exact e-mail, whatever its case', () => {
    expect(resolveIdentity({ emails: ['Lukasz@Allegro.PL'] }, everyone)).toEqual({
      kind: 'match',
      personId: uuid(2),
      by: 'email',
    });
  });

  it('matches a Sales Navigator lead only through a stored alias', () => {
    expect(resolveIdentity({ salesNavLeadId: 'ACwAAA123', emails: [] }, everyone)).toEqual({
      kind: 'match',
      personId: uuid(1),
      by: 'sales-nav-alias',
    });
  });

  it('only suggests a Sales Navigator lead with no profile link and no alias', () => {
    const result = resolveIdentity(
      { salesNavLeadId: 'ACwBBB999', emails: [], displayName: 'Olena Koval', company: 'SoftServe' },
      everyone,
    );
    expect(result).toEqual({
      kind: 'suggest',
      suggestions: [{ personId: uuid(1), confidence: 'high', reasons: ['name', 'company'] }],
    });
  });

  it('does not auto-match an e-mail shared with someone who has another LinkedIn identity', () => {
    const result = resolveIdentity({ linkedinKey: 'someone-else', emails: ['olena@softserve.ua'] }, everyone);
    expect(result).toEqual({
      kind: 'suggest',
      suggestions: [{ personId: uuid(1), confidence: 'high', reasons: ['email'] }],
    });
  });

  it('does not pick between two people sharing an address', () => {
    const twin = makePerson({ id: uuid(9), displayName: 'Team', emails: ['olena@softserve.ua'] });
    const result = resolveIdentity({ emails: ['olena@softserve.ua'] }, [olena, twin]);
    expect(result.kind).toBe('suggest');
  });

  it('says new when nothing is close', () => {
    expect(
      resolveIdentity({ linkedinKey: 'nobody', emails: ['x@y.com'], displayName: 'Jan Kowalski' }, everyone),
    ).toEqual({ kind: 'new' });
    expect(resolveIdentity({ emails: [] }, [])).toEqual({ kind: 'new' });
  });
});

describe('findSuggestions', () => {
  it.each([
    ['Olena Koval', 'SoftServe', uuid(1)],
    ['Lukasz Nowak', 'Allegro', uuid(2)],
    ['ILKER YILMAZ', 'Turk Telekom', uuid(3)],
    ['สมชาย ใจดี', 'SCB', uuid(4)],
  ])('suggests %s at %s across scripts and diacritics', (displayName, company, expected) => {
    const suggestions = findSuggestions({ id: uuid(50), displayName, company }, everyone);
    expect(suggestions).toEqual([{ personId: expected, confidence: 'high', reasons: ['name', 'company'] }]);
  });

  it('gives medium confidence when a company is unknown or the name is one typo off', () => {
    expect(findSuggestions({ id: uuid(50), displayName: 'Lukasz Nowak', company: null }, everyone)).toEqual([
      { personId: uuid(2), confidence: 'medium', reasons: ['name', 'company-unknown'] },
    ]);
    expect(
      findSuggestions({ id: uuid(50), displayName: 'Lukas Nowak', company: 'Allegro' }, everyone)[0],
    ).toMatchObject({
      confidence: 'medium',
      reasons: ['name-close', 'company'],
    });
  });

  it('skips the person themself and same names at other companies', () => {
    expect(findSuggestions(lukasz, everyone)).toEqual([]);
    expect(findSuggestions({ id: uuid(50), displayName: 'Łukasz Nowak', company: 'CD Projekt' }, everyone)).toEqual([]);
  });

  it('puts high-confidence suggestions first', () => {
    const others = [
      makePerson({ id: uuid(60), displayName: 'Anna Nowak', company: null }),
      makePerson({ id: uuid(61), displayName: 'Anna Nowak', company: 'Allegro' }),
    ];
    expect(
      findSuggestions({ id: uuid(50), displayName: 'Anna Nowak', company: 'Allegro' }, others).map((s) => s.personId),
    ).toEqual([uuid(61), uuid(60)]);
  });
});
