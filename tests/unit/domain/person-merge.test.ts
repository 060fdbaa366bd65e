import { describe, expect, it } from 'vitest';
import { MergeUndoSchema } from '../../../lib/domain/activity';
import { PersonSchema } from '../../../lib/domain/person';
import { applyMergeChoices, planMerge } from '../../../lib/domain/person-merge';
import { answerCriterion, createQualification } from '../../../lib/domain/qualification';
import { matchesQuery } from '../../../lib/domain/text-fold';
import { DAY, makePerson, NOW, uuid } from './make-entities';

const fromGmail = makePerson({
  id: uuid(1),
  displayName: 'Olena Koval',
  title: 'Sales Director',
  company: null,
  emails: ['olena@softserve.ua'],
  tags: ['hot'],
  provenance: { title: { source: 'gmail', at: NOW - 9 * DAY } },
  createdAt: NOW - 9 * DAY,
  updatedAt: NOW - 2 * DAY,
  sources: [
    {
      site: 'gmail',
      pageKind: 'gmail-thread',
      url: 'https://mail.google.com/mail/u/0/#inbox/g',
      firstSeen: NOW - 9 * DAY,
      lastSeen: NOW - 2 * DAY,
    },
  ],
});
const fromLinkedin = makePerson({
  id: uuid(2),
  displayName: 'Олена Коваль',
  title: 'Head of Sales',
  company: 'SoftServe',
  location: 'Львів',
  linkedinUrl: 'https://www.linkedin.com/in/olena-koval/',
  linkedinKey: 'olena-koval',
  emails: ['o.koval@gmail.com'],
  tags: ['hot', 'ua'],
  provenance: { displayName: { source: 'user', at: NOW - DAY } },
  createdAt: NOW - 3 * DAY,
  updatedAt: NOW - DAY,
  sources: [
    {
      site: 'gmail',
      pageKind: 'gmail-thread',
      url: 'https://mail.google.com/mail/u/0/#inbox/g',
      firstSeen: NOW - 12 * DAY,
      lastSeen: NOW - 5 * DAY,
    },
    {
      site: 'linkedin',
      pageKind: 'linkedin-profile',
      url: 'https://www.linkedin.com/in/l/',
      firstSeen: NOW - 3 * DAY,
      lastSeen: NOW - 3 * DAY,
    },
  ],
});

describe('planMerge', () => {
  const plan = planMerge(fromGmail, fromLinkedin);

  it('fills empty fields from the other record and unites lists', () => {
    expect(plan.merged).toMatchObject({
      id: uuid(1),
      company: 'SoftServe',
      location: 'Львів',
      linkedinKey: 'olena-koval',
      emails: ['olena@softserve.ua', 'o.koval@gmail.com'],
      tags: ['hot', 'ua'],
      createdAt: NOW - 9 * DAY,
      updatedAt: NOW - DAY,
    });
    expect(plan.merged.sources).toEqual([
      {
        site: 'gmail',
        pageKind: 'gmail-thread',
        url: 'https://mail.google.com/mail/u/0/#inbox/g',
        firstSeen: NOW - 12 * DAY,
        lastSeen: NOW - 2 * DAY,
      },
      fromLinkedin.sources[1],
    ]);
    expect(PersonSchema.safeParse(plan.merged).success).toBe(true);
  });

  it('lists differing values as conflicts, pre-choosing the side the user edited', () => {
    expect(plan.conflicts).toEqual([
      { field: 'displayName', a: 'Olena Koval', b: 'Олена Коваль', chosen: 'b' },
      { field: 'title', a: 'Sales Director', b: 'Head of Sales', chosen: 'a' },
    ]);
    expect(plan.merged.displayName).toBe('Олена Коваль');
  });

  it('keeps undo data: both people as they were', () => {
    expect(MergeUndoSchema.safeParse({ ...plan.undo, movedActivityIds: [], movedDealIds: [] }).success).toBe(true);
    expect(plan.undo.survivorBefore).toBe(fromGmail);
    expect(plan.undo.absorbed).toBe(fromLinkedin);
  });

  it('takes the only filled-in qualification, and flags two different ones', () => {
    const qualified = answerCriterion(createQualification(), 'budget', 'yes');
    expect(planMerge(fromGmail, { ...fromLinkedin, qualification: qualified }).merged.qualification).toEqual(qualified);
    const other = answerCriterion(createQualification(), 'need', 'no');
    const both = planMerge({ ...fromGmail, qualification: other }, { ...fromLinkedin, qualification: qualified });
    expect(both.conflicts.map((c) => c.field)).toContain('qualification');
  });

  it('has no conflicts when merging a person with a copy', () => {
    expect(planMerge(fromGmail, { ...fromGmail, id: uuid(3) }).conflicts).toEqual([]);
  });
});

describe('applyMergeChoices', () => {
  it('applies choices, marks resolved fields as merge decisions and refreshes search tokens', () => {
    const plan = planMerge(fromGmail, fromLinkedin);
    const person = applyMergeChoices(plan, { displayName: 'a', title: 'b' }, NOW);
    expect(person).toMatchObject({ displayName: 'Olena Koval', title: 'Head of Sales', updatedAt: NOW });
    expect(person.provenance.displayName).toEqual({ source: 'merge', at: NOW });
    expect(person.provenance.title).toEqual({ source: 'merge', at: NOW });
    expect(matchesQuery(person.searchTokens, 'Олена')).toBe(true);
    expect(matchesQuery(person.searchTokens, 'o.koval@gmail')).toBe(true);
    expect(PersonSchema.safeParse(person).success).toBe(true);
  });

  it('uses the pre-chosen side where the user made no choice', () => {
    const person = applyMergeChoices(planMerge(fromGmail, fromLinkedin), {}, NOW);
    expect(person.displayName).toBe('Олена Коваль');
    expect(person.title).toBe('Sales Director');
  });

  it('keeps the LinkedIn key with the chosen profile URL', () => {
    const other = { ...fromGmail, linkedinUrl: 'https://www.linkedin.com/in/olena-k/', linkedinKey: 'olena-k' };
    const plan = planMerge(other, fromLinkedin);
    expect(applyMergeChoices(plan, { linkedinUrl: 'b' }, NOW).linkedinKey).toBe('olena-koval');
    expect(applyMergeChoices(plan, { linkedinUrl: 'a' }, NOW).linkedinKey).toBe('olena-k');
  });
});
