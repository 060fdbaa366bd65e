/** The reply shape every message shares (lib/messaging/protocol.ts). */
export type Reply = { ok: true } | { ok: false; error: string };

/**
 * Await a message and answer its error code, or null on success. A thrown send (the worker was
 * restarting, the extension was reloaded) becomes 'internal' so the UI always has a string to show.
 */
export async function errorOf(reply: Promise<Reply>): Promise<string | null> {
  try {
    const r = await reply;
    return r.ok ? null : r.error;
  } catch {
    return 'internal';
  }
}
