import { stripThread } from '../../src/classify/strip-thread';

const NEW = 'Subject line\nHi,\n\nNobody can make calls since 9:00.';

describe('stripThread: keeps the customer words', () => {
  it('keeps a text without any thread marker as it is', () => {
    expect(stripThread(NEW)).toBe(NEW);
  });

  it('keeps the subject line even when it reads like a closing', () => {
    expect(stripThread('Thanks\nCalls are down since 9:00.')).toBe('Thanks\nCalls are down since 9:00.');
  });

  it('keeps a sentence that only starts like a closing', () => {
    expect(stripThread(`${NEW}\nThanks for the quick reply, but it is back.`)).toBe(`${NEW}\nThanks for the quick reply, but it is back.`);
  });

  it('keeps the answer written under a quote (bottom posting)', () => {
    expect(stripThread('Re: calls\n> Did the restart help?\nNo, nothing works.')).toBe('Re: calls\nNo, nothing works.');
  });
});

describe('stripThread: drops quoted replies', () => {
  it('drops lines quoted with ">"', () => {
    expect(stripThread(`${NEW}\n> You could restart the app as a workaround\n>> older`)).toBe(NEW);
  });

  it('drops everything from an English "On ... wrote:" line', () => {
    expect(stripThread(`${NEW}\n\nOn Mon, 3 Mar 2025 at 10:12, Support <s@example.com> wrote:\nAs a workaround, restart.`)).toBe(NEW);
  });

  it('drops everything from an "On ... wrote:" header wrapped over two lines', () => {
    expect(stripThread(`${NEW}\n\nOn Mon, 3 Mar 2025 at 10:12, Anna Jansen <anna@example.com>\nwrote:\nUse the mobile app meanwhile.`)).toBe(NEW);
  });

  it('drops everything from a Dutch "Op ... schreef ...:" line', () => {
    expect(stripThread(`${NEW}\n\nOp ma 3 mrt 2025 om 10:12 schreef Support <s@example.com>:\nAls omweg kun je herstarten.`)).toBe(NEW);
  });
});

describe('stripThread: drops earlier and forwarded messages', () => {
  it.each([
    ['-----Original Message-----'],
    ['-----Oorspronkelijk bericht-----'],
    ['---------- Forwarded message ---------'],
    ['---------- Doorgestuurd bericht ---------'],
    ['Begin forwarded message:'],
    ['________________________________'],
  ])('drops everything from "%s"', (marker) => {
    expect(stripThread(`${NEW}\n\n${marker}\nFrom: Support\nWorkaround: use the app.`)).toBe(NEW);
  });

  it('drops an English Outlook header block and the message under it', () => {
    const thread = `${NEW}\n\nFrom: Support <s@example.com>\nSent: Tuesday, 4 March 2025 09:15\nTo: Mark\nSubject: RE: Ticket 4411\n\nAs a workaround, use the archive.`;
    expect(stripThread(thread)).toBe(NEW);
  });

  it('drops a Dutch Outlook header block and the message under it', () => {
    const thread = `${NEW}\n\nVan: Support <s@example.com>\nVerzonden: dinsdag 4 maart 2025 09:15\nAan: Jan\nOnderwerp: RE: Ticket 4411\n\nAls omweg kun je het archief gebruiken.`;
    expect(stripThread(thread)).toBe(NEW);
  });

  it('keeps a line that starts with "From:" without a header under it', () => {
    expect(stripThread(`${NEW}\nFrom: our side nothing changed.`)).toBe(`${NEW}\nFrom: our side nothing changed.`);
  });
});

describe('stripThread: drops signatures', () => {
  it('drops everything from the "-- " signature delimiter', () => {
    expect(stripThread(`${NEW}\n-- \nPriya | Production Support Lead`)).toBe(NEW);
  });

  it.each(['Kind regards,', 'Best regards', 'Thanks,', 'Cheers', 'Met vriendelijke groet,', 'Groet,', 'Mvg', 'Alvast bedankt!'])(
    'drops everything from the closing "%s"',
    (closing) => {
      expect(stripThread(`${NEW}\n\n${closing}\nJan Visser\nProduction Support | 24/7 service desk`)).toBe(NEW);
    },
  );

  it.each(['Sent from my iPhone', 'Verzonden vanaf mijn iPhone'])('drops everything from "%s"', (line) => {
    expect(stripThread(`${NEW}\n\n${line}`)).toBe(NEW);
  });
});
