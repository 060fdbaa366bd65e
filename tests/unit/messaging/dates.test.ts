import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { EPOCH_END } from '@/lib/domain/epoch-range';
import { protocol, type MessageName } from '@/lib/messaging/protocol';
import { ActivitySchema } from '@/lib/domain/activity';
import { CompanySchema } from '@/lib/domain/company';
import { DealSchema } from '@/lib/domain/deal';
import { FollowUpSchema } from '@/lib/domain/follow-up';
import { PersonSchema } from '@/lib/domain/person';
import { BACKUP_TABLES } from '@/lib/portability/backup-tables';

// Issue 16: one page message with `sendAt: 9007199254740991` hung the worker. Every instant in every
// schema must be an EpochSchema; this finds each one by name in the schemas' JSON Schema form.
const DATE_NAME = /(^at$|At$|Until$|Seen$)/;

/** Every `[path, schema]` under a JSON Schema whose property name says it is an instant. */
function dateFields(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) return node.flatMap((n, i) => dateFields(n, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, prop] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        if (DATE_NAME.test(name)) out.push([`${path}.${name}`, prop]);
      }
    }
    out.push(...dateFields(value, `${path}/${key}`));
  }
  return out;
}

/** The number schemas a property allows (itself, or the branches of a nullable). */
const numbersOf = (prop: Record<string, unknown>): Record<string, unknown>[] =>
  Array.isArray(prop.anyOf) ? (prop.anyOf as Record<string, unknown>[]).filter((p) => p.type !== 'null') : [prop];

const SCHEMAS: [string, z.ZodType][] = [
  ...(Object.keys(protocol) as MessageName[]).flatMap((name): [string, z.ZodType][] => [
    [`${name}.in`, protocol[name].in],
    [`${name}.out`, protocol[name].out],
  ]),
  ['Activity', ActivitySchema],
  ['Company', CompanySchema],
  ['Deal', DealSchema],
  ['FollowUp', FollowUpSchema],
  ['Person', PersonSchema],
  ...Object.entries(BACKUP_TABLES).map(([table, schema]) => [`Backup ${table}`, schema] as [string, z.ZodType]),
];

describe('dates in schemas', () => {
  it('every instant in every message and entity is an integer in [0, 2200)', () => {
    let found = 0;
    for (const [label, schema] of SCHEMAS) {
      for (const io of ['input', 'output'] as const) {
        const json = z.toJSONSchema(schema, { unrepresentable: 'any', io });
        for (const [path, prop] of dateFields(json)) {
          for (const n of numbersOf(prop)) {
            found += 1;
            expect(n, `${label} ${io} ${path}`).toMatchObject({
              type: 'integer',
              minimum: 0,
              exclusiveMaximum: EPOCH_END,
            });
          }
        }
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  const compose = {
    draftKey: 'd1',
    state: 'pending',
    account: 'me@example.com',
    recipients: [{ email: 'ann@example.com', name: 'Ann' }],
    subject: 'Hi',
    days: 3,
  };
  const message = (at: number) => ({
    gmailMessageId: 'm1',
    threadId: null,
    subject: 'Hi',
    at,
    from: { email: 'me@example.com', name: null },
    to: [{ email: 'ann@example.com', name: null }],
    cc: [],
    snippet: '',
  });
  const FAR = [9_007_199_254_740_991, Date.parse('+275760-09-13T00:00:00Z'), NaN, -1, Date.UTC(2200, 0, 1)];

  it.each(FAR)('turns away sendAt / at / dueAt / until = %d at the gate (invalid-input)', (at) => {
    const id = crypto.randomUUID();
    expect(protocol.composeFollowUp.in.safeParse({ ...compose, sendAt: at }).success).toBe(false);
    const log = { account: 'me@example.com', threadUrl: null, messages: [message(at)] };
    expect(protocol.logEmail.in.safeParse(log).success).toBe(false);
    const schedule = { personId: id, dealId: null, dueAt: at, kind: 'email', note: '' };
    expect(protocol.scheduleFollowUp.in.safeParse(schedule).success).toBe(false);
    expect(protocol.snoozeFollowUp.in.safeParse({ followUpId: id, until: at }).success).toBe(false);
    expect(protocol.rescheduleFollowUp.in.safeParse({ followUpId: id, dueAt: at }).success).toBe(false);
  });

  it('still accepts today', () => {
    const now = Date.UTC(2026, 2, 27, 10);
    expect(protocol.composeFollowUp.in.safeParse({ ...compose, sendAt: now }).success).toBe(true);
    const log = { account: 'me@example.com', threadUrl: null, messages: [message(now)] };
    expect(protocol.logEmail.in.safeParse(log).success).toBe(true);
  });
});
