import fc from 'fast-check';
import { computePersonSearchTokens, PERSON_LIMITS, type Person } from '@/lib/domain/person';
import { createQualification } from '@/lib/domain/qualification';
import { DEFAULT_SETTINGS } from '@/lib/domain/settings';
import { createPipelineFromTemplate } from '@/lib/domain/stage-templates';
import { toDealRow } from '@/lib/db/deal-rows';
import { toFollowUpRow } from '@/lib/db/repositories/follow-ups';
import { BACKUP_TABLES, type BackupTable } from '@/lib/portability/backup-tables';
import { emailDedupeKey } from '@/lib/db/repositories/activities';
import { makeDeal } from '../../domain/make-entities';

type ArbValue<A> = A extends fc.Arbitrary<infer T> ? T : never;

const SCRIPTS = ['Łukasz Żółć', 'Олена Коваленко', 'สมชาย ใจดี', 'İlker Yılmaz', 'Ілля', 'Müller-Lüdenscheidt'];

/** A name in any script: a real one, or any text at all (emoji, combining marks, lone surrogates), trimmed. */
const nameArb = fc
  .oneof(fc.constantFrom(...SCRIPTS), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }))
  .map((s) => s.trim().slice(0, 300))
  .filter((s) => s.length > 0);

const personArb = fc.record({
  name: nameArb,
  company: fc.option(nameArb, { nil: null }),
  sources: fc.constantFrom(1, 7, PERSON_LIMITS.sources),
  emails: fc.constantFrom(0, 1, PERSON_LIMITS.emails),
  aliases: fc.constantFrom(0, PERSON_LIMITS.salesNavUrls),
});

export const pipelineArb = fc.record({
  people: fc.array(personArb, { minLength: 1, maxLength: 5 }),
  stageName: nameArb,
  note: fc.string({ unit: 'grapheme', maxLength: 200 }),
  neverLog: fc.array(fc.constantFrom('ceo@sidecar.test', 'noreply*@*', 'hr@firma.pl'), { maxLength: 3 }),
});
export type PipelineSpec = ArbValue<typeof pipelineArb>;

let n = 0;
const uuid = () => crypto.randomUUID();
const at = () => Date.UTC(2026, 0, 1) + ++n * 60_000;

function personOf(spec: ArbValue<typeof personArb>, i: number): Person {
  const slug = `p${i}-${n}`;
  const base: Person = {
    id: uuid(),
    displayName: spec.name,
    givenName: null,
    familyName: null,
    headline: null,
    title: null,
    company: spec.company,
    companyId: null,
    location: null,
    linkedinUrl: `https://www.linkedin.com/in/${slug}/`,
    linkedinKey: slug,
    salesNavUrls: Array.from({ length: spec.aliases }, (_, k) => `https://www.linkedin.com/sales/lead/ACwAA${i}x${k}/`),
    emails: Array.from({ length: spec.emails }, (_, k) => `p${i}.${k}@firma${k % 7}.example.com`),
    phones: [],
    tags: [],
    leadSource: 'outbound',
    lifecycle: 'lead',
    sources: Array.from({ length: spec.sources }, (_, k) => ({
      site: 'linkedin' as const,
      pageKind: 'linkedin-search-people' as const,
      url: `https://www.linkedin.com/search/results/people/?page=${k}&p=${i}`,
      firstSeen: at(),
      lastSeen: at(),
    })),
    provenance: { displayName: { source: 'linkedin', at: at() } },
    qualification: createQualification(),
    searchTokens: [],
    createdAt: at(),
    updatedAt: at(),
  };
  return { ...base, searchTokens: computePersonSearchTokens(base) };
}

/** Every table a backup carries, filled as the app stores rows (derived fields included), from one spec. */
export function buildRows(spec: PipelineSpec): Record<BackupTable, object[]> {
  const pipeline = createPipelineFromTemplate('b2b-outbound', 'default');
  pipeline.stages[0] = { ...pipeline.stages[0]!, name: spec.stageName.slice(0, 100), nameKey: null };
  const people = spec.people.map(personOf);
  const [first] = people;
  const deals = people.map((p) =>
    makeDeal({ id: uuid(), personId: p.id, pipelineId: 'default', stageId: pipeline.stages[0]!.id }),
  );
  const cadenceId = uuid();
  const runId = uuid();
  const followUp = (i: number) => ({
    id: uuid(),
    personId: first!.id,
    dealId: deals[0]!.id,
    dueAt: at(),
    kind: 'email' as const,
    note: spec.note,
    noteKey: null,
    done: i === 0,
    doneAt: i === 0 ? at() : null,
    cancelReason: null,
    snoozedUntil: null,
    origin: 'cadence' as const,
    ruleId: null,
    cadenceRunId: runId,
    cadenceStep: i,
    notifiedAt: null,
    dedupeKey: null,
    createdAt: at(),
    updatedAt: at(),
  });
  const email = {
    id: uuid(),
    personId: first!.id,
    at: at(),
    createdAt: at(),
    kind: 'email' as const,
    subject: spec.note.slice(0, 100),
    direction: 'received' as const,
    participants: first!.emails.slice(0, 3),
    threadUrl: null,
    snippet: '',
    gmailMessageId: 'FMfcg1',
    account: 'me@brightloop.io',
    dedupeKey: emailDedupeKey('me@brightloop.io', 'FMfcg1', first!.id),
  };
  const absorbed = {
    ...personOf({ name: 'Dup', company: null, sources: 1, emails: 0, aliases: 0 }, 99),
    linkedinKey: null,
    linkedinUrl: null,
  };
  const merge = {
    id: uuid(),
    personId: first!.id,
    at: at(),
    createdAt: at(),
    kind: 'merge' as const,
    absorbedPersonId: absorbed.id,
    undo: {
      survivorBefore: first!,
      absorbed,
      movedActivityIds: [],
      movedDealIds: [],
      movedFollowUpIds: [],
      movedCadenceRunIds: [],
    },
  };
  const saltId = uuid();
  const rows: Record<BackupTable, object[]> = {
    settings: [{ id: 'settings', value: { ...DEFAULT_SETTINGS, neverLog: { addresses: spec.neverLog, domains: [] } } }],
    // Someone forgotten (none of these people): a salt, and a hash that is nobody's key here.
    suppressionSalts: [{ id: saltId, salt: 'ab'.repeat(32), createdAt: at() }],
    suppressions: [{ id: `${n.toString(16).padStart(4, '0')}${'c'.repeat(60)}`, saltId, kind: 'email', at: at() }],
    pipelines: [{ ...pipeline, position: 0 }],
    companies: [
      {
        id: uuid(),
        name: spec.stageName,
        domains: ['firma.pl'],
        linkedinUrl: null,
        industry: null,
        size: null,
        createdAt: 1,
        updatedAt: 2,
      },
    ],
    prospects: people,
    cadences: [
      {
        id: cadenceId,
        name: spec.stageName.slice(0, 200),
        nameKey: null,
        steps: [{ offsetDays: 1, kind: 'email', note: spec.note, noteKey: null }],
      },
    ],
    deals: deals.map(toDealRow),
    cadenceRuns: [
      {
        id: runId,
        cadenceId,
        personId: first!.id,
        dealId: deals[0]!.id,
        status: 'active',
        startedAt: at(),
        endedAt: null,
      },
    ],
    followUps: [followUp(0), followUp(1)].map(toFollowUpRow),
    activities: [email, merge],
    detectionStats: [{ day: '2026-03-16', pageKind: 'linkedin-profile', pages: 3, contacts: 7, degraded: 0 }],
  };
  // The generator's own check: every row is one the app could have stored.
  for (const [table, list] of Object.entries(rows))
    for (const row of list) BACKUP_TABLES[table as BackupTable].parse(row);
  return rows;
}
