import type { DetectedContact } from '../../domain/contact';
import type { FollowUpPreset } from '../../domain/follow-up-presets';
import { sendPageMessage, sendPageWrite } from '../../messaging/page-client';
import type { ContactStatus } from '../../messaging/protocol';
import { createChip } from '../overlay/chip';
import type { ChipState } from '../overlay/chip-props';
import type { Placement } from '../overlay/placement';
import type { ContactPlacement } from '../runtime/site-adapter';
import type { Batch, FeatureDefinition, FeatureHost, SiteFeature } from './feature';
import { createStatusWait } from './status-wait';

/** A capture answered within this long never shows "Adding…". */
const CAPTURING_AFTER_MS = 100;

type StatusReply = { ok: true; value: { status: unknown } } | { ok: false };

/**
 * "Add to pipeline" next to every person detected, or the stage and next follow-up of a known one,
 * with "Follow up" presets. Where each chip goes is the site adapter's call (placementsOf).
 */
export const contactChips: FeatureDefinition = { id: 'contact-chips', init: createContactChips };

function createContactChips(host: FeatureHost): SiteFeature {
  const { statuses } = host;
  let wanted: ContactPlacement[] = [];
  let accepted: DetectedContact[] = [];
  let loading = false;
  let chipStates: Record<string, ChipState> = {};
  const wait = createStatusWait(statuses, () => host.redraw(), host.signal);
  statuses.onChange(() => host.redraw());

  const setChip = (key: string, state: ChipState, redraw = true) => {
    chipStates = { ...chipStates, [key]: state };
    if (redraw) host.redraw();
  };

  // A chip's own write: the worker answers only for contacts it was told about, so a waiting report
  // goes first (at once); the reply carries the person's new status. The chip's state after it and the
  // new status are one redraw, not two (a second one could swap the button under the user's pointer).
  // Null when the instance was invalidated meanwhile.
  const writeContact = async (
    key: string,
    send: () => Promise<StatusReply>,
    after: (ok: boolean) => ChipState,
  ): Promise<boolean | null> => {
    await host.reports.flush();
    const seq = statuses.ask();
    const reply = await send().catch(() => null);
    if (host.ctx.isInvalid) return null;
    const ok = reply?.ok === true;
    setChip(key, after(ok), false);
    if (reply?.ok) statuses.apply(seq, { [key]: reply.value.status as ContactStatus });
    else host.redraw();
    return ok;
  };

  // Reached only through the overlay's `act` (a trusted event on a visible host: overlay/manager.ts);
  // a click on an overlay drawn before the page moved on counts for nothing.
  const capture = async (contact: DetectedContact) => {
    if (host.isStale()) return;
    // The message goes first; "Adding…" shows only if the answer is slow. A quick capture is one
    // redraw (button to status) instead of two, and nothing sits between the click and the message.
    const slow = window.setTimeout(() => setChip(contact.key, 'capturing'), CAPTURING_AFTER_MS);
    const done = (ok: boolean) => {
      clearTimeout(slow);
      return ok ? 'idle' : 'failed';
    };
    await writeContact(contact.key, () => sendPageWrite('captureContact', { key: contact.key, trusted: true }), done);
    clearTimeout(slow);
  };

  const schedule = async (contact: DetectedContact, preset: FollowUpPreset) => {
    if (chipStates[contact.key] === 'scheduling' || host.isStale()) return;
    setChip(contact.key, 'scheduling');
    const ok = await writeContact(
      contact.key,
      () => sendPageWrite('scheduleFollowUpForContact', { key: contact.key, preset }),
      (done) => (done ? 'idle' : 'scheduleFailed'),
    );
    if (ok) await refresh();
  };

  const refresh = async () => {
    const keys = accepted.map((c) => c.key);
    if (keys.length === 0) return;
    const seq = statuses.ask();
    const reply = await sendPageMessage('getContactStatuses', { keys }).catch(() => null);
    if (host.ctx.isInvalid || !reply?.ok) return;
    statuses.apply(seq, reply.value);
  };

  const placementOf = (p: ContactPlacement, c: DetectedContact): Placement => ({
    anchor: p.anchor,
    key: c.key,
    size: p.compact ? 'icon' : p.labelled ? 'labelled' : 'chip',
    part: {
      signature: `${loading}|${p.labelled}|${p.compact === true}|${signatureOf(c, statuses.get(c.key), chipStates[c.key])}`,
      render: (ui) =>
        createChip({
          label: p.labelled ? (c.name ?? c.emails[0] ?? null) : null,
          compact: p.compact === true,
          // Nothing but the mark until the worker has said who this is: no "Add to pipeline" flashing
          // for someone already in the pipeline (a failed report counts as "not known").
          status: statuses.get(c.key),
          state: loading ? 'loading' : (chipStates[c.key] ?? 'idle'),
          t: host.t,
          formatDate: host.formatDate,
          ui,
          onCapture: () => void capture(c),
          onSchedule: (preset) => void schedule(c, preset),
        }),
    },
  });

  return {
    update(doc: Document, batch: Batch) {
      loading = batch.loading;
      accepted = batch.accepted?.contacts ?? [];
      wanted = host.adapter.placementsOf(doc, batch.detection, host.cache);
      wait.saw(wanted.flatMap((p) => p.contacts.map((c) => c.key)));
    },
    placements: (): Placement[] =>
      wanted.flatMap((p) => p.contacts.filter((c) => loading || wait.drawable(c.key)).map((c) => placementOf(p, c))),
    refresh: () => void refresh(),
  };
}

const signatureOf = (c: DetectedContact, s: ContactStatus | undefined, state: ChipState | undefined): string => {
  const status =
    s === undefined
      ? '?'
      : s.known
        ? `${s.lifecycle}|${s.stage?.nameKey ?? ''}|${s.stage?.name ?? ''}|${s.nextFollowUpAt ?? ''}`
        : s.suppressed
          ? 'suppressed'
          : s.neverLog
            ? 'never'
            : 'new';
  return `${c.key}|${c.name ?? ''}|${status}|${state ?? 'idle'}`;
};
