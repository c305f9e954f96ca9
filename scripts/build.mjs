// Bundles the CLI into one CommonJS file so that start-up loads a single module, bundles the
// library (CommonJS, with an ES module entry over it) and its declarations, then records V8's
// code cache for the CLI by running one typical command.
import { spawnSync } from 'node:child_process';
import { createRequire, isBuiltin } from 'node:module';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

// A build whose inputs are those the last build read, on the same Node, is skipped: `npm ci` runs
// this script as `prepare`, and `npm test` then needs no second build of the same files.
// `--force` builds anyway.
const INPUTS = ['src', 'holidays', 'bin/sla', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/build-man.mjs'];
const OUTPUTS = ['dist/sla.js', 'dist/sla.js.cache', 'dist/snowball-stemmers.js', 'dist/sla-batch-worker.js', 'dist/lib/index.cjs', 'dist/lib/index.mjs', 'dist/types/index.d.ts', 'dist/types/index.d.mts', 'man/sla.1'];
const STAMP = 'dist/.inputs';
const filesUnder = (path) => (statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name))) : [path]);
const digest = (() => {
  const hash = createHash('sha256');
  // The code cache and the zone snapshot belong to this Node, its V8 and its time-zone data.
  hash.update(JSON.stringify([process.version, process.versions.v8, process.versions.tz, process.versions.icu]));
  for (const file of INPUTS.filter(existsSync).flatMap(filesUnder)) hash.update(`\0${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
})();
if (!process.argv.includes('--force') && OUTPUTS.every(existsSync) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) {
  console.log('sla build: dist/ is up to date with its inputs (npm run build -- --force builds anyway)');
  process.exit(0);
}
rmSync(STAMP, { force: true });

// The stemmers (for classifying only) are most of the code by size: they go in a file of their
// own, dist/snowball-stemmers.js, loaded on a classifier's first stem, so that nothing else parses
// them. The package still has no runtime dependency: the file ships in dist/.
const STEMMERS = 'snowball-stemmers';
const stemmersAt = (relative) => ({
  name: 'stemmers-beside-the-bundle',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${STEMMERS}$`) }, () => ({ path: relative, external: true }));
  },
});

// What the bundle must carry, so that the package needs no runtime dependency (chalk is required
// only when colouring, and cli-table3 only for `sla table`: a plain require still bundles them).
const CARRIED = ['chalk', 'cli-table3', 'commander', 'date-fns'];

/** The modules a bundle still requires at run time that are neither Node's own nor the stemmers file. */
function leftToRequire(file) {
  const required = [...readFileSync(file, 'utf8').matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
  return [...new Set(required)].filter((spec) => !isBuiltin(spec) && !spec.endsWith(`${STEMMERS}.js`));
}

// Start-up: Node built-ins that few runs use (commander's child_process, for subcommands that are
// programs of their own; the batch's worker threads; tty, which loads net, when no descriptor is a
// terminal) are loaded on first use, not as the bundle starts. Each becomes a module of getters
// over the real one, with the names this Node exports.
const LAZY_BUILTINS = /^(?:node:)?(child_process|os|tty|worker_threads)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: LAZY_BUILTINS }, (args) => (args.namespace === 'lazy-builtin' ? undefined : { path: LAZY_BUILTINS.exec(args.path)[1], namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, ({ path }) => {
      const getters = Object.keys(require(`node:${path}`)).map((name) => `get ${name}() { return load().${name}; }`);
      return { contents: `let real;\nconst load = () => (real ??= require('node:${path}'));\nmodule.exports = { ${getters.join(', ')} };\n`, loader: 'js' };
    });
  },
};

/**
 * Escapes the non-ASCII characters esbuild leaves in a bundle (in regular expressions and
 * comments) as `\uXXXX`, which means the same there (a pair of escapes for a surrogate pair):
 * bin/sla decodes an ASCII bundle as latin1, several times faster than UTF-8.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // A backslash before the character (an identity escape, as in /\…/) gives way to the escape's own.
  const ascii = text.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, c) => `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', logLevel: 'warning' };
// Declarations of files since removed must not linger; the CLI's files are overwritten in place.
for (const old of ['dist/types', 'dist/lib']) rmSync(old, { recursive: true, force: true });

// Start-up: the built-in policy's zone, written down from this Node's Intl for every instant the
// core may read (years 1000 to 9999 fold into 1000 to 2500), goes into the bundle in place of
// src/cli/zone-snapshot.ts; the CLI uses it when its Node has the same time-zone data.
const { outputFiles: [snapshotCode] } = await build({
  ...common,
  write: false,
  stdin: { contents: "export { takeZoneSnapshot } from './src/core/zone'; export { tzdataOf } from './src/cli/zone-snapshot'; export { default as policy } from './src/policy/default-policy.json';", resolveDir: '.', loader: 'ts' },
});
const snapshotModule = { exports: {} };
new Function('module', 'exports', 'require', snapshotCode.text)(snapshotModule, snapshotModule.exports, require);
const { takeZoneSnapshot, tzdataOf, policy } = snapshotModule.exports;
const builtZoneSnapshot = { tzdata: tzdataOf(process.versions), snapshot: takeZoneSnapshot(policy.timezone, Date.UTC(999, 11, 1), Date.UTC(2500, 1, 1)) };
const zoneSnapshotInBundle = {
  name: 'built-zone-snapshot',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]zone-snapshot\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      // JSON.parse of a string: less for V8 to compile and cache than the same object as a literal.
      const contents = source.replace(/(BUILT_ZONE_SNAPSHOT: [^=]+= )undefined;/, (_, declared) => `${declared}JSON.parse(${JSON.stringify(JSON.stringify(builtZoneSnapshot))});`);
      if (contents === source) throw new Error(`sla build: ${path} no longer declares BUILT_ZONE_SNAPSHOT = undefined`);
      return { contents, loader: 'ts' };
    });
  },
};
const cli = await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/sla.js', plugins: [stemmersAt(`./${STEMMERS}.js`), lazyBuiltins, zoneSnapshotInBundle], metafile: true });
asciiOnly('dist/sla.js');
const missing = CARRIED.filter((pkg) => !Object.keys(cli.metafile.inputs).some((input) => input.startsWith(`node_modules/${pkg}/`)));
if (missing.length) throw new Error(`sla build: the bundle does not carry ${missing.join(', ')}`);
const outside = leftToRequire('dist/sla.js');
if (outside.length) throw new Error(`sla build: the bundle requires ${outside.join(', ')} at run time`);
await build({ ...common, entryPoints: [STEMMERS], outfile: `dist/${STEMMERS}.js`, minify: true });
// The worker thread of a large `sla deadline --input` (src/cli/batch/batch-threads.ts looks for it beside the bundle).
await build({ ...common, entryPoints: ['src/cli/batch/batch-worker.ts'], outfile: 'dist/sla-batch-worker.js' });
if (leftToRequire('dist/sla-batch-worker.js').length) throw new Error(`sla build: the batch worker requires ${leftToRequire('dist/sla-batch-worker.js').join(', ')} at run time`);
await import('./build-man.mjs'); // man/sla.1, from the same option definitions

// The library: one CommonJS bundle, and an ES module that re-exports it, so that `import` and
// `require` share one copy of the engine (one SlaError class, one day cache per schedule).
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib/index.cjs', plugins: [stemmersAt(`../${STEMMERS}.js`)] });
if (leftToRequire('dist/lib/index.cjs').length) throw new Error(`sla build: the library requires ${leftToRequire('dist/lib/index.cjs').join(', ')} at run time`);
const names = Object.keys(require('../dist/lib/index.cjs')).sort();
writeFileSync(
  'dist/lib/index.mjs',
  [
    "import { createRequire } from 'node:module';",
    "const lib = createRequire(import.meta.url)('./index.cjs');",
    `export const { ${names.join(', ')} } = lib;`,
    '',
  ].join('\n'),
);

// Declarations for both entries: index.d.ts describes the CommonJS one, index.d.mts the ES module over it.
const tsc = spawnSync(
  process.execPath,
  [
    require.resolve('typescript/bin/tsc'),
    'src/index.ts',
    ...['--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types', '--rootDir', 'src'],
    ...['--target', 'ES2022', '--module', 'commonjs', '--moduleResolution', 'node', '--lib', 'ES2022', '--types', 'node'],
    ...['--strict', '--esModuleInterop', '--resolveJsonModule', '--skipLibCheck', '--stripInternal'],
  ],
  { encoding: 'utf8' },
);
if (tsc.status !== 0) throw new Error(`sla build: declarations failed:\n${tsc.stdout}${tsc.stderr}`);
mkdirSync('dist/types', { recursive: true });
writeFileSync('dist/types/index.d.mts', "export * from './index.js';\n");

// The code cache: bin/sla loads the bundle and runs typical commands one after the other (a
// deadline whose status at the clock's now spans years, then the table), each compiling what it
// needs into the same script, and the cache is taken at exit, behind the header and the copy of
// the bundle that key it to these bytes and this Node (bin/sla's cacheOf).
const WARM_RUNS = [
  ['deadline', '--opened', '2025-06-02T10:00:00+02:00', '--priority', '2', '--json'],
  ['table', '--json'],
];
const warm = spawnSync(
  process.execPath,
  [
    '-e',
    `const runs = ${JSON.stringify(WARM_RUNS)};
     process.argv = [process.execPath, 'bin/sla', ...runs.shift()];
     const launcher = require('./bin/sla');
     const { dirname, resolve } = require('node:path');
     process.on('beforeExit', () => {
       if (runs.length === 0) return;
       process.argv = [process.execPath, 'bin/sla', ...runs.shift()];
       const file = resolve('dist/sla.js');
       const mod = { exports: {} };
       launcher.script.runInThisContext()(mod.exports, require('node:module').createRequire(file), mod, file, dirname(file));
     });
     process.once('exit', () => require('node:fs').writeFileSync('dist/sla.js.cache', launcher.cacheOf(launcher.script.createCachedData())));`,
  ],
  { encoding: 'utf8' },
);
if (warm.status !== 0) {
  // The cache only speeds start-up: without it the CLI works the same.
  console.warn(`sla build: no code cache written (${warm.stderr.trim() || `exit ${warm.status}`})`);
}

// Only a build that went through to its end vouches for dist/.
writeFileSync(STAMP, digest);
