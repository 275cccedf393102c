/**
 * Options merged over a DEFAULTS constant, where an option given as undefined keeps its default
 * (callers pass `{ seed: args.seed }` without checking; a plain spread would erase the default).
 */
export function withDefaults<D extends object, O extends object>(
  fn: string,
  defaults: D,
  options: O | undefined,
): D & O {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new Error(`${fn}: options must be an object.`);
  }
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as D & O;
}
