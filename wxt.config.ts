import path from 'node:path';
import type { PluginOption } from 'vite';
import { defineConfig, type Wxt } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toChromeMessages, type Catalogue } from './lib/i18n/catalogue';
import { eagerCompileContentScripts } from './lib/build/eager-compile';
import { terserContentScripts } from './lib/build/terser-content-scripts';

/** locales/<lang>.json are the message catalogues; Chrome's _locales are generated from them. */
function chromeLocaleFiles() {
  return readdirSync('locales')
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      relativeDest: `_locales/${f.replace(/\.json$/, '')}/messages.json`,
      contents: JSON.stringify(toChromeMessages(JSON.parse(readFileSync(`locales/${f}`, 'utf8')) as Catalogue)),
    }));
}

// Host access is deliberately limited to the two sites Sidecar reads; see docs/ARCHITECTURE.md.
export const HOST_PERMISSIONS = ['https://*.linkedin.com/*', 'https://mail.google.com/*'];

// Extension pages (side panel, options) run our bundled scripts only: no inline or remote script, no
// plugin, no <base> to re-point relative URLs, no form posted anywhere (issue 16). Styles are not
// restricted (Preact sets inline styles). Chrome wants it under extension_pages (MV3); WXT turns that
// into the MV2 string for Firefox.
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
// A placeholder until the project has a public home: the reserved .example domain of the gecko id.
// The stores show it as the extension's website; it must lead to README.md and PRIVACY.md.
export const HOMEPAGE_URL = 'https://sidecar.example/';

/**
 * Zod's own source carries `@__PURE__` comments where Rollup cannot use them, and Rollup says so for
 * each (INVALID_ANNOTATION) in every build that bundles zod. Zod's code is not ours to move, and the
 * comment is only dropped: nothing in the bundle changes. A plugin, because @preact/preset-vite sets
 * its own `onwarn` from its config hook (replacing one given in `build`); this one wraps it, so
 * every other warning still prints.
 */
function quietZodAnnotations(): PluginOption {
  return {
    name: 'sidecar:quiet-zod-annotations',
    config(config) {
      const rollup = ((config.build ??= {}).rollupOptions ??= {});
      const inner = rollup.onwarn;
      rollup.onwarn = (warning, warn) => {
        if (warning.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '')) return;
        if (inner) inner(warning, warn);
        else warn(warning);
      };
    },
  };
}

/**
 * `npm run dev` starts `wxt` and opens Chromium itself (tests/demo/dev.mjs, with the demo pages at
 * their real addresses), so WXT's own runner is off; its stand-in, the "manual" runner, would then tell
 * you to load the extension by hand. For Firefox, where we open nothing, say how to load it.
 */
function devRunner(wxt: Wxt): void {
  if (wxt.config.command !== 'serve') return;
  const dir = path.relative(process.cwd(), wxt.config.outDir);
  wxt.config.runner = {
    async openBrowser() {
      if (wxt.config.browser === 'firefox')
        wxt.logger.info(
          `Firefox: open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", and pick ${dir}/manifest.json`,
        );
    },
  };
}

export default defineConfig({
  imports: false,
  // npm run dev opens the browser through our own launcher (see devRunner).
  webExt: { disabled: true },
  hooks: {
    'config:resolved': devRunner,
    'build:publicAssets': (_wxt, files) => {
      files.push(...chromeLocaleFiles());
    },
  },
  zip: {
    // The sources zip is for Firefox's reviewers: what builds the extension and nothing else (WXT
    // already leaves out node_modules, .output and hidden files; tests and docs are not needed to build).
    includeSources: [
      'entrypoints/**',
      'components/**',
      'lib/**',
      'locales/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'LICENSE',
      'PRIVACY.md',
    ],
  },
  vite: () => ({
    plugins: [
      preact(),
      // Both in generateBundle's 'post' order, in this order: the hint goes on the final code's first line.
      terserContentScripts(process.env.MINIFY !== '0' && process.env.SOURCEMAP !== '1'),
      eagerCompileContentScripts(),
      quietZodAnnotations(),
    ],
    // SOURCEMAP=1 and MINIFY=0 are for profiling (bench/README.md: where the time goes).
    build: { sourcemap: process.env.SOURCEMAP === '1', minify: process.env.MINIFY !== '0' },
    resolve: {
      // WXT's content-script wrapper constructs its ContentScriptContext from this module. Ours has the
      // same API but never announces the script to the page (see lib/sites/runtime/content-context.ts).
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/sites/runtime/content-context.ts', import.meta.url)),
        },
        // The extension API, looked up on first use rather than at load (see lib/build/lazy-browser.ts).
        {
          find: /^@wxt-dev\/browser$/,
          replacement: fileURLToPath(new URL('./lib/build/lazy-browser.ts', import.meta.url)),
        },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'alarms',
      'unlimitedStorage',
      'scripting',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: HOST_PERMISSIONS,
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: '__MSG_actionTitle__' },
    // Alt+Shift+S opens the panel: Chrome opens the side panel from the action (openPanelOnActionClick);
    // Firefox toggles the sidebar through its own reserved command.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' } } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+S' } } },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    homepage_url: HOMEPAGE_URL,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sidecar@sidecar.example',
              // data_collection_permissions is read from Firefox 140 on (addons-linter warns below that).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the same key from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // The side panel and setPanelBehavior came in Chrome 114; sidePanel.open(), which a
        // reminder's click uses to show its prospect, in 116.
        { minimum_chrome_version: '116' }),
  }),
});
