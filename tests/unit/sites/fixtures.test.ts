// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DetectionSchema, type DetectedContact } from '../../../lib/domain/contact';
import {
  collapse,
  extract,
  parseHtml,
  readHtml,
  readManifest,
  type ExpectedContact,
  type FixtureEntry,
} from './fixture-loader';

const FIELDS = ['name', 'linkedinUrl', 'headline', 'company', 'title', 'location'] as const;

function findActual(
  entry: FixtureEntry,
  contacts: DetectedContact[],
  want: ExpectedContact,
): DetectedContact | undefined {
  if (entry.site === 'gmail') return contacts.find((c) => c.emails.includes(want.email ?? ''));
  return contacts.find((c) => c.linkedinUrl === want.linkedinUrl);
}

function checkContact(entry: FixtureEntry, actual: DetectedContact, want: ExpectedContact): void {
  for (const field of FIELDS) {
    const value = want[field];
    // null in a fixture = no claim (fixtures.json rules.null)
    if (value !== null && value !== undefined) expect(collapse(actual[field]), field).toBe(collapse(value));
  }
  if (want.emails) expect(new Set(actual.emails)).toEqual(new Set(want.emails));
  if (entry.site === 'gmail') {
    expect(actual.role).toBe(want.role);
    expect(actual.automated).toBe(want.automated ?? false);
    if (want.name !== undefined) expect(collapse(actual.name)).toBe(collapse(want.name));
  }
}

describe.each(readManifest())('fixture $file', (entry) => {
  const doc = parseHtml(readHtml(entry.file));
  const detection = extract(entry.site, doc, entry.url);

  it('is a well-formed Detection of the right kind', () => {
    expect(DetectionSchema.safeParse(detection).success).toBe(true);
    expect(detection.pageKind).toBe(entry.kind);
    expect(detection.degraded).toBe(false);
  });

  it('finds exactly the expected contacts (as a set)', () => {
    expect(detection.contacts).toHaveLength(entry.expected.length);
    for (const want of entry.expected) {
      const actual = findActual(entry, detection.contacts, want);
      expect(actual, JSON.stringify(want)).toBeDefined();
      if (actual) checkContact(entry, actual, want);
    }
  });

  it('gives every contact a unique key', () => {
    const keys = detection.contacts.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of detection.contacts) {
      expect(c.key).toBe(c.linkedinUrl ?? `mailto:${c.emails[0] ?? ''}`);
    }
  });

  it('never reports mustNotDetect people or the signed-in user', () => {
    const names = detection.contacts.map((c) => c.name ?? '');
    for (const banned of entry.mustNotDetect ?? []) expect(names).not.toContain(banned);
    const me = entry.signedInUser;
    if (!me) return;
    expect(names).not.toContain(me.name);
    for (const c of detection.contacts) {
      if (me.email) expect(c.emails).not.toContain(me.email);
      if (me.linkedinUrl) expect(c.linkedinUrl).not.toBe(me.linkedinUrl);
    }
  });

  it('reads the signed-in user', () => {
    const me = entry.signedInUser;
    if (me === null) {
      expect(detection.signedInUser).toBeNull();
      return;
    }
    expect(detection.signedInUser?.name).toBe(me.name);
    if (me.email) expect(detection.signedInUser?.email).toBe(me.email);
    if (me.linkedinUrl) expect(detection.signedInUser?.linkedinUrl).toBe(me.linkedinUrl);
  });

  if (entry.expectedCompany) {
    it('reads the company', () => {
      expect(detection.company).toEqual(entry.expectedCompany);
    });
  }
});
