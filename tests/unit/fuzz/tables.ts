/**
 * Whole generated files and datasets: a header row, data rows and blank rows (rows.ts), and the
 * way the file is written: delimiter, quoting, line endings, encoding.
 */
import fc from 'fast-check';
import type { FileKind } from '../../../src/core/csv/headers';
import {
  describeModel,
  printable,
  type DatasetModel,
  type Encoding,
  type FileFormat,
  type FileModel,
  type LineEnding,
} from './csvModel';
import { columnRoles, headerRow } from './headers';
import type { Profile } from './profile';
import { blankRow, dataRow, rows } from './rows';

export { CLEAN, EVERYTHING, type Profile } from './profile';

const pick = (values: string[]) => fc.constantFrom(...values);

function encodings(profile: Profile): fc.Arbitrary<Encoding> {
  const choices: fc.WeightedArbitrary<Encoding>[] = [
    { weight: 4, arbitrary: fc.constant('utf-8') },
    { weight: 2, arbitrary: fc.constant('utf-8-bom') },
    { weight: 2, arbitrary: fc.constant('windows-1252') },
    { weight: 1, arbitrary: fc.constant('windows-1252-bom') },
    { weight: 1, arbitrary: fc.constantFrom('utf-16le', 'utf-16be') },
  ];
  if (profile.utf16NoBom)
    choices.push({ weight: 6, arbitrary: fc.constantFrom('utf-16le-nobom', 'utf-16be-nobom') });
  return fc.oneof(...choices);
}

const ENDINGS: LineEnding[] = ['\n', '\r\n', '\r'];

export function fileFormat(profile: Profile): fc.Arbitrary<FileFormat> {
  const consistent = fc.constantFrom(...ENDINGS).map((e) => [e]);
  const endings = profile.mixedEndings
    ? fc.oneof(consistent, fc.array(fc.constantFrom(...ENDINGS), { minLength: 2, maxLength: 5 }))
    : consistent;
  return fc.record({
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const, '|' as const),
    quoting: fc.constantFrom('needed' as const, 'all' as const, 'some' as const),
    endings,
    trailing: fc.boolean(),
    encoding: encodings(profile),
  });
}

export function fileModel(kind: FileKind, name: string, profile: Profile): fc.Arbitrary<FileModel> {
  const forced = profile.nul ? [kind === 'organizations' ? 'city' : 'type'] : [];
  const namesakes = profile.namesakes > 0 && kind === 'organizations';
  if (namesakes) forced.push('name');
  return headerRow(kind, { ...profile, forced }).chain((header) =>
    fc
      .record({
        leading: fc.oneof(
          { weight: 9, arbitrary: fc.constant<string[][]>([]) },
          {
            weight: 1,
            arbitrary: fc.array(blankRow(header.length <= 1), { minLength: 1, maxLength: 2 }),
          },
        ),
        first: dataRow(header, kind, profile),
        rest: fc.oneof(
          { weight: 40, arbitrary: rows(header, kind, profile, 15) },
          // Now and then a longer file (not a wide one), where many organisations share a name.
          {
            weight: header.length > 1000 ? 0 : 1,
            arbitrary: rows(header, kind, profile, 150),
          },
        ),
        format: fileFormat(profile),
        // In half the files when asked for.
        nulAt: profile.nul ? fc.option(fc.nat(), { freq: 2 }) : fc.constant(null),
        namesakes: namesakes
          ? fc.oneof(
              { weight: Math.round(100 * (1 - profile.namesakes)), arbitrary: fc.constant(0) },
              {
                weight: Math.round(100 * profile.namesakes),
                arbitrary: fc.integer({ min: 200, max: 400 }),
              },
            )
          : fc.constant(0),
      })
      .map(({ leading, first, rest, format, nulAt, namesakes }) => {
        // Organisations n0, n1, … all named Cooperativa (empty elsewhere), cheap to generate.
        const same = Array.from({ length: namesakes }, (_, i) =>
          header.map((h) => (h.kind === 'key' ? `n${i}` : h.field === 'name' ? 'Cooperativa' : '')),
        );
        const rows = [...leading, header.map((h) => h.header), first, ...rest, ...same];
        const model: FileModel = {
          name,
          kind,
          rows,
          headerIndex: leading.length,
          // Source before target, wherever they stand.
          keys: ['id', 'name', 'source', 'target'].flatMap((field) => {
            const i = header.findIndex((h) => h.kind === 'key' && h.field === field);
            return i >= 0 ? [i] : [];
          }),
          roles: columnRoles(header),
          format,
        };
        const column = header.findIndex(
          (h) => h.kind === 'known' && forced.includes(h.field ?? ''),
        );
        if (nulAt !== null && column >= 0) {
          const row = rows[leading.length + 1]!;
          while (row.length <= column) row.push('');
          row[column] = `${row[column] ?? ''}\u0000${nulAt % 10}`;
        }
        return model;
      }),
  );
}

const ORGANIZATION_NAMES = [
  'organizations.csv',
  'Organisations (2024).CSV',
  'nodos.csv',
  'données — orgs.csv',
];
const LINK_NAMES = ['links.csv', 'alianzas.csv', 'edges.tsv', 'liens.csv'];

/** One organisations file, one links file, or both, in either order. */
export function datasetModel(profile: Profile): fc.Arbitrary<DatasetModel> {
  const orgs = pick(ORGANIZATION_NAMES).chain((name) => fileModel('organizations', name, profile));
  const links = pick(LINK_NAMES).chain((name) => fileModel('links', name, profile));
  const files = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(orgs, links) },
    { weight: 1, arbitrary: fc.tuple(links, orgs) },
    { weight: 1, arbitrary: orgs.map((o) => [o]) },
    { weight: 1, arbitrary: links.map((l) => [l]) },
  );
  return fc
    .record({ files, dropDangling: fc.boolean() })
    .map(({ files, dropDangling }) =>
      printable<DatasetModel>({ files: [...files], dropDangling }, describeModel),
    );
}
