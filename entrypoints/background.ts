import { browser, defineBackground } from '#imports';
import { getDb } from '@/lib/db/schema';
import { ensureDefaults } from '@/lib/db/repositories/settings';
import { serve } from '@/lib/messaging/transport/serve';
import { createHandlers } from '@/lib/messaging/handlers/create-handlers';
import { trackTabs } from '@/lib/tabs/track-tabs';
import { browserTabNotifier } from '@/lib/tabs/notify-tabs';
import { reinjectOnInstall } from '@/lib/tabs/reinject';
import { setUpToolbar, type ToolbarApi } from '@/lib/panel/toolbar';
import { createBrowserEnv } from '@/lib/reminders/env';
import { createReminders, registerReminders } from '@/lib/reminders/reminders';

// Wiring only: every branch lives in lib/. Listeners are registered synchronously at start-up so
// that an event which wakes a stopped worker finds them (MV3 service worker lifecycle).
export default defineBackground(() => {
  const db = getDb();
  const reminderEnv = createBrowserEnv(db);
  const reminders = createReminders(reminderEnv);
  const tabs = browserTabNotifier();
  const handlers = createHandlers(db, {
    afterFollowUpChange: reminders.refreshBadge,
    statusesChanged: tabs.statusesChanged,
  });
  serve(handlers);
  registerReminders(reminderEnv.browser, reminders);
  void ensureDefaults(db);
  trackTabs();
  reinjectOnInstall();
  void setUpToolbar(browser as unknown as ToolbarApi);
});
