// Volume: run once, not instrumented for coverage (the "UTC, bulk" project of jest.config.js).
import { classify } from '../../src/classify';
import { defaultPolicy } from '../../src/policy/load-policy';

const policy = defaultPolicy();

describe('classify: long texts, in bulk', () => {
  it('does not overflow the stack on 5 MB of phrases', () => {
    const text = 'no calls, geen omweg, soms down. '.repeat(160_000);
    expect(() => classify({ text }, policy)).not.toThrow();
  });
});
