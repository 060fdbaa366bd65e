import { browser } from '#imports';
import { getSettings } from '../../db/repositories/settings';
import { drawsIn } from '../../domain/settings';
import type { SidecarDB } from '../../db/schema';
import type { Handlers } from './handler';
import { createContactHandlers } from './contacts';
import { withFollowUpHooks, type FollowUpHooks } from './follow-up-hooks';
import { withStatusHooks, type StatusHooks } from './status-hooks';
import { createFollowUpHandlers } from './follow-ups';
import { createGmailHandlers } from './gmail';
import { createPeopleHandlers } from './people';
import { createOverlayStringHandlers, fetchPackagedMessages } from './overlay-strings';
import { createPageScriptHandlers } from './page-script';
import { createPipelineHandlers } from './pipeline';
import { createPortabilityHandlers } from './portability';
import { createTimelineHandlers } from './timeline';
import { createUndoHandlers } from './undo';
import { NO_JOB_HOOKS, type JobHooks } from '../../worker/jobs/runner';

const NO_HOOKS: FollowUpHooks & StatusHooks & JobHooks = {
  afterFollowUpChange: async () => undefined,
  statusesChanged: () => undefined,
  ...NO_JOB_HOOKS,
};

/**
 * Every handler of the protocol, bound to one database; `hooks` run after follow-ups may have changed
 * (the badge), after every write (open tabs refresh their overlays' statuses), and around jobs.
 */
export function createHandlers(db: SidecarDB, hooks: Partial<FollowUpHooks & StatusHooks & JobHooks> = {}): Handlers {
  const all = { ...NO_HOOKS, ...hooks };
  return withStatusHooks(
    withFollowUpHooks(
      db,
      {
        ...createContactHandlers(db),
        ...createFollowUpHandlers(db),
        ...createGmailHandlers(db),
        ...createPeopleHandlers(db),
        ...createPipelineHandlers(db),
        ...createTimelineHandlers(db),
        ...createPortabilityHandlers(db, all),
        ...createPageScriptHandlers(),
        ...createUndoHandlers(db),
        ...createOverlayStringHandlers((key, subs) => browser.i18n.getMessage(key as never, subs), {
          setting: async () => (await getSettings(db)).language,
          drawsIn: async (site) => drawsIn(await getSettings(db), site),
          messages: fetchPackagedMessages,
        }),
      },
      all,
    ),
    all,
  );
}
