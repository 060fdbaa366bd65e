import type { DetectedContact, Detection } from '../domain/contact';
import { errorOf } from './message-error';
import type { Send } from './send-context';

export interface PageCapture {
  /** Capture a detected contact from the tab; false when it failed. */
  capture: (contact: DetectedContact) => Promise<boolean>;
  /** Capture a hand-completed contact; a catalogue key describing the failure, or null. */
  captureManual: (contact: DetectedContact) => Promise<string | null>;
}

/** Capture actions for the tab the panel follows (used by the list, the `a` key and the palette). */
export function createPageCapture(send: Send, tabId: number | null, detection: Detection | null): PageCapture {
  return {
    capture: async (contact) => {
      if (tabId === null) return false;
      try {
        return (await send('captureFromTab', { tabId, key: contact.key })).ok;
      } catch {
        return false; // The worker was restarting: the user can click again.
      }
    },
    captureManual: async (contact) => {
      const pageKind = detection?.pageKind ?? 'other';
      const code = await errorOf(send('captureManual', { contact, pageKind, url: detection?.url ?? '' }));
      return code === null ? null : `error.${code}`;
    },
  };
}
