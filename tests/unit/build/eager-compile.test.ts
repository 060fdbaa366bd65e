import { describe, expect, it } from 'vitest';
import type { OutputBundle, OutputChunk, PluginContext, NormalizedOutputOptions } from 'rollup';
import {
  EAGER_COMPILE_HINT,
  eagerCompileContentScripts,
  isContentScriptFile,
  withEagerCompileHint,
} from '../../../lib/build/eager-compile';

function chunk(fileName: string, code: string, mappings?: string): OutputChunk {
  return { type: 'chunk', fileName, code, map: mappings === undefined ? null : { mappings } } as unknown as OutputChunk;
}

function runPlugin(bundle: OutputBundle): void {
  const hook = eagerCompileContentScripts().generateBundle as {
    handler: (this: PluginContext, o: NormalizedOutputOptions, b: OutputBundle, w: boolean) => void;
  };
  hook.handler.call({} as PluginContext, {} as NormalizedOutputOptions, bundle, false);
}

describe('eager compile hint', () => {
  it('puts the hint on the first line and shifts the source map by one line', () => {
    expect(withEagerCompileHint('(function(){})();', 'AAAA;AACA')).toEqual({
      code: `${EAGER_COMPILE_HINT}\n(function(){})();`,
      mappings: ';AAAA;AACA',
    });
    expect(withEagerCompileHint('x', undefined)).toEqual({ code: `${EAGER_COMPILE_HINT}\nx`, mappings: undefined });
  });

  it('marks a script once, however often it is asked', () => {
    const once = withEagerCompileHint('x', 'AAAA');
    expect(withEagerCompileHint(once.code, once.mappings)).toEqual(once);
  });

  it('knows content scripts from every other output file', () => {
    expect(isContentScriptFile('content-scripts/linkedin.js')).toBe(true);
    expect(isContentScriptFile('content-scripts/gmail.js')).toBe(true);
    expect(isContentScriptFile('background.js')).toBe(false);
    expect(isContentScriptFile('chunks/sidepanel-abc.js')).toBe(false);
    expect(isContentScriptFile('content-scripts/linkedin.css')).toBe(false);
  });

  it('marks only the content-script chunks of a bundle', () => {
    const bundle = {
      a: chunk('content-scripts/gmail.js', '(function(){})();', 'AAAA'),
      b: chunk('background.js', 'var background=1;'),
      c: { type: 'asset', fileName: 'content-scripts/x.js.map', source: '{}' },
    } as unknown as OutputBundle;
    runPlugin(bundle);
    const gmail = bundle.a as OutputChunk;
    expect(gmail.code.split('\n')[0]).toBe(EAGER_COMPILE_HINT);
    expect(gmail.map?.mappings).toBe(';AAAA');
    expect((bundle.b as OutputChunk).code).toBe('var background=1;');
  });
});
