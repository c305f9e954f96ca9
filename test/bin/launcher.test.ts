import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

// bin/sla against copies of the build: the code cache is used only when it was made for these very
// bytes by this Node, a bad one only costs speed, and a missing build is one line and exit 3.
const ROOT = join(__dirname, '..', '..');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sla-launcher-'));
  mkdirSync(join(dir, 'bin'));
  cpSync(join(ROOT, 'bin', 'sla'), join(dir, 'bin', 'sla'));
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'holidays'), join(dir, 'holidays'), { recursive: true });
  for (const file of ['sla.js', 'sla.js.cache']) cpSync(join(ROOT, 'dist', file), join(dir, 'dist', file));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cacheFile = (): string => join(dir, 'dist', 'sla.js.cache');

/** Runs `sla --version` through the launcher's module, and says whether V8 was handed a cache and took it. */
function run(): { status: number | null; stdout: string; stderr: string; cache: 'accepted' | 'rejected' | 'not used' } {
  const probe = `process.argv = [process.execPath, 'bin/sla', '--version'];
    const { script } = require('./bin/sla');
    process.on('exit', () => process.stderr.write('cache:' + (script.cachedDataRejected === undefined ? 'not used' : script.cachedDataRejected ? 'rejected' : 'accepted')));`;
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  const [stderr = '', cache] = result.stderr.split('cache:');
  return { status: result.status, stdout: result.stdout, stderr, cache: cache as 'accepted' | 'rejected' | 'not used' };
}

const launch = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'sla'), ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000 });

describe('bin/sla: the code cache', () => {
  it('uses the cache the build wrote for this bundle and this Node: a header, a copy of the bundle, then V8 data', () => {
    const bundle = readFileSync(join(dir, 'dist', 'sla.js'));
    const cache = readFileSync(cacheFile());
    const header = `sla-code-cache 2 ${process.version} ${process.platform}-${process.arch} ${bundle.length}\n`;
    expect(cache.subarray(0, header.length).toString('latin1')).toBe(header);
    expect(cache.subarray(header.length, header.length + bundle.length).equals(bundle)).toBe(true);
    expect(run()).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '', cache: 'accepted' });
  });

  it('ignores a cache made for a bundle of the same length but other bytes, which V8 would take', () => {
    const bundle = readFileSync(join(dir, 'dist', 'sla.js'), 'latin1');
    const at = bundle.indexOf('0.1.0');
    const edited = at === -1 ? bundle.replace('output the version number', 'print the version number.') : `${bundle.slice(0, at)}9.9.9${bundle.slice(at + 5)}`;
    expect(edited.length).toBe(bundle.length);
    // V8 compares only the length: handed this cache, it would run the old bundle's code.
    const cache = readFileSync(cacheFile());
    const wrap = (source: string): string => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
    const v8Data = cache.subarray(cache.indexOf(0x0a) + 1 + bundle.length);
    expect(new Script(wrap(edited), { filename: join(dir, 'dist', 'sla.js'), cachedData: v8Data }).cachedDataRejected).toBe(false);
    writeFileSync(join(dir, 'dist', 'sla.js'), edited, 'latin1');
    expect(run()).toMatchObject({ status: 0, cache: 'not used' });
  });

  it('ignores a cache made by another Node', () => {
    const cache = readFileSync(cacheFile(), 'latin1');
    writeFileSync(cacheFile(), cache.replace(` ${process.version} `, ' v99.0.0 '), 'latin1');
    expect(run()).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '', cache: 'not used' });
  });

  it('ignores a cache made for another bundle', () => {
    writeFileSync(join(dir, 'dist', 'sla.js'), `${readFileSync(join(dir, 'dist', 'sla.js'), 'utf8')}// changed\n`);
    expect(run()).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '', cache: 'not used' });
  });

  it('runs without a cache, and with a corrupted one', () => {
    writeFileSync(cacheFile(), 'not a code cache');
    expect(run()).toMatchObject({ status: 0, stdout: `${VERSION}\n`, cache: 'not used' });
    rmSync(cacheFile());
    expect(run()).toMatchObject({ status: 0, stdout: `${VERSION}\n`, cache: 'not used' });
  });

  it('leaves it to V8 to reject cache data that matches the header but is damaged', () => {
    const cache = readFileSync(cacheFile());
    const body = cache.indexOf(0x0a) + 1 + readFileSync(join(dir, 'dist', 'sla.js')).length;
    cache.fill(0x5a, body + 16, body + 4096);
    writeFileSync(cacheFile(), cache);
    expect(run()).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '', cache: 'rejected' });
  });

  it('never writes into its folder', () => {
    rmSync(cacheFile());
    const before = readdirSync(join(dir, 'dist')).sort();
    const due = launch('deadline', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '1', '--plan', 'professional', '--json');
    expect([due.status, due.stderr, JSON.parse(due.stdout).deadline]).toEqual([0, '', '2025-06-02T13:00:00+02:00']);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(before);
  });
});

describe('bin/sla: a missing build', () => {
  it('says so in one line and exits 3 when dist/ is missing', () => {
    rmSync(join(dir, 'dist'), { recursive: true });
    const result = launch('--version');
    expect(result.stderr).toBe('sla: the build is missing (dist/sla.js): run npm run build\n');
    expect([result.status, result.stdout]).toEqual([3, '']);
  });

  it('says so in one line and exits 3 when the bundle cannot be read', () => {
    rmSync(join(dir, 'dist', 'sla.js'));
    mkdirSync(join(dir, 'dist', 'sla.js'));
    const result = launch('--version');
    expect(result.stderr).toBe('sla: the build cannot be read (EISDIR) (dist/sla.js): run npm run build\n');
    expect([result.status, result.stdout]).toEqual([3, '']);
  });
});
