/** Names numbered from a base: a new workspace's, a new saved view's. */

/** "Workspace 3": the base name with the first number from `from` that no name taken has. */
export function nextName(base: string, taken: readonly string[], from = 1): string {
  const names = new Set(taken);
  for (let n = from; ; n++) {
    const name = `${base} ${n}`;
    if (!names.has(name)) return name;
  }
}
