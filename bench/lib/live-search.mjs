// The heavy, live page of page.cost_ms.live_search (bench/README.md, "A live search page"): LinkedIn's
// people search (a page kind Sidecar works on) grown to thousands of elements, whose own script, once
// started, appends 20 result cards a second and makes 100 text changes a second for 10 seconds, the
// way an infinite-scroll results page keeps changing while a user reads it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const LIVE_SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=revops&page=live';
export const WORKLOAD = { seconds: 10, cardsPerSecond: 20, textChangesPerSecond: 100, fillerElements: 5000 };

/** The page: the fixture's search results, a side column of filler elements, and the workload script. */
export function liveSearchHtml(root) {
  const html = readFileSync(path.join(root, 'tests/fixtures/linkedin/search-people.html'), 'utf8');
  const card = /<li class="reusable-search__result-container">[\s\S]*?<\/li>/.exec(html)?.[0];
  if (!card) throw new Error('no result card in the search fixture');
  const filler = `<aside class="scaffold-layout__aside" aria-label="Filler">${Array.from(
    { length: WORKLOAD.fillerElements / 5 },
    (_, i) => `<div class="feed-item"><span>Item ${i}</span><p><b>x</b><i>y</i></p></div>`,
  ).join('')}</aside>`;
  // One timer catches up on whatever is due, so the page does exactly its work however busy the
  // machine is: 20 cards and 100 text changes per second of the window, for WORKLOAD.seconds.
  const script = `<script>
  window.__startWorkload = () => new Promise((done) => {
    const list = document.querySelector('ul.reusable-search__entity-result-list');
    const card = ${JSON.stringify(card)};
    const counter = document.querySelector('h2 div');
    const start = performance.now();
    const end = ${WORKLOAD.seconds * 1000};
    let cards = 0, changes = 0;
    const tick = () => {
      const at = Math.min(performance.now() - start, end);
      for (; cards < Math.floor((at * ${WORKLOAD.cardsPerSecond}) / 1000); cards++) {
        const html = card.replaceAll('chloe-vandermeer', 'live-person-' + cards).replaceAll('Chloe Vandermeer', 'Live Person ' + cards);
        list.append(document.importNode(new DOMParser().parseFromString(html, 'text/html').body.firstElementChild, true));
      }
      for (; changes < Math.floor((at * ${WORKLOAD.textChangesPerSecond}) / 1000); changes++)
        counter.textContent = 'About ' + (12400 + changes) + ' results';
      if (at < end) setTimeout(tick, 10);
      else done(cards);
    };
    tick();
  });
  </script>`;
  return html.replace('</main>', `</main>${filler}`).replace('</body>', `${script}</body>`);
}
