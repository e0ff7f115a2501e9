/**
 * A bounded cache of a pure function of a text: rules ask for the numbers, brackets and sentences
 * of the same texts many times. The answers are shared between callers, so they are frozen
 * (arrays and their items). The cache is cleared when it holds `max` texts.
 */
export function memoByText<T extends object>(compute: (text: string) => T[], max = 20_000): (text: string) => readonly Readonly<T>[] {
  const cache = new Map<string, readonly Readonly<T>[]>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit) return hit;
    const found = Object.freeze(compute(text).map((x) => Object.freeze(x)));
    if (cache.size >= max) cache.clear();
    cache.set(text, found);
    return found;
  };
}
