import { isInvalidNow, type ContentContext } from './content-context';

// Isolated-world globals are invisible to the page, and every copy of one extension instance shares
// them: the manifest's injection, lib/tabs/reinject.ts's (which may race while a tab loads at install
// time) and the one the bootstrap asks for after an in-app navigation (bootstrap.ts).
const LIVE_INSTANCE = Symbol.for('sidecar.contentScript');

type World = { [LIVE_INSTANCE]?: ContentContext };

/**
 * Whether this instance is the one that runs in this tab's isolated world: false when a live
 * instance of the same extension already does (its copy of the script was injected twice). An
 * orphaned instance (extension updated or reloaded) does not count: it is stopping on its own.
 */
export function claimWorld(ctx: ContentContext): boolean {
  const world = globalThis as World;
  const live = world[LIVE_INSTANCE];
  if (live && live !== ctx && !isInvalidNow(live)) return false;
  world[LIVE_INSTANCE] = ctx;
  return true;
}

/** Whether a live content script already runs in this isolated world. */
export function isWorldClaimed(): boolean {
  const live = (globalThis as World)[LIVE_INSTANCE];
  return live !== undefined && !live.isInvalid;
}
