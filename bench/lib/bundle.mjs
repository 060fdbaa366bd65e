// The pure extractors as one IIFE for a page: esbuild (vite's own dependency), minified like the
// production build so the page runs the same kind of code the content script does.
import path from 'node:path';

/** Bundle `entry` source (TypeScript, may import '@/…') into a self-contained IIFE string. */
export async function bundleForPage(root, entry) {
  const { build } = await import('esbuild');
  const atAlias = {
    name: 'at-alias',
    setup(b) {
      // '@/x' is the repo root, as in .wxt/tsconfig.json; resolve it like a relative import.
      b.onResolve({ filter: /^@\// }, (args) =>
        b.resolve(`./${args.path.slice(2)}`, { resolveDir: root, kind: args.kind }),
      );
    },
  };
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    // Components (the list bench draws one) use Preact's automatic JSX runtime, as the build does.
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    plugins: [atAlias],
    absWorkingDir: path.resolve(root),
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
