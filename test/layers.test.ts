import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const imports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('layers: imports run one way (core <- policy/holidays <- cli)', () => {
  const layerOf = (file: string): string => relative(SRC, file).split('/')[0]!;

  it.each(sources(join(SRC, 'core')).map((f) => [relative(SRC, f), f]))('%s is pure: no I/O, no process, no clock', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    // Only sibling modules and the date libraries: no Node built-ins, no other layer.
    expect(imports(file).filter((i) => !i.startsWith('./') && !['date-fns', 'date-fns-tz'].includes(i))).toEqual([]);
    expect(text).not.toMatch(/\bprocess\.|\bconsole\.|new Date\(\)|Date\.now\(\)/);
  });

  it.each(sources(SRC).filter((f) => ['policy', 'holidays', 'io', 'classify'].includes(layerOf(f))).map((f) => [relative(SRC, f), f]))(
    '%s does not import the CLI',
    (_name, file) => {
      expect(imports(file).filter((i) => i.includes('/cli/'))).toEqual([]);
    },
  );
});
