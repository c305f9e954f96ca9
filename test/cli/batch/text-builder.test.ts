import { TextBuilder, type BytesPart } from '../../../src/cli/batch/text-builder';

/** The text of ASCII bytes handed over by a builder. */
const bytesText = (part: BytesPart): string => Buffer.from(part.buffer, 0, part.length).toString('latin1');

describe('TextBuilder', () => {
  it('gathers ASCII text in order', () => {
    const out = new TextBuilder();
    out.ascii('{"a":');
    out.ascii('1}');
    expect(out.take()).toBe('{"a":1}');
  });

  it('keeps text past ASCII in its place between ASCII text', () => {
    const out = new TextBuilder();
    out.ascii('a');
    out.text('é😀');
    out.text('b');
    out.keep('ü');
    out.ascii('c');
    expect(out.take()).toBe('aé😀büc');
  });

  it('counts the characters gathered, and is empty once taken', () => {
    const out = new TextBuilder();
    out.ascii('abc');
    out.text('é');
    expect(out.length).toBe(4);
    out.take();
    expect(out.length).toBe(0);
    expect(out.take()).toBe('');
  });

  it('appends ASCII text given as bytes, growing when it must', () => {
    const out = new TextBuilder();
    out.ascii('a');
    out.asciiBytes(Uint8Array.from('bc', (c) => c.charCodeAt(0)));
    out.asciiBytes(new Uint8Array(40_000).fill(0x78));
    expect(out.take()).toBe(`abc${'x'.repeat(40_000)}`);
  });

  it('writes two digits, with a leading zero', () => {
    const out = new TextBuilder();
    out.digits2(7);
    out.digits2(42);
    expect(out.take()).toBe('0742');
  });

  it('writes a plain ASCII string as a JSON string', () => {
    const out = new TextBuilder();
    expect(out.plainJsonString('T-1')).toBe(true);
    expect(out.take()).toBe('"T-1"');
  });

  it.each([['say "hi"'], ['back\\slash'], ['tab\there'], ['é'], ['\ud800']])('writes nothing for %j, which needs an escape or is not ASCII', (text) => {
    const out = new TextBuilder();
    out.ascii('x');
    expect(out.plainJsonString(text)).toBe(false);
    expect(out.take()).toBe('x');
  });

  it('grows past its first size and past the most it gathers at once, losing nothing', () => {
    const out = new TextBuilder();
    const piece = 'abcdefghij'.repeat(1000);
    let expected = '';
    for (let i = 0; i < 300; i++) {
      out.ascii(piece);
      expected += piece;
      if (i % 50 === 0) {
        out.text('é');
        expected += 'é';
      }
    }
    out.ascii('x'.repeat(3 << 20));
    expected += 'x'.repeat(3 << 20);
    expect(out.take() === expected).toBe(true);
  });

  it('hands ASCII text over as bytes in a buffer of their own', () => {
    const out = new TextBuilder();
    out.ascii('{"a":1}\n');
    const parts = out.takeParts();
    expect(parts.map((part) => (typeof part === 'string' ? part : bytesText(part)))).toEqual(['{"a":1}\n']);
    expect(out.length).toBe(0);
  });

  it('hands text over in a spare buffer when it is large enough, and in a new one when not', () => {
    const spare = new ArrayBuffer(4);
    const out = new TextBuilder();
    out.ascii('abc');
    const [small] = out.takeParts(spare);
    expect(typeof small === 'object' && small.buffer).toBe(spare);
    out.ascii('abcdef');
    const [large] = out.takeParts(spare);
    expect(typeof large === 'object' && large.buffer !== spare && bytesText(large)).toBe('abcdef');
  });

  it('hands text past ASCII over as text, in order', () => {
    const out = new TextBuilder();
    out.ascii('a');
    out.text('é');
    out.ascii('b');
    expect(out.takeParts()).toEqual(['aéb']);
  });

  it('hands nothing over when nothing was gathered', () => {
    expect(new TextBuilder().takeParts()).toEqual([]);
  });
});
