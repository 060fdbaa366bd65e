import type { Detection } from '../../domain/contact';
import { budgetOf, type ExtractOptions } from '../shared/budget';
import { startExtraction } from '../shared/extract-cache';
import { newDetection, runLayer, warn } from '../shared/detection';
import { extractCompose } from './extract-compose';
import { extractInbox } from './extract-inbox';
import { extractThread } from './extract-thread';
import { pageKindOf } from '../../domain/gmail-pages';
import { readGmailSignedInUser } from './signed-in-user';

export type { ExtractOptions } from '../shared/budget';

/** Document → Detection for any Gmail page; pure, never throws (failures become warnings). */
export function extractGmail(doc: Document, url: URL, opts?: ExtractOptions): Detection {
  const budget = budgetOf(opts);
  startExtraction(opts?.cache); // the page may have changed since the last readings
  const kind = runLayer(newDetection(url, 'other'), 'page kind', 'other' as const, () => pageKindOf(url));
  const d = newDetection(url, kind);
  try {
    const me = runLayer(d, 'signed-in user', null, () => readGmailSignedInUser(doc, budget));
    d.signedInUser = me;
    if (me === null && kind !== 'other') {
      // Gmail is always signed in: a page that names no account may list the user among the others.
      d.degraded = true;
      warn(d, 'signed-in user: no account signal on the page; detection may be degraded');
    }
    if (kind === 'gmail-thread') extractThread(doc, d, me, budget);
    else if (kind === 'gmail-inbox') extractInbox(doc, d, me, budget);
    else if (kind === 'gmail-compose') extractCompose(doc, d, me, budget, opts?.cache);
  } catch (error) {
    // Last line of defence: keep what the layers found so far.
    warn(d, `gmail extractor failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return d;
}
