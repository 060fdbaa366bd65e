import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FollowUpSchema, type FollowUp } from '@/lib/domain/follow-up';
import { toChromeMessages, type Catalogue } from '@/lib/i18n/catalogue';
import { toFollowUpRow } from '@/lib/db/repositories/follow-ups';
import { updateSettings } from '@/lib/worker/pipelines';
import type { SidecarDB } from '@/lib/db/schema';
import type { ReminderBrowser, ReminderEnv } from '@/lib/reminders/env';
import { addPerson, freshDb } from '../db/test-db';

const messages = toChromeMessages(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../../locales/en.json'), 'utf8')) as Catalogue,
);

/** chrome.i18n.getMessage over the generated English messages.json ('' for an unknown key, like Chrome). */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const slot = entry.placeholders?.[name]?.content;
    return slot ? (values[Number(slot.slice(1)) - 1] ?? '') : whole;
  });
}

export interface Harness {
  db: SidecarDB;
  env: ReminderEnv;
  personId: string;
  now(): number;
  setNow(ms: number): void;
  advance(ms: number): void;
  /** Options of the notifications the fake browser currently shows, by id. */
  shown(): Record<string, { title: string; message: string; buttons?: { title: string }[] }>;
}

/** A fresh database with one person, settings in `timeZone`, and a reminder env on fakeBrowser with a fake clock. */
export async function createHarness(
  start: number,
  opts: { timeZone?: string; buttons?: boolean } = {},
): Promise<Harness> {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
  const db = await freshDb();
  await updateSettings(
    db,
    {
      patch: {
        workingTime: {
          timeZone: opts.timeZone ?? 'Europe/Warsaw',
          workingDays: [1, 2, 3, 4, 5],
          dayStart: '09:00',
          dayEnd: '17:00',
        },
      },
    },
    { now: 0 },
  );
  const personId = await addPerson(db, { name: 'Łucja Żak' });
  let clock = start;
  const env: ReminderEnv = {
    db,
    browser: fakeBrowser as unknown as ReminderBrowser,
    now: () => clock,
    buttons: opts.buttons ?? true,
  };
  const notifications = fakeBrowser.notifications as unknown as { getAllCreateOptions(): ReturnType<Harness['shown']> };
  return {
    db,
    env,
    personId,
    now: () => clock,
    setNow: (ms) => {
      clock = ms;
    },
    advance: (ms) => {
      clock += ms;
    },
    shown: () => notifications.getAllCreateOptions(),
  };
}

let seq = 0;

/** Store an open follow-up for the harness person. */
export async function addFollowUp(h: Harness, over: Partial<FollowUp> = {}): Promise<FollowUp> {
  const f = FollowUpSchema.parse({
    id: crypto.randomUUID(),
    personId: h.personId,
    dealId: null,
    dueAt: h.now(),
    kind: 'call',
    note: `follow-up ${++seq}`,
    done: false,
    doneAt: null,
    snoozedUntil: null,
    origin: 'manual',
    ruleId: null,
    cadenceRunId: null,
    cadenceStep: null,
    notifiedAt: null,
    createdAt: h.now() - 86_400_000,
    updatedAt: h.now() - 86_400_000,
    ...over,
  });
  await h.db.followUps.add(toFollowUpRow(f));
  return f;
}
