/**
 * Every message of ours, in every direction (extension pages → worker, content scripts → worker over
 * their port, worker or panel → a tab), travels in this one envelope. It is ours: no library's private
 * format, and a receiver recognises it by `ch` before reading anything else. Types only: content
 * scripts bundle no zod; the worker parses what it receives (server.ts).
 */
export const CHANNEL = 'sc1';

export interface Request {
  ch: typeof CHANNEL;
  id: number;
  type: string;
  data: unknown;
}

export interface Reply {
  ch: typeof CHANNEL;
  id: number;
  res: unknown;
}

/** A request in our envelope. */
export function request(id: number, type: string, data: unknown): Request {
  return { ch: CHANNEL, id, type, data };
}

/** A reply in our envelope. */
export function reply(id: number, res: unknown): Reply {
  return { ch: CHANNEL, id, res };
}

/** Whether a message is one of our replies (anything else is ignored). */
export function isReply(message: unknown): message is Reply {
  const m = message as Partial<Reply> | null;
  return typeof m === 'object' && m !== null && m.ch === CHANNEL && typeof m.id === 'number' && 'res' in m;
}

/** The request's type and data, or null for anything not in our envelope. */
export function readRequest(message: unknown): Request | null {
  const m = message as Partial<Request> | null;
  if (typeof m !== 'object' || m === null || m.ch !== CHANNEL) return null;
  return typeof m.id === 'number' && typeof m.type === 'string' ? (m as Request) : null;
}
