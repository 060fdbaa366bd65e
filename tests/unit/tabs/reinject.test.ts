import { describe, expect, it, vi } from 'vitest';
import { reinjectContentScripts, reinjectOnInstall, type ReinjectApi } from '../../../lib/tabs/reinject';

function fakeApi(failTab?: number) {
  let listener: ((d: { reason: string }) => void) | null = null;
  const executeScript = vi.fn(async ({ target }: { target: { tabId: number }; files: string[] }) => {
    if (target.tabId === failTab) throw new Error('Cannot access contents of the page');
    return [];
  });
  const api: ReinjectApi = {
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://*.linkedin.com/*'], js: ['content-scripts/linkedin.js'] },
          { matches: ['https://mail.google.com/*'], js: ['content-scripts/gmail.js'] },
        ],
      }),
      onInstalled: {
        addListener: (cb) => {
          listener = cb;
        },
      },
    },
    tabs: { query: async ({ url }) => (url[0]?.includes('linkedin') ? [{ id: 1 }, { id: 2 }, {}] : [{ id: 7 }]) },
    scripting: { executeScript },
  };
  return { api, executeScript, fire: (reason: string) => listener?.({ reason }) };
}

describe('reinjection after install or update', () => {
  it('injects each manifest content script into the open tabs it matches, skipping tabs that refuse', async () => {
    const { api, executeScript } = fakeApi(2);
    expect(await reinjectContentScripts(api)).toBe(2);
    expect(executeScript.mock.calls.map(([i]) => [i.target.tabId, i.files])).toEqual([
      [1, ['content-scripts/linkedin.js']],
      [2, ['content-scripts/linkedin.js']],
      [7, ['content-scripts/gmail.js']],
    ]);
  });

  it('runs on install and update only', async () => {
    const { api, executeScript, fire } = fakeApi();
    reinjectOnInstall(api);
    fire('chrome_update');
    await Promise.resolve();
    expect(executeScript).not.toHaveBeenCalled();
    fire('update');
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(3));
  });
});

describe('reinjection honours exclude_matches', () => {
  it('gives a tab the script whose matches take it, not the one that excludes it', async () => {
    const executeScript = vi.fn(async (_i: { target: { tabId: number }; files: string[] }) => []);
    const api: ReinjectApi = {
      runtime: {
        getManifest: () => ({
          content_scripts: [
            {
              matches: ['https://*.linkedin.com/*'],
              exclude_matches: ['https://*.linkedin.com/in/*'],
              js: ['content-scripts/linkedin-boot.js'],
            },
            { matches: ['https://*.linkedin.com/in/*'], js: ['content-scripts/linkedin.js'] },
          ],
        }),
        onInstalled: { addListener: () => undefined },
      },
      tabs: {
        query: async ({ url }) =>
          url[0] === 'https://*.linkedin.com/*'
            ? [
                { id: 1, url: 'https://www.linkedin.com/feed/' },
                { id: 2, url: 'https://www.linkedin.com/in/anna/' },
              ]
            : [{ id: 2, url: 'https://www.linkedin.com/in/anna/' }],
      },
      scripting: { executeScript },
    };
    expect(await reinjectContentScripts(api)).toBe(2);
    expect(executeScript.mock.calls.map(([i]) => [i.target.tabId, i.files[0]])).toEqual([
      [1, 'content-scripts/linkedin-boot.js'],
      [2, 'content-scripts/linkedin.js'],
    ]);
  });
});
