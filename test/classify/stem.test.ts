describe('stem', () => {
  it('gives Snowball stems in English and Dutch', () => {
    const { stem } = require('../../src/classify/stem') as typeof import('../../src/classify/stem');
    expect([stem('dropped', 'en'), stem('callers', 'en'), stem('gesprekken', 'nl'), stem('storingen', 'nl')]).toEqual(['drop', 'caller', 'gesprek', 'storing']);
  });

  it('loads the stemmer on the first stem, not when the classifier is imported', () => {
    jest.isolateModules(() => {
      const loaded = jest.fn();
      jest.doMock('snowball-stemmers', () => {
        loaded();
        return jest.requireActual('snowball-stemmers');
      });
      require('../../src/classify');
      expect(loaded).not.toHaveBeenCalled();
      (require('../../src/classify/stem') as typeof import('../../src/classify/stem')).stem('calls', 'en');
      expect(loaded).toHaveBeenCalledTimes(1);
    });
  });
});
