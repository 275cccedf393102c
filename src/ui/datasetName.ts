/** Dataset names that are catalogue keys; any other is the names of the files imported. */
export const NAMED_DATASETS: ReadonlySet<string> = new Set(['dataset.illustrative']);

/** Characters no file name may hold on Windows, macOS or Linux. */
const NOT_IN_FILE_NAMES = /[/\\:*?"<>|]+/g;
/** Control characters (C0, DEL, C1), which no file name should hold either. */
const CONTROL = /\p{Cc}+/gu;

/**
 * The name exported files take: the dataset's name as shown (a catalogue key translated), made
 * safe as a file name and kept short.
 */
export function fileStem(name: string, translate: (key: string) => string): string {
  const shown = NAMED_DATASETS.has(name) ? translate(name) : name;
  const safe = shown
    .replace(NOT_IN_FILE_NAMES, ' ')
    .replace(CONTROL, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return safe.replace(/^\.+/, '') || 'network';
}
