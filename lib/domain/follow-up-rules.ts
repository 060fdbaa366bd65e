import { DAY_MS } from './entity-fields';
import { cancelFollowUp, type FollowUp, type FollowUpKind } from './follow-up';
import { addWorkingDays, moveIntoWorkingTime, nextWorkingDayAt } from './working-days';
import type { WorkingTime } from './working-time';

export type RuleId = 'after-meeting' | 'no-reply' | 'stalled-nudge';

/**
 * The little the rules need from a logged activity (lib/domain/activity.ts fits: emails and
 * LinkedIn messages say 'sent' / 'received', calls 'outbound' / 'inbound').
 */
export type RuleActivity = {
  kind: string;
  at: number;
  personId: string;
  dealId?: string | null | undefined;
  direction?: string | null | undefined;
};

/** The on/off switches, as stored in settings (RuleToggles) plus the stalled threshold. */
export type RuleSwitches = { afterMeeting: boolean; noReplyDays: number | null; stalledNudge: boolean };

/** Whether the person reached out to us (a reply, an incoming call). */
export function isInbound(activity: RuleActivity): boolean {
  return activity.direction === 'received' || activity.direction === 'inbound';
}

function isSentEmail(activity: RuleActivity): boolean {
  return activity.kind === 'email' && (activity.direction === 'sent' || activity.direction === 'outbound');
}

/** The little the stalled rule needs from a deal; only status 'open' is nudged. */
export type RuleDeal = {
  id: string;
  personId: string;
  lastActivityAt: number | null;
  createdAt: number;
  status: string;
};

/** idGen makes entity ids (UUIDs at the boundary); dedupe goes through dedupeKey instead. */
export type RuleContext = { now: number; wt: WorkingTime; existing: readonly FollowUp[]; idGen: () => string };

/** Presentations and demos are meetings with isDemo set (Turkish article: follow up the day after). */
export const MEETING_ACTIVITY_KINDS: readonly string[] = ['meeting'];

/**
 * The dedupe key of a rule's follow-up: rule, the instant it reacted to, and the person or deal.
 * Running a rule twice yields the same key, so neither the rules (which skip existing keys) nor
 * the database (a unique index on dedupeKey) can hold two.
 */
export function ruleDedupeKey(ruleId: RuleId, anchorAt: number, subjectId: string): string {
  return `rule:${ruleId}:${anchorAt}:${subjectId}`;
}

/** Read back what ruleDedupeKey encoded, or null for any other text. */
export function parseRuleDedupeKey(key: string): { ruleId: string; anchorAt: number; subjectId: string } | null {
  const match = /^rule:([a-z-]+):(\d+):(.+)$/s.exec(key);
  if (match === null || match[1] === undefined || match[2] === undefined || match[3] === undefined) return null;
  return { ruleId: match[1], anchorAt: Number(match[2]), subjectId: match[3] };
}

const RULE_NOTE_KEYS: Record<RuleId, string> = {
  'after-meeting': 'followUp.rule.afterMeeting',
  'no-reply': 'followUp.rule.noReply',
  'stalled-nudge': 'followUp.rule.stalledNudge',
};

type Proposal = {
  ruleId: RuleId;
  anchorAt: number;
  subjectId: string;
  personId: string;
  dealId: string | null;
  dueAt: number;
  kind: FollowUpKind;
  ctx: RuleContext;
};

function buildRuleFollowUp(p: Proposal): FollowUp {
  return {
    id: p.ctx.idGen(),
    personId: p.personId,
    dealId: p.dealId,
    dueAt: p.dueAt,
    kind: p.kind,
    note: '',
    noteKey: RULE_NOTE_KEYS[p.ruleId],
    done: false,
    doneAt: null,
    cancelReason: null,
    snoozedUntil: null,
    origin: 'rule',
    ruleId: p.ruleId,
    cadenceRunId: null,
    cadenceStep: null,
    notifiedAt: null,
    dedupeKey: ruleDedupeKey(p.ruleId, p.anchorAt, p.subjectId),
    createdAt: p.ctx.now,
    updatedAt: p.ctx.now,
  };
}

function hasKey(existing: readonly FollowUp[], key: string): boolean {
  return existing.some((f) => f.dedupeKey === key);
}

/** A meeting, presentation or demo logged → a call on the next working day at dayStart. */
export function afterMeetingRule(activity: RuleActivity, ctx: RuleContext): FollowUp | null {
  if (!MEETING_ACTIVITY_KINDS.includes(activity.kind)) return null;
  if (hasKey(ctx.existing, ruleDedupeKey('after-meeting', activity.at, activity.personId))) return null;
  return buildRuleFollowUp({
    ruleId: 'after-meeting',
    anchorAt: activity.at,
    subjectId: activity.personId,
    personId: activity.personId,
    dealId: activity.dealId ?? null,
    // Phone gets far more answers than email (DOMAIN.md), so the nudge is a call.
    dueAt: nextWorkingDayAt(activity.at, ctx.wt),
    kind: 'call',
    ctx,
  });
}

/** Whether the person wrote, called or met us after an instant. */
export function hasReplyAfter(activities: readonly RuleActivity[], personId: string, afterMs: number): boolean {
  return activities.some((a) => a.personId === personId && isInbound(a) && a.at > afterMs);
}

/**
 * A sent email → an email follow-up `days` working days later, in working time, unless the person
 * replied since. While one no-reply follow-up for the person is open, later emails add none.
 */
export function noReplyRule(days: number) {
  return (sent: RuleActivity, ctx: RuleContext & { activities: readonly RuleActivity[] }): FollowUp | null => {
    if (!isSentEmail(sent)) return null;
    if (hasReplyAfter(ctx.activities, sent.personId, sent.at)) return null;
    if (hasKey(ctx.existing, ruleDedupeKey('no-reply', sent.at, sent.personId))) return null;
    const openForPerson = ctx.existing.some((f) => f.ruleId === 'no-reply' && !f.done && f.personId === sent.personId);
    if (openForPerson) return null;
    return buildRuleFollowUp({
      ruleId: 'no-reply',
      anchorAt: sent.at,
      subjectId: sent.personId,
      personId: sent.personId,
      dealId: sent.dealId ?? null,
      dueAt: moveIntoWorkingTime(addWorkingDays(sent.at, days, ctx.wt), ctx.wt),
      kind: 'email',
      ctx,
    });
  };
}

/** An inbound activity cancels (reason 'replied') that person's open no-reply follow-ups for earlier emails. */
export function cancelNoReplyOnReply(followUps: readonly FollowUp[], reply: RuleActivity, now: number): FollowUp[] {
  if (!isInbound(reply)) return [];
  return followUps
    .filter((f) => {
      if (f.ruleId !== 'no-reply' || f.done || f.personId !== reply.personId) return false;
      const anchorAt = (f.dedupeKey === null ? null : parseRuleDedupeKey(f.dedupeKey)?.anchorAt) ?? f.createdAt;
      return anchorAt < reply.at;
    })
    .map((f) => cancelFollowUp(f, 'replied', now));
}

/**
 * An open deal quiet for stalledDays with no open follow-up → one task to decide its fate.
 * Keyed on the last activity (or creation): a done nudge is not repeated until new activity.
 */
export function stalledNudgeRule(deal: RuleDeal, ctx: RuleContext & { stalledDays: number }): FollowUp | null {
  const quietSince = deal.lastActivityAt ?? deal.createdAt;
  if (deal.status !== 'open') return null;
  if (ctx.now - quietSince < ctx.stalledDays * DAY_MS) return null;
  if (ctx.existing.some((f) => f.dealId === deal.id && !f.done)) return null;
  if (hasKey(ctx.existing, ruleDedupeKey('stalled-nudge', quietSince, deal.id))) return null;
  return buildRuleFollowUp({
    ruleId: 'stalled-nudge',
    anchorAt: quietSince,
    subjectId: deal.id,
    personId: deal.personId,
    dealId: deal.id,
    dueAt: moveIntoWorkingTime(ctx.now, ctx.wt),
    kind: 'task',
    ctx,
  });
}

/**
 * Everything the rules do when one activity is logged: proposals to create (switched-on rules
 * only) and no-reply follow-ups to cancel (always: a reply makes them moot either way).
 */
export function applyRulesToActivity(
  activity: RuleActivity,
  switches: RuleSwitches,
  ctx: RuleContext & { activities: readonly RuleActivity[] },
): { create: FollowUp[]; update: FollowUp[] } {
  const create: FollowUp[] = [];
  const meeting = switches.afterMeeting ? afterMeetingRule(activity, ctx) : null;
  if (meeting !== null) create.push(meeting);
  const noReply = switches.noReplyDays === null ? null : noReplyRule(switches.noReplyDays)(activity, ctx);
  if (noReply !== null) create.push(noReply);
  return { create, update: cancelNoReplyOnReply(ctx.existing, activity, ctx.now) };
}
