import type { DetectedContact, Detection, PageKind } from '../../domain/contact';

// Limits from DetectionSchema: a Detection must always be well-formed, even on hostile pages.
const MAX_CONTACTS = 200;
const MAX_WARNINGS = 50;

/** An empty, well-formed Detection for `url`. */
export function newDetection(url: URL | string, pageKind: PageKind): Detection {
  const href = typeof url === 'string' ? url : url.href;
  return {
    url: href.slice(0, 4000),
    pageKind,
    contacts: [],
    company: null,
    signedInUser: null,
    degraded: false,
    warnings: [],
    hiddenMessages: 0,
  };
}

/** A contact with every field defaulted; `key` is filled in by `addContact` when left empty. */
export function newContact(site: DetectedContact['site'], fields: Partial<DetectedContact>): DetectedContact {
  return {
    key: '',
    site,
    name: null,
    linkedinUrl: null,
    salesNavUrl: null,
    emails: [],
    headline: null,
    title: null,
    company: null,
    location: null,
    role: null,
    automated: false,
    ...fields,
  };
}

/** Record a warning (bounded, short). */
export function warn(detection: Detection, message: string): void {
  if (detection.warnings.length >= MAX_WARNINGS) return;
  detection.warnings.push(message.slice(0, 300));
}

/**
 * Run one signal layer; an exception becomes a warning and the layer yields `fallback`, so
 * what earlier layers found is still returned.
 */
export function runLayer<T>(detection: Detection, label: string, fallback: T, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warn(detection, `${label} failed: ${reason}`);
    return fallback;
  }
}

/** Key: canonical LinkedIn URL, else mailto:<email>, else Sales Navigator URL, else page-local. */
export function keyOf(contact: DetectedContact, index: number, pageKind: PageKind): string {
  if (contact.linkedinUrl) return contact.linkedinUrl;
  const email = contact.emails[0];
  if (email) return `mailto:${email.toLowerCase()}`;
  if (contact.salesNavUrl) return contact.salesNavUrl;
  return `page:${pageKind}:${index}`;
}

/** Append a contact unless its key is already present (or the list is full); returns it as stored, with its key, or null. */
export function addContact(detection: Detection, contact: DetectedContact): DetectedContact | null {
  if (detection.contacts.length >= MAX_CONTACTS) return null;
  const key = contact.key || keyOf(contact, detection.contacts.length, detection.pageKind);
  if (detection.contacts.some((c) => c.key === key)) return null;
  const stored = { ...contact, key };
  detection.contacts.push(stored);
  return stored;
}
