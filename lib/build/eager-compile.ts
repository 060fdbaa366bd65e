import type { Plugin } from 'vite';

// V8 compiles a function lazily: it pre-parses the whole script, then parses each function again
// and compiles it the first time it runs. Chrome keeps no code cache for content scripts, so every
// page load pays that twice-parse for every function on the first path, on the page's main thread.
// Measured per LinkedIn profile load (trace events' thread time, bench/README.md "Main-thread time"),
// lazily compiling ~120 functions cost more than compiling the whole 43 kB script at once: with the
// file marked, a load's thread time fell from 10.6–10.9 to 9.2–9.3 ms (search 11.4 → 10.2, Gmail
// 9.3–9.4 → 8.8–9.0). Chrome 136+ reads this magic comment only on a script's first line; other
// engines see a comment.
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Whether an output file is a content script, the only scripts that run inside Gmail and LinkedIn. */
export function isContentScriptFile(fileName: string): boolean {
  return /^content-scripts\/[^/]+\.js$/.test(fileName);
}

/** `code` with the hint as its first line, and a source map shifted down by that line. */
export function withEagerCompileHint(
  code: string,
  mappings: string | undefined,
): { code: string; mappings: string | undefined } {
  if (code.startsWith(EAGER_COMPILE_HINT)) return { code, mappings };
  return { code: `${EAGER_COMPILE_HINT}\n${code}`, mappings: mappings === undefined ? undefined : `;${mappings}` };
}

/**
 * Marks each content script for eager compilation. It runs in generateBundle, after minification
 * (which would drop a comment added earlier), and in that hook's 'post' order, after WXT's own
 * rewrites of the same chunk (its anonymous-IIFE rewrite only matches at the start of the code).
 */
export function eagerCompileContentScripts(): Plugin {
  return {
    name: 'sidecar:eager-compile-content-scripts',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !isContentScriptFile(chunk.fileName)) continue;
          const marked = withEagerCompileHint(chunk.code, chunk.map?.mappings);
          chunk.code = marked.code;
          if (chunk.map && marked.mappings !== undefined) chunk.map.mappings = marked.mappings;
        }
      },
    },
  };
}
