/**
 * A byte for each code unit of the Basic Multilingual Plane, worked out once by testing each one
 * alone: scans then look a character up instead of testing a pattern on it. Lone surrogates get 0.
 */
export function bmpTable(classify: (character: string) => number): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < table.length; code++) if (code < 0xd800 || code > 0xdfff) table[code] = classify(String.fromCharCode(code));
  return table;
}
