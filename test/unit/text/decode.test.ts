import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnreadableFileError } from '../../../archive/formats/reader';
import { decodeText, looksBinary, normaliseText, utf8Lines } from '../../../archive/text/decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const utf16le = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1] ?? 0, bytes[i] ?? 0];
  return bytes;
};
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));

const SPANISH = 'El presidente Otto Pérez inauguró el programa en Mixco, según la prensa. Año de violencia: niños y corazón.';

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(utf8(SPANISH))).toEqual({ text: SPANISH, encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const { text, encoding } = decodeText(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('Diálogo')));
    expect(text).toBe('Diálogo');
    expect(encoding).toBe('utf-8');
  });

  it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
    expect(decodeText(concat(Uint8Array.of(0xff, 0xfe), utf16le(SPANISH)))).toEqual({ text: SPANISH, encoding: 'utf-16le' });
    expect(decodeText(concat(Uint8Array.of(0xfe, 0xff), utf16be(SPANISH)))).toEqual({ text: SPANISH, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte-order mark instead of calling it binary', () => {
    expect(decodeText(utf16le(SPANISH))).toEqual({ text: SPANISH, encoding: 'utf-16le' });
    expect(decodeText(utf16be(SPANISH))).toEqual({ text: SPANISH, encoding: 'utf-16be' });
  });

  it('reads Latin-1 bytes as Windows-1252, as browsers do', () => {
    expect(decodeText(latin1(SPANISH))).toEqual({ text: SPANISH, encoding: 'windows-1252' });
  });

  it('decodes the Windows-1252 curly quotes, dashes and euro sign (0x80–0x9F), not C1 controls', () => {
    // “Municipio Seguro” – 5 € … in Windows-1252 bytes
    const bytes = concat(latin1('El programa '), Uint8Array.of(0x93), latin1('Municipio Seguro'), Uint8Array.of(0x94),
      latin1(' cuesta 5 '), Uint8Array.of(0x80), latin1(' por vecino '), Uint8Array.of(0x96), latin1(' según la alcaldía de Mixco'),
      Uint8Array.of(0x85));
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('El programa “Municipio Seguro” cuesta 5 € por vecino – según la alcaldía de Mixco…');
  });

  it('keeps a mostly UTF-8 file as UTF-8 when one stray byte breaks it, instead of garbling every accent', () => {
    const bytes = concat(utf8(`${SPANISH} `), latin1('café'), utf8(` ${SPANISH} ${SPANISH}`));
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('utf-8');
    expect(text).toContain('Pérez inauguró');
    expect(text).toContain('caf\uFFFD');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });

  it('normalises to NFC so that é is one character', () => {
    const decomposed = 'Pe\u0301rez';
    expect(decodeText(utf8(decomposed)).text).toBe('Pérez');
    expect(decodeText(utf8(decomposed)).text).toHaveLength(5);
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('rejects binary files with a plain reason', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);
    expect(() => decodeText(png)).toThrow(UnreadableFileError);
    expect(() => decodeText(png)).toThrow('looks like a binary file, not text');
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(() => decodeText(controls)).toThrow('looks like a binary file, not text');
  });

  it('rejects valid UTF-8 full of C1 control characters, marked or not, and reads text with a few', () => {
    expect(() => decodeText(utf8('\u0085'.repeat(100)))).toThrow('looks like a binary file, not text');
    expect(() => decodeText(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('A\u0091'.repeat(100))))).toThrow('looks like a binary file, not text');
    const stray = `${SPANISH}\u0085${SPANISH}`;
    expect(decodeText(utf8(stray))).toEqual({ text: stray, encoding: 'utf-8' });
  });

  it('refuses valid UTF-8 as binary exactly when looksBinary says its bytes are', () => {
    const refused = (bytes: Uint8Array): boolean => {
      try {
        decodeText(bytes);
        return false;
      } catch (error) {
        expect(error).toBeInstanceOf(UnreadableFileError);
        return true;
      }
    };
    // No NUL among the pieces: with zero bytes a short text can pass for UTF-16 (checked before
    // UTF-8, and refused when it is not even that), which looksBinary does not judge.
    const piece = fc.constantFrom('a', 'é', '“', '\t', '\n', '\r', '\x1b', '\x01', '\x08', '\x0e', '\x1a', '\x1c', '\x1f', '\x7f', '\u0080', '\u0085', '\u009f', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat({ max: 9000 }), (pieces, padding) => {
        // Padding moves the controls across the edge of the sample looksBinary reads (8 KB).
        const bytes = utf8(`${'x'.repeat(padding)}${pieces.join('')}`);
        expect(refused(bytes)).toBe(looksBinary(bytes));
      }),
    );
    // A NUL in the sample makes a file binary; one past it does not.
    expect(refused(utf8(`${'x'.repeat(100)}\u0000${'x'.repeat(100)}`))).toBe(true);
    expect(refused(utf8(`${'x'.repeat(9000)}\u0000`))).toBe(false);
  });

  it('reads any valid UTF-8 as TextDecoder does, curly quotes, dashes and all, then composed', () => {
    const piece = fc.constantFrom('a', 'é', 'e\u0301', 'ñ', '“', '”', '’', '—', '…', '€', '\u2028', '\u2fff', 'ₓ', '한', '😀', '\ufeff', ' ', '\n', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const bytes = utf8(`x${pieces.join('')}`);
        expect(decodeText(bytes)).toEqual({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'utf-8' });
      }),
    );
  });

  it('says UTF-32 is not supported rather than showing garbage', () => {
    expect(() => decodeText(Uint8Array.of(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0))).toThrow(/UTF-32/);
  });
});

describe('looksBinary', () => {
  it('is false for text in the encodings we read', () => {
    expect(looksBinary(utf8(SPANISH))).toBe(false);
    expect(looksBinary(latin1(SPANISH))).toBe(false);
    expect(looksBinary(utf16le(SPANISH))).toBe(false);
    expect(looksBinary(utf8('col1\tcol2\fpage\x1b[0m'))).toBe(false);
  });

  it('is true for NUL bytes or many control characters', () => {
    expect(looksBinary(Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x00, 0x01))).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 0x02 : 0x61)))).toBe(true);
    expect(looksBinary(utf8('ab\u0090'.repeat(50)))).toBe(true);
    expect(looksBinary(utf8('abcdefghij\u00e9'.repeat(50)))).toBe(false);
  });
});

describe('normaliseText', () => {
  const byDefinition = (text: string): string => text.replace(/\r\n?/g, '\n').normalize('NFC');

  it('composes accents typed as combining marks and turns CRLF and CR into LF', () => {
    expect(normaliseText('Dia\u0301logo\r\nPe\u0301rez\rLeal')).toBe('Diálogo\nPérez\nLeal');
    expect(normaliseText('São Paulo, “Mixco” — 한국')).toBe('São Paulo, “Mixco” — 한국'.normalize('NFC'));
  });

  it('agrees with the definition on any mix of Latin text, punctuation, marks, Hangul jamo and line ends', () => {
    const piece = fc.constantFrom('a', 'é', 'e\u0301', '\u0301', 'ñ', 'n\u0303', '“', '—', '€', '\u2001', '\u1100', '\u1161', '\r', '\n', '\r\n', 'Å', '\u212b', ' ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => normaliseText(pieces.join('')) === byDefinition(pieces.join(''))));
  });
});

describe('utf8Lines', () => {
  const lines = (bytes: Uint8Array): string[] | null => {
    const read = utf8Lines(bytes);
    return read === null ? null : [...read];
  };
  const wholeThenSplit = (bytes: Uint8Array): string[] => decodeText(bytes).text.split('\n');

  it('gives the lines decodeText gives, composed, with a leading byte-order mark removed and a later one kept', () => {
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('{"t":"Dia\u0301logo"}\n\n\ufeffPe\u0301rez\n'));
    expect(lines(bytes)).toEqual(['{"t":"Diálogo"}', '', '\ufeffPérez', '']);
    expect(lines(bytes)).toEqual(wholeThenSplit(bytes));
  });

  it('reads CRLF line ends as decodeText does, and leaves a lone CR to it', () => {
    const crlf = utf8('{"a":1}\r\n{"a":"e\u0301"}\r\n\r\n');
    expect(lines(crlf)).toEqual(['{"a":1}', '{"a":"é"}', '', '']);
    expect(lines(crlf)).toEqual(wholeThenSplit(crlf));
    expect(lines(utf8('one\rtwo'))).toBeNull();
    expect(lines(utf8('one\r\ntwo\r'))).toBeNull();
  });

  it('leaves to decodeText every file it would not read as UTF-8', () => {
    expect(lines(latin1(SPANISH))).toBeNull();
    expect(lines(utf16le(SPANISH))).toBeNull();
    expect(lines(concat(Uint8Array.of(0xff, 0xfe), utf16le(SPANISH)))).toBeNull();
    expect(lines(Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x00, 0x01))).toBeNull();
    // Valid UTF-8 of C1 controls: text only as bytes, binary once decoded.
    expect(lines(utf8('\u0085'.repeat(100)))).toBeNull();
    // UTF-8 that turns invalid past the part decodeText samples.
    expect(lines(concat(utf8('a'.repeat(100_000)), Uint8Array.of(0xff)))).toBeNull();
  });

  it('agrees with decodeText then split on any valid UTF-8, and leaves to it only what it must', () => {
    const piece = fc.constantFrom('a', 'é', 'e\u0301', '\u0301', 'ñ', '\u1100', '\u1161', '\n', '\r', '\r\n', ' ', '\ufeff', '“', '—', '€', '한', '😀', '\u0000', '\u0085', '{}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (pieces, marked) => {
        const bytes = concat(marked ? Uint8Array.of(0xef, 0xbb, 0xbf) : new Uint8Array(0), utf8(pieces.join('')));
        const read = lines(bytes);
        if (read !== null) return JSON.stringify(read) === JSON.stringify(wholeThenSplit(bytes));
        // Left to decodeText: a lone carriage return, a file it refuses, or one it reads as another encoding.
        if (/\r(?!\n)/.test(pieces.join(''))) return true;
        try {
          return decodeText(bytes).encoding !== 'utf-8';
        } catch {
          return true;
        }
      }),
    );
  });
});
