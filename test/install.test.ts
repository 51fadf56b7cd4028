/**
 * Usable outside the clone: the engines every installed package declares match what package.json promises
 * (no EBADENGINE warning on install), and a global install gives a `workreport` command that works in any folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });

describe('installing workreport', () => {
  it('promises a Node version that every locked package accepts (npm warns EBADENGINE otherwise)', () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => !Array.isArray(p.engines) && p.engines?.node !== undefined && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name} ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  it.skipIf(npm.status !== 0)('npm install -g from the clone gives a workreport command that works in another folder', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'wr-global-'));
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--ignore-scripts', ROOT], { encoding: 'utf8', timeout: 120_000 });
    expect(install.status).toBe(0);
    expect(install.stderr).not.toMatch(/warn|ERR/i);
    const elsewhere = mkdtempSync(join(tmpdir(), 'wr-elsewhere-'));
    writeFileSync(join(elsewhere, '初稿.txt'), '一、总体情况\n全年召开XX次会议。\n');
    const run = spawnSync(join(prefix, 'bin', 'workreport'), ['check', '初稿.txt', '--format', 'unix'], { cwd: elsewhere, encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 1, stderr: '', stdout: '初稿.txt:2:5: error: 未填写的占位符“XX”（数量）：此处应填写具体数字 [placeholder/letter-mask]\n',
    });
  });
});

describe('the launcher, bin/workreport.js', () => {
  it('says to build, with exit 2, when dist/ is missing (an install that skipped its scripts)', () => {
    const place = mkdtempSync(join(tmpdir(), 'wr-launcher-'));
    mkdirSync(join(place, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'workreport.js'), join(place, 'bin', 'workreport.js'));
    const run = spawnSync(process.execPath, [join(place, 'bin', 'workreport.js'), 'check', '.'], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([2, 'workreport: not built yet (no dist/cli/main.js): run npm run build in the project folder\n']);
  });
});
