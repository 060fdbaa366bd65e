// The pages `npm start` and `npm run dev` open: saved LinkedIn and Gmail pages from tests/fixtures,
// served at their real addresses.

/** Demo pages by address (without query or hash) → fixture file under tests/fixtures. */
export const DEMO_PAGES = {
  'https://www.linkedin.com/in/rebecca-thornton-7b2a91/': 'linkedin/profile-rebecca-thornton-2026.html',
  'https://www.linkedin.com/search/results/people/': 'linkedin/search-people.html',
  'https://mail.google.com/mail/u/0/': 'gmail/thread-hannah-lindgren-3msg.html',
};

/** The tabs the demo opens, in order. */
export const DEMO_TABS = [
  'https://www.linkedin.com/in/rebecca-thornton-7b2a91/',
  'https://www.linkedin.com/search/results/people/?keywords=revenue%20operations',
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmKxBnPqZrTvLcHsgXwq',
];
