/**
 * `list` without its repeats, each item where it first appears. A short list (nearly every article's
 * tags) is checked item by item, with no Set to allocate; a long one goes through a Set, so that an
 * untrusted list of a million tags takes linear time, not quadratic.
 */
export function withoutRepeats(list: readonly string[]): readonly string[] {
  if (list.length > SHORT) return [...new Set(list)];
  for (let i = 1; i < list.length; i++) if (list.lastIndexOf(list[i]!, i - 1) !== -1) return list.filter((item, at) => list.indexOf(item) === at);
  return list;
}

const SHORT = 32;
