/**
 * A value for each code unit of the Basic Multilingual Plane, worked out once by testing each one
 * alone: scans then look a character up instead of testing a pattern on it. Lone surrogates get 0.
 * Bytes, unless the caller gives a 16-bit table to fill.
 */
export function bmpTable(classify: (character: string) => number): Uint8Array;
export function bmpTable(classify: (character: string) => number, table: Uint16Array): Uint16Array;
export function bmpTable(classify: (character: string) => number, table: Uint8Array | Uint16Array = new Uint8Array(0x10000)): Uint8Array | Uint16Array {
  for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) table[code] = classify(String.fromCharCode(code));
  return table;
}
