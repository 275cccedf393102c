/**
 * The world map under the geographic layout, as SVG path data in the model units of
 * projectLonLat, so that a node and the coast it stands on line up. Natural Earth 1:110m
 * (world-atlas) is bundled: the page may load nothing from other hosts. It is imported on first
 * use only, so it stays out of the main bundle, and turned into paths once.
 */
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { projectLonLat } from '../../core/geo/projection';

export interface WorldOutlinePaths {
  /** Land, one closed subpath per island or continent (holes such as the Caspian included). */
  land: string;
  /** Borders between countries, open lines. */
  borders: string;
}

/** Natural Earth's Antarctica reaches the pole: left out, its band hosts unplaced organisations. */
const ANTARCTICA = '010';

let loading: Promise<WorldOutlinePaths> | null = null;

/** Land and borders, loaded and computed on the first call; later calls share the result. */
export function loadWorldOutlinePaths(): Promise<WorldOutlinePaths> {
  loading ??= (async () => {
    const [{ merge, mesh }, atlas] = await Promise.all([
      import('topojson-client'),
      import('world-atlas/countries-110m.json'),
    ]);
    const topology = atlas.default as unknown as Topology<{ countries: GeometryCollection }>;
    const countries = topology.objects.countries;
    const inhabited = countries.geometries.filter((country) => country.id !== ANTARCTICA);
    return outlinePaths(
      merge(topology, inhabited as Parameters<typeof merge>[1]),
      mesh(topology, countries, (a, b) => a !== b),
    );
  })();
  // A failed load (a chunk missing after a redeploy) may be retried by the next call.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The land's path data (see loadWorldOutlinePaths). */
export async function loadWorldOutline(): Promise<string> {
  return (await loadWorldOutlinePaths()).land;
}

/** GeoJSON in longitude and latitude → path data in model units. */
export function outlinePaths(land: MultiPolygon, borders: MultiLineString): WorldOutlinePaths {
  const landParts: string[] = [];
  for (const polygon of land.coordinates) {
    for (const ring of polygon) {
      const points = projectAll(withPoleClosure(unwrap(ring)));
      if (points.length > 1 && points[0] === points[points.length - 1]) points.pop();
      if (points.length >= 3) landParts.push(`M${points.join('L')}Z`);
    }
  }
  const borderParts: string[] = [];
  for (const line of borders.coordinates) {
    const points = projectAll(unwrap(line));
    if (points.length >= 2) borderParts.push(`M${points.join('L')}`);
  }
  return { land: landParts.join(''), borders: borderParts.join('') };
}

/**
 * The data is cut for a globe: Russia and Fiji run across the 180th meridian, and a flat
 * drawing would join their two sides with a line across the whole map. Longitudes are made
 * continuous instead, and the shape shifted by a full turn if most of it then lies beyond ±180°,
 * so that Chukotka pokes out a little past the map's right edge rather than being torn off.
 */
function unwrap(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  let previous: number | null = null;
  let sum = 0;
  for (const point of line) {
    const lon = point[0]!;
    const lat = point[1]!;
    if (previous !== null) {
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    previous = lon;
    out.push([lon + shift, lat]);
    sum += lon + shift;
  }
  const turns = Math.round(sum / Math.max(1, out.length) / 360);
  return turns === 0 ? out : out.map(([lon, lat]) => [lon! - 360 * turns, lat!]);
}

/** A ring around a pole ends a full turn from where it began: close it along the pole's line. */
function withPoleClosure(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined || Math.abs(last[0]! - first[0]!) < 180) {
    return ring;
  }
  const pole = ring.reduce((sum, point) => sum + point[1]!, 0) < 0 ? -90 : 90;
  return [...ring, [last[0]!, pole], [first[0]!, pole]];
}

/** Model coordinates to one decimal (a hundredth of a degree), repeats dropped. */
function projectAll(line: readonly Position[]): string[] {
  const out: string[] = [];
  for (const [lon, lat] of line) {
    const { x, y } = projectLonLat(lon!, lat!);
    const point = `${round(x)},${round(y)}`;
    if (point !== out[out.length - 1]) out.push(point);
  }
  return out;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10 + 0);
}
