import { listTemplateStages, STAGE_TEMPLATE_IDS } from '../../domain/stage-templates';
import { chromeKeyOf } from '../../i18n/catalogue';
import { OVERLAY_KEYS, SLOT_MARKS } from '../../i18n/overlay-strings';
import type { Handlers } from './handler';

type GetMessage = (chromeKey: string, substitutions: string[]) => string;

/** Every key an overlay may show: its own labels and the template stages' names (a deal's stage). */
export function overlayStringKeys(): string[] {
  const stages = STAGE_TEMPLATE_IDS.flatMap((id) => listTemplateStages(id).map((s) => s.nameKey ?? ''));
  return [...new Set([...OVERLAY_KEYS, ...stages])].filter((k) => k !== '');
}

/**
 * `getOverlayStrings`, over chrome.i18n in the worker (the browser's language, as notifications).
 * Built once per worker: the catalogue cannot change while the extension runs.
 */
export function createOverlayStringHandlers(getMessage: GetMessage): Pick<Handlers, 'getOverlayStrings'> {
  let strings: Record<string, string> | null = null;
  return {
    async getOverlayStrings() {
      strings ??= Object.fromEntries(
        overlayStringKeys().map((key) => [key, getMessage(chromeKeyOf(key), [...SLOT_MARKS]) || key]),
      );
      return { ok: true, value: strings };
    },
  };
}
