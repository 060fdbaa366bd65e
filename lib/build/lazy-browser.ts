/**
 * The build's stand-in for `@wxt-dev/browser` (wxt.config.ts aliases it): the same choice of
 * `browser` or `chrome`, made on first use instead of when the bundle starts. Reading
 * `browser.runtime` builds the extension API's bindings in the page's isolated world, about 1 ms of
 * its main thread (Chromium 156); `linkedin-boot.js`, on pages with nobody to show, never needs them
 * unless an in-app navigation reaches a page with people (issue 21). Tests use WXT's fake browser.
 */
type Api = typeof chrome;

let api: Api | undefined;

function resolve(): Api {
  const global = globalThis as { browser?: Api; chrome: Api };
  return (api ??= global.browser?.runtime?.id ? global.browser : global.chrome);
}

export const browser: Api = new Proxy({} as Api, {
  get: (_target, key) => Reflect.get(resolve(), key),
  has: (_target, key) => Reflect.has(resolve(), key),
});
