import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toChromeMessages, type Catalogue } from './lib/i18n/catalogue';
import { eagerCompileContentScripts } from './lib/build/eager-compile';

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

export default defineConfig({
  imports: false,
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...chromeLocaleFiles());
    },
  },
  vite: () => ({
    plugins: [preact(), eagerCompileContentScripts()],
    build: { sourcemap: process.env.SOURCEMAP === '1' },
    resolve: {
      // WXT's content-script wrapper constructs its ContentScriptContext from this module. Ours has the
      // same API but never announces the script to the page (see lib/sites/runtime/content-context.ts).
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/sites/runtime/content-context.ts', import.meta.url)),
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
    browser_specific_settings: {
      gecko: {
        id: 'sidecar@sidecar.example',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
