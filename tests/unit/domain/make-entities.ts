// Builders for domain tests: valid entities with readable overrides.
import { ActivitySchema, type Activity } from '../../../lib/domain/activity';
import type { Deal } from '../../../lib/domain/deal';
import { computePersonSearchTokens, type Person } from '../../../lib/domain/person';
import { createQualification } from '../../../lib/domain/qualification';

/** A deterministic, valid v4 UUID for test number n. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export const DAY = 86_400_000;
/** 2026-03-15T12:00:00Z */
export const NOW = Date.UTC(2026, 2, 15, 12);

export function makePerson(overrides: Partial<Person> = {}): Person {
  const base: Person = {
    id: uuid(1),
    displayName: 'Anna Nowak',
    givenName: null,
    familyName: null,
    headline: null,
    title: null,
    company: null,
    companyId: null,
    location: null,
    linkedinUrl: null,
    linkedinKey: null,
    salesNavUrls: [],
    emails: [],
    phones: [],
    tags: [],
    leadSource: 'outbound',
    lifecycle: 'prospect',
    sources: [],
    provenance: {},
    qualification: createQualification(),
    searchTokens: [],
    createdAt: NOW - 10 * DAY,
    updatedAt: NOW - 10 * DAY,
  };
  const person = { ...base, ...overrides };
  return { ...person, searchTokens: overrides.searchTokens ?? computePersonSearchTokens(person) };
}

export function makeDeal(overrides: Partial<Deal> = {}): Deal {
  return {
    id: uuid(100),
    personId: uuid(1),
    companyId: null,
    pipelineId: 'p1',
    stageId: 'prospecting',
    title: 'Deal',
    value: 100_000,
    currency: 'EUR',
    probability: null,
    expectedClose: null,
    nextStep: null,
    status: 'open',
    lostReason: null,
    wonAt: null,
    lostAt: null,
    stageHistory: [],
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 30 * DAY,
    lastActivityAt: null,
    ...overrides,
  };
}

let activityCounter = 1000;
type Extra<K extends Activity['kind']> = Omit<
  Extract<Activity, { kind: K }>,
  'id' | 'personId' | 'at' | 'createdAt' | 'kind'
>;

/** An activity of `kind` for `personId` at `at`, with the kind's own fields. */
export function makeActivity<K extends Activity['kind']>(
  kind: K,
  personId: string,
  at: number,
  extra: Extra<K>,
): Activity {
  activityCounter += 1;
  return ActivitySchema.parse({ id: uuid(activityCounter), personId, at, createdAt: at, kind, ...extra });
}

export function email(personId: string, at: number, direction: 'sent' | 'received'): Activity {
  return makeActivity('email', personId, at, {
    subject: 'Hello',
    direction,
    participants: [],
    threadUrl: null,
    snippet: '',
    gmailMessageId: `m${at}`,
    account: 'me@example.com',
  });
}

/** Person uuid(1)'s timeline: 7 touches (3 sent emails, 2 outbound calls, a meeting, a LinkedIn message) and 3 replies. */
export const activitiesOfP = [
  email(uuid(1), NOW - 9, 'sent'),
  email(uuid(1), NOW - 8, 'sent'),
  email(uuid(1), NOW - 7, 'sent'),
  email(uuid(1), NOW - 6, 'received'),
  makeActivity('call', uuid(1), NOW - 5, { direction: 'outbound', outcome: 'connected', durationMinutes: 5, note: '' }),
  makeActivity('call', uuid(1), NOW - 4, {
    direction: 'outbound',
    outcome: 'no-answer',
    durationMinutes: null,
    note: '',
  }),
  makeActivity('call', uuid(1), NOW - 3, { direction: 'inbound', outcome: 'connected', durationMinutes: 3, note: '' }),
  makeActivity('meeting', uuid(1), NOW - 2, { title: 'Demo', isDemo: true, durationMinutes: 30, note: '' }),
  makeActivity('linkedin-message', uuid(1), NOW - 1, { direction: 'sent', threadUrl: null, snippet: 'Cześć!' }),
  makeActivity('linkedin-message', uuid(1), NOW, { direction: 'received', threadUrl: null, snippet: 'Привіт' }),
  makeActivity('note', uuid(1), NOW + 1, { text: 'ignored' }),
  makeActivity('captured', uuid(1), NOW + 2, {
    site: 'linkedin',
    pageKind: 'linkedin-profile',
    url: 'https://www.linkedin.com/in/anna-nowak/',
  }),
];
