import { extractCompany } from './extract-company';
import { extractCompanyPeople, isCompanyPeoplePath } from './extract-company-people';
import { extractMessaging } from './extract-messaging';
import { extractLinkedinWith } from './extract-page';
import { extractProfile } from './extract-profile';
import { extractSalesLead } from './extract-sales-lead';
import { extractSearch } from './extract-search';

export type { ExtractOptions } from '../shared/budget';

/** Document → Detection for any LinkedIn page; pure, never throws (failures become warnings). */
export const extractLinkedin = extractLinkedinWith({
  'linkedin-profile': extractProfile,
  'linkedin-search-people': (doc, _url, d, me, budget, cache) => extractSearch(doc, d, me, budget, cache),
  'linkedin-messaging-thread': (doc, _url, d, me, budget) => extractMessaging(doc, d, me, budget),
  'linkedin-sales-lead': extractSalesLead,
  'linkedin-company': (doc, url, d, me, budget, cache) => {
    extractCompany(doc, url, d, budget);
    if (isCompanyPeoplePath(url)) extractCompanyPeople(doc, d, me, budget, cache);
  },
});
