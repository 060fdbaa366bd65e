import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractGmail } from '../../../lib/sites/gmail/extract';
import { extractLinkedin } from '../../../lib/sites/linkedin/extract';
import type { ExtractOptions } from '../../../lib/sites/shared/budget';
import type { Detection } from '../../../lib/domain/contact';

// Shared by the fixture, variant and property tests: read saved pages from tests/fixtures.

// happy-dom replaces URL, so import.meta.url tricks fail; resolve from this file's directory.
export const FIXTURES_DIR = `${resolve(__dirname, '../../fixtures')}/`;

export interface ExpectedContact {
  name?: string | null;
  linkedinUrl?: string | null;
  salesNavUrl?: string | null;
  headline?: string | null;
  company?: string | null;
  title?: string | null;
  location?: string | null;
  emails?: string[];
  email?: string;
  role?: string;
  automated?: boolean;
}

export interface FixtureEntry {
  file: string;
  url: string;
  site: 'linkedin' | 'gmail';
  kind: string;
  signedInUser: { name: string; linkedinUrl?: string; email?: string } | null;
  expected: ExpectedContact[];
  expectedCompany?: Record<string, string | null>;
  mustNotDetect?: string[];
}

/** fixtures.json entries. */
export function readManifest(): FixtureEntry[] {
  const raw: unknown = JSON.parse(readFileSync(`${FIXTURES_DIR}fixtures.json`, 'utf8'));
  return (raw as { files: FixtureEntry[] }).files;
}

/** Raw HTML of a fixture file (path relative to tests/fixtures). */
export function readHtml(file: string): string {
  return readFileSync(`${FIXTURES_DIR}${file}`, 'utf8');
}

/** Parse HTML the way the tests are told to: DOMParser, text/html. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Run the extractor for a site. */
export function extract(site: 'linkedin' | 'gmail', doc: Document, url: string, opts?: ExtractOptions): Detection {
  return site === 'linkedin' ? extractLinkedin(doc, new URL(url), opts) : extractGmail(doc, new URL(url), opts);
}

/** Trim and collapse whitespace (the fixtures' comparison rule; no case folding). */
export function collapse(text: string | null | undefined): string | null {
  return text === null || text === undefined ? null : text.replace(/\s+/g, ' ').trim();
}

/** A real capture's manifest entry (tests/fixtures/real/manifest.json). */
export interface RealEntry extends Omit<FixtureEntry, 'signedInUser'> {
  repository: string;
  commit: string;
  licence: string;
  pseudonymised: boolean;
  signedInUser: { name: string | null; linkedinUrl?: string; email?: string } | null;
  /** False when the cut removed every viewer signal: the detection must then say it may be degraded. */
  viewerSignalsKept: boolean;
  mustNotDetectEmails?: string[];
  /** A page generated from real markup (say, the profile's person made the viewer): tested, not counted as a capture. */
  generated?: boolean;
}

/** tests/fixtures/real/manifest.json entries (their `file` is relative to tests/fixtures/real). */
export function readRealManifest(): RealEntry[] {
  const raw: unknown = JSON.parse(readFileSync(`${FIXTURES_DIR}real/manifest.json`, 'utf8'));
  return (raw as { files: RealEntry[] }).files.map((f) => ({ ...f, file: `real/${f.file}` }));
}
