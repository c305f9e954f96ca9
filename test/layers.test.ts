import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every import and re-export of a file: what it names, and where from. */
const statements = (file: string): { names: string; from: string }[] =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s([^'";]*?)\sfrom\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    names: m[1] ?? '',
    from: m[2] ?? m[3]!,
  }));

const imports = (file: string): string[] => statements(file).map((s) => s.from);

const layerOf = (file: string): string => relative(SRC, file).split('/')[0]!;

/** The layer an import points at, seen from a file of `src/<layer>/`: the folder under `src/`, or the package for a bare name. */
function targetLayer(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const target = relative(SRC, join(file, '..', spec));
  return target.startsWith('..') ? `outside src: ${spec}` : target.split('/')[0]!;
}

/** The layers (and packages) the files of one layer import, other than their own. */
const importedLayers = (file: string): string[] =>
  imports(file)
    .map((spec) => targetLayer(file, spec))
    .filter((layer) => layer !== layerOf(file));

const filesOf = (...layers: string[]): [string, string][] =>
  sources(SRC)
    .filter((f) => layers.includes(layerOf(f)))
    .map((f) => [relative(SRC, f), f]);

/** No console, no process, no clock: what the pure layers are held to. */
const IMPURE = /\bprocess\.|\bconsole\.|new Date\(\)|Date\.now\(\)/;

describe('layers: imports run one way (errors <- core <- document <- io/policy/holidays/classify <- domain <- cli)', () => {
  it.each(filesOf('errors'))('%s imports nothing', (_name, file) => {
    expect(imports(file)).toEqual([]);
  });

  it.each(filesOf('core'))('%s is pure: no I/O, no process, no clock, only SlaError from outside the core', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    // Only sibling modules, the date libraries and the error class: no Node built-ins, no other layer.
    const outside = statements(file).filter(({ from }) => !from.startsWith('./') && !['date-fns', 'date-fns-tz'].includes(from));
    for (const { names, from } of outside) {
      expect(from).toBe('../errors/sla-error');
      // The class it throws, never the code list: usage codes belong to the layers that read flags.
      expect(names.replace(/\s+/g, ' ').trim()).toBe('{ SlaError }');
    }
    expect(text).not.toMatch(IMPURE);
    expect(text).not.toMatch(/['"]USAGE['"]/);
  });

  it.each(filesOf('document'))('%s validates documents: only the core and the errors, no I/O', (_name, file) => {
    expect(importedLayers(file).filter((layer) => !['core', 'errors'].includes(layer))).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toMatch(IMPURE);
  });

  it.each(filesOf('policy', 'holidays', 'io', 'classify'))('%s imports neither the domain nor the CLI', (_name, file) => {
    expect(importedLayers(file).filter((layer) => ['domain', 'cli'].includes(layer))).toEqual([]);
  });

  it.each(filesOf('domain'))('%s imports only the data layers, never the CLI, commander or the clock', (_name, file) => {
    const allowed = ['core', 'errors', 'document', 'io', 'policy', 'holidays', 'node:path'];
    expect(importedLayers(file).filter((layer) => !allowed.includes(layer))).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toMatch(IMPURE);
  });

  it.each(filesOf('lib', 'index.ts'))('%s, the library, is built on the layers below the CLI and never imports it', (_name, file) => {
    expect(importedLayers(file).filter((layer) => ['cli', 'commander', 'chalk', 'cli-table3'].includes(layer))).toEqual([]);
    // A library never prints; it may read the working directory, as `fs` does, when no folder is given.
    expect(readFileSync(file, 'utf8')).not.toMatch(/\bconsole\./);
  });

  it.each(filesOf('cli'))('%s leaves deadlines, statuses and schedules to the domain', (_name, file) => {
    // The arithmetic that judges a ticket, and the assembly of a schedule, are reached through src/domain only.
    const reached = statements(file)
      .filter(({ from }) => from.includes('/core/') || from.includes('/holidays/closures'))
      .flatMap(({ names }) => names.match(/\b(deadlineFor|slaStatus|businessTimeBetween|addBusinessTime|createSchedule|closureLookup)\b/g) ?? []);
    expect(reached).toEqual([]);
  });
});
