import type { Detection } from '../../domain/contact';
import { sendPageMessage } from '../../messaging/page-client';
import type { MessageIn, MessageOut } from '../../messaging/protocol';
import type { ActionOutcome, OverlayAction } from '../overlay-action';
import { buildLogEmail } from './log-email';
import { readOpenMessages } from './thread-messages';

type Send = (payload: MessageIn<'logEmail'>) => Promise<MessageOut<'logEmail'>>;

const defaultSend: Send = (payload) => sendPageMessage('logEmail', payload);

/** Read the open thread now (at click time) and send `logEmail`; the outcome is a catalogue key. */
export async function logOpenThread(
  doc: Document,
  detection: Detection,
  send: Send = defaultSend,
): Promise<ActionOutcome> {
  const built = buildLogEmail(readOpenMessages(doc), detection, Date.now());
  if (!built.ok) return { ok: false, messageKey: built.reason === 'no-account' ? 'logEmailNoAccount' : 'nothingToLog' };
  const reply = await send(built.payload);
  if (reply.ok) return { ok: true, messageKey: 'emailLogged' };
  return { ok: false, messageKey: 'logEmailFailed', detail: reply.detail ?? reply.error };
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
