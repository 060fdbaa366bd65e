/**
 * `fn` memoised by its string argument: URL rules parse a URL per call, and a busy page hands the
 * same few hundred hrefs to every batch. Bounded (cleared when full) so a long-lived tab cannot grow it.
 */
export function memoByString<T>(fn: (input: string) => T, max = 2000): (input: string) => T {
  const memo = new Map<string, T>();
  return (input) => {
    if (memo.has(input)) return memo.get(input) as T;
    const value = fn(input);
    if (memo.size >= max) memo.clear();
    memo.set(input, value);
    return value;
  };
}
