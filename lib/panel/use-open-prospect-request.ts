import { browser } from '#imports';
import { useEffect, useRef } from 'preact/hooks';
import { OPEN_PROSPECT_KEY } from '../reminders/notification-actions';

/**
 * A notification click opens the side panel and leaves the person to show in storage.session
 * (`panel:openProspect`, a person id, or null for "just the panel"). Read it when the panel starts
 * and whenever it changes, open that person, and remove the key so a later panel does not reopen it.
 */
export function useOpenProspectRequest(open: (personId: string) => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    let live = true;
    const take = (value: unknown) => {
      // null ("just the panel") and the removal's own change event ask for nothing.
      if (typeof value !== 'string' || value === '' || !live) return;
      void browser.storage.session.remove(OPEN_PROSPECT_KEY);
      latest.current(value);
    };
    void browser.storage.session.get(OPEN_PROSPECT_KEY).then((got) => take(got[OPEN_PROSPECT_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && OPEN_PROSPECT_KEY in changes) take(changes[OPEN_PROSPECT_KEY]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
}
