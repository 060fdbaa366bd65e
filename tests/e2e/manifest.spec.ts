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
  const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect(matches.every((u: string) => HOSTS.includes(u))).toBe(true);
  expect(m.content_security_policy).toEqual({ extension_pages: CSP });
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
  expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.content_security_policy).toBe(CSP); // MV2: a string
  const perms = [...m.permissions].filter((p: string) => !HOSTS.includes(p)).sort();
  expect(perms).toEqual([...PERMISSIONS].sort());
});

test('the Firefox build passes addons-linter with no errors', () => {
  const out = execFileSync(
    path.resolve('node_modules/.bin/addons-linter'),
    ['--output', 'json', '--self-hosted', '.output/firefox-mv2'],
    { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 },
  ).toString();
  const report = JSON.parse(out.slice(out.indexOf('{')));
  expect(report.errors, JSON.stringify(report.errors, null, 2)).toEqual([]);
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
