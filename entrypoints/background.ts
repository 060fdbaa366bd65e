import { browser, defineBackground } from '#imports';
import { getDb } from '@/lib/db/schema';
import { ensureDefaults } from '@/lib/db/repositories/settings';
import { registerHandlers } from '@/lib/messaging/register';
import { createHandlers } from '@/lib/messaging/handlers/create-handlers';
import { trackTabs } from '@/lib/tabs/track-tabs';
import { setUpToolbar, type ToolbarApi } from '@/lib/panel/toolbar';

// Wiring only: every branch lives in lib/. Listeners are registered synchronously at start-up so
// that an event which wakes a stopped worker finds them (MV3 service worker lifecycle).
export default defineBackground(() => {
  const db = getDb();
  registerHandlers(createHandlers(db));
  void ensureDefaults(db);
  trackTabs();
  void setUpToolbar(browser as unknown as ToolbarApi);
});
