// Volume: run once, not instrumented for coverage (the "UTC, bulk" project of jest.config.js).
import { ndjsonRecords, sla, slaJson } from './run-in-process';

type Json = Record<string, any>;

const lines = (text: string): Json[] => ndjsonRecords(text);

const batch = (input: string, ...args: string[]) => sla(['classify', '--input', '-', ...args], { input });

describe('sla classify --input streams', () => {
  it('reads 5 MB on standard input without overflowing, up to the 100,000-character bound', async () => {
    const c = await slaJson<{ priority: number; reasons: string[] }>(['classify', '-', '--json'], { input: 'Calls drop sometimes, no workaround. '.repeat(140_000) });
    expect(c.priority).toBe(2);
    expect(c.reasons).toContain('text cut at 100,000 characters: the rest was not read');
  });

  it('gives 20,000 records for 20,000 tickets, in order', async () => {
    const subjects = ['Calls drop', 'Phones down', 'How do I add a queue?', 'Staging is down', 'Exports are slow', 'Feature request: dark mode'];
    const bodies = ['About one call in ten drops.', 'Nobody can call, no workaround.', 'Where is the setting?', 'Our test environment fails.', 'It takes minutes, but works.', ''];
    let input = '';
    for (let i = 0; i < 20_000; i++) input += `${JSON.stringify({ id: `G-${i}`, subject: subjects[i % 6], body: bodies[(i * 7) % 6], requested: 1 + (i % 3) })}\n`;
    const r = await batch(input);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const records = lines(r.stdout);
    expect(records).toHaveLength(20_000);
    records.forEach((record, i) => {
      if (record.id !== `G-${i}` || typeof record.priority !== 'number') throw new Error(`record ${i} is ${JSON.stringify(record)}`);
    });
  }, 120_000);
});
