/**
 * Remembers a selector's result for its last arguments (compared one by one with ===), so every
 * component asking gets the same object and nothing is recomputed while other state changes.
 */
export function lastOf<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
