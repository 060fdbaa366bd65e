import type { PageKind } from './contact';

// Gmail routes live in the hash: #<view>[/<more>]/<threadId>[?compose=<id>].

function isGmail(url: URL): boolean {
  return url.hostname === 'mail.google.com' && url.pathname.startsWith('/mail');
}

function hashRoute(url: URL): { path: string[]; query: URLSearchParams } {
  const hash = url.hash.replace(/^#/, '');
  const at = hash.indexOf('?');
  const path = (at < 0 ? hash : hash.slice(0, at)).split('/').filter((s) => s !== '');
  return { path, query: new URLSearchParams(at < 0 ? '' : hash.slice(at + 1)) };
}

// New-style ids (FMfcgz…) and legacy 16-hex ids; search terms never look like either.
const THREAD_ID = /^(?:FMfcg[A-Za-z0-9]{16,}|[0-9a-f]{16})$/;

/** A compose window is addressed in the URL. */
export function isComposePage(url: URL): boolean {
  return isGmail(url) && (hashRoute(url).query.get('compose') ?? '') !== '';
}
// https://mail.google.com/mail/u/0/#inbox?compose=CllgCJlKnbQWxrPvTzFhLqGsSdBcMnRkWpZvJtXhNmLqTrDsFg
// https://mail.google.com/mail/u/0/#inbox?compose=new

/** An open conversation. */
export function isThreadPage(url: URL): boolean {
  const { path } = hashRoute(url);
  const last = path[path.length - 1];
  return isGmail(url) && path.length >= 2 && last !== undefined && THREAD_ID.test(last);
}
// https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq
// https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQXJkLmNbVcXzSdFgHjKqWeRtYu
// https://mail.google.com/mail/u/0/#search/pilot/19a9c2f0e1d4b3a1

/** A thread list (inbox, label, search results, a category tab). */
export function isThreadListPage(url: URL): boolean {
  return isGmail(url) && !isThreadPage(url) && !isComposePage(url);
}
// https://mail.google.com/mail/u/0/#inbox
// https://mail.google.com/mail/u/0/#label/Clients
// https://mail.google.com/mail/u/0/#search/renewal

/** Gmail's settings, with no compose window open. */
export function isSettingsPage(url: URL): boolean {
  return isGmail(url) && hashRoute(url).path[0] === 'settings' && !isComposePage(url);
}
// https://mail.google.com/mail/u/0/#settings/general
// https://mail.google.com/mail/u/0/#settings/filters

/** Which Gmail page kind a URL is. */
export function pageKindOf(url: URL): PageKind {
  if (isComposePage(url)) return 'gmail-compose';
  if (isThreadPage(url)) return 'gmail-thread';
  if (isThreadListPage(url)) return 'gmail-inbox';
  return 'other';
}
