// `*` patterns of the Never-log list ("noreply*@*", "*-notifications@*"). They were turned into a
// RegExp of `.*` groups, which backtracks exponentially on patterns like `a*a*a*a*…b` (issue 16).
// This matcher never backtracks further than the last star: at most pattern × value steps, and
// linear for the patterns people write. No zod, no DOM.

/** Whether `value` matches `pattern` as a whole, where `*` stands for any run of characters (even none). */
export function matchesGlob(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  // Where the last star was, and the value position it currently swallows up to.
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = v;
    } else if (p < pattern.length && pattern[p] === value[v]) {
      p += 1;
      v += 1;
    } else if (star !== -1) {
      // Mismatch after a star: let the star take one more character and retry what follows it.
      p = star + 1;
      v = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p += 1;
  return p === pattern.length;
}
