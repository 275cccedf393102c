/**
 * The geographic layout: organisations where they are on a flat world map, in the model units that
 * Cytoscape positions and the world outline share. The projection is equirectangular: it keeps
 * longitudes and latitudes straight and evenly spaced, which is what people expect from a wall map
 * of Latin America and Europe, and it can be read backwards without a library. Its stretch near
 * the poles does not matter where SSE networks live.
 */
import type { Organization } from '../model/types';
import { placeOf } from './place';
import { goldenAnglePoint } from '../layout/spiral';

/** Model units per degree: the world is 3600 × 1800 units, a small disc (12) is about 1°. */
export const GEO_SCALE = 10;

/** Organisations without a place are drawn in rows from this latitude down (the Southern Ocean). */
export const UNPLACED_LATITUDE = -62;

export interface GeoPoint {
  x: number;
  y: number;
}

/** Longitude and latitude in degrees → model units (y grows downwards, as on screen). */
export function projectLonLat(lon: number, lat: number): GeoPoint {
  // 0 - lat, not -lat: the equator gives y = 0, not -0, which toEqual and Object.is tell apart.
  return { x: lon * GEO_SCALE, y: (0 - lat) * GEO_SCALE };
}

export interface GeographicOptions {
  /** Diameter of an organisation's disc in model units (the stylesheet's); 12 when not given. */
  diameterOf?: (id: string) => number;
  /** Space kept between neighbouring discs, in model units. */
  gap?: number;
  /**
   * Move discs that would overlap (organisations of one city, or of one country without
   * coordinates) to the nearest free spot, so a crowd becomes a honeycomb around its place. Off:
   * exact places, except that organisations at the very same point are still fanned out on a
   * sunflower spiral so that none hides another (neighbours may then overlap).
   */
  declutter?: boolean;
}

const DEFAULTS = { diameter: 12, gap: 2, declutter: true } as const;

export interface GeographicLayout {
  positions: Map<string, GeoPoint>;
  /** Placed from their own latitude and longitude. */
  located: number;
  /** Placed around their country's centre, for lack of coordinates. */
  byCountry: number;
  /** Ids with neither coordinates nor a known country, drawn in rows below the map. */
  unplaced: string[];
}

interface Anchor {
  /** Lowest id first, so that the same data always gives the same picture. */
  ids: string[];
  centre: GeoPoint;
  /** From the organisations' own coordinates, not a country's centre. */
  exact: boolean;
}

/**
 * Where each organisation goes on the map: its own latitude and longitude when it has both, else
 * its country's centre. Discs that would overlap (a city's organisations, a country's without
 * coordinates) are moved to the nearest free spot (see placeWithoutOverlap). The rest sit in a
 * grid below the map so that they are still drawn. Deterministic: no randomness, and the input
 * order does not matter.
 */
export function geographicPositions(
  organizations: readonly Organization[],
  options: GeographicOptions = {},
): GeographicLayout {
  if (!Array.isArray(organizations)) {
    throw new TypeError('geographicPositions: expected an array of organizations');
  }
  const gap = options.gap ?? DEFAULTS.gap;
  if (!Number.isFinite(gap) || gap < 0) {
    throw new RangeError(`geographicPositions: gap must be a number ≥ 0, got ${String(gap)}`);
  }
  const diameterOf = diameterReader(options.diameterOf);

  const sorted = [...organizations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const anchors = new Map<string, Anchor>();
  const anchor = (key: string, lon: number, lat: number, id: string): void => {
    const known = anchors.get(key);
    if (known) known.ids.push(id);
    else anchors.set(key, { ids: [id], centre: projectLonLat(lon, lat), exact: key[0] === '@' });
  };
  let located = 0;
  let byCountry = 0;
  const unplaced: string[] = [];
  for (const organization of sorted) {
    const { id, country } = organization;
    const place = placeOf(organization);
    if (place === null) {
      unplaced.push(id);
      continue;
    }
    if (place.from === 'file') {
      located += 1;
      anchor(`@${place.lat},${place.lon}`, place.lon, place.lat, id);
      continue;
    }
    byCountry += 1;
    anchor(`#${country}`, place.lon, place.lat, id);
  }

  const positions = new Map<string, GeoPoint>();
  if (options.declutter ?? DEFAULTS.declutter) {
    placeWithoutOverlap([...anchors.values()], diameterOf, gap, positions);
  } else {
    for (const { ids, centre } of anchors.values()) fanOut(ids, centre, diameterOf, gap, positions);
  }
  placeBelowMap(unplaced, diameterOf, gap, positions);
  return { positions, located, byCountry, unplaced };
}

function diameterReader(diameterOf: ((id: string) => number) | undefined): (id: string) => number {
  if (diameterOf === undefined) return () => DEFAULTS.diameter;
  return (id) => {
    const diameter = diameterOf(id);
    if (!Number.isFinite(diameter) || diameter <= 0) {
      throw new RangeError(
        `geographicPositions: diameterOf("${id}") must be a number > 0, got ${String(diameter)}`,
      );
    }
    return diameter;
  };
}

/**
 * A sunflower (Vogel) spiral around the shared point: the first organisation on it, each next one
 * a golden angle further round, radii growing as √k so that every disc gets about the same room.
 * Used when decluttering is off; nearby discs may then still overlap.
 */
function fanOut(
  ids: readonly string[],
  centre: GeoPoint,
  diameterOf: (id: string) => number,
  gap: number,
  positions: Map<string, GeoPoint>,
): void {
  const room = ids.reduce((max, id) => Math.max(max, diameterOf(id)), 0) + gap;
  const step = room / Math.sqrt(Math.PI) / 0.93;
  ids.forEach((id, k) => {
    // The first keeps the point itself; the spiral starts one disc out, clear of it.
    const radius = k === 0 ? 0 : step * Math.sqrt(k + 2);
    positions.set(id, goldenAnglePoint(k, radius, centre));
  });
}

const NEIGHBOUR_CELLS = [
  [0, 0],
  [-1, -1],
  [-1, 0],
  [-1, 1],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 0],
  [1, 1],
] as const;

/** Lattice offsets (axial q, r) nearest first, computed once per size and grown on demand. */
let latticeOffsets: Int32Array = new Int32Array(0);
let latticeRadius = 0;

function offsetsWithin(radius: number): Int32Array {
  if (radius <= latticeRadius) return latticeOffsets;
  const found: [number, number, number][] = [];
  for (let q = -radius; q <= radius; q += 1) {
    for (let r = Math.max(-radius, -q - radius); r <= Math.min(radius, -q + radius); r += 1) {
      found.push([q * q + q * r + r * r, q, r]);
    }
  }
  // Integer squared lengths: ties are broken the same way on every machine.
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  latticeOffsets = Int32Array.from(found.flatMap(([, q, r]) => [q, r]));
  latticeRadius = radius;
  return latticeOffsets;
}

/**
 * Each organisation, biggest disc first (hubs keep their true place), then those with their own
 * coordinates, then by id, takes its own point if no disc placed before is in the way (and it is
 * not one of a crowd of small discs), or else the nearest free point of a hexagonal lattice
 * whose pitch fits the smallest discs. A crowd (a
 * city's hundred organisations within a kilometre) thus becomes a compact honeycomb around its
 * city, and neighbouring crowds fit around each other. Every disc keeps its distance from every
 * other by construction, in a single pass: no iterations to converge.
 */
function placeWithoutOverlap(
  anchors: readonly Anchor[],
  diameterOf: (id: string) => number,
  gap: number,
  positions: Map<string, GeoPoint>,
): void {
  const items = anchors.flatMap(({ ids, centre, exact }) =>
    ids.map((id) => ({ id, centre, exact, radius: diameterOf(id) / 2 })),
  );
  if (items.length === 0) return;
  items.sort(
    (a, b) =>
      b.radius - a.radius ||
      Number(b.exact) - Number(a.exact) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Sorted biggest first: the last disc is the smallest.
  const pitch = 2 * items[items.length - 1]!.radius + gap;
  const reach = 2 * items[0]!.radius + gap;
  const rowHeight = (pitch * Math.sqrt(3)) / 2;

  // Placed discs, hashed by square cells of the largest distance two discs can need.
  const placed = new Map<number, { x: number; y: number; radius: number }[]>();
  const cellKey = (cx: number, cy: number): number => cx * 4_194_304 + cy;
  const fits = (x: number, y: number, radius: number): boolean => {
    const cx = Math.floor(x / reach);
    const cy = Math.floor(y / reach);
    for (let ox = -1; ox <= 1; ox += 1) {
      for (let oy = -1; oy <= 1; oy += 1) {
        for (const other of placed.get(cellKey(cx + ox, cy + oy)) ?? []) {
          const need = radius + other.radius + gap;
          if ((other.x - x) ** 2 + (other.y - y) ** 2 < need * need - 1e-6) return false;
        }
      }
    }
    return true;
  };
  const place = (id: string, x: number, y: number, radius: number): void => {
    const k = cellKey(Math.floor(x / reach), Math.floor(y / reach));
    const cell = placed.get(k);
    if (cell) cell.push({ x, y, radius });
    else placed.set(k, [{ x, y, radius }]);
    positions.set(id, { x, y });
  };

  // A small disc in a crowd goes straight to the lattice: one of them on its own point would
  // leave a ragged hole in the crowd's honeycomb.
  const targets = new Map<number, { x: number; y: number; radius: number }[]>();
  for (const { centre, radius } of items) {
    const k = cellKey(Math.floor(centre.x / reach), Math.floor(centre.y / reach));
    const cell = targets.get(k);
    if (cell) cell.push({ ...centre, radius });
    else targets.set(k, [{ ...centre, radius }]);
  }
  const crowded = (centre: GeoPoint, radius: number): boolean => {
    const cx = Math.floor(centre.x / reach);
    const cy = Math.floor(centre.y / reach);
    let near = 0;
    // Own cell first: in a crowd the answer is there, before any long list next door.
    for (const [ox, oy] of NEIGHBOUR_CELLS) {
      for (const other of targets.get(cellKey(cx + ox, cy + oy)) ?? []) {
        const need = radius + other.radius + gap;
        if ((other.x - centre.x) ** 2 + (other.y - centre.y) ** 2 < need * need) near += 1;
        if (near > 1) return true; // itself and another
      }
    }
    return false;
  };

  // Lattice points already tried from a given base point: taken then, so taken for good.
  const tried = new Map<number, number>();
  let offsets = offsetsWithin(Math.ceil(Math.sqrt(items.length)) + 8);
  for (const { id, centre, radius } of items) {
    const smallest = 2 * radius + gap <= pitch;
    if (!(smallest && crowded(centre, radius)) && fits(centre.x, centre.y, radius)) {
      place(id, centre.x, centre.y, radius);
      continue;
    }
    const r0 = Math.round(centre.y / rowHeight);
    const q0 = Math.round(centre.x / pitch - r0 / 2);
    const base = cellKey(q0, r0);
    let index = tried.get(base) ?? 0;
    for (;;) {
      if (2 * index >= offsets.length) offsets = offsetsWithin(2 * latticeRadius);
      const q = q0 + offsets[2 * index]!;
      const r = r0 + offsets[2 * index + 1]!;
      index += 1;
      const x = (q + r / 2) * pitch;
      const y = r * rowHeight;
      if (fits(x, y, radius)) {
        place(id, x, y, radius);
        break;
      }
    }
    // A bigger disc finding a point taken says nothing for a smaller one: only the smallest
    // discs record where their search stopped.
    if (smallest) tried.set(base, index);
  }
}

/** Rows centred under the map, from UNPLACED_LATITUDE down, in id order. */
function placeBelowMap(
  ids: readonly string[],
  diameterOf: (id: string) => number,
  gap: number,
  positions: Map<string, GeoPoint>,
): void {
  if (ids.length === 0) return;
  const step = ids.reduce((max, id) => Math.max(max, diameterOf(id)), 0) + Math.max(gap, 8);
  const widest = Math.max(1, Math.floor((300 * GEO_SCALE) / step));
  const columns = Math.min(ids.length, widest, Math.max(12, Math.ceil(Math.sqrt(ids.length * 8))));
  const top = projectLonLat(0, UNPLACED_LATITUDE).y + step / 2;
  ids.forEach((id, k) => {
    const row = Math.floor(k / columns);
    const inRow = Math.min(columns, ids.length - row * columns);
    const column = k % columns;
    positions.set(id, { x: (column - (inRow - 1) / 2) * step, y: top + row * step });
  });
}
