import type { z } from 'zod';
import type { PageKind } from '../domain/contact';
import type { Site } from '../domain/page-site';
import type { pageMessages } from './protocol-page';

type PageMessages = typeof pageMessages;
type Data<K extends keyof PageMessages> = z.output<PageMessages[K]['in']>;

export interface PageRule<K extends keyof PageMessages> {
  /** The sites whose tabs may send it: Gmail questions only from Gmail, and so on. */
  sites: readonly Site[];
  /** The page a message says it is about: it must fit the tab's URL (transport/gate.ts). */
  claims?(data: Data<K>): { pageKind: PageKind };
  /** The people a message asks about or writes for: each counts against its tab's budget (limits.ts). */
  people?(data: Data<K>): string[];
}

const BOTH = ['linkedin', 'gmail'] as const;
const GMAIL = ['gmail'] as const;

/**
 * What the transport checks of each page message beyond its payload, in one place: which site may
 * send it, which page it claims, and which people it touches (docs/ARCHITECTURE.md, "What a page can learn").
 */
export const pageRules: { [K in keyof PageMessages]: PageRule<K> } = {
  reportDetection: { sites: BOTH, claims: (d) => d, people: (d) => d.contacts.map((c) => c.key) },
  captureContact: { sites: BOTH, people: (d) => [d.key] },
  getOverlayStrings: { sites: BOTH },
  loadPageScript: { sites: ['linkedin'] },
  getContactStatuses: { sites: BOTH, people: (d) => d.keys },
  scheduleFollowUpForContact: { sites: BOTH, people: (d) => [d.key] },
  logEmail: {
    sites: GMAIL,
    people: (d) => d.messages.flatMap((m) => [m.from, ...m.to, ...m.cc].map((a) => a.email)),
  },
  composeFollowUp: { sites: GMAIL, people: (d) => d.recipients.map((r) => r.email) },
  getEmailStatuses: { sites: GMAIL, people: (d) => d.emails },
};
