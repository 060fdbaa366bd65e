import type { Result } from '../../domain/result';
import type { Call } from '../../worker/use-case';
import { ErrorCodeSchema, type ErrorCode } from '../protocol';

/** The use-case call of a message arriving now, with the operation id its sender gave. */
export const callOf = (data: { opId?: string | undefined }): Call => ({ now: Date.now(), opId: data.opId });

/**
 * Map a repository Result to a protocol reply: the value through `pick` (by default nothing: `{}`),
 * and repository errors onto the protocol's codes (an unknown code becomes 'invalid-input', with
 * the original code kept in the detail).
 */
export function toReply<T, V = Record<string, never>>(
  result: Result<T, string>,
  pick: (value: T) => V = () => ({}) as V,
): { ok: true; value: V } | { ok: false; error: ErrorCode; detail?: string } {
  if (result.ok) return { ok: true, value: pick(result.value) };
  const known = ErrorCodeSchema.safeParse(result.error);
  const detail = known.success ? result.detail : [result.error, result.detail].filter(Boolean).join(': ');
  const error = known.success ? known.data : 'invalid-input';
  return detail === undefined ? { ok: false, error } : { ok: false, error, detail };
}

type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** Drop keys whose value is undefined: zod's `.partial()` output vs exactOptionalPropertyTypes. */
export function definedOnly<T extends object>(o: T): Defined<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Defined<T>;
}
