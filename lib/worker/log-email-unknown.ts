import type { SidecarDB } from '../db/schema';
import type { Settings } from '../domain/settings';

// Log email asks before it adds anyone (issue 19: it quietly captured a procurement address): the
// participants not yet in the pipeline are counted, the user answers "add them" or "only people
// already captured", and the answer is remembered in settings.logEmailUnknown when they tick
// "Remember my choice" (otherwise it applies to that click only).

/** What to do with participants not in the pipeline (protocol-page.ts `logEmail`). */
export type UnknownChoice = 'ask' | 'add' | 'skip';

/** 'ask' follows what was remembered (absent: ask); an answer is remembered only when the user said so. */
export async function unknownChoiceOf(
  db: SidecarDB,
  settings: Settings,
  asked: UnknownChoice | undefined,
  remember = false,
) {
  if (asked === undefined) return 'add' as const;
  if (asked === 'ask') return settings.logEmailUnknown ?? 'ask';
  if (remember && settings.logEmailUnknown !== asked)
    await db.settings.put({ id: 'settings', value: { ...settings, logEmailUnknown: asked } });
  return asked;
}

/** How many distinct addresses of these participants `isKnown` does not find in the pipeline. */
export async function countUnknown(
  participants: Iterable<readonly [string, string | null]>,
  isKnown: (email: string, name: string | null) => Promise<boolean>,
): Promise<number> {
  const unknown = new Set<string>();
  for (const [email, name] of participants)
    if (!unknown.has(email) && !(await isKnown(email, name))) unknown.add(email);
  return unknown.size;
}
