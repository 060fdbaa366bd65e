import { normalizeEmail } from '../domain/email-address';
import { DAY_MS } from '../domain/entity-fields';
import type { FollowUp } from '../domain/follow-up';
import { isNeverLogged } from '../domain/settings';
import { moveIntoWorkingTime } from '../domain/working-days';
import type { Result } from '../domain/result';
import type { SidecarDB } from '../db/schema';
import { addGeneratedFollowUps } from '../db/repositories/follow-ups';
import { getSettings } from '../db/repositories/settings';
import type { MessageIn } from '../messaging/protocol';
import { peekPendingDraft, savePendingDraft, takePendingDraft } from '../tabs/compose-drafts';
import { captureTables } from './capture';
import { personIdForAddress } from './log-email';
import { suppressedAddresses } from './suppression';
import { readBefore, runUseCase, type Call } from './use-case';

export type ComposeFollowUp = MessageIn<'composeFollowUp'>;

/**
 * "Follow up if no reply" from a compose window of tab `tabId`: `pending` is remembered in
 * storage.session under that tab (lib/tabs/compose-drafts.ts: capped, expiring, and no other tab can
 * confirm or cancel it; it must survive the worker stopping between Send and Gmail's "Message sent");
 * `confirmed` creates the follow-ups and only then forgets the pending send (a worker stopped in
 * between finds it again when the confirmation is retried); `cancelled` (Undo) drops it.
 */
export async function composeFollowUp(
  db: SidecarDB,
  input: ComposeFollowUp,
  call: Call,
  tabId: number,
): Promise<Result<{ followUps: number }>> {
  if (input.state === 'pending') {
    await savePendingDraft(tabId, input);
    return { ok: true, value: { followUps: 0 } };
  }
  if (input.state === 'cancelled') {
    await takePendingDraft(tabId, input.draftKey);
    return { ok: true, value: { followUps: 0 } };
  }
  const pending = await peekPendingDraft(tabId, input.draftKey);
  const reply = await confirmComposeFollowUp(db, { confirmed: input, pending }, call);
  if (reply.ok) await takePendingDraft(tabId, input.draftKey);
  return reply;
}

/**
 * "Follow up if no reply", confirmed by Gmail's "Message sent": one follow-up per recipient (unknown
 * ones are captured), due `days` later in working time counted from the (scheduled) send time, all
 * in one transaction. The pending send remembered at Send wins for what the confirmation lacks.
 * Each follow-up's dedupeKey (account, draft, person) makes a second confirmation add nothing.
 */
export async function confirmComposeFollowUp(
  db: SidecarDB,
  input: { confirmed: ComposeFollowUp; pending: ComposeFollowUp | null },
  call: Call,
): Promise<Result<{ followUps: number }>> {
  const { confirmed, pending } = input;
  const source = {
    ...(pending ?? confirmed),
    ...(confirmed.recipients.length ? { recipients: confirmed.recipients } : {}),
  };
  const suppressed = await readBefore(() =>
    suppressedAddresses(
      db,
      source.recipients.map((r) => r.email),
    ),
  );
  if (!suppressed.ok) return suppressed;
  const forgotten = suppressed.value;
  return runUseCase(db, 'composeFollowUp', call, [...captureTables(db), db.followUps, db.settings], async () => {
    const now = call.now;
    const settings = await getSettings(db);
    const me = source.account ? normalizeEmail(source.account) : null;
    const dueAt = moveIntoWorkingTime(source.sendAt + source.days * DAY_MS, settings.workingTime);
    const followUps: FollowUp[] = [];
    for (const r of source.recipients) {
      const email = normalizeEmail(r.email);
      if (!email || email === me || isNeverLogged(email, settings) || forgotten.has(email)) continue;
      const personId = await personIdForAddress(db, email, r.name, 'https://mail.google.com/', now);
      followUps.push({
        id: crypto.randomUUID(),
        personId,
        dealId: null,
        dueAt,
        kind: 'email',
        note: source.subject ?? '',
        noteKey: 'followUp.rule.noReply',
        done: false,
        doneAt: null,
        cancelReason: null,
        snoozedUntil: null,
        origin: 'rule',
        ruleId: 'no-reply',
        cadenceRunId: null,
        cadenceStep: null,
        notifiedAt: null,
        dedupeKey: `compose:${me ?? ''}:${source.draftKey}:${personId}`,
        createdAt: now,
        updatedAt: now,
      });
    }
    return { ok: true, value: { followUps: await addGeneratedFollowUps(db, followUps) } };
  });
}
