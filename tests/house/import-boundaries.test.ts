/**
 * Who may import what. Each room of lib/ runs in one place (see its README.md): page code in
 * web pages, where IndexedDB is the page's own and team notes must never be; build code in
 * Node; shared code everywhere. The compiler sees types (one tsconfig per room), not who
 * imports whom, so this reads every import and checks it against the rooms' rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

type Room = 'shared' | 'page' | 'corpus' | 'notes' | 'background' | 'app' | 'build';

/** The lib/ rooms each room may import, besides its own. */
const MAY_IMPORT: Record<Room, readonly Room[]> = {
  shared: [],
  page: ['shared'],
  corpus: ['shared'],
  notes: ['shared'],
  background: ['shared', 'corpus', 'notes'],
  app: ['shared', 'corpus', 'notes'],
  // The scan CLI reads HTML with the page's own visible-text rules (under happy-dom), so that
  // it finds what the extension highlights.
  build: ['shared', 'page'],
};

const NODE = /^node:|^(fs|path|os|child_process|crypto|url|util|net|http|https|stream|worker_threads)(\/|$)/;
const EXTENSION = /^(wxt|@wxt-dev|webextension-polyfill)(\/|$)/;
/** Packages that open storage or sockets of their own: wrong in a web page's world. */
const STORAGE_OR_SYNC = /^(dexie|y-indexeddb|@hocuspocus\/|yjs$|y-protocols)/;

/** Packages no room but the given ones may use. */
const FORBIDDEN_PACKAGES: Record<Room, readonly RegExp[]> = {
  shared: [NODE, EXTENSION, STORAGE_OR_SYNC],
  page: [NODE, EXTENSION, STORAGE_OR_SYNC],
  corpus: [NODE, EXTENSION],
  notes: [NODE, EXTENSION],
  background: [NODE, EXTENSION],
  app: [NODE, EXTENSION],
  build: [EXTENSION],
};

/** Entry points: which lib/ rooms the context they build may load. */
const ENTRYPOINT_ROOMS: Record<string, readonly Room[]> = {
  'in-page': ['page', 'shared'],
  'card-host': ['page', 'shared'],
  background: ['background', 'corpus', 'notes', 'shared'],
  popup: ['app', 'corpus', 'notes', 'shared'],
  sidepanel: ['app', 'corpus', 'notes', 'shared'],
  options: ['app', 'corpus', 'notes', 'shared'],
  welcome: ['app', 'corpus', 'notes', 'shared'],
  source: ['app', 'shared'],
};

const CODE = /\.(ts|tsx|mts)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name))
    .map((e) => relative('.', join(e.parentPath, e.name)))
    .sort();
}

/** Every module specifier a file names: static and type imports, re-exports, import(), vi.mock(). */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\b(?:import|require|vi\.mock|vi\.importActual)\s*\(\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The repository path a relative specifier points at, or the package name it names. */
function target(file: string, specifier: string): { path: string } | { pkg: string } {
  if (specifier.startsWith('.')) return { path: normalize(join(dirname(file), specifier)) };
  return { pkg: specifier };
}

function roomOf(path: string): Room | undefined {
  const m = /^lib\/([^/]+)(\/|$)/.exec(path);
  return m && m[1]! in MAY_IMPORT ? (m[1] as Room) : undefined;
}

interface Violation {
  file: string;
  specifier: string;
  why: string;
}

function check(files: string[], rule: (file: string, to: { path: string } | { pkg: string }) => string | undefined): Violation[] {
  const out: Violation[] = [];
  for (const file of files) {
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      const why = rule(file, target(file, specifier));
      if (why) out.push({ file, specifier, why });
    }
  }
  return out;
}

export function libRule(file: string, to: { path: string } | { pkg: string }): string | undefined {
  const room = roomOf(file)!;
  if ('pkg' in to) {
    const bad = FORBIDDEN_PACKAGES[room].find((p) => p.test(to.pkg));
    return bad ? `lib/${room} may not use ${to.pkg}` : undefined;
  }
  if (!to.path.startsWith('lib/')) return `lib/ may import only lib/ (and packages)`;
  const toRoom = roomOf(to.path);
  if (!toRoom) return `${to.path} is in no room of lib/`;
  if (toRoom === room || MAY_IMPORT[room].includes(toRoom)) return undefined;
  return `lib/${room} may not import lib/${toRoom}`;
}

const format = (v: Violation[]) => v.map((x) => `${x.file}: '${x.specifier}': ${x.why}`);

describe('import boundaries', () => {
  it('puts every file of lib/ in a room', () => {
    const loose = filesUnder('lib').filter((f) => !/^lib\/([^/]+)\//.test(f) || !roomOf(f));
    expect(loose).toEqual([]);
  });

  it('keeps each room of lib/ to what its runtime may load', () => {
    expect(format(check(filesUnder('lib'), libRule))).toEqual([]);
  });

  it('knows the context of every entry point', () => {
    const entrypoints = readdirSync('entrypoints', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(entrypoints.filter((name) => !(name in ENTRYPOINT_ROOMS))).toEqual([]);
  });

  it('lets each entry point load only the rooms of its context', () => {
    const violations = Object.entries(ENTRYPOINT_ROOMS).flatMap(([name, rooms]) =>
      check(filesUnder(`entrypoints/${name}`), (file, to) => {
        if ('pkg' in to) return NODE.test(to.pkg) ? `an extension context has no ${to.pkg}` : undefined;
        if (to.path.startsWith(`entrypoints/${name}/`) || to.path === `entrypoints/${name}`) return undefined;
        // Another entry point of the same runtime (the card host runs in the content script's world).
        const other = /^entrypoints\/([^/]+)/.exec(to.path)?.[1];
        if (other && ENTRYPOINT_ROOMS[other]?.every((r) => rooms.includes(r))) return undefined;
        const room = roomOf(to.path);
        if (room && rooms.includes(room)) return undefined;
        return `entrypoints/${name} may load only ${rooms.map((r) => `lib/${r}`).join(', ')}`;
      }),
    );
    expect(format(violations)).toEqual([]);
  });

  it('keeps the sync server to itself and lib/shared', () => {
    const violations = check(filesUnder('server'), (_file, to) => {
      if ('pkg' in to) return EXTENSION.test(to.pkg) ? `the server has no ${to.pkg}` : undefined;
      return to.path.startsWith('server/') || roomOf(to.path) === 'shared' ? undefined : 'server/ may import only server/ and lib/shared';
    });
    expect(format(violations)).toEqual([]);
  });

  it('has scripts and harnesses import no tests', () => {
    const violations = check([...filesUnder('scripts'), ...filesUnder('harness')], (_file, to) =>
      'path' in to && to.path.startsWith('tests/') ? 'tests/ are not imported: shared harnesses live in harness/' : undefined,
    );
    expect(format(violations)).toEqual([]);
  });

  it('has npm run typecheck check each runtime with its own tsconfig', () => {
    const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.typecheck!;
    const checked = [...script.matchAll(/tsc -p (\S+)/g)].map((m) => m[1]!.replace(/\/tsconfig\.json$/, ''));
    const rooms = readdirSync('lib', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `lib/${e.name}`);
    for (const dir of [...rooms, 'entrypoints', 'server']) {
      expect(readdirSync(dir), `${dir} has a tsconfig.json`).toContain('tsconfig.json');
      expect(checked, `npm run typecheck runs tsc -p ${dir}`).toContain(dir);
    }
  });

  it('catches what it is meant to catch', () => {
    const page = 'lib/page/selection/quote-selection.ts';
    expect(libRule(page, target(page, '../../notes/note-types'))).toBe('lib/page may not import lib/notes');
    expect(libRule(page, { pkg: 'node:fs' })).toBe('lib/page may not use node:fs');
    expect(libRule(page, { pkg: 'dexie' })).toBe('lib/page may not use dexie');
    expect(libRule(page, target(page, '../../shared/messages'))).toBeUndefined();
    const shared = 'lib/shared/messages.ts';
    expect(libRule(shared, target(shared, '../page/own-elements'))).toBe('lib/shared may not import lib/page');
    const build = 'lib/build/scan/report.ts';
    expect(libRule(build, { pkg: 'wxt/browser' })).toBe('lib/build may not use wxt/browser');
    expect(libRule(build, target(build, '../../notes'))).toBe('lib/build may not import lib/notes');
    const app = 'lib/app/popup/PopupApp.tsx';
    expect(libRule(app, target(app, '../../build/glossary/validate-entity'))).toBe('lib/app may not import lib/build');
    expect(libRule(app, target(app, '../../page/selection'))).toBe('lib/app may not import lib/page');
    expect(specifiersOf("import type { A } from './a';\nexport { b } from \"../b\";\nimport './c.css';\nconst d = await import('./d');")).toEqual(['./a', '../b', './c.css', './d']);
  });
});
