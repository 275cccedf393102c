/**
 * Add files, as messages of the import worker: the page sends the network shown in parts, each
 * once the worker has the one before (each message small, so that copying it never holds the
 * page long: a network of 50,000 organisations takes seconds to copy at once), then the files; the worker
 * imports them as usual, adds them to the network (model/appendDataset) and answers as the
 * import does: the organisations and links in batches, then the rest of the dataset.
 */
import type { ImportedDataset, ImportOptions } from '../model/importDataset';
import type { AppendedDataset } from '../model/appendDataset';
import type { DatasetOrigin } from '../model/origin';
import type { InputFile } from '../csv/readFile';
import type { ImportIssue } from '../issues/issues';
import type { Dataset, Link, Organization } from '../model/types';
import {
  answerFailure,
  readSource,
  type ImportResponse,
  type ImportSettings,
  type ImportSource,
} from './import';

/** The network shown, without its organisations and links (they come in parts). */
export type NetworkRest = Omit<Dataset, 'organizations' | 'links'>;

export type AppendRequest =
  | { type: 'network-organizations'; id: number; organizations: Organization[] }
  | { type: 'network-links'; id: number; links: Link[] }
  | {
      type: 'append';
      id: number;
      network: NetworkRest;
      files: ImportSource[];
      options: ImportSettings;
    };

export type AppendResponse =
  /** A part of the network was received: the page sends the next (one at a time, each small). */
  | { type: 'network-part'; id: number }
  | { type: 'organizations'; id: number; organizations: Organization[] }
  /** The dataset without its organisations and links, which came before it in batches. */
  | { type: 'appended'; id: number; dataset: Dataset; issues: ImportIssue[] };

/** Records per message, each way. */
const ORGANIZATION_BATCH = 5_000;
const LINK_BATCH = 10_000;

/** The messages that carry the network shown to the worker, the files last. */
export function* appendRequests(
  id: number,
  network: Dataset,
  files: ImportSource[],
  options: ImportSettings,
): Generator<AppendRequest> {
  const { organizations, links, ...rest } = network;
  for (let at = 0; at < organizations.length; at += ORGANIZATION_BATCH) {
    yield {
      type: 'network-organizations',
      id,
      organizations: organizations.slice(at, at + ORGANIZATION_BATCH),
    };
  }
  for (let at = 0; at < links.length; at += LINK_BATCH) {
    yield { type: 'network-links', id, links: links.slice(at, at + LINK_BATCH) };
  }
  yield { type: 'append', id, network: rest, files, options };
}

/** The parts of the network received so far, per request. */
export class NetworkParts {
  private readonly parts = new Map<number, { organizations: Organization[]; links: Link[] }>();

  private of(id: number) {
    let part = this.parts.get(id);
    if (!part) {
      part = { organizations: [], links: [] };
      this.parts.set(id, part);
    }
    return part;
  }

  /** Keeps a part and asks for the next. */
  add(
    request: Exclude<AppendRequest, { type: 'append' }>,
    post: (message: ImportResponse) => void,
  ): void {
    const part = this.of(request.id);
    if (request.type === 'network-organizations') {
      for (const o of request.organizations) part.organizations.push(o);
    } else {
      for (const l of request.links) part.links.push(l);
    }
    post({ type: 'network-part', id: request.id });
  }

  /** The whole network of a request, forgotten here. */
  take(request: Extract<AppendRequest, { type: 'append' }>): Dataset {
    const part = this.of(request.id);
    this.parts.delete(request.id);
    return { ...request.network, ...part };
  }
}

export interface AppendCore {
  importWithOrigin: (files: InputFile[], options: ImportOptions) => ImportedDataset;
  appendDataset: (
    current: Dataset,
    incoming: Dataset,
    origin: DatasetOrigin,
    files?: string,
  ) => AppendedDataset;
}

/** Share of the progress bar the import of the files takes; the merge and the answer the rest. */
const IMPORT_SHARE = 0.9;

/**
 * Imports the files and adds them to the network, answering with progress, the merged
 * organisations and links in batches, then the rest; or why the files could not be used.
 */
export async function answerAppend(
  request: Extract<AppendRequest, { type: 'append' }>,
  network: Dataset,
  post: (message: ImportResponse) => void,
  core: AppendCore,
): Promise<void> {
  const { id, files, options } = request;
  let lastPosted = 0;
  try {
    const inputs = await Promise.all(files.map(readSource));
    const incoming = core.importWithOrigin(inputs, {
      ...options,
      onProgress: (fraction) => {
        if (fraction - lastPosted >= 0.01 || fraction === 1) {
          lastPosted = fraction;
          post({ type: 'progress', id, fraction: fraction * IMPORT_SHARE });
        }
      },
    });
    const { dataset, issues } = core.appendDataset(
      network,
      incoming.dataset,
      incoming.origin,
      options.datasetName,
    );
    const { organizations, links } = dataset;
    for (let at = 0; at < organizations.length; at += ORGANIZATION_BATCH) {
      post({
        type: 'organizations',
        id,
        organizations: organizations.slice(at, at + ORGANIZATION_BATCH),
      });
    }
    for (let at = 0; at < links.length; at += LINK_BATCH) {
      post({ type: 'links', id, links: links.slice(at, at + LINK_BATCH) });
    }
    post({ type: 'progress', id, fraction: 1 });
    post({ type: 'appended', id, dataset: { ...dataset, organizations: [], links: [] }, issues });
  } catch (error) {
    post(answerFailure(id, error));
  }
}
