/**
 * `compute` remembered for the last few thousand distinct inputs: for the parts of an article that
 * repeat across an archive (a day's bylines share their date, an outlet's articles their rights
 * notice), where parsing each again costs more than a Map lookup. Forgets everything when full, so
 * an archive whose inputs never repeat costs a Map insertion an article and bounded memory.
 * `compute` must be pure: a remembered answer is the very value computed, shared by every caller.
 */
export function memoized<Result>(compute: (input: string) => Result, limit = 4096): (input: string) => Result {
  const known = new Map<string, Result>();
  return (input) => {
    const remembered = known.get(input);
    if (remembered !== undefined || known.has(input)) return remembered as Result;
    if (known.size >= limit) known.clear();
    const result = compute(input);
    known.set(input, result);
    return result;
  };
}
