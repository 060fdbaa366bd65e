import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The import rules of STYLE.md ("Import direction"), checked on the source text.
const ROOT = path.resolve(__dirname, '../..');

function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return readdirSync(abs).flatMap((f) => {
    const p = path.join(abs, f);
    return statSync(p).isDirectory() ? filesUnder(path.join(dir, f)) : /\.tsx?$/.test(f) ? [path.join(dir, f)] : [];
  });
}

interface Import {
  spec: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const src = readFileSync(path.join(ROOT, file), 'utf8');
  return [...src.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    spec: m[3]!,
    typeOnly: Boolean(m[2]),
  }));
}

/** Resolve a relative or `@/` import to a repo path (no extension), or keep a package name. */
function target(file: string, spec: string): string {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.normalize(path.join(path.dirname(file), spec));
  return spec;
}

/** Whether a value import of this module brings zod into a bundle, directly or through its imports. */
function pullsZod(mod: string, seen = new Set<string>()): boolean {
  if (mod === 'zod') return true;
  if (!mod.startsWith('lib/') && !mod.startsWith('components/')) return false;
  if (seen.has(mod)) return false;
  seen.add(mod);
  const file = ['.ts', '.tsx', '/index.ts']
    .map((ext) => `${mod}${ext}`)
    .find((f) => {
      try {
        return statSync(path.join(ROOT, f)).isFile();
      } catch {
        return false;
      }
    });
  if (!file) return false;
  return importsOf(file).some(({ spec, typeOnly }) => !typeOnly && pullsZod(target(file, spec), seen));
}

describe('architecture', () => {
  it('lib/domain is pure: only zod, date libraries and other domain files', () => {
    const allowed = ['zod', 'date-fns', '@date-fns/tz'];
    for (const file of filesUnder('lib/domain')) {
      for (const { spec } of importsOf(file)) {
        const t = target(file, spec);
        expect(
          t.startsWith('lib/domain') || allowed.some((a) => t === a || t.startsWith(`${a}/`)),
          `${file} imports ${spec}`,
        ).toBe(true);
      }
    }
  });

  it('site adapters never touch the database and bundle no zod (even through the domain)', () => {
    for (const file of filesUnder('lib/sites')) {
      for (const { spec, typeOnly } of importsOf(file)) {
        const t = target(file, spec);
        expect(t.startsWith('lib/db') || t === 'dexie', `${file} imports ${spec}`).toBe(false);
        if (!typeOnly) expect(pullsZod(t), `${file} value-imports ${spec}, which brings zod`).toBe(false);
      }
    }
  });

  it('db and messaging depend on the domain, never on sites, panel or components', () => {
    for (const file of [...filesUnder('lib/db'), ...filesUnder('lib/messaging')]) {
      for (const { spec } of importsOf(file)) {
        const t = target(file, spec);
        expect(/^(lib\/(sites|panel)|components|entrypoints)/.test(t), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('use-cases (lib/worker) sit between handlers and repositories: nothing below or beside them imports them', () => {
    for (const file of filesUnder('lib/worker')) {
      for (const { spec } of importsOf(file)) {
        const t = target(file, spec);
        expect(/^(lib\/(sites|panel)|components|entrypoints)/.test(t), `${file} imports ${spec}`).toBe(false);
      }
    }
    for (const file of [
      ...filesUnder('lib/db'),
      ...filesUnder('lib/domain'),
      ...filesUnder('lib/panel'),
      ...filesUnder('components'),
    ]) {
      for (const { spec } of importsOf(file)) {
        expect(target(file, spec).startsWith('lib/worker'), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('the side panel writes only through messages: components never import repositories', () => {
    for (const file of [...filesUnder('components'), ...filesUnder('entrypoints/sidepanel')]) {
      for (const { spec } of importsOf(file)) {
        expect(target(file, spec).startsWith('lib/db/repositories'), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('entrypoints only wire things together', () => {
    for (const file of filesUnder('entrypoints').filter((f) => !f.includes('sidepanel') && !f.includes('options'))) {
      const src = readFileSync(path.join(ROOT, file), 'utf8');
      expect(/\b(if|switch|for|while)\s*\(/.test(src), `${file} has control flow`).toBe(false);
    }
  });

  it('no import cycle anywhere in lib/ or components/, type-only imports included', () => {
    const files = [...filesUnder('lib'), ...filesUnder('components')];
    const known = new Map(files.map((f) => [f.replace(/\.tsx?$/, ''), f]));
    const edges = (file: string) =>
      importsOf(file)
        .map(({ spec }) => known.get(target(file, spec)) ?? known.get(`${target(file, spec)}/index`))
        .filter((f): f is string => f !== undefined);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of edges(file)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('no file in lib/sites is over 150 lines', () => {
    for (const file of filesUnder('lib/sites')) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      expect(lines, file).toBeLessThanOrEqual(150);
    }
  });
});
