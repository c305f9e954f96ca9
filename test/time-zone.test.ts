// jest.config.js runs the suite in more than one zone (test/support/time-zone-environment.js):
// a zone that did not take would make the second run repeat the first and prove nothing.
describe('the test run', () => {
  it("runs in its project's time zone, for dates and for Intl alike", () => {
    const zone = process.env.TZ!;
    const at = new Date('2025-01-15T12:34:00Z');
    const wall = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
    const part = (type: string): number => Number(wall.find((p) => p.type === type)!.value);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect([at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()]).toEqual(['year', 'month', 'day', 'hour', 'minute'].map(part));
  });
});
