/** The formats an export writes (README, the command line: `export --format`). */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'gexf', 'graphml', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}
