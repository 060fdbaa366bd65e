import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, parseMoney, textDirection } from '@/lib/i18n/format';
import { parseRoute } from '@/lib/panel/panel-route';
import { validatePersonForm } from '@/lib/panel/person-form';

describe('money in the user locale', () => {
  it('parses amounts typed the local way into integer minor units', () => {
    expect(parseMoney('12 345,67', 'PLN', 'pl')).toBe(1234567);
    expect(parseMoney('12\u00a0345,67', 'PLN', 'pl')).toBe(1234567);
    expect(parseMoney('12,345.67', 'USD', 'en')).toBe(1234567);
    expect(parseMoney('1.234,5', 'TRY', 'tr')).toBe(123450);
    expect(parseMoney('1500', 'JPY', 'en')).toBe(1500);
    expect(parseMoney('-5', 'EUR', 'en')).toBeNull();
    expect(parseMoney('abc', 'EUR', 'en')).toBeNull();
  });

  it('formats minor units as money for the locale', () => {
    expect(formatMoney(1234567, 'USD', 'en')).toBe('$12,345.67');
    expect(formatMoney(1234567, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('12 345,67 zł');
  });

  it('keeps one formatter per locale, currency and time zone (reused formatters never mix them)', () => {
    const t = Date.UTC(2026, 2, 15, 23, 30);
    for (let i = 0; i < 2; i++) {
      expect(formatMoney(1234567, 'EUR', 'en')).toBe('€12,345.67');
      expect(formatMoney(1234567, 'USD', 'en')).toBe('$12,345.67');
      expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
      expect(formatDate(t, 'en', 'UTC')).toBe('Mar 15, 2026');
      expect(formatDate(t, 'en', 'Europe/Warsaw')).toBe('Mar 16, 2026');
      expect(formatDateTime(t, 'en', 'Asia/Bangkok')).toBe(
        new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' }).format(t),
      );
      expect(formatNumber(1234.5, 'pl').replace(/\s/g, ' ')).toBe('1234,5');
      expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    }
  });

  it('knows the text direction', () => {
    expect(textDirection('th')).toBe('ltr');
    expect(textDirection('ar-EG')).toBe('rtl');
  });
});

describe('panel route', () => {
  it('reads ?view= and ?prospect=', () => {
    expect(parseRoute('')).toEqual({ view: 'page', prospectId: null });
    expect(parseRoute('?view=today&prospect=abc')).toEqual({ view: 'today', prospectId: 'abc' });
    expect(parseRoute('?view=nope').view).toBe('page');
  });
});

describe('person form', () => {
  const base = {
    displayName: 'Anna',
    givenName: '',
    familyName: '',
    headline: '',
    title: '',
    company: '',
    location: '',
    emails: '',
    phones: '',
    tags: '',
    leadSource: 'outbound',
    lifecycle: 'lead',
  };
  it('maps empty fields to null and splits lists', () => {
    const r = validatePersonForm({ ...base, emails: 'a@b.example; c@d.example', tags: 'vip, q3' });
    expect(r).toEqual({
      ok: true,
      patch: expect.objectContaining({
        displayName: 'Anna',
        company: null,
        emails: ['a@b.example', 'c@d.example'],
        tags: ['vip', 'q3'],
      }),
    });
  });
  it('reports each invalid field', () => {
    const r = validatePersonForm({ ...base, displayName: ' ', headline: 'x'.repeat(501), emails: 'nope' });
    expect(r).toEqual({
      ok: false,
      errors: {
        displayName: 'prospect.error.nameRequired',
        headline: 'prospect.error.tooLong',
        emails: 'prospect.error.email',
      },
    });
  });
});
