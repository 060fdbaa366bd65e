import { normalizeEmail } from './email-address';
import { mailtoHref } from './safe-link';

// "Write email" (issue 19): Gmail's own compose window in a new tab, for the account of the Gmail tab
// beside the panel, or the system's mail app (mailto:) when no Gmail tab is open. Gmail's documented
// full-page compose: https://mail.google.com/mail/u/<n>/?view=cm&fs=1&to=…&su=…&body=…

/** What to write: the recipient, and the subject and body (a filled-in template, or empty). */
export interface Draft {
  to: string;
  subject: string;
  body: string;
}

/** Gmail's account index in a Gmail URL (`/mail/u/1/…`); 0 for the default account's `/mail/…`; null when it is not Gmail. */
export function gmailAccountIndexOf(url: string): number | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'mail.google.com' || !parsed.pathname.startsWith('/mail'))
    return null;
  const index = /^\/mail\/u\/(\d{1,2})(\/|$)/.exec(parsed.pathname);
  return index ? Number(index[1]) : 0;
}

/** Gmail's compose for that account, with the recipient, subject and body filled in; null for an invalid address. */
export function gmailComposeUrl(accountIndex: number, draft: Draft): string | null {
  const to = normalizeEmail(draft.to);
  if (to === null || !Number.isInteger(accountIndex) || accountIndex < 0 || accountIndex > 99) return null;
  const query = new URLSearchParams({ view: 'cm', fs: '1', to, su: draft.subject, body: draft.body });
  return `https://mail.google.com/mail/u/${accountIndex}/?${query.toString().replace(/\+/g, '%20')}`;
}

/** A mailto: link with the subject and body (RFC 6068), or null for an invalid address. */
export function mailtoDraftUrl(draft: Draft): string | null {
  const base = mailtoHref(draft.to);
  if (base === null) return null;
  const parts = [
    ...(draft.subject ? [`subject=${encodeURIComponent(draft.subject)}`] : []),
    ...(draft.body ? [`body=${encodeURIComponent(draft.body)}`] : []),
  ];
  return parts.length ? `${base}?${parts.join('&')}` : base;
}

/** Where "Write" goes: Gmail's compose when a Gmail account is known, else mailto:. */
export function composeHref(draft: Draft, gmailAccount: number | null): string | null {
  return gmailAccount === null ? mailtoDraftUrl(draft) : gmailComposeUrl(gmailAccount, draft);
}
