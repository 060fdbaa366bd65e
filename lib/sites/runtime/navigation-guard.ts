import type { Detection } from '../../domain/contact';

/**
 * LinkedIn is a single-page app: after history.pushState the URL names the new person while the DOM
 * (and often <title>) still shows the old one for a while. An extraction that took the URL from
 * `location` and the name from the DOM would pair one person's name with another's URL. So after a
 * navigation to another subject, a detection is accepted only once the <title> has changed and names
 * the person found in the DOM; until then the overlay shows a loading state.
 */
export interface NavigationGuard {
  /** Call at the start of each batch; returns whether this batch's detection may be used. */
  accept(detection: Detection, url: string, title: string): boolean;
}

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** `subjectKeyOf` names the person a URL is about (profile slug key, lead id), or null. */
export function createNavigationGuard(
  initialUrl: string,
  initialTitle: string,
  subjectKeyOf: (url: string) => string | null,
): NavigationGuard {
  let lastUrl = initialUrl;
  let lastAcceptedTitle = initialTitle;
  let pending: { titleAtNavigation: string } | null = null;

  return {
    accept(detection, url, title) {
      if (url !== lastUrl) {
        const changedSubject = subjectKeyOf(url) !== subjectKeyOf(lastUrl);
        lastUrl = url;
        pending = changedSubject && subjectKeyOf(url) !== null ? { titleAtNavigation: lastAcceptedTitle } : null;
      }
      if (pending) {
        const name = detection.contacts[0]?.name;
        const titleMoved = title !== pending.titleAtNavigation;
        if (!titleMoved || !name || !fold(title).includes(fold(name))) return false;
        pending = null;
      }
      lastAcceptedTitle = title;
      return true;
    },
  };
}
