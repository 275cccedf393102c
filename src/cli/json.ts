/**
 * An object as `JSON.stringify(value, null, 2)` writes it, handed out a piece at a time: the
 * report of a network of a million links is hundreds of megabytes as one string.
 */

/** Writes `value` as indented JSON, each element of an array or object field at most one piece. */
export function writeJson(value: unknown, write: (text: string) => void, indent = ''): void {
  if (value === null || typeof value !== 'object' || isEmpty(value)) {
    write(JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    write('[');
    value.forEach((item, i) => {
      write(`${i === 0 ? '' : ','}\n${inner}`);
      write(JSON.stringify(item ?? null, null, 2).replace(/\n/g, `\n${inner}`));
    });
    write(`\n${indent}]`);
    return;
  }
  write('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    write(`${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
    first = false;
    writeJson(item, write, inner);
  }
  write(`\n${indent}}`);
}

function isEmpty(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}
