// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DetectionSchema, type DetectedContact, type Detection } from '../../../lib/domain/contact';
import { linkedinAdapter } from '../../../lib/sites/linkedin/adapter';
import { gmailAdapter } from '../../../lib/sites/gmail/adapter';
import {
  collapse,
  extract,
  parseHtml,
  readHtml,
  readRealManifest,
  type ExpectedContact,
  type RealEntry,
} from './fixture-loader';

// Real captures (tests/fixtures/real): the manifest's expectations were committed before the extractors
// were changed for them. Every expected person found, nobody else, never the signed-in user.

const FIELDS = ['name', 'linkedinUrl', 'salesNavUrl', 'headline', 'company', 'title', 'location'] as const;

function findActual(entry: RealEntry, contacts: DetectedContact[], want: ExpectedContact): DetectedContact | undefined {
  if (entry.site === 'gmail') return contacts.find((c) => c.emails.includes(want.email ?? ''));
  return contacts.find((c) => c.linkedinUrl === want.linkedinUrl);
}

function run(entry: RealEntry): { doc: Document; detection: Detection } {
  const doc = parseHtml(readHtml(entry.file));
  return { doc, detection: extract(entry.site, doc, entry.url) };
}

describe('the real corpus', () => {
  it('holds at least 15 real captures of at least 5 page kinds, Gmail included', () => {
    const captures = readRealManifest().filter((entry) => entry.generated !== true);
    const kinds = new Set(captures.map((entry) => entry.kind));
    expect(captures.length).toBeGreaterThanOrEqual(15);
    expect(kinds.size).toBeGreaterThanOrEqual(5);
    expect([...kinds].some((kind) => kind.startsWith('gmail-'))).toBe(true);
  });
});

describe.each(readRealManifest())('real capture $file', (entry) => {
  const { doc, detection } = run(entry);

  it('is a well-formed Detection of the right kind', () => {
    expect(() => run(entry)).not.toThrow();
    expect(DetectionSchema.safeParse(detection).success).toBe(true);
    expect(detection.pageKind).toBe(entry.kind);
    expect(entry.pseudonymised).toBe(true);
  });

  it('finds every expected contact and nobody else', () => {
    for (const want of entry.expected) {
      const actual = findActual(entry, detection.contacts, want);
      expect(actual, JSON.stringify(want)).toBeDefined();
      if (!actual) continue;
      for (const field of FIELDS) {
        const value = want[field];
        if (value !== null && value !== undefined) expect(collapse(actual[field]), field).toBe(collapse(value));
      }
      if (entry.site === 'gmail') {
        expect(actual.role).toBe(want.role);
        expect(actual.automated).toBe(want.automated ?? false);
      }
    }
    expect(detection.contacts.map((c) => c.name)).toHaveLength(entry.expected.length);
  });

  it('never lists mustNotDetect people or the signed-in user', () => {
    const names = detection.contacts.map((c) => c.name ?? '');
    for (const banned of entry.mustNotDetect ?? []) expect(names).not.toContain(banned);
    for (const email of entry.mustNotDetectEmails ?? []) {
      expect(detection.contacts.flatMap((c) => c.emails)).not.toContain(email);
    }
    const me = entry.signedInUser;
    if (!me) return;
    if (me.name) expect(names).not.toContain(me.name);
    for (const c of detection.contacts) {
      if (me.email) expect(c.emails).not.toContain(me.email);
      if (me.linkedinUrl) expect(c.linkedinUrl).not.toBe(me.linkedinUrl);
    }
  });

  it('identifies the signed-in user, or says detection may be degraded', () => {
    const me = entry.signedInUser;
    if (me === null) {
      expect(detection.signedInUser).toBeNull();
      return;
    }
    if (!entry.viewerSignalsKept) {
      expect(detection.degraded).toBe(true);
      expect(detection.warnings.join(' ')).toMatch(/signed-in user/);
      return;
    }
    expect(detection.degraded).toBe(false);
    expect(detection.signedInUser).not.toBeNull();
    if (me.linkedinUrl) expect(detection.signedInUser?.linkedinUrl).toBe(me.linkedinUrl);
    if (me.email) expect(detection.signedInUser?.email).toBe(me.email);
    if (me.name) expect(detection.signedInUser?.name).toBe(me.name);
  });

  it('gives every contact an anchor in the page for its overlay', () => {
    const adapter = entry.site === 'linkedin' ? linkedinAdapter : gmailAdapter;
    const placements = adapter.placementsOf(doc, detection);
    for (const contact of detection.contacts) {
      const placement = placements.find((p) => p.contacts.some((c) => c.key === contact.key));
      expect(placement, contact.name ?? contact.key).toBeDefined();
      expect(placement?.anchor.isConnected).toBe(true);
      expect(doc.contains(placement?.anchor ?? null)).toBe(true);
    }
  });
});
