import type { Plugin } from 'vite';
import { isContentScriptFile } from './eager-compile';

/**
 * Content scripts go through terser after esbuild's minification: 5-6 % smaller gzipped, and V8
 * parses and compiles them on every LinkedIn and Gmail load (issue 21). Only content scripts: terser
 * inlines zod's `const F = Function; new F("")` eval probe (in the worker and the panel) into what
 * addons-linter flags. `expression` and `negate_iife: false` keep `(function(){…})()` and its value:
 * scripting.executeScript gives back a file's completion value (main()'s result, WXT's "anonymous IIFE").
 */
export function terserContentScripts(enabled: boolean): Plugin {
  return {
    name: 'sidecar:terser-content-scripts',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        if (!enabled) return;
        const { minify } = await import('terser');
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !isContentScriptFile(chunk.fileName) || chunk.map) continue;
          const out = await minify(chunk.code, {
            ecma: 2020,
            compress: { passes: 2, negate_iife: false, expression: true },
            mangle: true,
          });
          if (out.code) chunk.code = out.code;
        }
      },
    },
  };
}
