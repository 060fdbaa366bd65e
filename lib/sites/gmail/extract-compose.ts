import type { Detection, SignedInUser } from '../../domain/contact';
import type { Budget } from '../shared/budget';
import { runLayer, warn } from '../shared/detection';
import { readOncePerBatch, type ExtractCache } from '../shared/extract-cache';
import { COMPOSE_WINDOWS, readComposeWindows } from './compose-state';
import { ParticipantSet } from './participants';

// Compose: the recipients of every open compose window. The inbox behind the dialog and the
// autocomplete suggestions (role=option without data-hovercard-id) are not contacts.

/** Extract compose recipients into `d`. */
export function extractCompose(
  doc: Document,
  d: Detection,
  me: SignedInUser | null,
  budget: Budget,
  cache?: ExtractCache,
): void {
  const windows = runLayer(d, 'compose', null, () =>
    readOncePerBatch(cache, COMPOSE_WINDOWS, () => readComposeWindows(doc, { budget })),
  );
  if (!windows) return;
  const people = new ParticipantSet(me);
  for (const window of windows) {
    for (const r of window.recipients) people.add({ email: r.email, name: r.name }, r.role);
  }
  people.flushInto(d);
  if (windows.length === 0) warn(d, 'compose: no open compose window');
}
