/**
 * What a format cannot hold ends an export in an ExportError with a code and the values its
 * sentence names: the page translates it (src/i18n `exportError`), the command line prints the
 * English sentence, and the worker's answer carries both.
 */
import { describe, expect, it } from 'vitest';
import { ExportError } from '../../../src/core/export/files';
import { exportXlsx } from '../../../src/core/export/xlsx';
import { answerExport, type ExportResponse } from '../../../src/core/protocol/export';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';
import i18next from 'i18next';
import { importCsv } from './exported';

const LONG_NAME = importCsv(`id,name\na,${'x'.repeat(40_000)}\n`, null);

function thrown(run: () => unknown): ExportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExportError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('an export that a format cannot hold', () => {
  it('says where and what with a code and its values, and in English', () => {
    const error = thrown(() => exportXlsx(LONG_NAME, null, 'big.xlsx'));
    expect(error.code).toBe('cell_too_long');
    expect(error.params).toEqual({
      sheet: 'Elements',
      row: 2,
      column: 'Label',
      length: 40_000,
      limit: 32_767,
    });
    expect(error.message).toBe(
      'Row 2 of the Elements sheet holds 40000 characters in column "Label", more than the 32767 an Excel cell can hold; export it as CSV instead.',
    );
  });

  it('reaches the page with its code and values, which every language says', async () => {
    const answers: ExportResponse[] = [];
    await answerExport(
      { type: 'export', id: 3, dataset: LONG_NAME, format: 'xlsx', options: { metrics: null } },
      (response) => answers.push(response),
    );
    expect(answers).toEqual([
      {
        type: 'failed',
        id: 3,
        message: expect.stringContaining('an Excel cell can hold') as unknown as string,
        limit: {
          code: 'cell_too_long',
          params: { sheet: 'Elements', row: 2, column: 'Label', length: 40_000, limit: 32_767 },
        },
      },
    ]);
    const failed = answers[0] as Extract<ExportResponse, { type: 'failed' }>;
    const said: Record<string, string> = {};
    for (const [language, catalogue] of Object.entries({ en, es, fr })) {
      const t = i18next.createInstance();
      await t.init({ lng: language, resources: { [language]: { translation: catalogue } } });
      said[language] = t.t('export.failed', {
        message: t.t(`exportError.${failed.limit!.code}`, failed.limit!.params),
      });
    }
    expect(said.en).toBe(
      'Nothing was saved: row 2 of the Elements sheet holds 40000 characters in column “Label”, more than the 32767 an Excel cell can hold; export it as CSV instead.',
    );
    expect(said.es).toContain('la fila 2 de la hoja Elements tiene 40000 caracteres');
    expect(said.fr).toContain('la ligne 2 de la feuille Elements contient 40000 caractères');
  });

  it('is an unexpected error without a limit otherwise', async () => {
    const answers: ExportResponse[] = [];
    const broken = { ...LONG_NAME, organizations: null } as unknown as typeof LONG_NAME;
    await answerExport(
      { type: 'export', id: 4, dataset: broken, format: 'csv', options: { metrics: null } },
      (response) => answers.push(response),
    );
    expect(answers[0]).toMatchObject({ type: 'failed', id: 4, limit: null });
  });
});
