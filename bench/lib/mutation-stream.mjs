// A deterministic stream of DOM mutations like those LinkedIn and Gmail make while you use them:
// lazy-loaded profile sections and feed posts, hovercards and toasts coming and going, search
// results paging in, inbox rows arriving and updating, messages expanding, compose chips.
// Generated from a seed at run time (same seed, same stream); `streamDigest` proves it in the log.
// Each op is exactly one childList mutation, the only kind the content script observes.
import { createHash } from 'node:crypto';

/** mulberry32: tiny, seedable, good enough to pick markup and delays. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ava',
  'Noah',
  'Mia',
  'Liam',
  'Zoe',
  'Omar',
  'Ines',
  'Kai',
  'Lena',
  'Ravi',
  'Yuki',
  'Sven',
  'Nora',
  'Ayo',
];
const LAST = ['Hart', 'Quinn', 'Sato', 'Novak', 'Moreau', 'Okoro', 'Berg', 'Silva', 'Reyes', 'Walsh', 'Kaur', 'Lund'];
const WORDS = [
  'pipeline',
  'renewal',
  'pricing',
  'pilot',
  'quarter',
  'forecast',
  'intro',
  'follow-up',
  'contract',
  'demo',
];

function maker(rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const person = () => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const slug = `${first}-${last}-${Math.floor(rand() * 0xffff).toString(16)}`.toLowerCase();
    return { name: `${first} ${last}`, slug, email: `${first}.${last}@example.com`.toLowerCase() };
  };
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return { rand, pick, person, words };
}

// Markup templates, shaped like the sites' (class names from the fixtures).
const li = {
  section: (m) =>
    `<section class="artdeco-card pv-profile-card break-words" data-view-name="profile-card"><div class="pvs-header__container"><h2 class="pvs-header__title"><span aria-hidden="true">${m.words(1)}</span></h2></div><ul class="pvs-list">${[0, 1, 2].map(() => `<li class="artdeco-list__item"><span aria-hidden="true">${m.words(3)}</span><span class="visually-hidden">${m.words(3)}</span></li>`).join('')}</ul></section>`,
  post: (m, p) =>
    `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${Math.floor(m.rand() * 1e9)}"><div class="update-components-actor"><a class="app-aware-link" href="https://www.linkedin.com/in/${p.slug}/"><span class="update-components-actor__title"><span aria-hidden="true">${p.name}</span></span></a></div><div class="feed-shared-text">${m.words(12)}</div></div>`,
  hovercard: (_m, p) =>
    `<div class="artdeco-hoverable-content artdeco-hoverable-content--visible" role="tooltip"><div class="profile-card"><a href="https://www.linkedin.com/in/${p.slug}/">${p.name}</a><p>Sales at Example</p><button>Message</button></div></div>`,
  toast: (m) =>
    `<div class="artdeco-toast-item" role="alert"><p class="artdeco-toast-item__message">${m.words(4)}</p></div>`,
  result: (m, p) =>
    `<li class="reusable-search__result-container"><div class="entity-result" data-chameleon-result-urn="urn:li:member:${Math.floor(m.rand() * 1e9)}"><div class="entity-result__item"><span class="entity-result__title-text"><a class="app-aware-link" href="https://www.linkedin.com/in/${p.slug}?miniProfileUrn=x"><span dir="ltr"><span aria-hidden="true">${p.name}</span><span class="visually-hidden">View ${p.name}’s profile</span></span></a></span><div class="entity-result__primary-subtitle">${m.words(4)}</div><div class="entity-result__secondary-subtitle">Berlin, Germany</div></div></div></li>`,
};
const gm = {
  row: (m, p) =>
    `<td class="PF xY PE"></td><td class="oZ-x3 xY" role="gridcell"></td><td class="yX xY"><div class="yW"><span class="bA4"><span class="zF" email="${p.email}" name="${p.name}" data-hovercard-id="${p.email}">${p.name.split(' ')[0]}</span></span></div></td><td role="gridcell" class="xY a4W"><div class="xS" role="link"><div class="y6"><span class="bog"><span class="bqe">${m.words(4)}</span></span></div><span class="y2">${m.words(10)}</span></div></td>`,
  body: (m) =>
    `<div class="a3s aiL"><div dir="ltr">${m.words(30)}</div><div class="gmail_quote">${m.words(20)}</div></div>`,
  chip: (_m, p) =>
    `<div class="afV" data-hovercard-id="${p.email}" data-name="${p.name}" role="option" aria-selected="false" tabindex="-1" aria-label="${p.name} - ${p.email}"><div class="afX">${p.name}</div></div>`,
  suggestions: (m) =>
    `<div class="aXjCH" role="listbox">${[0, 1, 2]
      .map(() => {
        const p = m.person();
        return `<div role="option">${p.name} &lt;${p.email}&gt;</div>`;
      })
      .join('')}</div>`,
  toast: (m) => `<div class="bAq" role="alert">${m.words(3)} <span class="ag a8k" role="link">Undo</span></div>`,
};

/**
 * The kinds of change per page. Each returns ops; `gone` lists ids that a later op removes
 * (hovercards, toasts and suggestion lists disappear a few steps after they appear).
 */
const SCENES = {
  'linkedin-profile': [
    (m) => [{ t: 'append', sel: 'main', html: li.section(m) }],
    (m) => [{ t: 'append', sel: 'main', html: li.post(m, m.person()) }],
    (m) => [{ t: 'append', sel: 'body', html: li.hovercard(m, m.person()), temp: true }],
    (m) => [{ t: 'append', sel: 'body', html: li.toast(m), temp: true }],
  ],
  'linkedin-search': [
    (m) => [{ t: 'append', sel: 'ul.reusable-search__entity-result-list', html: li.result(m, m.person()) }],
    (_m) => [{ t: 'removeFirst', sel: 'ul.reusable-search__entity-result-list > li.bench-added' }],
    (m) => [{ t: 'append', sel: 'body', html: li.hovercard(m, m.person()), temp: true }],
    (m) => [{ t: 'text', sel: 'main h2, main h1', text: `About ${Math.floor(m.rand() * 9000)} results` }],
  ],
  'gmail-inbox': [
    (m) => [{ t: 'prependRow', sel: 'tr.zA', html: gm.row(m, m.person()) }],
    (_m) => [{ t: 'removeLast', sel: 'tr.zA' }],
    (m) => [{ t: 'text', sel: 'tr.zA span.y2', text: m.words(10) }],
    (m) => [{ t: 'append', sel: 'body', html: gm.toast(m), temp: true }],
  ],
  'gmail-thread': [
    (m) => [{ t: 'append', sel: '[role=listitem]', html: gm.body(m), temp: true }],
    (m) => [
      { t: 'text', sel: '[role=listitem] .g3, [role=listitem] .xW', text: `${Math.floor(m.rand() * 59)} minutes ago` },
    ],
    (m) => [{ t: 'append', sel: 'body', html: gm.toast(m), temp: true }],
  ],
  'gmail-compose': [
    (m) => [{ t: 'append', sel: '[role=listbox][aria-label$="recipients"]', html: gm.chip(m, m.person()) }],
    (_m) => [{ t: 'removeFirst', sel: '[role=listbox][aria-label$="recipients"] > .bench-added' }],
    (m) => [{ t: 'append', sel: '[role=dialog]', html: gm.suggestions(m), temp: true }],
    (m) => [{ t: 'append', sel: 'body', html: gm.toast(m), temp: true }],
  ],
};

/**
 * `count` ops for one page, grouped into steps that run as one task each: bursts of steps a few ms
 * apart (a render), separated by pauses (the user reading). Temp elements are removed 1-6 steps later.
 */
export function generateStream(scene, count, seed) {
  const m = maker(rng(seed));
  const steps = [];
  const pending = []; // [stepIndex, id] removals still to schedule
  let made = 0;
  let nextId = 0;
  while (made < count) {
    const ops = [];
    const due = pending.filter(([at]) => at <= steps.length);
    for (const d of due) {
      ops.push({ t: 'removeId', id: d[1] });
      pending.splice(pending.indexOf(d), 1);
    }
    const n = 1 + Math.floor(m.rand() * 3);
    for (let i = 0; i < n && made + ops.length < count; i++) {
      for (const op of m.pick(SCENES[scene])(m)) {
        if (op.temp) {
          op.id = `b${nextId++}`;
          pending.push([steps.length + 1 + Math.floor(m.rand() * 6), op.id]);
        }
        ops.push(op);
      }
    }
    made += ops.length;
    // A burst step every 8-40 ms; one step in eight is a pause of 120-400 ms.
    const delay = m.rand() < 1 / 8 ? 120 + m.rand() * 280 : 8 + m.rand() * 32;
    steps.push({ delay: Math.round(delay), ops });
  }
  // Leftover temp elements go in a final step (not counted: the stream is `count` mutations).
  if (pending.length) steps.push({ delay: 50, ops: pending.map(([, id]) => ({ t: 'removeId', id })) });
  return steps;
}

/** A short fingerprint of the streams, logged so two runs can be seen to replay the same data. */
export const streamDigest = (streams) =>
  createHash('sha256').update(JSON.stringify(streams)).digest('hex').slice(0, 12);
