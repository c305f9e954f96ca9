import { pathLabel } from '../../src/io/path-label';

describe('pathLabel', () => {
  it.each(['./acme.json', '../team/closures.json', '/etc/sla/acme.json', 'Acme closures 2026.json'])('keeps the ordinary path %j as written', (path) => {
    expect(pathLabel(path)).toBe(path);
  });

  it.each([
    ['a\nb.json', '"a\\nb.json"'],
    ['say "hi".json', '"say \\"hi\\".json"'],
    ['x\u0007.json', '"x\\u0007.json"'],
  ])('quotes %j, which would break the line of a message', (path, label) => {
    expect(pathLabel(path)).toBe(label);
  });

  it('cuts a very long path', () => {
    expect(pathLabel('a'.repeat(100_000))).toMatch(/^"a{60}…" \(100000 characters\)$/);
  });
});
