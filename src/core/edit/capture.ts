/**
 * Live capture: an alliance a participant mentions, typed in a short form — its two ends (each an
 * organisation of the network, or a new one with a name, sector, city and country), its type and
 * the year it started. readForms.readCapture reads it as the import reads rows and makes it one
 * edit, so one undo takes back the alliance with the organisations it brought.
 */
import type { ImportIssue } from '../issues/issues';
import type { Dataset, Organization } from '../model/types';
import type { Edit } from './edits';

/** A new organisation's four fields, as typed. */
export interface NewOrganization {
  name: string;
  sector: string;
  city: string;
  country: string;
}

/** One end: an organisation of the network, by id, or a new one. */
export type CaptureEnd = { id: string } | NewOrganization;

export interface Capture {
  source: CaptureEnd;
  target: CaptureEnd;
  /** The alliance's type, in any of the three languages or as the data names it. */
  type: string;
  /** The year it started (`since`); may be empty. */
  year: string;
}

/** Which part of the form a message is about. */
export type CapturePart = 'source' | 'target' | 'alliance';

export interface CaptureReading {
  /** The edit to make; null while an error stands. */
  edit: Edit | null;
  issues: { part: CapturePart; issue: ImportIssue }[];
}

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase('und');

/**
 * The organisation a typed text names: one whose name, other name or id is that text (case and
 * accents aside); null when none is, or when several are (the reader must pick one).
 */
export function organizationNamed(dataset: Dataset, text: string): Organization | null {
  const wanted = fold(text);
  if (wanted === '') return null;
  const found = dataset.organizations.filter(
    (o) =>
      fold(o.id) === wanted || fold(o.name) === wanted || o.aliases.some((a) => fold(a) === wanted),
  );
  return found.length === 1 ? found[0]! : null;
}
