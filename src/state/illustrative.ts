import organizationsUrl from '../../datasets/illustrative/organizations.csv?url';
import linksUrl from '../../datasets/illustrative/links.csv?url';
import { fetchBundledFiles } from './files';
import { atlasState } from './useAtlas';

/** The app opens on the illustrative network, served with the app from the same origin. */
export async function loadIllustrativeDataset(): Promise<void> {
  const files = await fetchBundledFiles([
    { name: 'organizations.csv', url: organizationsUrl },
    { name: 'links.csv', url: linksUrl },
  ]);
  await atlasState().importFiles(files, 'dataset.illustrative');
}
