import type { Detection, SignedInUser } from '../../domain/contact';
import type { Budget } from '../shared/budget';
import { warn } from '../shared/detection';
import { identityKeyOf } from './profile-url';
import { readViewerJson } from './viewer-json';

// The signed-in user is never a contact, whichever link LinkedIn gives them: the public slug (nav, Me JSON)
// or the member id (/in/ACoAA…, as in 2025 message groups and search insights). One check after every
// extractor, behind each extractor's own: a page whose markup we do not know yet still never lists the user.

/** Identity keys of the signed-in member, slug and member id, as far as the page names them. */
export function viewerKeysOf(doc: Document, me: SignedInUser | null, budget: Budget): Set<string> {
  const keys = new Set<string>();
  const fromUrl = me?.linkedinUrl ? identityKeyOf(me.linkedinUrl) : null;
  if (fromUrl !== null) keys.add(fromUrl);
  const id = readViewerJson(doc, budget)?.profileId ?? null;
  const fromId = id === null ? null : identityKeyOf(`https://www.linkedin.com/in/${id}/`);
  if (fromId !== null) keys.add(fromId);
  return keys;
}

/** Remove every contact one of the viewer's keys matches. */
export function dropViewer(d: Detection, keys: Set<string>): void {
  if (keys.size === 0) return;
  const kept = d.contacts.filter((c) => {
    const key = c.linkedinUrl ? identityKeyOf(c.linkedinUrl) : null;
    return key === null || !keys.has(key);
  });
  if (kept.length === d.contacts.length) return;
  d.contacts = kept;
  warn(d, 'signed-in user: a contact was the signed-in member (by member id); dropped');
}
