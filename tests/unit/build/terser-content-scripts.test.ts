import { describe, expect, it } from 'vitest';
import type { NormalizedOutputOptions, OutputBundle, OutputChunk, PluginContext } from 'rollup';
import { terserContentScripts } from '../../../lib/build/terser-content-scripts';

const chunk = (fileName: string, code: string) =>
  ({ type: 'chunk', fileName, code, map: null }) as unknown as OutputChunk;

async function run(enabled: boolean, bundle: Record<string, OutputChunk>) {
  const hook = terserContentScripts(enabled).generateBundle as {
    handler: (this: PluginContext, o: NormalizedOutputOptions, b: OutputBundle, w: boolean) => Promise<void>;
  };
  await hook.handler.call({} as PluginContext, {} as NormalizedOutputOptions, bundle as OutputBundle, false);
  return bundle;
}

const SOURCE = '(function(){"use strict";const longName=(value)=>value+1;return longName(1)})();';
const PROBE = 'const F=Function;export const ok=()=>{try{new F("");return true}catch{return false}};';

describe('terserContentScripts', () => {
  it('shrinks content scripts and keeps the anonymous IIFE whose value executeScript returns', async () => {
    const out = await run(true, { cs: chunk('content-scripts/linkedin.js', SOURCE) });
    const code = out['cs']!.code;
    expect(code.length).toBeLessThan(SOURCE.length);
    expect(code.startsWith('(function(){')).toBe(true);
    expect((0, eval)(code)).toBe(2); // the completion value is what scripting.executeScript gives back
  });

  it("leaves the worker and the panel to esbuild (zod's eval probe stays out of addons-linter's sight)", async () => {
    const out = await run(true, { bg: chunk('background.js', PROBE) });
    expect(out['bg']!.code).toBe(PROBE);
  });

  it('does nothing when minification is off (profiling builds)', async () => {
    const out = await run(false, { cs: chunk('content-scripts/gmail.js', SOURCE) });
    expect(out['cs']!.code).toBe(SOURCE);
  });
});
