import { browser, type Browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { gmailAccountIndexOf } from '../domain/compose-link';

/**
 * The Gmail account of the Gmail tab beside the panel: the active tab when it is Gmail, else the most
 * recently used Gmail tab of this window, else of any window (the host permission lets the panel read
 * Gmail tabs' URLs; no `tabs` permission is needed). Null when no Gmail tab is open: "Write" then
 * uses mailto:. Followed as tabs are switched, opened, navigated and closed.
 */
export function useGmailAccount(): number | null {
  const [account, setAccount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void findGmailAccount()
        .then((n) => live && setAccount(n))
        .catch(() => live && setAccount(null));
    refresh();
    const onUpdated = (_id: number, change: { url?: string }) => change.url !== undefined && refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(refresh);
    };
  }, []);
  return account;
}

/** The Gmail account index of a tab, when it is a Gmail one (other tabs' URLs are hidden from us anyway). */
const accountOf = (tab: { url?: string | undefined }) => (tab.url ? gmailAccountIndexOf(tab.url) : null);

async function findGmailAccount(): Promise<number | null> {
  const gmail = (tabs: Browser.tabs.Tab[]) => tabs.filter((t) => accountOf(t) !== null);
  const here = gmail(await browser.tabs.query({ currentWindow: true }));
  const tabs = here.length ? here : gmail(await browser.tabs.query({}));
  const [best] = [...tabs].sort(
    (a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
  );
  return best ? accountOf(best) : null;
}
