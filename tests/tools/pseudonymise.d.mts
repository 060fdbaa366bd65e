/** Types for the plain-ESM pseudonymiser (tests/tools/pseudonymise.mjs). */
export interface PseudonymMap {
  pairs: [string, string][];
  /** Service addresses (not people) left as they are. */
  keep?: string[];
}
export function removeExecutable(html: string): string;
export function pseudonymise(html: string, map: PseudonymMap): string;
