import type { SidecarDB } from '../../db/schema';
import type { Handlers } from '../register';
import { createContactHandlers } from './contacts';
import { createGmailHandlers } from './gmail';
import { createPeopleHandlers } from './people';
import { createPipelineHandlers } from './pipeline';
import { createTimelineHandlers } from './timeline';

/** Every handler of the protocol, bound to one database. */
export function createHandlers(db: SidecarDB): Handlers {
  return {
    ...createContactHandlers(db),
    ...createGmailHandlers(db),
    ...createPeopleHandlers(db),
    ...createPipelineHandlers(db),
    ...createTimelineHandlers(db),
  };
}
