import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// West of Greenwich, where reading a date-only value in local time shows the day before.
const originalTz = process.env['TZ'];
let format: typeof import('../../../renderer/format');
let formatters: typeof import('../../../renderer/i18n/formatters');
beforeAll(async () => {
  process.env['TZ'] = 'America/Guatemala';
  format = await import('../../../renderer/format');
  formatters = await import('../../../renderer/i18n/formatters');
});
afterAll(() => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
});
const formatDate = (value: string) => formatters.createFormatters('en-US').date(value);
const folderName = (value: string) => format.folderName(value);

describe('formatDate', () => {
  it('shows a date-only value as that calendar day, whatever the machine time zone', () => {
    expect(new Date(2012, 1, 17).getTimezoneOffset()).toBe(360); // the test really runs at UTC-6
    expect(formatDate('2012-02-17')).toBe('February 17, 2012');
    expect(formatDate('2016-01-01')).toBe('January 1, 2016');
    expect(formatDate('1999-12-31')).toBe('December 31, 1999');
  });

  it('speaks the UI language: Spanish and Portuguese long dates, short numeric rows', () => {
    expect(formatters.createFormatters('es-ES').date('2012-02-17')).toBe('17 de febrero de 2012');
    expect(formatters.createFormatters('pt-BR').date('2016-10-30')).toBe('30 de outubro de 2016');
    expect(formatters.createFormatters('en-US').shortDate('2012-02-17')).toBe('Feb 17, 2012');
  });

  it('refuses values that are not real calendar dates', () => {
    expect(formatDate('2012-02-30')).toBeNull();
    expect(formatDate('2012-13-01')).toBeNull();
    expect(formatDate('17 February 2012')).toBeNull();
    expect(formatDate('2012-02-17T10:00:00Z')).toBeNull();
    expect(formatDate('')).toBeNull();
  });
});

describe('folderName', () => {
  it('takes the last folder of POSIX and Windows paths', () => {
    expect(folderName('/home/ana/archives/sample-archive')).toBe('sample-archive');
    expect(folderName('/home/ana/archives/sample-archive/')).toBe('sample-archive');
    expect(folderName('C:\\Users\\Ana\\Noticias')).toBe('Noticias');
  });

  it('keeps a root path rather than showing nothing', () => {
    expect(folderName('/')).toBe('/');
    expect(folderName('C:\\')).toBe('C:');
  });
});
