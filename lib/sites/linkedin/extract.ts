import type { Detection } from '../../domain/contact';
import { budgetOf, type ExtractOptions } from '../shared/budget';
import { startExtraction } from '../shared/extract-cache';
import { newDetection, runLayer, warn } from '../shared/detection';
import { extractCompany } from './extract-company';
import { extractCompanyPeople, isCompanyPeoplePath } from './extract-company-people';
import { extractMessaging } from './extract-messaging';
import { extractProfile } from './extract-profile';
import { extractSalesLead } from './extract-sales-lead';
import { extractSearch } from './extract-search';
import { isSignedOutPage } from './page-session';
import { pageKindOf } from '../../domain/linkedin-pages';
import { readLinkedinSignedInUser } from './signed-in-user';
import { dropViewer, viewerKeysOf } from './viewer-keys';

export type { ExtractOptions } from '../shared/budget';

/** Document → Detection for any LinkedIn page; pure, never throws (failures become warnings). */
export function extractLinkedin(doc: Document, url: URL, opts?: ExtractOptions): Detection {
  const budget = budgetOf(opts);
  startExtraction(opts?.cache); // the page may have changed since the last readings
  const kind = runLayer(newDetection(url, 'other'), 'page kind', 'other' as const, () => pageKindOf(url));
  const d = newDetection(url, kind);
  try {
    const me = runLayer(d, 'signed-in user', null, () => readLinkedinSignedInUser(doc, budget));
    d.signedInUser = me;
    if (me === null && kind !== 'other' && !isSignedOutPage(doc, budget)) {
      // A member's page that names no viewer: the others are still listed, but they could include the user.
      d.degraded = true;
      warn(d, 'signed-in user: no viewer signal on a signed-in page; detection may be degraded');
    }
    switch (kind) {
      case 'linkedin-profile':
        extractProfile(doc, url, d, me, budget);
        break;
      case 'linkedin-search-people':
        extractSearch(doc, d, me, budget, opts?.cache);
        break;
      case 'linkedin-messaging-thread':
        extractMessaging(doc, d, me, budget);
        break;
      case 'linkedin-sales-lead':
        extractSalesLead(doc, url, d, me, budget);
        break;
      case 'linkedin-company':
        extractCompany(doc, url, d, budget);
        if (isCompanyPeoplePath(url)) extractCompanyPeople(doc, d, me, budget, opts?.cache);
        break;
      default:
        break;
    }
    runLayer(d, 'signed-in user', undefined, () => dropViewer(d, viewerKeysOf(doc, me, budget)));
  } catch (error) {
    // Last line of defence: keep what the layers found so far.
    warn(d, `linkedin extractor failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return d;
}
