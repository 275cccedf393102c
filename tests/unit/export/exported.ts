/**
 * What the export tests share: the illustrative network and a hostile one, both imported from
 * CSV as a user's files would be, their analysis, files as text, a dataset stripped of what an
 * import numbers afresh (rows, link keys, messages), and networkx when /usr/bin/python3 has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportFile } from '../../../src/core/export/files';
import { importDataset } from '../../../src/core/model/importDataset';
import type { Dataset, Link, Organization } from '../../../src/core/model/types';
import { analyzeDataset } from '../../../src/core/report/analyzeDataset';
import type { AnalysisMetrics } from '../../../src/core/report/reportTypes';
import { illustrative } from '../explore/illustrative';

export { illustrative };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function importCsv(organizations: string | null, links: string | null): Dataset {
  const files = [];
  if (organizations !== null) {
    files.push({ name: 'organizations.csv', bytes: encoder.encode(organizations) });
  }
  if (links !== null) files.push({ name: 'links.csv', bytes: encoder.encode(links) });
  return importDataset(files);
}

/** Exported files imported again, told apart by their headers as the app does. */
export function reimport(files: readonly ExportFile[]): Dataset {
  return importDataset(files.map((f) => ({ name: f.name, bytes: f.bytes })));
}

export function text(file: ExportFile): string {
  return decoder.decode(file.bytes);
}

/**
 * Ids that plain objects mistake for their own members, markup, quotes, a right-to-left override,
 * Arabic and Hebrew, emoji, formula starts, a negative number as text, a tab inside a value, a
 * placeholder end and a self link; and two columns the app does not know, one named `__proto__`.
 */
export const HOSTILE_ORGANIZATIONS = [
  'id,name,sector,country,city,lat,lon,themes,__proto__,note',
  '__proto__,__proto__,__proto__,MX,Ciudad de México,19.4,-99.1,constructor;__proto__,proto,x',
  'constructor,"=HYPERLINK(""http://evil.example"",""click"")",constructor,FR,Paris,,,,,+33 1 23 45',
  `"<&>""'","<b>bold</b> & ""co"" 'quoted'",cooperativa,EG,القاهرة,30.04,31.24,,-5,@SUM(A1)`,
  'rtl,"\u202eevil\u202c شبكة עמותה",ong,IL,,,,housing,-2+3,"tab\tinside"',
  'emoji,Coop 🌽🤝,network,BR,São Paulo,,,🌽,,',
].join('\n');

export const HOSTILE_LINKS = [
  'source,target,type,weight,directed,since,until,scope,themes,evidence',
  '__proto__,constructor,__proto__,2,false,2019,,,housing,=1+1',
  `constructor,"<&>""'",partnership,1.5,true,2020,2024,international,,`,
  `"<&>""'",rtl,trade,1,false,,,,,-7`,
  'rtl,emoji,constructor,3,no,2021-03,,,🌽,',
  'emoji,nobody,funding,1,false,,,,,"quote "" inside"',
  'emoji,emoji,network,1,false,,,,,',
].join('\n');

export function hostile(): Dataset {
  return importCsv(HOSTILE_ORGANIZATIONS, HOSTILE_LINKS);
}

const metricsOf = new WeakMap<Dataset, AnalysisMetrics>();

/** The analysis the command line runs (default settings). */
export function analysis(dataset: Dataset): AnalysisMetrics {
  let metrics = metricsOf.get(dataset);
  if (!metrics) {
    metrics = analyzeDataset(dataset, { weighted: false, seed: 1 });
    metricsOf.set(dataset, metrics);
  }
  return metrics;
}

type Comparable = {
  organizations: Omit<Organization, 'row'>[];
  links: Omit<Link, 'row' | 'key'>[];
  organizationColumns: string[];
  linkColumns: string[];
};

/** What must come back from an export: everything but rows, link keys, messages and name. */
export function comparable(dataset: Dataset): Comparable {
  return {
    organizations: dataset.organizations.map(({ row: _row, ...o }) => ({
      ...o,
      attributes: { ...o.attributes },
      themes: [...o.themes],
    })),
    links: dataset.links.map(({ row: _row, key: _key, ...l }) => ({
      ...l,
      attributes: { ...l.attributes },
      themes: [...l.themes],
    })),
    organizationColumns: dataset.organizationColumns,
    linkColumns: dataset.linkColumns,
  };
}

const PYTHON = '/usr/bin/python3';

/** True when /usr/bin/python3 can import networkx. */
export const HAS_NETWORKX =
  existsSync(PYTHON) &&
  spawnSync(PYTHON, ['-c', 'import networkx'], { timeout: 60_000 }).status === 0;

/** A test title that says why it is skipped where networkx is missing. */
export function withNetworkx(title: string): string {
  return HAS_NETWORKX ? title : `${title} (skipped: ${PYTHON} has no networkx)`;
}

/**
 * Runs a Python script on an exported file (its path is `sys.argv[1]`) and returns what the
 * script prints as JSON.
 */
export function python(script: string, file: ExportFile): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
  try {
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    const result = spawnSync(PYTHON, ['-c', script, path], { encoding: 'utf8', timeout: 120_000 });
    if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as unknown;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
