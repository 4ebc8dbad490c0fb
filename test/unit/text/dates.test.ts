import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../../archive/text/dates';

describe('parseDate', () => {
  it.each([
    // English
    ['17 February 2012', '2012-02-17'],
    ['February 17, 2012', '2012-02-17'],
    ['March 3, 2015', '2015-03-03'],
    ['Feb. 3, 2015', '2015-02-03'],
    ['Sept. 30, 2014', '2014-09-30'],
    ['Tuesday, 3 March 2015', '2015-03-03'],
    ['3rd March 2015', '2015-03-03'],
    ['March 3rd, 2015', '2015-03-03'],
    ['17-Feb-2012', '2012-02-17'],
    ['Fri, 17 Feb 2012 10:00:00 GMT', '2012-02-17'],
    // Spanish
    ['5 de julio de 2011', '2011-07-05'],
    ['5 julio 2011', '2011-07-05'],
    ['martes 5 de julio de 2011', '2011-07-05'],
    ['Martes, 5 de Julio de 2011', '2011-07-05'],
    ['1º de mayo de 2010', '2010-05-01'],
    ['1.º de mayo de 2010', '2010-05-01'],
    ['1 de mayo del 2010', '2010-05-01'],
    ['15 de setiembre de 2013', '2013-09-15'],
    ['15 de septiembre de 2013', '2013-09-15'],
    ['miércoles 12 de diciembre de 2012', '2012-12-12'],
    ['MIERCOLES 12 DE DICIEMBRE DE 2012', '2012-12-12'],
    // Portuguese
    ['30 de outubro de 2016', '2016-10-30'],
    ['1º de março de 2014', '2014-03-01'],
    ['1 de marco de 2014', '2014-03-01'],
    ['terça-feira, 4 de fevereiro de 2014', '2014-02-04'],
    ['10 de dezembro de 2015 às 10h30', '2015-12-10'],
    // ISO
    ['2012-02-17', '2012-02-17'],
    ['2012-02-17T10:00:00Z', '2012-02-17'],
    ['2012-02-17T23:30:00-05:00', '2012-02-17'],
    ['2012/02/17', '2012-02-17'],
    // Numeric, unambiguous because the day is above 12 or both readings agree
    ['17/02/2012', '2012-02-17'],
    ['17.02.2012', '2012-02-17'],
    ['17-02-2012', '2012-02-17'],
    ['02/17/2012', '2012-02-17'],
    ['05/05/2012', '2012-05-05'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected);
  });

  it.each([
    ['03/04/2015', 'day and month could be swapped'],
    ['3.4.2015', 'day and month could be swapped'],
    ['30 February 2012', 'no such day'],
    ['29 February 2011', 'not a leap year'],
    ['31 de abril de 2014', 'April has 30 days'],
    ['2012-13-01', 'no 13th month'],
    ['February 2012', 'no day: never invent one'],
    ['17/02/12', 'two-digit year: century unknown'],
    ['17 Febtober 2012', 'not a month'],
    ['yesterday', 'relative date'],
    ['', 'empty'],
    ['WRITER-ID', 'not a date'],
    ['17 February 2012 and 18 February 2012', 'two dates'],
  ])('%s → null (%s)', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('accepts a real 29 February', () => {
    expect(parseDate('29 de febrero de 2012')).toBe('2012-02-29');
  });

  it('uses the caller’s convention only for dates that are truly ambiguous', () => {
    expect(parseDate('03/04/2015', { prefer: 'dmy' })).toBe('2015-04-03');
    expect(parseDate('03/04/2015', { prefer: 'mdy' })).toBe('2015-03-04');
    // The day above 12 decides, whatever the hint says.
    expect(parseDate('17/02/2012', { prefer: 'mdy' })).toBe('2012-02-17');
    expect(parseDate('02/17/2012', { prefer: 'dmy' })).toBe('2012-02-17');
  });

  /**
   * Dates written plainly ("February 17, 2012", "5 de julio de 2011", "2012-02-17") are read by a
   * shortcut; a space after one sends it down the general path, which must agree, and so must
   * findDate. Every month name, weekday and stray word, impossible days, years out of range.
   */
  it('reads plainly written dates as the general path does', () => {
    const words = [
      ...'january jan enero ene janeiro february feb febrero fevereiro fev march mar marzo marco april apr abril abr may mayo maio mai june jun junio junho july jul julio julho august aug agosto ago september sep sept septiembre setiembre setembro set october oct octubre outubro out november nov noviembre novembro december dec diciembre dic dezembro dez'.split(' '),
      ...'monday mon tue tues wed thu thur thurs fri sat sun lunes martes sabado domingo segunda terca quinta sexta'.split(' '),
      ...['de', 'del', 'of', 'x', 'MARCH', 'Sept', 'DeCeMbEr', 'Tuesday', 'WRITER'],
    ];
    const samples: string[] = [];
    for (const word of words) {
      for (const day of ['0', '00', '1', '01', '9', '12', '28', '29', '30', '31', '32', '99']) {
        for (const year of ['1799', '1800', '2012', '2013', '2200', '2201']) {
          samples.push(`${word} ${day}, ${year}`, `${day} ${word} ${year}`, `${day} de ${word} de ${year}`, `${day} de ${word} del ${year}`, `${day} ${word} de ${year}`, `${day} de ${word} ${year}`);
        }
      }
    }
    for (const year of ['1799', '2012', '2013', '2200']) {
      for (const month of ['00', '01', '02', '12', '13']) for (const day of ['00', '01', '28', '29', '30', '31', '32']) samples.push(`${year}-${month}-${day}`);
    }
    let dates = 0;
    for (const raw of samples) {
      const general = parseDate(`${raw} `);
      expect(parseDate(raw), raw).toBe(general);
      const found = findDate(`${raw} `);
      expect(findDate(raw), raw).toEqual(found);
      if (general !== null) dates++;
    }
    // The shortcut's ground: thousands of real dates, and more that are not.
    expect(dates).toBeGreaterThan(2000);
    expect(samples.length - dates).toBeGreaterThan(2000);
  });
});

describe('findDate', () => {
  it('finds the date inside the seed byline', () => {
    expect(findDate('WRITER-ID | [17 February 2012](#)')).toEqual({
      date: '2012-02-17',
      raw: '17 February 2012',
      index: 13,
    });
  });

  it('keeps a leading weekday and drops other leading words', () => {
    expect(findDate('Maria Pérez | Tuesday, 3 March 2015')?.raw).toBe('Tuesday, 3 March 2015');
    expect(findDate('Published on 17 February 2012 in Guatemala')).toMatchObject({
      date: '2012-02-17',
      raw: '17 February 2012',
    });
    expect(findDate('Maria Pérez | March 3, 2015')).toMatchObject({ date: '2015-03-03', raw: 'March 3, 2015' });
  });

  it('finds Spanish and Portuguese dates in running text', () => {
    expect(findDate('Publicado el martes 5 de julio de 2011 en Guatemala')?.date).toBe('2011-07-05');
    expect(findDate('Atualizado em 30 de outubro de 2016, 18h')?.date).toBe('2016-10-30');
  });

  it('returns null when a line holds no date', () => {
    expect(findDate('The president launched the program in 2012 in Mixco.')).toBeNull();
    expect(findDate('WRITER-ID | [no date](#)')).toBeNull();
  });
});
