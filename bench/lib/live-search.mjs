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
  const script = `<script>
  window.__startWorkload = () => new Promise((done) => {
    const list = document.querySelector('ul.reusable-search__entity-result-list');
    const card = ${JSON.stringify(card)};
    const counter = document.querySelector('h2 div');
    let n = 0, t = 0;
    const add = setInterval(() => {
      n++;
      const li = new DOMParser().parseFromString(card.replaceAll('chloe-vandermeer', 'live-person-' + n).replaceAll('Chloe Vandermeer', 'Live Person ' + n), 'text/html').body.firstElementChild;
      list.append(document.importNode(li, true));
    }, ${1000 / WORKLOAD.cardsPerSecond});
    const text = setInterval(() => {
      t++;
      counter.textContent = 'About ' + (12400 + t) + ' results';
    }, ${1000 / WORKLOAD.textChangesPerSecond});
    setTimeout(() => { clearInterval(add); clearInterval(text); done(n); }, ${WORKLOAD.seconds * 1000});
  });
  </script>`;
  return html.replace('</main>', `</main>${filler}`).replace('</body>', `${script}</body>`);
}
