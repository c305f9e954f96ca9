import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../run-sla';

// The scripts call `sla`: here a shell function that runs the built bin/sla, as an installed one would.
const BIN = join(ROOT, 'bin', 'sla');
const has = (shell: string): boolean => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** Runs a shell script, failing loudly on a non-zero exit. */
function shell(program: string, script: string): string {
  if (!existsSync(join(ROOT, 'dist', 'sla.js'))) throw new Error('dist/sla.js is missing: run `npm run build` first');
  const r = spawnSync(program, ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${program} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

describe('bash: the completion function, as a Tab calls it', () => {
  // Each case is the line's words (after `sla`), the last one being completed, and the candidates expected.
  const cases: [string[], string[]][] = [
    [['dead'], ['deadline']],
    [['deadline', '--pl'], ['--plan', '--plans']],
    [['deadline', '--plan', ''], ['basic', 'professional', 'advanced']],
    [['table', '--format', ''], ['table', 'json', 'csv', 'markdown']],
    [['policy', 'v'], ['validate']],
    [['holidays', '--calendar', 'd'], ['de', 'dk']],
  ];

  test.each([...cases])('sla %j', (words, expected) => {
    const line = ['sla', ...words].map(quote).join(' ');
    const out = shell(
      'bash',
      `sla() { ${quote(process.execPath)} ${quote(BIN)} "$@"; }
source <(sla completion bash)
COMP_WORDS=(${line}); COMP_CWORD=${words.length}
_sla_complete
printf '%s\\n' "\${COMPREPLY[@]}"`,
    );
    expect(out.trimEnd().split('\n')).toEqual(expected);
  });

  test('falls back to file names when there is no candidate', () => {
    const out = shell('bash', `sla() { ${quote(process.execPath)} ${quote(BIN)} "$@"; }\nsource <(sla completion bash)\ncomplete -p sla`);
    expect(out.trim()).toBe('complete -o default -F _sla_complete sla');
  });
});

(has('fish') ? describe : describe.skip)('fish: complete -C', () => {
  test('commands, flags and plans', () => {
    const out = shell(
      'fish',
      `function sla; ${quote(process.execPath)} ${quote(BIN)} $argv; end
sla completion fish | source
complete -C 'sla dead'; echo ---; complete -C 'sla deadline --pl'; echo ---; complete -C 'sla deadline --plan '`,
    );
    const [commands, flags, plans] = out.split('---\n').map((part) => part.trimEnd().split('\n').map((l) => l.split('\t')[0]));
    expect(commands).toEqual(['deadline']);
    expect(flags).toEqual(['--plan', '--plans']);
    expect(plans).toEqual(['advanced', 'basic', 'professional'].sort());
  });
});
