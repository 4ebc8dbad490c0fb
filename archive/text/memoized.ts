/**
 * `compute` remembered for up to `limit` distinct inputs: for the parts of an article that repeat
 * across an archive (an outlet's articles all end with its rights notice), where parsing each again
 * costs more than a Map lookup. Forgets everything when full, so inputs that never repeat cost a
 * Map insertion each and bounded memory. Keep `limit` small for inputs cut from a larger text: V8
 * keeps the whole text alive for as long as a piece of it is remembered. `compute` must be pure:
 * a remembered answer is the very value computed, shared by every caller.
 */
export function memoized<Result>(compute: (input: string) => Result, limit: number): (input: string) => Result {
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
