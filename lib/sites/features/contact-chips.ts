import type { DetectedContact } from '../../domain/contact';
import type { FollowUpPreset } from '../../domain/follow-up-presets';
import { sendPageMessage } from '../../messaging/page-client';
import type { ContactStatus } from '../../messaging/protocol';
import { createChip, type ChipState } from '../overlay/chip';
import type { OverlayPart, Placement } from '../overlay/placement';
import type { ContactPlacement } from '../runtime/site-adapter';
import type { Batch, FeatureDefinition, FeatureHost, SiteFeature } from './feature';

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
  statuses.onChange(() => host.redraw());

  const setChip = (key: string, state: ChipState) => {
    chipStates = { ...chipStates, [key]: state };
    host.redraw();
  };

  // Page scripts can dispatch synthetic events: only a real user's click counts. The chip may sit
  // inside an element of the page's with its own click behaviour.
  const claim = (event: Event) => {
    if (!event.isTrusted || host.isStale()) return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  // A chip's own write: the worker answers only for contacts it was told about, so a waiting report
  // goes first (at once); the reply carries the person's new status. Null when the instance was
  // invalidated meanwhile.
  const writeContact = async (key: string, send: () => Promise<StatusReply>): Promise<boolean | null> => {
    await host.reports.flush();
    const seq = statuses.ask();
    const reply = await send().catch(() => null);
    if (host.ctx.isInvalid) return null;
    if (reply?.ok) statuses.apply(seq, { [key]: reply.value.status as ContactStatus });
    return reply?.ok === true;
  };

  const capture = async (contact: DetectedContact, event: MouseEvent) => {
    if (!claim(event)) return;
    // The message goes first; "Adding…" shows only if the answer is slow. A quick capture is one
    // redraw (button to status) instead of two, and nothing sits between the click and the message.
    const slow = window.setTimeout(() => setChip(contact.key, 'capturing'), CAPTURING_AFTER_MS);
    const ok = await writeContact(contact.key, () =>
      sendPageMessage('captureContact', { key: contact.key, trusted: true }),
    );
    clearTimeout(slow);
    if (ok !== null) setChip(contact.key, ok ? 'idle' : 'failed');
  };

  const schedule = async (contact: DetectedContact, preset: FollowUpPreset, event: Event) => {
    if (chipStates[contact.key] === 'scheduling' || !claim(event)) return;
    setChip(contact.key, 'scheduling');
    const ok = await writeContact(contact.key, () =>
      sendPageMessage('scheduleFollowUpForContact', { key: contact.key, preset }),
    );
    if (ok === null) return;
    setChip(contact.key, ok ? 'idle' : 'scheduleFailed');
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

  const partOf = (p: ContactPlacement): OverlayPart => ({
    signature: `${loading}|${p.labelled}|${p.contacts.map((c) => signatureOf(c, statuses.get(c.key), chipStates[c.key])).join(';')}`,
    render: (hold) =>
      p.contacts.flatMap((c) => {
        const status = statuses.get(c.key);
        // No chip until the worker has said who this is: no "Add to pipeline" flashing for someone
        // already in the pipeline, or on the Never-log list (a failed report counts as "not known").
        if (!loading && status === undefined) return [];
        const chip = createChip({
          label: p.labelled ? (c.name ?? c.emails[0] ?? null) : null,
          status,
          state: loading ? 'loading' : (chipStates[c.key] ?? 'idle'),
          t: host.t,
          formatDate: host.formatDate,
          onCapture: (e) => void capture(c, e),
          onSchedule: (preset, e) => void schedule(c, preset, e),
          onMenu: hold,
        });
        return chip ? [chip] : [];
      }),
  });

  return {
    update(doc: Document, batch: Batch) {
      loading = batch.loading;
      accepted = batch.accepted?.contacts ?? [];
      wanted = host.adapter.placementsOf(doc, batch.detection, host.cache);
    },
    placements: (): Placement[] => wanted.map((p) => ({ anchor: p.anchor, parts: [partOf(p)] })),
    refresh: () => void refresh(),
  };
}

const signatureOf = (c: DetectedContact, s: ContactStatus | undefined, state: ChipState | undefined): string => {
  const status =
    s === undefined
      ? '?'
      : s.known
        ? `${s.lifecycle}|${s.stage?.nameKey ?? ''}|${s.stage?.name ?? ''}|${s.nextFollowUpAt ?? ''}`
        : s.neverLog
          ? 'never'
          : 'new';
  return `${c.key}|${c.name ?? ''}|${status}|${state ?? 'idle'}`;
};
