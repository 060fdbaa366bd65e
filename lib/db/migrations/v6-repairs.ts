import { clampEpoch, EPOCH_LAST, isEpoch, isIsoDateInRange } from '../../domain/epoch-range';
import { effectiveDueAt } from '../../domain/follow-up';
import type { Person } from '../../domain/person';
import { isLinkedinLink, isSourceUrl, safeHref } from '../../domain/safe-link';
import { toDealRow } from '../deal-rows';
import type { ActivityRow, CadenceRunRow, CompanyRow, DealRow, FollowUpRow, ReminderOutboxRow } from '../rows';

// The repairs of schema v6 (issue 16): every stored instant back inside [0, 2200), per field:
// - an instant a row needs (createdAt, dueAt, at…): clamped (negative → 1970, past 2200 → its last
//   millisecond); not a number at all (NaN, a string) → the best date the row has, else the upgrade's;
// - a fact that may be absent (doneAt, wonAt, notifiedAt, leftAt, endedAt…): null stays null, else
//   repaired like an instant, since the fact (done, won) stays true;
// - a plan that may be dropped (snoozedUntil, a reminder's lease, a deal's expectedClose): dropped
//   (null) when out of range: an unsnoozed follow-up or a deal with no close date is still whole.
// And every stored link the schemas now refuse (lib/domain/safe-link.ts) is dropped: a profile, lead
// or company link that is not LinkedIn's, a thread that is not LinkedIn's or Gmail's (null), a source
// that is neither (''), so the rows still pass their schemas (a backup of them restores whole).

/** Repairs fields in place and remembers whether it changed any. */
export class RowFixer {
  changed = false;
  constructor(readonly now: number) {}

  instant(value: unknown, fallback = this.now): number {
    if (isEpoch(value)) return value;
    this.changed = true;
    if (typeof value !== 'number' || Number.isNaN(value)) return isEpoch(fallback) ? fallback : this.now;
    if (value === Infinity) return EPOCH_LAST;
    return value === -Infinity ? 0 : clampEpoch(value);
  }

  fact(value: number | null, fallback = this.now): number | null {
    return value === null || value === undefined ? value : this.instant(value, fallback);
  }

  plan(value: number | null): number | null {
    if (value === null || value === undefined || isEpoch(value)) return value;
    this.changed = true;
    return null;
  }

  link(value: string | null, isKept: (url: unknown) => boolean): string | null {
    if (value === null || value === undefined || isKept(value)) return value;
    this.changed = true;
    return null;
  }

  source(value: string): string {
    if (isSourceUrl(value)) return value;
    this.changed = true;
    return '';
  }
}

const isLink = (url: unknown) => safeHref(url) !== null;

/** A person (also the two kept in a merge's undo). */
export function repairPerson(p: Person, f: RowFixer): void {
  p.linkedinUrl = f.link(p.linkedinUrl, isLinkedinLink);
  const aliases = (p.salesNavUrls ?? []).filter(isLinkedinLink);
  if (aliases.length !== (p.salesNavUrls ?? []).length) {
    p.salesNavUrls = aliases;
    f.changed = true;
  }
  p.createdAt = f.instant(p.createdAt);
  p.updatedAt = f.instant(p.updatedAt, p.createdAt);
  for (const s of p.sources ?? []) {
    s.url = f.source(s.url);
    s.firstSeen = f.instant(s.firstSeen, p.createdAt);
    s.lastSeen = f.instant(s.lastSeen, s.firstSeen);
  }
  for (const given of Object.values(p.provenance ?? {})) if (given) given.at = f.instant(given.at, p.updatedAt);
  if (p.qualification) p.qualification.statusChangedAt = f.fact(p.qualification.statusChangedAt, p.updatedAt);
}

export function repairCompany(c: CompanyRow, f: RowFixer): void {
  c.linkedinUrl = f.link(c.linkedinUrl, isLinkedinLink);
  c.createdAt = f.instant(c.createdAt);
  c.updatedAt = f.instant(c.updatedAt, c.createdAt);
}

/** A deal, with Today's index fields recomputed from the repaired dates. */
export function repairDeal(d: DealRow, f: RowFixer): DealRow {
  d.createdAt = f.instant(d.createdAt);
  d.updatedAt = f.instant(d.updatedAt, d.createdAt);
  d.wonAt = f.fact(d.wonAt, d.updatedAt);
  d.lostAt = f.fact(d.lostAt, d.updatedAt);
  d.lastActivityAt = f.fact(d.lastActivityAt, d.updatedAt);
  if (d.nextStep) d.nextStep.dueAt = f.instant(d.nextStep.dueAt);
  for (const visit of d.stageHistory ?? []) {
    visit.enteredAt = f.instant(visit.enteredAt, d.createdAt);
    visit.leftAt = f.fact(visit.leftAt, visit.enteredAt);
  }
  if (d.expectedClose != null && !(typeof d.expectedClose === 'string' && isIsoDateInRange(d.expectedClose))) {
    d.expectedClose = null;
    f.changed = true;
  }
  return toDealRow(d);
}

export function repairActivity(a: ActivityRow, f: RowFixer): void {
  a.createdAt = f.instant(a.createdAt);
  a.at = f.instant(a.at, a.createdAt);
  if (a.kind === 'email' || a.kind === 'linkedin-message') a.threadUrl = f.link(a.threadUrl, isLink);
  if (a.kind === 'captured') a.url = f.source(a.url);
  if (a.kind === 'merge' && a.undo) {
    repairPerson(a.undo.survivorBefore, f);
    repairPerson(a.undo.absorbed, f);
  }
}

/** A follow-up, with the reminder scan's `openDueAt` recomputed from the repaired dates. */
export function repairFollowUp(row: FollowUpRow, f: RowFixer): FollowUpRow {
  row.createdAt = f.instant(row.createdAt);
  row.updatedAt = f.instant(row.updatedAt, row.createdAt);
  row.dueAt = f.instant(row.dueAt);
  row.doneAt = f.fact(row.doneAt, row.updatedAt);
  row.notifiedAt = f.fact(row.notifiedAt, row.updatedAt);
  row.snoozedUntil = f.plan(row.snoozedUntil);
  const { openDueAt: _drop, ...plain } = row;
  void _drop;
  return row.done ? plain : { ...plain, openDueAt: effectiveDueAt(plain) };
}

export function repairCadenceRun(r: CadenceRunRow, f: RowFixer): void {
  r.startedAt = f.instant(r.startedAt);
  r.endedAt = f.fact(r.endedAt, r.startedAt);
}

export function repairReminder(r: ReminderOutboxRow, f: RowFixer): void {
  r.createdAt = f.instant(r.createdAt);
  r.leaseUntil = f.plan(r.leaseUntil);
}
