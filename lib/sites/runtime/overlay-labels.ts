import { sendPageMessage } from '../../messaging/page-client';
import type { OverlayStrings } from '../overlay/strings';
import type { ContentContext } from './content-context';

/**
 * The overlays' labels come from the worker (one message per instance, answered from its memory), in
 * parallel with the first extraction; nothing is drawn until they are here. Without an answer the
 * labels fall back to chrome.i18n (overlay/strings.ts).
 */
export function loadOverlayLabels(ctx: ContentContext, strings: OverlayStrings, loaded: () => void): void {
  void sendPageMessage('getOverlayStrings', {})
    .then(
      (reply) => (reply.ok ? reply.value : null),
      () => null,
    )
    .then((table) => {
      if (ctx.isInvalid) return;
      strings.load(table);
      loaded();
    });
}
