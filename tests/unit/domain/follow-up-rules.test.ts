import { describe, expect, expectTypeOf, it } from 'vitest';
import { FollowUpSchema, completeFollowUp, type FollowUp } from '../../../lib/domain/follow-up';
import type { Activity } from '../../../lib/domain/activity';
import type { Deal } from '../../../lib/domain/deal';
import {
  afterMeetingRule,
  applyRulesToActivity,
  cancelNoReplyOnReply,
  noReplyRule,
  parseRuleDedupeKey,
  ruleDedupeKey,
  stalledNudgeRule,
  type RuleActivity,
  type RuleContext,
  type RuleDeal,
} from '../../../lib/domain/follow-up-rules';
import { DEAL, OTHER_PERSON, PERSON, makeFollowUp, makeIdGen, officeHours, showLocal } from './follow-up.fixture';

const WARSAW = officeHours('Europe/Warsaw');
const t = (iso: string) => Date.parse(iso);
const NOW = t('2026-03-26T12:00:00+01:00');

function makeCtx(existing: readonly FollowUp[] = [], now = NOW): RuleContext {
  return { now, wt: WARSAW, existing, idGen: makeIdGen() };
}

it('accepts the real Activity and Deal entities (checked by tsc)', () => {
  expectTypeOf<Activity>().toExtend<RuleActivity>();
  expectTypeOf<Deal>().toExtend<RuleDeal>();
});

describe('dedupe keys', () => {
  it('round-trip, whatever the subject id holds', () => {
    const key = ruleDedupeKey('no-reply', 1_774_000_000_000, 'a:b:c');
    expect(parseRuleDedupeKey(key)).toEqual({ ruleId: 'no-reply', anchorAt: 1_774_000_000_000, subjectId: 'a:b:c' });
    expect(parseRuleDedupeKey('manual')).toBeNull();
  });
});

describe('afterMeetingRule', () => {
  const meeting: RuleActivity = { kind: 'meeting', at: t('2026-03-26T15:00:00+01:00'), personId: PERSON, dealId: DEAL };

  it('proposes a call on the next working day at dayStart', () => {
    const f = afterMeetingRule(meeting, makeCtx());
    expect(f).not.toBeNull();
    expect(FollowUpSchema.parse(f)).toEqual(f);
    expect(f).toMatchObject({
      origin: 'rule',
      ruleId: 'after-meeting',
      kind: 'call',
      dealId: DEAL,
      noteKey: 'followUp.rule.afterMeeting',
    });
    expect(showLocal(f?.dueAt ?? 0, 'Europe/Warsaw')).toBe('2026-03-27 09:00 Fri');
  });

  it.each([
    ['Friday', '2026-03-27T15:00:00+01:00', '2026-03-30 09:00 Mon'],
    ['Saturday', '2026-03-28T11:00:00+01:00', '2026-03-30 09:00 Mon'],
  ])('after a %s demo proposes Monday (across the spring change)', (_day, at, expected) => {
    const f = afterMeetingRule({ kind: 'meeting', at: t(at), personId: PERSON }, makeCtx());
    expect(showLocal(f?.dueAt ?? 0, 'Europe/Warsaw')).toBe(expected);
    expect(f?.dealId).toBeNull();
  });

  it('ignores other activities and never proposes twice', () => {
    expect(afterMeetingRule({ ...meeting, kind: 'email' }, makeCtx())).toBeNull();
    const first = afterMeetingRule(meeting, makeCtx());
    expect(first).not.toBeNull();
    const again = afterMeetingRule(meeting, makeCtx(first === null ? [] : [completeFollowUp(first, NOW)]));
    expect(again).toBeNull();
  });
});

describe('noReplyRule', () => {
  const rule = noReplyRule(3);
  const sent: RuleActivity = { kind: 'email', at: t('2026-03-25T10:30:00+01:00'), personId: PERSON, direction: 'sent' };
  const reply: RuleActivity = {
    kind: 'email',
    at: t('2026-03-26T08:00:00+01:00'),
    personId: PERSON,
    direction: 'received',
  };

  it('proposes an email three working days later, across the weekend and the spring change', () => {
    const f = rule(sent, { ...makeCtx(), activities: [sent] });
    expect(f).toMatchObject({
      origin: 'rule',
      ruleId: 'no-reply',
      kind: 'email',
      dedupeKey: ruleDedupeKey('no-reply', sent.at, PERSON),
    });
    expect(showLocal(f?.dueAt ?? 0, 'Europe/Warsaw')).toBe('2026-03-30 10:30 Mon');
  });

  it('moves an after-hours due time into working hours', () => {
    const lateFriday = { ...sent, at: t('2026-03-27T19:00:00+01:00') };
    const f = rule(lateFriday, { ...makeCtx(), activities: [] });
    expect(showLocal(f?.dueAt ?? 0, 'Europe/Warsaw')).toBe('2026-04-02 09:00 Thu');
  });

  it('stays quiet when the person already replied after the email', () => {
    expect(rule(sent, { ...makeCtx(), activities: [sent, reply] })).toBeNull();
    const earlierReply = { ...reply, at: t('2026-03-20T08:00:00+01:00') };
    const otherReply = { ...reply, personId: OTHER_PERSON };
    expect(rule(sent, { ...makeCtx(), activities: [earlierReply, otherReply] })).not.toBeNull();
  });

  it('ignores inbound and non-email activities, and never duplicates', () => {
    expect(rule({ ...sent, direction: 'received' }, { ...makeCtx(), activities: [] })).toBeNull();
    expect(rule({ ...sent, kind: 'call' }, { ...makeCtx(), activities: [] })).toBeNull();
    const first = rule(sent, { ...makeCtx(), activities: [] });
    expect(first).not.toBeNull();
    const existing = first === null ? [] : [first];
    expect(rule(sent, { ...makeCtx(existing), activities: [] })).toBeNull();
    // A second email while the first no-reply follow-up is open adds nothing.
    expect(rule({ ...sent, at: sent.at + 3_600_000 }, { ...makeCtx(existing), activities: [] })).toBeNull();
  });

  it('is cancelled by a later reply, not by an older one or another person', () => {
    const open = rule(sent, { ...makeCtx(), activities: [] });
    if (open === null) throw new Error('expected a follow-up');
    const cancelled = cancelNoReplyOnReply([open, makeFollowUp()], reply, NOW);
    expect(cancelled).toEqual([{ ...open, done: true, doneAt: NOW, cancelReason: 'replied', updatedAt: NOW }]);
    expect(cancelNoReplyOnReply([open], { ...reply, at: sent.at - 1 }, NOW)).toEqual([]);
    expect(cancelNoReplyOnReply([open], { ...reply, personId: OTHER_PERSON }, NOW)).toEqual([]);
    expect(cancelNoReplyOnReply([open], { ...reply, direction: 'sent' }, NOW)).toEqual([]);
    const inboundCall: RuleActivity = { kind: 'call', at: reply.at, personId: PERSON, direction: 'inbound' };
    expect(cancelNoReplyOnReply([open], inboundCall, NOW)).toHaveLength(1);
    expect(cancelNoReplyOnReply([completeFollowUp(open, NOW)], reply, NOW)).toEqual([]);
  });
});

describe('stalledNudgeRule', () => {
  const quietSince = t('2026-03-10T12:00:00+01:00');
  const deal: RuleDeal = {
    id: DEAL,
    personId: PERSON,
    lastActivityAt: quietSince,
    createdAt: t('2026-02-01T00:00:00Z'),
    status: 'open',
  };
  const ctx = (existing: readonly FollowUp[] = [], now = NOW) => ({ ...makeCtx(existing, now), stalledDays: 14 });

  it('nudges once a deal is quiet for the threshold, due now in working time', () => {
    expect(stalledNudgeRule(deal, ctx([], quietSince + 13 * 86_400_000))).toBeNull();
    const f = stalledNudgeRule(deal, ctx([], quietSince + 14 * 86_400_000));
    expect(f).toMatchObject({ origin: 'rule', ruleId: 'stalled-nudge', kind: 'task', dealId: DEAL, personId: PERSON });
    expect(f?.dueAt).toBe(quietSince + 14 * 86_400_000);
  });

  it('waits for working hours on a weekend', () => {
    const f = stalledNudgeRule(deal, ctx([], t('2026-03-29T10:00:00+02:00')));
    expect(showLocal(f?.dueAt ?? 0, 'Europe/Warsaw')).toBe('2026-03-30 09:00 Mon');
  });

  it('skips closed deals and deals with an open follow-up', () => {
    expect(stalledNudgeRule({ ...deal, status: 'won' }, ctx())).toBeNull();
    expect(stalledNudgeRule(deal, ctx([makeFollowUp({ dealId: DEAL })]))).toBeNull();
    expect(stalledNudgeRule(deal, ctx([makeFollowUp({ dealId: null })]))).not.toBeNull();
  });

  it('never duplicates: not while open, not after done, until new activity', () => {
    const first = stalledNudgeRule(deal, ctx());
    if (first === null) throw new Error('expected a nudge');
    expect(stalledNudgeRule(deal, ctx([first]))).toBeNull();
    const done = completeFollowUp(first, NOW + 1);
    expect(stalledNudgeRule(deal, ctx([done], NOW + 86_400_000))).toBeNull();
    const revived = { ...deal, lastActivityAt: NOW };
    expect(stalledNudgeRule(revived, ctx([done], NOW + 15 * 86_400_000))).not.toBeNull();
  });

  it('counts from creation when the deal never had activity', () => {
    const fresh = { ...deal, lastActivityAt: null, createdAt: NOW - 20 * 86_400_000 };
    expect(stalledNudgeRule(fresh, ctx())?.dedupeKey).toBe(ruleDedupeKey('stalled-nudge', NOW - 20 * 86_400_000, DEAL));
  });
});

describe('applyRulesToActivity', () => {
  const on = { afterMeeting: true, noReplyDays: 3, stalledNudge: true };
  const sent: RuleActivity = { kind: 'email', at: t('2026-03-25T10:30:00+01:00'), personId: PERSON, direction: 'sent' };

  it('runs the switched-on rules for a logged activity', () => {
    const meeting: RuleActivity = { kind: 'meeting', at: NOW, personId: PERSON };
    expect(applyRulesToActivity(meeting, on, { ...makeCtx(), activities: [] }).create.map((f) => f.ruleId)).toEqual([
      'after-meeting',
    ]);
    expect(applyRulesToActivity(sent, on, { ...makeCtx(), activities: [] }).create.map((f) => f.ruleId)).toEqual([
      'no-reply',
    ]);
    const off = { ...on, afterMeeting: false, noReplyDays: null };
    expect(applyRulesToActivity(meeting, off, { ...makeCtx(), activities: [] }).create).toEqual([]);
    expect(applyRulesToActivity(sent, off, { ...makeCtx(), activities: [] }).create).toEqual([]);
  });

  it('cancels open no-reply follow-ups when the reply is logged, even with the rule off', () => {
    const open = applyRulesToActivity(sent, on, { ...makeCtx(), activities: [] }).create;
    const reply: RuleActivity = { kind: 'linkedin-message', at: NOW, personId: PERSON, direction: 'received' };
    const result = applyRulesToActivity(
      reply,
      { ...on, noReplyDays: null },
      { ...makeCtx(open), activities: [sent, reply] },
    );
    expect(result.update.map((f) => f.cancelReason)).toEqual(['replied']);
    expect(result.create).toEqual([]);
  });
});
