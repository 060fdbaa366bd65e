import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cancelFollowUp, completeFollowUp, snoozeFollowUp, type FollowUp } from '../../../lib/domain/follow-up';
import { exportFollowUpsToIcs, foldIcsLine, icsUidFor, type IcsExportOptions } from '../../../lib/portability/ics';
import { OTHER_PERSON, PERSON, makeFollowUp, uuid } from '../domain/follow-up.fixture';

const NOW = Date.parse('2026-03-27T12:00:00Z');
const OPTS: IcsExportOptions = {
  now: NOW,
  calendarName: 'Sidecar follow-ups',
  productId: '-//Sidecar//Follow-ups 0.1//EN',
};
const HOSTILE = 'Line 1\nLine 2; a, b \\ c\\n <script>alert("x")</script>\ttab';
const NAMES = {
  cyrillic: 'Олександра Ковальчук-Шевченко, керівниця відділу продажів; Київ',
  thai: 'สมชาย ใจดี ผู้จัดการฝ่ายขาย บริษัท ตัวอย่าง จำกัด',
  emoji: '👩🏽‍💼 Zoë Łukasiewicz 🇵🇱🇺🇦 İstanbul ılık',
};

function parseEvents(text: string): ICAL.Component[] {
  const jcal: unknown = ICAL.parse(text);
  if (!Array.isArray(jcal)) throw new Error('expected one calendar');
  return new ICAL.Component(jcal).getAllSubcomponents('vevent');
}

function readTime(event: ICAL.Component, name: string): number {
  const value = event.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a time`);
  return value.toUnixTime() * 1000;
}

function makeSet(): { followUps: FollowUp[]; people: Map<string, { displayName: string }> } {
  const people = new Map([
    [PERSON, { displayName: NAMES.cyrillic }],
    [OTHER_PERSON, { displayName: NAMES.thai }],
    [uuid(9), { displayName: NAMES.emoji }],
  ]);
  const base = { createdAt: Date.parse('2026-03-01T09:00:00Z'), updatedAt: Date.parse('2026-03-02T09:00:00Z') };
  const followUps = [
    makeFollowUp({ ...base, id: uuid(11), kind: 'call', dueAt: Date.parse('2026-03-30T07:00:00Z'), note: HOSTILE }),
    makeFollowUp({
      ...base,
      id: uuid(12),
      personId: OTHER_PERSON,
      kind: 'linkedin-message',
      dueAt: Date.parse('2026-03-28T02:00:00Z'),
    }),
    makeFollowUp({
      ...base,
      id: uuid(13),
      personId: uuid(9),
      kind: 'meeting',
      dueAt: Date.parse('2026-04-01T13:30:00Z'),
      note: NAMES.emoji.repeat(4),
    }),
  ];
  return { followUps, people };
}

describe('exportFollowUpsToIcs', () => {
  it('writes a publishable calendar with CRLF line endings', () => {
    const { followUps, people } = makeSet();
    const text = exportFollowUpsToIcs(followUps, people, OPTS);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Sidecar//Follow-ups 0.1//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Sidecar follow-ups',
    ]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('round-trips every field through ical.js', () => {
    const { followUps, people } = makeSet();
    const events = parseEvents(exportFollowUpsToIcs(followUps, people, OPTS));
    const byUid = new Map(events.map((e) => [new ICAL.Event(e).uid, e]));
    expect(events).toHaveLength(3);
    for (const f of followUps) {
      const component = byUid.get(icsUidFor(f.id));
      if (component === undefined) throw new Error(`missing ${f.id}`);
      const event = new ICAL.Event(component);
      expect(readTime(component, 'dtstart')).toBe(f.dueAt);
      expect(readTime(component, 'dtend')).toBe(f.dueAt + 15 * 60_000);
      expect(readTime(component, 'dtstamp')).toBe(NOW);
      expect(readTime(component, 'last-modified')).toBe(f.updatedAt);
      expect(readTime(component, 'created')).toBe(f.createdAt);
      expect(event.sequence).toBe((f.updatedAt - f.createdAt) / 1000);
      expect(component.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(event.description ?? '').toBe(f.note);
    }
    expect(new ICAL.Event(byUid.get(icsUidFor(uuid(11)))).summary).toBe(`Call: ${NAMES.cyrillic}`);
    expect(new ICAL.Event(byUid.get(icsUidFor(uuid(12)))).summary).toBe(`LinkedIn message: ${NAMES.thai}`);
    expect(new ICAL.Event(byUid.get(icsUidFor(uuid(13)))).summary).toBe(`Meeting: ${NAMES.emoji}`);
  });

  it('keeps hostile text exactly', () => {
    const f = makeFollowUp({ note: HOSTILE });
    const people = new Map([[PERSON, { displayName: 'Evil, Inc.; \\ <b>"boss"</b>\nnext' }]]);
    const [event] = parseEvents(exportFollowUpsToIcs([f], people, { ...OPTS, calendarName: 'a;b,c\\d' }));
    expect(new ICAL.Event(event).description).toBe(HOSTILE);
    expect(new ICAL.Event(event).summary).toBe('Email: Evil, Inc.; \\ <b>"boss"</b>\nnext');
  });

  it('round-trips any printable text (property)', () => {
    const printable = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 200 })
      // eslint-disable-next-line no-control-regex -- control characters are what it removes
      .map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\r]/g, ''));
    fc.assert(
      fc.property(printable, printable, (note, name) => {
        const text = exportFollowUpsToIcs([makeFollowUp({ note })], new Map([[PERSON, { displayName: name }]]), OPTS);
        const event = new ICAL.Event(parseEvents(text)[0]);
        expect(event.description ?? '').toBe(note.trim() === '' ? '' : note);
        expect(event.summary).toBe(name.trim() === '' ? 'Email' : `Email: ${name}`);
      }),
      { numRuns: 300 },
    );
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const { followUps, people } = makeSet();
    const text = exportFollowUpsToIcs(followUps, people, OPTS);
    const physical = text.split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldIcsLine(`${'x'.repeat(74)}ж`)).toBe(`${'x'.repeat(74)}\r\n ж`);
    expect(foldIcsLine(`${'x'.repeat(73)}😀`)).toBe(`${'x'.repeat(73)}\r\n 😀`);
  });

  it('keeps UIDs stable across exports, so re-import updates', () => {
    const { followUps, people } = makeSet();
    const uids = (text: string) => parseEvents(text).map((e) => new ICAL.Event(e).uid);
    const first = exportFollowUpsToIcs(followUps, people, OPTS);
    const second = exportFollowUpsToIcs([...followUps].reverse(), people, { ...OPTS, now: NOW + 86_400_000 });
    expect(uids(second)).toEqual(uids(first));
    expect(uids(first)).toEqual([uuid(12), uuid(11), uuid(13)].map(icsUidFor));
    expect(second.replace(/DTSTAMP:\w+/g, '')).toBe(first.replace(/DTSTAMP:\w+/g, ''));
  });

  it('raises SEQUENCE on change, exports snoozes and cancellations', () => {
    const base = makeFollowUp({ dueAt: Date.parse('2026-03-27T09:00:00Z') });
    const snoozed = snoozeFollowUp(base, Date.parse('2026-03-27T15:00:00Z'), Date.parse('2026-03-27T10:00:00Z'));
    const [before] = parseEvents(exportFollowUpsToIcs([base], new Map(), OPTS));
    const [after] = parseEvents(exportFollowUpsToIcs([snoozed], new Map(), OPTS));
    expect(new ICAL.Event(after).sequence).toBeGreaterThan(new ICAL.Event(before).sequence);
    expect(readTime(after!, 'dtstart')).toBe(Date.parse('2026-03-27T15:00:00Z'));
    expect(new ICAL.Event(after).summary).toBe('Email');
    const statuses = parseEvents(
      exportFollowUpsToIcs(
        [completeFollowUp(base, NOW), cancelFollowUp({ ...base, id: uuid(2) }, 'replied', NOW)],
        new Map(),
        OPTS,
      ),
    ).map((e) => e.getFirstPropertyValue('status'));
    expect(statuses.sort()).toEqual(['CANCELLED', 'CONFIRMED']);
  });

  it('translates kinds and generated notes, and honours the duration', () => {
    const f = makeFollowUp({ kind: 'call', noteKey: 'followUp.rule.afterMeeting' });
    const translate = (key: string) =>
      ({ 'followUp.kind.call': 'Zadzwoń', 'followUp.rule.afterMeeting': 'Po spotkaniu' })[key] ?? key;
    const [event] = parseEvents(
      exportFollowUpsToIcs([f], new Map([[PERSON, { displayName: 'Zoë' }]]), {
        ...OPTS,
        translate,
        durationMinutes: 30,
      }),
    );
    expect(new ICAL.Event(event).summary).toBe('Zadzwoń: Zoë');
    expect(new ICAL.Event(event).description).toBe('Po spotkaniu');
    expect(readTime(event!, 'dtend') - readTime(event!, 'dtstart')).toBe(30 * 60_000);
  });

  it('writes a valid empty calendar', () => {
    expect(parseEvents(exportFollowUpsToIcs([], new Map(), OPTS))).toEqual([]);
  });
});
