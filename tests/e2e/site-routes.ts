import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

/** Saved pages served at their real URLs: tests/fixtures/<site>/<file>.html, keyed by URL without hash. */
export const FIXTURES_DIR = path.resolve('tests/fixtures');

export const PAGES = {
  rebecca: {
    url: 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/',
    file: 'linkedin/profile-rebecca-thornton-2026.html',
  },
  marcus: {
    url: 'https://www.linkedin.com/in/marcus-feldman-31a07b/',
    file: 'linkedin/profile-marcus-feldman-classic.html',
  },
  olena: {
    url: 'https://www.linkedin.com/in/olena-kovalenko-4a1b2c/',
    file: 'linkedin/profile-olena-kovalenko-uk.html',
  },
  search: { url: 'https://www.linkedin.com/search/results/people/', file: 'linkedin/search-people.html' },
  hannahThread: { url: 'https://mail.google.com/mail/u/0/', file: 'gmail/thread-hannah-lindgren-3msg.html' },
  compose: { url: 'https://mail.google.com/mail/u/0/', file: 'gmail/compose.html' },
} as const;

export const HANNAH_THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq';

export const COMPOSE_URL =
  'https://mail.google.com/mail/u/0/#inbox?compose=CllgCJlKnbQWxrPvTzFhLqGsSdBcMnRkWpZvJtXhNmLqTrDsFg';

export type RouteMap = Record<string, string | { body: string }>;

/** Read a fixture page's HTML. */
export const readPage = (file: string): string => readFileSync(path.join(FIXTURES_DIR, file), 'utf8');

/**
 * Serve `routes` (URL without query/hash → fixture file or literal body) and abort every other
 * request: there is no internet here, and an unanswered request would hang until DNS fails.
 */
export async function serveRoutes(context: BrowserContext, routes: RouteMap): Promise<void> {
  await context.route(/^https?:\/\//, async (route: Route) => {
    const url = new URL(route.request().url());
    const bare = `${url.origin}${url.pathname}`;
    const hit = routes[url.href] ?? routes[bare];
    if (hit === undefined) return route.abort('blockedbyclient');
    const body = typeof hit === 'string' ? readPage(hit) : hit.body;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}
