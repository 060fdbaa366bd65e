import { describe, expect, it } from 'vitest';
import {
  createFollowUpTracker,
  type FollowUpDraft,
  type FollowUpMessage,
} from '../../../lib/sites/gmail/follow-up-tracker';

const draft = (draftKey: string): FollowUpDraft => ({
  draftKey,
  account: 'me@x.io',
  recipients: [{ email: 'a@x.io', name: 'A' }],
  subject: 'Hi',
  sendAt: 1000,
  days: 3,
});
const none = { messageSent: false, sendUndone: false };

function setup() {
  const sent: FollowUpMessage[] = [];
  const tracker = createFollowUpTracker((m) => sent.push(m));
  const states = () => sent.map((m) => `${m.draftKey}:${m.state}`);
  return { tracker, states };
}

describe('follow-up tracker', () => {
  it('pending on send, confirmed when "Message sent" appears, cancelled when Undo follows', () => {
    const { tracker, states } = setup();
    tracker.sent(draft('d1'), 1000, { scheduled: false, isOpen: () => false });
    tracker.sent(draft('d1'), 1001, { scheduled: false, isOpen: () => false }); // double click
    tracker.observe(none, 1100);
    tracker.observe({ messageSent: true, sendUndone: false }, 1200);
    tracker.observe({ messageSent: true, sendUndone: false }, 1300); // same toast, next batch
    tracker.observe({ messageSent: false, sendUndone: true }, 5000);
    expect(states()).toEqual(['d1:pending', 'd1:confirmed', 'd1:cancelled']);
  });

  it('Undo cancels only the latest send within the undo window', () => {
    const { tracker, states } = setup();
    tracker.sent(draft('old'), 0, { scheduled: false, isOpen: () => false });
    tracker.observe({ messageSent: true, sendUndone: false }, 10);
    tracker.observe(none, 90_000); // the old one is settled and forgotten
    tracker.sent(draft('new'), 90_000, { scheduled: false, isOpen: () => false });
    tracker.observe({ messageSent: false, sendUndone: true }, 91_000);
    expect(states()).toEqual(['old:pending', 'old:confirmed', 'new:pending', 'new:cancelled']);
  });

  it('a scheduled send is confirmed when its window closes, not by the toast', () => {
    const { tracker, states } = setup();
    let open = true;
    tracker.sent(draft('s'), 0, { scheduled: true, isOpen: () => open });
    tracker.observe({ messageSent: true, sendUndone: false }, 10);
    expect(states()).toEqual(['s:pending']);
    open = false;
    tracker.observe({ messageSent: true, sendUndone: false }, 20);
    expect(states()).toEqual(['s:pending', 's:confirmed']);
  });

  it('watches only while a send waits, and takes the toast shown at the click as its baseline', () => {
    const { tracker, states } = setup();
    expect(tracker.watching()).toBe(false);
    // An earlier send's "Message sent" is still on screen when the user sends again: not this send's toast.
    tracker.sent(draft('d2'), 0, {
      scheduled: false,
      isOpen: () => false,
      toast: { messageSent: true, sendUndone: false },
    });
    expect(tracker.watching()).toBe(true);
    tracker.observe({ messageSent: true, sendUndone: false }, 10);
    expect(states()).toEqual(['d2:pending']);
    tracker.observe(none, 20);
    tracker.observe({ messageSent: true, sendUndone: false }, 30);
    expect(states()).toEqual(['d2:pending', 'd2:confirmed']);
    tracker.observe(none, 90_000);
    expect(tracker.watching()).toBe(false);
  });
});
