/**
 * Eccentricity of each organisation within its component, equal to networkx
 * `eccentricity(G.subgraph(component))`: the greatest distance from it to an organisation it can
 * reach, 0 for an isolated organisation. A step of the shared path sweep: each source's
 * greatest distance is already in its sums (paths.ts), in ties or, weighted, in 1 / weight.
 */
import type { PathPartials } from './paths';

export function eccentricity(partials: PathPartials): Float64Array {
  if (!(partials?.eccentricity instanceof Float64Array)) {
    throw new Error('eccentricity: expects the sums of a path sweep.');
  }
  return partials.eccentricity.slice();
}
