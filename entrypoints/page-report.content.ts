import { defineContentScript } from '#imports';
import { redactSnapshot } from '@/lib/sites/redact-snapshot';

// "Report this page": the redacting walk is injected only when the user asks for a report (the side
// panel runs scripting.executeScript with this file), so no page load compiles it (issue 21). Its
// result is what the side panel receives.
export default defineContentScript({
  matches: ['https://*.linkedin.com/*', 'https://mail.google.com/*'], // the host permissions; unused at runtime
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main: () => ({ html: redactSnapshot(document) }),
});
