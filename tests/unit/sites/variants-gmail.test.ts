// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DetectionSchema } from '../../../lib/domain/contact';
import { readComposeState } from '../../../lib/sites/gmail/compose-state';
import { extractGmail } from '../../../lib/sites/gmail/extract';
import { readOpenMessages } from '../../../lib/sites/gmail/thread-messages';
import { TOAST_STRINGS } from '../../../lib/sites/gmail/toast-strings';
import { parseHtml, readHtml } from './fixture-loader';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgPLx';
const COMPOSE_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=CllgCJlKnbQWxrPvTzFhLq';
const ME = { name: 'Daniel Okafor', email: 'daniel.okafor@brightloop.io', linkedinUrl: null };

function run(file: string, url: string) {
  const d = extractGmail(parseHtml(readHtml(`variants/${file}`)), new URL(url));
  expect(DetectionSchema.safeParse(d).success).toBe(true);
  return d;
}

function roles(d: ReturnType<typeof run>) {
  return Object.fromEntries(d.contacts.map((c) => [c.emails[0], [c.name, c.role, c.automated]]));
}

describe('Gmail interface languages', () => {
  it('Polish: od:/do:/dw: labels, localised account label', () => {
    const d = run('gmail-thread-polish.html', THREAD_URL);
    expect(d.signedInUser).toEqual(ME);
    expect(roles(d)).toEqual({
      'zofia.kaminska@lakowesmaki.pl': ['Zofia Kamińska', 'from', false],
      'tomasz.wojcik@lakowesmaki.pl': ['Tomasz Wójcik', 'to', false],
      'lucja.nowak@lakowesmaki.pl': ['Łucja Nowak', 'cc', false],
    });
  });

  it('Russian: от:/кому:/копия:, from beats a later cc, bare address has no name', () => {
    const d = run('gmail-thread-russian.html', THREAD_URL);
    expect(d.signedInUser).toEqual(ME);
    expect(roles(d)).toEqual({
      'i.petrov@severtrans.ru': ['Игорь Петров', 'from', false],
      'm.sokolova@severtrans.ru': ['Мария Соколова', 'from', false],
      'buh@severtrans.ru': [null, 'cc', false],
    });
  });
});

describe('hidden earlier view', () => {
  const doc = parseHtml(readHtml('variants/gmail-thread-hidden-earlier-view.html'));

  it('reads only the visible main view and counts older messages', () => {
    const d = extractGmail(doc, new URL(THREAD_URL));
    expect(d.hiddenMessages).toBe(4);
    // No details table: the merged summary line cannot tell To from Cc, so no role is claimed.
    expect(roles(d)).toEqual({
      'laura.kim@pinecrest.dev': ['Laura Kim', 'from', false],
      'omar.haddad@pinecrest.dev': ['Omar Haddad', 'from', false],
      'finance@pinecrest.dev': [null, null, false],
    });
  });

  it('readOpenMessages lists the expanded message with ids, date and a body-only snippet', () => {
    const [message, ...rest] = readOpenMessages(doc);
    expect(rest).toHaveLength(0);
    expect(message).toMatchObject({
      legacyMessageId: '19ab000000000202',
      messageId: '#msg-f:1849999999999999202',
      legacyThreadId: '19ab000000000201',
      threadPermId: 'thread-f:1849999999999999201',
      subject: 'Renewal',
      date: 'Tue, Nov 25, 2026, 11:12 AM',
      from: { email: 'omar.haddad@pinecrest.dev', name: 'Omar Haddad' },
      to: [],
      cc: [],
    });
    expect(message?.recipientsMerged.map((p) => p.email)).toContain('laura.kim@pinecrest.dev');
    expect(message?.snippet.startsWith('Hi Daniel, we are ready to renew')).toBe(true);
    expect(message?.snippet).not.toMatch(/Pinecrest|earlier text/);
  });

  it('readOpenMessages on the shared 3-message fixture: To vs Cc from the details table', () => {
    const [message] = readOpenMessages(parseHtml(readHtml('gmail/thread-hannah-lindgren-3msg.html')));
    expect(message?.to.map((p) => p.email)).toEqual(['daniel.okafor@brightloop.io']);
    expect(message?.cc.map((p) => p.name)).toEqual(['Oskar Brandt', 'Priya Shah']);
    expect(message?.snippet.length).toBeLessThanOrEqual(200);
    expect(message?.snippet).not.toMatch(/Leo Marsh|camilla|Head of Sales Operations/);
  });
});

describe('compose state', () => {
  it('shared compose fixture: one window, recipients, no toast', () => {
    const state = readComposeState(parseHtml(readHtml('gmail/compose.html')));
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]?.subject).toBe('Recruiting pilot – Tidewell');
    expect(state.windows[0]?.recipients).toEqual([
      { email: 'grace.oyelaran@tidewell.org', name: 'Grace Oyelaran', role: 'to' },
      { email: 'procurement@tidewell.org', name: null, role: 'to' },
      { email: 'ben.holloway@tidewell.org', name: 'Ben Holloway', role: 'cc' },
    ]);
    expect(state).toMatchObject({ messageSent: false, undoAvailable: false, sendUndone: false });
  });

  it('"Message sent" toast with Undo', () => {
    const state = readComposeState(parseHtml(readHtml('variants/gmail-compose-sent-toast.html')));
    expect(state).toEqual({
      windows: [],
      messageSent: true,
      undoAvailable: true,
      sendUndone: false,
      sentMessageId: '#msg-a:r-8812',
      toastLanguage: 'en',
    });
  });

  it('Undo state: draft reopened', () => {
    const doc = parseHtml(readHtml('variants/gmail-compose-undo.html'));
    const state = readComposeState(doc);
    expect(state).toMatchObject({ messageSent: false, sendUndone: true, toastLanguage: 'en' });
    expect(state.windows[0]?.recipients).toEqual([
      { email: 'grace.oyelaran@tidewell.org', name: 'Grace Oyelaran', role: 'to' },
      { email: 'crm@brightloop.io', name: null, role: 'bcc' },
    ]);
    const d = extractGmail(doc, new URL(COMPOSE_URL));
    expect(roles(d)).toEqual({
      'grace.oyelaran@tidewell.org': ['Grace Oyelaran', 'to', false],
      'crm@brightloop.io': [null, 'bcc', false],
    });
  });

  it.each(TOAST_STRINGS.map((s) => [s.lang, s] as const))('toast strings: %s', (lang, strings) => {
    const sent = `<div class="vh"><span>${strings.sent[0]}</span><span id="link_undo" role="link">${strings.undo[0]}</span></div>`;
    expect(readComposeState(parseHtml(sent))).toMatchObject({
      messageSent: true,
      undoAvailable: true,
      toastLanguage: lang,
    });
    const undone = `<div role="alert"><span>${strings.undone[0]}</span></div>`;
    expect(readComposeState(parseHtml(undone))).toMatchObject({
      sendUndone: true,
      messageSent: false,
      toastLanguage: lang,
    });
    const hidden = `<div class="vh" style="display:none">${strings.sent[0]}</div>`;
    expect(readComposeState(parseHtml(hidden)).messageSent).toBe(false);
  });
});

describe('degraded', () => {
  it('flags a thread URL with no readable sender', () => {
    const d = extractGmail(parseHtml('<div role="main"><h2 class="hP">Subject</h2></div>'), new URL(THREAD_URL));
    expect(d).toMatchObject({ pageKind: 'gmail-thread', degraded: true, contacts: [] });
  });
});
