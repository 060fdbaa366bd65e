import { canonicalizeLinkedinProfileUrl, linkedinIdentityKey } from '../../domain/linkedin-url';
import { memoByString } from '../shared/memo';

// The URL rules parse a URL per call, and every batch hands the extractors and placements the same
// few hundred hrefs (search results, message groups, the signed-in user): one memo for all of them.

/** canonicalizeLinkedinProfileUrl, memoised per href. */
export const canonicalOf = memoByString(canonicalizeLinkedinProfileUrl);

/** linkedinIdentityKey, memoised per URL. */
export const identityKeyOf = memoByString(linkedinIdentityKey);
