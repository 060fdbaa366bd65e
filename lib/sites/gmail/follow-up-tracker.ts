import type { MessageIn } from '../../messaging/protocol';

// The life of "Follow up if no reply" after the user sends (pure; the content script feeds it):
//   send click / Ctrl+Enter ─▶ 'pending' ─▶ "Message sent" toast ─▶ 'confirmed'
//                                  └────────── "Sending undone" ─────▶ 'cancelled'
// A scheduled send shows no "Message sent" toast: it is confirmed when its compose window closes.

export type FollowUpMessage = MessageIn<'composeFollowUp'>;
export type FollowUpDraft = Omit<FollowUpMessage, 'state'>;

interface Sent {
  draft: FollowUpDraft;
  confirmed: boolean;
  scheduled: boolean;
  sentAt: number;
  isOpen: () => boolean;
}

/** Gmail's Undo lasts up to 30 s (a setting); a later "Sending undone" is about a newer send. */
const UNDO_WINDOW_MS = 60_000;

export interface ToastFlags {
  messageSent: boolean;
  sendUndone: boolean;
}

export function createFollowUpTracker(send: (message: FollowUpMessage) => void) {
  const sent: Sent[] = [];
  let before: ToastFlags = { messageSent: false, sendUndone: false };

  const emit = (s: Sent, state: FollowUpMessage['state']) => send({ ...s.draft, state });
  const forget = (s: Sent) => sent.splice(sent.indexOf(s), 1);

  return {
    /**
     * The user sent a draft with the follow-up ticked. `isOpen` tells whether its window is still
     * shown; `toast` is the toast state at the click, the baseline for spotting a new "Message sent"
     * (batches read the toast only while some send is watched).
     */
    sent(
      draft: FollowUpDraft,
      now: number,
      opts: { scheduled: boolean; isOpen: () => boolean; toast?: ToastFlags },
    ): void {
      // One send per draft: a double click or Send then Ctrl+Enter is still one message.
      if (sent.some((s) => s.draft.draftKey === draft.draftKey)) return;
      if (sent.length === 0 && opts.toast)
        before = { messageSent: opts.toast.messageSent, sendUndone: opts.toast.sendUndone };
      const s: Sent = { draft, confirmed: false, scheduled: opts.scheduled, sentAt: now, isOpen: opts.isOpen };
      sent.push(s);
      emit(s, 'pending');
    },
    /** Whether any send still waits for a toast or for its window to close (batches skip the toast otherwise). */
    watching(): boolean {
      return sent.length > 0;
    },
    /** Once per batch while watching: the toast state, and which windows are still open. */
    observe(flags: ToastFlags, now: number): void {
      const sentAppeared = flags.messageSent && !before.messageSent;
      const undoneAppeared = flags.sendUndone && !before.sendUndone;
      before = { messageSent: flags.messageSent, sendUndone: flags.sendUndone };
      if (undoneAppeared) {
        const latest = sent.filter((s) => now - s.sentAt <= UNDO_WINDOW_MS).pop();
        if (latest) {
          emit(latest, 'cancelled');
          forget(latest);
        }
      }
      for (const s of [...sent]) {
        const due = s.scheduled ? !s.isOpen() : sentAppeared;
        if (!s.confirmed && due) {
          s.confirmed = true;
          emit(s, 'confirmed');
        }
        // After the undo window nothing can change any more (an unconfirmed send stays 'pending').
        if ((s.confirmed || !s.scheduled) && now - s.sentAt > UNDO_WINDOW_MS) forget(s);
      }
    },
  };
}
