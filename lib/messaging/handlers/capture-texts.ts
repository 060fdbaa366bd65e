import { browser } from '#imports';
import type { CaptureDealTexts } from '../../domain/capture-deal';
import { getSettings } from '../../db/repositories/settings';
import type { SidecarDB } from '../../db/schema';
import { chromeKeyOf, chromeMessageText } from '../../i18n/catalogue';
import type { Result } from '../../domain/result';
import { storageErrorOf } from '../../worker/storage-errors';
import { fetchPackagedMessages } from './overlay-strings';

const KEYS = { newDeal: 'deal.captureTitle', firstTouch: 'deal.firstTouch' } as const;
/** What a capture writes when no catalogue answers (unit tests, a damaged package). */
export const ENGLISH_CAPTURE_TEXTS: CaptureDealTexts = { newDeal: 'New deal', firstTouch: 'First touch' };

const cache = new Map<string, CaptureDealTexts>();

/**
 * The texts a captured deal is stored with ("New deal", "First touch"), in the language picked in
 * Sidecar's settings, else the browser's (chrome.i18n in the worker): a deal's title and next step
 * are the user's text from then on, so they are written once in the language the user reads.
 */
export async function captureTextsFor(db: SidecarDB): Promise<CaptureDealTexts> {
  const lang = (await getSettings(db)).language;
  const known = cache.get(lang);
  if (known) return known;
  const texts = await (lang === 'auto' ? fromBrowser() : fromPackage(lang)).catch(() => null);
  const resolved = texts ?? ENGLISH_CAPTURE_TEXTS;
  if (texts) cache.set(lang, resolved);
  return resolved;
}

/**
 * The same, read before a capture's transaction: a storage failure reading the settings is answered
 * like the capture's own would be (the capture then writes nothing), never thrown at the handler.
 */
export async function captureTextsOrError(db: SidecarDB): Promise<Result<CaptureDealTexts>> {
  try {
    return { ok: true, value: await captureTextsFor(db) };
  } catch (error) {
    const code = storageErrorOf(error);
    if (code === null) throw error;
    return { ok: false, error: code };
  }
}

async function fromBrowser(): Promise<CaptureDealTexts | null> {
  const get = (key: string) => browser.i18n.getMessage(chromeKeyOf(key) as never);
  const newDeal = get(KEYS.newDeal);
  const firstTouch = get(KEYS.firstTouch);
  return newDeal && firstTouch ? { newDeal, firstTouch } : null;
}

async function fromPackage(lang: string): Promise<CaptureDealTexts | null> {
  const messages = await fetchPackagedMessages(lang);
  const newDeal = messages?.[chromeKeyOf(KEYS.newDeal)];
  const firstTouch = messages?.[chromeKeyOf(KEYS.firstTouch)];
  if (!newDeal || !firstTouch) return null;
  return { newDeal: chromeMessageText(newDeal, []), firstTouch: chromeMessageText(firstTouch, []) };
}
