import type { DetectedContact, Detection } from '../../domain/contact';

/**
 * Whether `next` says anything new for the worker compared with the last reported detection: the
 * URL, page kind, degradation, hidden-message count and every contact field. Compared field by field
 * without building anything: a JSON.stringify of the whole detection every batch was ~10 % of a
 * batch on the Gmail inbox. Warnings, the company and the signed-in user do not trigger a report
 * on their own (as before).
 */
export function isSameDetection(last: Detection | null, next: Detection): boolean {
  if (!last) return false;
  if (
    last.url !== next.url ||
    last.pageKind !== next.pageKind ||
    last.degraded !== next.degraded ||
    last.hiddenMessages !== next.hiddenMessages ||
    last.contacts.length !== next.contacts.length
  )
    return false;
  for (let i = 0; i < next.contacts.length; i++) {
    if (!isSameContact(last.contacts[i], next.contacts[i])) return false;
  }
  return true;
}

function isSameContact(a: DetectedContact | undefined, b: DetectedContact | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(b) as (keyof DetectedContact)[];
  if (keys.length !== Object.keys(a).length) return false;
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}
