import { sendPageMessage } from '../../messaging/page-client';
import type { OverlayStrings } from '../overlay/strings';
import type { ContentContext } from './content-context';

/** Asking again after a failed answer (the worker was starting): this long, twice as long, … */
const RETRY_MS = 1000;
const ATTEMPTS = 3;

/**
 * The overlays' labels come from the worker (one message per instance, answered from its memory), in
 * parallel with the first extraction; nothing is drawn until they are here. The answer also says
 * whether to draw in this site's pages at all (settings: "Draw nothing in LinkedIn's pages"): without
 * an answer nothing is drawn, so a user who turned overlays off never sees one, and the question is
 * asked again a little later.
 */
export function loadOverlayLabels(
  ctx: ContentContext,
  strings: OverlayStrings,
  loaded: (drawInPage: boolean) => void,
  attempt = 1,
): void {
  void sendPageMessage('getOverlayStrings', {})
    .then(
      (reply) => (reply.ok ? reply.value : null),
      () => null,
    )
    .then((answer) => {
      if (ctx.isInvalid) return;
      if (answer) {
        strings.load(answer.labels);
        loaded(answer.drawInPage);
      } else if (attempt < ATTEMPTS) {
        setTimeout(() => loadOverlayLabels(ctx, strings, loaded, attempt + 1), RETRY_MS * 2 ** (attempt - 1));
      }
    });
}
