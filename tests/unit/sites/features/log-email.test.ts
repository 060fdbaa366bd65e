// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { EmailMessageSchema, protocol } from '../../../../lib/messaging/protocol';
import { parseGmailDate } from '../../../../lib/sites/gmail/dates';
import { buildLogEmail } from '../../../../lib/sites/gmail/log-email';
import { logOpenThread } from '../../../../lib/sites/features/log-email';
import { readOpenMessages, type OpenMessage } from '../../../../lib/sites/gmail/thread-messages';
import { extractGmail } from '../../../../lib/sites/gmail/extract';
import { parseHtml, readHtml } from '../fixture-loader';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq';
const ME = { signedInUser: { name: 'Daniel Okafor', email: 'daniel.okafor@brightloop.io', linkedinUrl: null } };
const NOW = Date.UTC(2026, 10, 26, 12, 0);

const message = (over: Partial<OpenMessage>): OpenMessage => ({
  legacyMessageId: '19a9c2f0e1d4b3a1',
  messageId: '#msg-f:1',
  legacyThreadId: '19a9c2f0e1d4b3a1',
  threadPermId: 'thread-f:1',
  subject: 'Pilot',
  date: null,
  from: { email: 'a@x.io', name: 'A' },
  to: [],
  cc: [],
  bcc: [],
  recipientsMerged: [],
  snippet: '',
  ...over,
});

describe('parseGmailDate', () => {
  it("reads Gmail's English full dates in local time, and gives up on others", () => {
    expect(parseGmailDate('Mon, Nov 23, 2026, 10:14 AM')).toBe(new Date(2026, 10, 23, 10, 14).getTime());
    expect(parseGmailDate('Tue, Nov 18, 2026, 9:14\u202fPM')).toBe(new Date(2026, 10, 18, 21, 14).getTime());
    expect(parseGmailDate('Nov 23, 2026 at 12:05 AM')).toBe(new Date(2026, 10, 23, 0, 5).getTime());
    expect(parseGmailDate('Tomorrow morning Nov 26, 8:00 AM', NOW)).toBe(new Date(2026, 10, 26, 8, 0).getTime());
    expect(parseGmailDate('Jan 2, 8:00 AM', NOW)).toBe(new Date(2027, 0, 2, 8, 0).getTime());
    expect(parseGmailDate('wt., 18 lis 2026, 09:14')).toBeNull();
    expect(parseGmailDate(null)).toBeNull();
    // The page writes this text: far-future or pre-1970 dates read as none (issue 16).
    for (const hostile of ['+275760-09-13T00:00:00Z', 'Mon, Nov 23, 9999, 10:14 AM', '1969-12-31T00:00:00Z'])
      expect(parseGmailDate(hostile), hostile).toBeNull();
    expect(parseGmailDate('Nov 23, 8:00 AM', 9_007_199_254_740_991)).toBeNull();
  });
});

describe('buildLogEmail', () => {
  it('turns the open messages of the 3-message fixture into a valid logEmail payload', () => {
    const doc = parseHtml(readHtml('gmail/thread-hannah-lindgren-3msg.html'));
    const detection = extractGmail(doc, new URL(THREAD_URL));
    const built = buildLogEmail(readOpenMessages(doc), detection, NOW);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(protocol.logEmail.in.safeParse(built.payload).success).toBe(true);
    expect(built.payload.account).toBe('daniel.okafor@brightloop.io');
    expect(built.payload.threadUrl).toBe(
      'https://mail.google.com/mail/?authuser=daniel.okafor@brightloop.io#all/19a9c2f0e1d4b3a1',
    );
    const [m] = built.payload.messages;
    expect(m?.at).toBe(new Date(2026, 10, 25, 16, 2).getTime());
    expect(m?.cc.map((p) => p.name)).toEqual(['Oskar Brandt', 'Priya Shah']);
  });

  it('skips messages without a legacy id, falls back to now, to the perm id, and to the merged line', () => {
    const built = buildLogEmail(
      [
        message({ legacyMessageId: null, legacyThreadId: null }),
        message({
          legacyMessageId: 'b2',
          legacyThreadId: null,
          date: 'sometime',
          recipientsMerged: [{ email: 'c@x.io', name: null }],
        }),
      ],
      ME,
      NOW,
    );
    expect(built).toMatchObject({
      ok: true,
      payload: { threadUrl: 'https://mail.google.com/mail/?authuser=daniel.okafor@brightloop.io#all/thread-f:1' },
    });
    if (!built.ok) return;
    expect(built.payload.messages).toHaveLength(1);
    expect(EmailMessageSchema.parse(built.payload.messages[0])).toMatchObject({
      gmailMessageId: 'b2',
      at: NOW,
      to: [{ email: 'c@x.io' }],
      cc: [],
    });
  });

  it('needs the signed-in account and at least one message', () => {
    expect(buildLogEmail([message({})], { signedInUser: null }, NOW)).toEqual({ ok: false, reason: 'no-account' });
    expect(buildLogEmail([message({ legacyMessageId: null })], ME, NOW)).toEqual({ ok: false, reason: 'no-messages' });
  });
});

describe('logOpenThread', () => {
  it('sends the payload and maps the reply to a catalogue key', async () => {
    const doc = parseHtml(readHtml('gmail/thread-hannah-lindgren-3msg.html'));
    const detection = extractGmail(doc, new URL(THREAD_URL));
    const send = vi.fn().mockResolvedValue({ ok: true, value: { logged: 1, alreadyLogged: 0, people: 3 } });
    expect(await logOpenThread(doc, detection, send)).toEqual({ ok: true, messageKey: 'emailLogged' });
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      account: 'daniel.okafor@brightloop.io',
      messages: [{ gmailMessageId: '19abf1a4d2c6e7b9' }],
    });
    send.mockResolvedValue({ ok: false, error: 'internal', detail: 'not implemented yet' });
    expect(await logOpenThread(doc, detection, send)).toEqual({
      ok: false,
      messageKey: 'logEmailFailed',
      detail: 'not implemented yet',
    });
    expect(await logOpenThread(parseHtml('<title>x</title>'), detection, send)).toEqual({
      ok: false,
      messageKey: 'nothingToLog',
    });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
