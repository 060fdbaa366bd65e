/** The boundary result type (handlers, importers): never throws across a boundary. */
export type Result<T, E extends string = string> = { ok: true; value: T } | { ok: false; error: E; detail?: string };

/** Wrap a value as a success. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Build a failure with an optional human-readable detail. */
export function fail<E extends string>(error: E, detail?: string): { ok: false; error: E; detail?: string } {
  return detail === undefined ? { ok: false, error } : { ok: false, error, detail };
}
