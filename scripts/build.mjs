// Bundles the CLI into one CommonJS file so that start-up loads a single module, bundles the
// library (CommonJS, with an ES module entry over it) and its declarations, then records V8's
// code cache for the CLI by running one typical command.
import { spawnSync } from 'node:child_process';
import { createRequire, isBuiltin } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

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

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', legalComments: 'none', logLevel: 'warning' };
// Declarations of files since removed must not linger; the CLI's files are overwritten in place.
for (const old of ['dist/types', 'dist/lib']) rmSync(old, { recursive: true, force: true });
const cli = await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/sla.js', plugins: [stemmersAt(`./${STEMMERS}.js`)], metafile: true });
const missing = CARRIED.filter((pkg) => !Object.keys(cli.metafile.inputs).some((input) => input.startsWith(`node_modules/${pkg}/`)));
if (missing.length) throw new Error(`sla build: the bundle does not carry ${missing.join(', ')}`);
const outside = leftToRequire('dist/sla.js');
if (outside.length) throw new Error(`sla build: the bundle requires ${outside.join(', ')} at run time`);
await build({ ...common, entryPoints: [STEMMERS], outfile: `dist/${STEMMERS}.js`, minify: true });
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

// The code cache: bin/sla loads the bundle, this run's command compiles what a typical run needs,
// and the cache is taken at exit, behind the header that keys it to this bundle and this Node.
const warm = spawnSync(
  process.execPath,
  [
    '-e',
    `process.argv = [process.execPath, 'bin/sla', ...${JSON.stringify(['deadline', '--opened', '2025-06-02T10:00:00+02:00', '--now', '2025-06-02T11:00:00+02:00', '--priority', '2', '--json'])}];
     const launcher = require('./bin/sla');
     process.once('exit', () => require('node:fs').writeFileSync('dist/sla.js.cache', Buffer.concat([Buffer.from(launcher.header, 'latin1'), launcher.script.createCachedData()])));`,
  ],
  { encoding: 'utf8' },
);
if (warm.status !== 0) {
  // The cache only speeds start-up: without it the CLI works the same.
  console.warn(`sla build: no code cache written (${warm.stderr.trim() || `exit ${warm.status}`})`);
}
