const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync: babelTransform } = require('@babel/core');
const istanbul = require('babel-plugin-istanbul').default;
const { transformSync, version } = require('esbuild');

// Jest runs each test file in a `vm` context, where every read of a global name
// (`Math.floor` in the core's day arithmetic) goes through the context's property
// interceptor: in a hot loop that is dozens of times slower than in a plain
// process. Reading the built-ins once, into the module's own constants, gives
// the same objects at local-variable speed. `Date` is left global on purpose:
// jest's fake timers replace it after the modules are loaded.
const BUILT_INS = ['Math', 'Number', 'String', 'Object', 'Array', 'Map', 'Set', 'JSON', 'Intl', 'RegExp'];
const BANNER = `const { ${BUILT_INS.join(', ')} } = globalThis;`;
// The packages from node_modules that come through here (date-holidays and the date libraries it
// computes with, the reference the shipped calendars are compared with) make a `Date` for every day
// they look at, and no test pins their clock: for them `Date` is read once too.
const PACKAGE_BANNER = `const { ${[...BUILT_INS, 'Date', 'Function', 'Boolean', 'Symbol', 'parseInt', 'parseFloat', 'isNaN'].join(', ')} } = globalThis;`;

/**
 * Jest's transform for TypeScript and for the ESM-only packages the tests load
 * (chalk): esbuild strips types and turns `import`/`export` into CommonJS, one
 * file at a time, with a source map for coverage. Types are checked once, by
 * `npm run typecheck`, so the transform only has to be fast.
 *
 * @example
 * // jest.config.js
 * { transform: { '^.+\\.[tj]s$': '<rootDir>/test/support/esbuild-transform.js' } }
 */
const OPTIONS = {
  format: 'cjs',
  target: 'node20',
  platform: 'node',
  sourcemap: 'external',
  sourcesContent: false,
  banner: BANNER,
  // `import()` as `require`: jest's CommonJS runtime takes no dynamic import without a Node flag.
  supported: { 'dynamic-import': false },
};

/**
 * Coverage counters put into the TypeScript source itself, before esbuild strips the types, with
 * its lines kept: the counters then point at the lines of the source file as written, and the
 * coverage data needs no source map. Jest would instrument esbuild's output and carry its source
 * map in every file's coverage data, which each test file copies and sends to the main process
 * (two thirds of the data, for every module a CLI test loads).
 */
function instrumented(source, filename, rootDir) {
  return babelTransform(source, {
    filename,
    babelrc: false,
    configFile: false,
    retainLines: true,
    compact: false,
    sourceMaps: false,
    parserOpts: { plugins: filename.endsWith('.ts') ? ['typescript'] : [] },
    // As jest configures it, but for the source map, which is not needed.
    plugins: [[istanbul, { cwd: rootDir, exclude: [], extension: false, useInlineSourceMaps: false }]],
  }).code;
}

// What the output depends on besides the file: this transform's own code and the tools' versions.
const TRANSFORM_KEY = [
  readFileSync(__filename, 'utf8'),
  version,
  require('@babel/core/package.json').version,
  require('babel-plugin-istanbul/package.json').version,
  JSON.stringify(OPTIONS),
].join('\0');

module.exports = {
  canInstrument: true,
  process(source, filename, options) {
    const input = options.instrument ? instrumented(source, filename, options.config.rootDir) : source;
    const banner = filename.includes('/node_modules/') ? PACKAGE_BANNER : BANNER;
    const result = transformSync(input, { ...OPTIONS, banner, loader: filename.endsWith('.ts') ? 'ts' : 'js', sourcefile: filename });
    return { code: result.code, map: result.map };
  },
  // Jest caches what it stores after instrumenting for coverage, so whether it
  // instruments, and the project's configuration, are part of the key.
  getCacheKey(source, filename, options) {
    return createHash('sha256')
      .update([TRANSFORM_KEY, String(options.instrument), options.configString, filename, source].join('\0'))
      .digest('hex');
  },
};
