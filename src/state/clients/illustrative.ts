import organizationsUrl from '../../../datasets/illustrative/organizations.csv?url';
import linksUrl from '../../../datasets/illustrative/links.csv?url';
import type { InputFile } from '../../core/csv/readFile';
import { fetchBundledFiles } from './files';

/** The illustrative network's two files, served with the app from the same origin. */
export function illustrativeFiles(): Promise<InputFile[]> {
  return fetchBundledFiles([
    { name: 'organizations.csv', url: organizationsUrl },
    { name: 'links.csv', url: linksUrl },
  ]);
}
