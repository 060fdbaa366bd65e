import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';
import { test as withExtension } from './fixtures';

// The documented permissions (docs/ARCHITECTURE.md, "Permissions"). Anything beyond this list fails.
const PERMISSIONS = ['storage', 'alarms', 'unlimitedStorage', 'scripting', 'notifications'];
const CHROME_ONLY = ['sidePanel'];
const HOSTS = ['https://*.linkedin.com/*', 'https://mail.google.com/*'];
// Extension pages run bundled scripts only (issue 16); the same policy in both builds.
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join('.output', dir, 'manifest.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

test('the Chrome manifest asks for the documented permissions and exposes nothing to pages', () => {
  const m = manifestOf('chrome-mv3');
  expect(m.manifest_version).toBe(3);
  expect([...m.permissions].sort()).toEqual([...PERMISSIONS, ...CHROME_ONLY].sort());
  expect([...m.host_permissions].sort()).toEqual([...HOSTS].sort());
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.externally_connectable).toBeUndefined();
  expect(m.side_panel?.default_path).toBe('sidepanel.html');
  type Script = { matches: string[]; exclude_matches?: string[]; js: string[] };
  const scripts = m.content_scripts as Script[];
  // Every pattern lies within the two host permissions (a LinkedIn path, or all of Gmail).
  for (const u of scripts.flatMap((c) => c.matches))
    expect(
      HOSTS.some((h) => u.startsWith(h.slice(0, -1))),
      u,
    ).toBe(true);
  // LinkedIn: the content script with pages that have people; the bootstrap everywhere else on LinkedIn.
  const main = scripts.find((c) => c.js.includes('content-scripts/linkedin.js'))!;
  const boot = scripts.find((c) => c.js.includes('content-scripts/linkedin-boot.js'))!;
  expect(boot.matches).toEqual(['https://*.linkedin.com/*']);
  expect([...(boot.exclude_matches ?? [])].sort()).toEqual([...main.matches].sort());
  expect(m.content_security_policy).toEqual({ extension_pages: CSP });
});

test('the Chrome manifest has no Firefox-only keys, and says which Chrome it needs and where Sidecar lives', () => {
  const m = manifestOf('chrome-mv3');
  expect(m.browser_specific_settings).toBeUndefined();
  expect(m.sidebar_action).toBeUndefined();
  // sidePanel.open() (a reminder's click shows its prospect) needs Chrome 116.
  expect(m.minimum_chrome_version).toBe('116');
  expect(m.homepage_url).toMatch(/^https:\/\//);
});

test('no content script carries a chrome-extension:// URL or a remote script', () => {
  for (const file of filesUnder('.output/chrome-mv3/content-scripts')) {
    const js = readFileSync(file, 'utf8');
    expect(js, file).not.toMatch(/chrome-extension:\/\//);
    expect(js, file).not.toMatch(/\beval\(|new Function\(/);
  }
});

test('the Firefox build declares its gecko id and data collection, with the same host access', () => {
  const m = manifestOf('firefox-mv2');
  expect(m.browser_specific_settings.gecko.id).toBeTruthy();
  expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  // The versions that read data_collection_permissions: desktop 140, Android 142.
  expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
  expect(m.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  expect(m.minimum_chrome_version).toBeUndefined();
  expect(m.homepage_url).toBe(manifestOf('chrome-mv3').homepage_url);
  expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.content_security_policy).toBe(CSP); // MV2: a string
  const perms = [...m.permissions].filter((p: string) => !HOSTS.includes(p)).sort();
  expect(perms).toEqual([...PERMISSIONS].sort());
});

interface LinterMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Preact's renderer supports `dangerouslySetInnerHTML` (`el.innerHTML = value.__html`), which
 * addons-linter flags wherever Preact is bundled. Sidecar never passes that prop (eslint and this
 * check keep it so: the warning must point at Preact's own line, nothing else).
 */
function isPreactInnerHtml(w: LinterMessage): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || w.line === undefined || w.column === undefined) return false;
  const line = readFileSync(path.join('.output/firefox-mv2', w.file), 'utf8').split('\n')[w.line - 1] ?? '';
  // addons-linter counts columns from 1.
  return /^\w+\.innerHTML=\w+\.__html/.test(line.slice(w.column - 1));
}

test('the Firefox build passes addons-linter with no errors and no warnings from our code', () => {
  const out = execFileSync(
    path.resolve('node_modules/.bin/addons-linter'),
    ['--output', 'json', '--self-hosted', '.output/firefox-mv2'],
    { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 },
  ).toString();
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: LinterMessage[]; warnings: LinterMessage[] };
  expect(report.errors, JSON.stringify(report.errors, null, 2)).toEqual([]);
  const ours = report.warnings.filter((w) => !isPreactInnerHtml(w));
  expect(ours, JSON.stringify(ours, null, 2)).toEqual([]);
  expect(report.warnings.length - ours.length).toBeLessThanOrEqual(1);
});

test('no source of ours sets innerHTML', () => {
  for (const dir of ['lib', 'components', 'entrypoints']) {
    for (const file of filesUnder(dir)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/innerHTML|dangerouslySetInnerHTML/);
    }
  }
});

test('the extension pages load no inline script, so the strict CSP leaves nothing out', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    for (const page of ['sidepanel.html', 'options.html']) {
      const html = readFileSync(path.join('.output', dir, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, `${dir}/${page}`).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs, `${dir}/${page}`).toMatch(/\bsrc="\/[^"]+\.js"/);
        expect(body?.trim(), `${dir}/${page}`).toBe('');
      }
      expect(html, `${dir}/${page}`).not.toMatch(/<base\b|\son[a-z]+=/i);
    }
  }
});

withExtension(
  'the side panel and options pages run under the CSP with no violation',
  async ({ context, extensionId }) => {
    for (const [page, heading] of [
      ['sidepanel.html', 'Pipeline'],
      ['options.html', 'Sidecar settings'],
    ] as const) {
      const tab = await context.newPage();
      const violations: string[] = [];
      tab.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
      tab.on('pageerror', (e) => violations.push(e.message));
      await tab.goto(`chrome-extension://${extensionId}/${page}`);
      await expect(tab.getByRole('heading', { name: heading }).first()).toBeVisible();
      expect(violations, page).toEqual([]);
      await tab.close();
    }
  },
);
