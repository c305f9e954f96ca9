import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The weights are built from the development part, never edited: a training from the corpus gives the same file.
describe('src/classify/model/weights.json', () => {
  it('is what a training on the development part writes', () => {
    const out = execFileSync(process.execPath, [join(__dirname, '..', '..', '..', 'scripts', 'train-classify-model.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/^weights\.json matches a training on \d+ development tickets/);
  }, 120_000);
});
