import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, expect } from '@playwright/test';

// The documented permissions (docs/ARCHITECTURE.md, "Permissions"). Anything beyond this list fails.
const PERMISSIONS = ['storage', 'alarms', 'unlimitedStorage', 'scripting', 'notifications'];
const CHROME_ONLY = ['sidePanel'];
const HOSTS = ['https://*.linkedin.com/*', 'https://mail.google.com/*'];

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
  expect(m.content_security_policy).toBeUndefined(); // MV3 default: no remote code, no eval
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
