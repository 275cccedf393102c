/**
 * Sector colours: fixed, so a sector is the same colour in every view and every dataset.
 * Paul Tol's colour-blind-safe "muted" scheme, completed with two Okabe–Ito colours for the
 * eleventh sector and for government; grey is kept for custom sectors and placeholders.
 */
import { SECTORS, type CanonicalSector } from '../core/model/types';

export const SECTOR_COLORS: Record<CanonicalSector, string> = {
  cooperative: '#117733',
  social_enterprise: '#44AA99',
  civil_society: '#88CCEE',
  movement: '#CC6677',
  union: '#882255',
  academia: '#332288',
  government: '#E69F00',
  private: '#999933',
  network: '#DDCC77',
  international: '#AA4499',
  finance: '#0072B2',
};

export const OTHER_SECTOR_COLOR = '#BBBBBB';

/** Placeholders (link ends the organisations file does not list): white with a dashed rim. */
export const PLACEHOLDER_BORDER = '#6b7280';

export function sectorColor(sector: string | null): string {
  return sector !== null && sector in SECTOR_COLORS
    ? SECTOR_COLORS[sector as CanonicalSector]
    : OTHER_SECTOR_COLOR;
}

export const LEGEND_SECTORS: readonly CanonicalSector[] = SECTORS;
