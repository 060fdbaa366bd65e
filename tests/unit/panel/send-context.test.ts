import { describe, expect, it, vi } from 'vitest';
import { withRetry, type Send } from '@/lib/panel/send-context';
import type { MessageName } from '@/lib/messaging/protocol';

/** A messenger that records what it was sent and answers with `answer(attempt)`. */
function recording(answer: (attempt: number) => unknown) {
  const calls: [MessageName, Record<string, unknown>][] = [];
  const send = vi.fn(async (name: MessageName, data: unknown) => {
    calls.push([name, data as Record<string, unknown>]);
    const reply = answer(calls.length);
    if (reply instanceof Error) throw reply;
    return reply;
  }) as unknown as Send;
  return { send: withRetry(send), calls };
}

describe('the panel’s send (operation id, one retry)', () => {
  it('gives each write an operation id of its own', async () => {
    const { send, calls } = recording(() => ({ ok: true, value: {} }));
    await send('completeFollowUp', { followUpId: crypto.randomUUID() });
    await send('completeFollowUp', { followUpId: crypto.randomUUID() });
    expect(calls.map(([, d]) => d.opId)).toEqual([expect.any(String), expect.any(String)]);
    expect(calls[0]![1].opId).not.toBe(calls[1]![1].opId);
  });

  it('retries once with the same id when the worker went away before answering', async () => {
    const { send, calls } = recording((n) =>
      n === 1 ? new Error('The message port closed before a response was received.') : { ok: true, value: {} },
    );
    expect(await send('moveDeal', { dealId: crypto.randomUUID(), toStageId: 'qualification' })).toEqual({
      ok: true,
      value: {},
    });
    expect(calls).toHaveLength(2);
    expect(calls[1]![1]).toEqual(calls[0]![1]);
  });

  it('a reply, even a failure, is final; a second missing answer is the caller’s to show', async () => {
    const failed = recording(() => ({ ok: false, error: 'storage-full' }));
    expect(await failed.send('deletePerson', { personId: crypto.randomUUID() })).toMatchObject({
      error: 'storage-full',
    });
    expect(failed.calls).toHaveLength(1);
    const gone = recording(() => new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(gone.send('deletePerson', { personId: crypto.randomUUID() })).rejects.toThrow('Receiving end');
    expect(gone.calls).toHaveLength(2);
  });

  it('keeps an operation id the caller chose, and adds none to reads', async () => {
    const { send, calls } = recording(() => ({ ok: true, value: {} }));
    await send('updateSettings', { patch: {}, opId: 'chosen-id-1' });
    await send('getContactStatuses', { keys: [] });
    expect(calls[0]![1].opId).toBe('chosen-id-1');
    expect(calls[1]![1]).not.toHaveProperty('opId');
  });
});
