import type { Detection } from '../../domain/contact';
import { sendPageWrite } from '../../messaging/page-client';
import type { MessageIn, MessageOut } from '../../messaging/protocol';
import { buildLogEmail } from '../gmail/log-email';
import { threadSubjectOf } from '../gmail/placements';
import { readOpenMessages } from '../gmail/thread-messages';
import { createActionButton, type ActionOutcome, type ActionState, type OverlayAction } from '../overlay/action';
import type { Placement } from '../overlay/placement';
import type { Batch, FeatureDefinition, FeatureHost, SiteFeature } from './feature';

type Send = (payload: MessageIn<'logEmail'>) => Promise<MessageOut<'logEmail'>>;

const defaultSend: Send = (payload) => sendPageWrite('logEmail', payload);

type Unknown = NonNullable<MessageIn<'logEmail'>['unknown']>;

/**
 * Read the open thread now (at click time) and send `logEmail`; the outcome is a catalogue key. When
 * participants are not in the pipeline and the user has not said what to do with them, the outcome
 * asks (issue 19): add them and log, or log only on people already added; the answer is remembered
 * only when the user ticks "Remember my choice", otherwise it is for this click.
 */
export async function logOpenThread(
  doc: Document,
  detection: Detection,
  send: Send = defaultSend,
  unknown: Unknown = 'ask',
  remember = false,
): Promise<ActionOutcome> {
  const built = buildLogEmail(readOpenMessages(doc), detection, Date.now());
  if (!built.ok) return { ok: false, messageKey: built.reason === 'no-account' ? 'logEmailNoAccount' : 'nothingToLog' };
  const reply = await send({ ...built.payload, unknown, ...(remember ? { remember } : {}) });
  if (!reply.ok) return { ok: false, messageKey: 'logEmailFailed', detail: reply.detail ?? reply.error };
  if (!reply.value.asking) return { ok: true, messageKey: 'emailLogged' };
  const answer = (choice: Unknown) => (keep: boolean) => logOpenThread(doc, detection, send, choice, keep);
  return {
    ok: true,
    messageKey: 'logEmailAsk',
    params: { count: String(reply.value.asking) },
    rememberKey: 'logEmailRemember',
    choices: [
      { labelKey: 'logEmailAdd', run: answer('add') },
      { labelKey: 'logEmailKnownOnly', run: answer('skip') },
    ],
  };
}

/** The strip's "Log email" button for the thread a detection is about. */
export function logEmailAction(doc: Document, detection: Detection): OverlayAction {
  const thread = new URL(detection.url).hash.split('/').pop() ?? '';
  return {
    id: `logEmail:${thread}`,
    labelKey: 'logEmail',
    busyKey: 'loggingEmail',
    run: () => logOpenThread(doc, detection),
  };
}

/**
 * "Log email" in a Gmail thread: an overlay of its own after the participants' chips under the subject,
 * that puts each open message on each participant's timeline.
 */
export const logEmail: FeatureDefinition = { id: 'log-email', init: createLogEmail };

function createLogEmail(host: FeatureHost): SiteFeature {
  let wanted: { anchor: Element; action: OverlayAction } | null = null;
  let states: Record<string, ActionState> = {};

  // Reached only through the overlay's `act` (a trusted event on a visible host).
  const run = async (action: OverlayAction, go: () => Promise<ActionOutcome> = () => action.run()) => {
    if (states[action.id]?.state === 'busy' || host.isStale()) return;
    states = { ...states, [action.id]: { state: 'busy' } };
    host.redraw();
    const outcome = await go().catch(() => ({ ok: false, messageKey: 'logEmailFailed' }));
    if (host.ctx.isInvalid) return;
    states = { ...states, [action.id]: { state: 'done', outcome } };
    host.redraw();
  };

  return {
    update(doc: Document, { detection, loading }: Batch) {
      const anchor = loading || detection.contacts.length === 0 ? null : threadSubjectOf(doc, detection);
      wanted = anchor ? { anchor, action: logEmailAction(doc, detection) } : null;
    },
    placements(): Placement[] {
      if (!wanted) return [];
      const { anchor, action } = wanted;
      const state = states[action.id];
      return [
        {
          anchor,
          key: action.id,
          size: 'action',
          part: {
            signature: JSON.stringify(state ?? null),
            render: (ui) => createActionButton(action, state, host.t, ui, (go) => void run(action, go)),
          },
        },
      ];
    },
  };
}
