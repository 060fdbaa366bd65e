import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isNeverLogged, SettingsSchema } from '../../../lib/domain/settings';

describe('settings', () => {
  it('has valid defaults: 14 stalled days, language auto, rules on', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      stalledDays: 14,
      language: 'auto',
      rules: { afterMeeting: true, stalledNudge: true },
    });
  });

  it('accepts only supported languages and valid currencies', () => {
    for (const language of ['en', 'pl', 'uk', 'ru', 'tr', 'th', 'auto']) {
      expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, language }).success).toBe(true);
    }
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, language: 'de' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, currency: 'zł' }).success).toBe(false);
    expect(
      SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, noReplyDays: null } })
        .success,
    ).toBe(true);
  });

  it.each([
    'noreply@github.com',
    'no-reply@accounts.google.com',
    'NoReply-Billing@stripe.com',
    'notifications@linkedin.com',
    'mailer-daemon@googlemail.com',
    'MAILER-DAEMON@example.com',
    'jobs-notifications@linkedin.com',
    'donotreply@bank.pl',
  ])('keeps the automated sender %s out by default', (address) => {
    expect(isNeverLogged(address, DEFAULT_SETTINGS)).toBe(true);
  });

  it.each(['olena@example.ua', 'ilker@firma.com.tr', 'łukasz@firma.pl', 'reply@example.com', 'notify-me@x.com'])(
    'logs the person %s',
    (address) => expect(isNeverLogged(address, DEFAULT_SETTINGS)).toBe(false),
  );

  it('matches user addresses exactly, local-part patterns anywhere, and domains with subdomains', () => {
    const settings = {
      neverLog: { addresses: ['Boss@Home.com', 'alerts*'], domains: ['@family.pl', 'internal.example.com'] },
    };
    expect(isNeverLogged('boss@home.com', settings)).toBe(true);
    expect(isNeverLogged('boss2@home.com', settings)).toBe(false);
    expect(isNeverLogged('alerts-prod@any.io', settings)).toBe(true);
    expect(isNeverLogged('mama@family.pl', settings)).toBe(true);
    expect(isNeverLogged('x@mail.internal.example.com', settings)).toBe(true);
    expect(isNeverLogged('x@notinternal.example.com', settings)).toBe(false);
  });

  it('treats regex characters in patterns literally and non-addresses as never logged', () => {
    const settings = { neverLog: { addresses: ['a.b+c@x.com'], domains: [] } };
    expect(isNeverLogged('a.b+c@x.com', settings)).toBe(true);
    expect(isNeverLogged('aXb+c@x.com', settings)).toBe(false);
    expect(isNeverLogged('not an address', settings)).toBe(true);
  });
});
