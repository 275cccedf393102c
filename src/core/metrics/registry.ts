/**
 * Every measure, described once, by a descriptor that runs: its id, whether it is a value of each
 * organisation or of the network, its options and their defaults, the fields it fills in
 * `analyze --json`, the networkx function it equals, its name and definition in the app's three
 * languages, and its computation (or the step of a shared computation that yields it). The suite
 * (suite.ts), the report and `analyze --json` (src/core/report), the command line's help, the
 * README's metric table (scripts/metric-table.ts) and the app's size choices, ranking, details
 * and tooltips are all derived from this one list: adding a measure is one file for its
 * computation and one descriptor here.
 */
import type { Language } from '../languages';
import { brokerage } from './brokerage';
import { clustering } from './clustering';
import { detectCommunities } from './communities';
import { coreNumber } from './coreNumber';
import { eccentricity } from './eccentricity';
import { eigenvectorCentrality } from './eigenvector';
import { pagerank } from './pagerank';
import { findGaps } from './gaps';
import { finishPathMeasures } from './pathMeasures';
import type { MetricContext, SharedStep } from './context';
import { sectorMixing } from './sectorMixing';
import { structure } from './structure';
import { structuralHoles } from './structuralHoles';
import { suggestAlliances } from './suggestions';

export type MetricScope = 'organization' | 'network';

/** The options of the suite that change a measure's values, with their defaults. */
export const METRIC_OPTIONS = {
  /** Tie weight as strength; distance = 1 / weight for path measures. */
  weighted: { default: false as boolean, cli: '--weighted' },
  /** Seed of the Louvain restarts. */
  seed: { default: 1 as number, cli: '--seed N' },
} as const;
export type MetricOptionId = keyof typeof METRIC_OPTIONS;

/** Where an output sits in `analyze --json`. */
export type OutputPlace =
  'organizations' | 'summary' | 'sectors' | 'mixing' | 'suggestions' | 'gaps';

export interface MetricOutput {
  place: OutputPlace;
  /** The key within its place: `betweenness`, `brokerage.liaison`, `sector_pairs[].ratio` … */
  key: string;
  /** `list`: an array (of ids, names or entries), which may be empty. */
  type: 'number' | 'integer' | 'list';
  /** Null where the value is undefined (an isolated organisation's constraint, …). */
  nullable: boolean;
}

export interface MetricDescriptor {
  /** The measure's name in `analyze --json` and the app. */
  id: string;
  scope: MetricScope;
  /** A number per organisation that the app ranks in the details panel and sizes discs by. */
  measure: boolean;
  /** The networkx function each value equals (or how it is counted where networkx has none). */
  networkx: string;
  options: readonly MetricOptionId[];
  outputs: readonly MetricOutput[];
  name: Readonly<Record<Language, string>>;
  definition: Readonly<Record<Language, string>>;
  /** Its values, keyed by output key, per place. */
  compute(context: MetricContext): import('./context').MetricValues;
}

/** The path of an output in `analyze --json`: `organizations[].betweenness`, `summary.diameter` … */
export function outputPath(output: MetricOutput): string {
  const single = output.place === 'summary' || output.place === 'mixing' || output.place === 'gaps';
  const place = single ? output.place : `${output.place}[]`;
  return `${place}.${output.key}`;
}

type ValueType = MetricOutput['type'];
function out<const P extends OutputPlace>(place: P) {
  function make<const K extends string>(
    key: K,
    type: ValueType,
  ): { place: P; key: K; type: ValueType; nullable: false };
  function make<const K extends string, const N extends boolean>(
    key: K,
    type: ValueType,
    nullable: N,
  ): { place: P; key: K; type: ValueType; nullable: N };
  function make(key: string, type: ValueType, nullable = false): MetricOutput {
    return { place, key, type, nullable };
  }
  return make;
}
const org = out('organizations');
const summary = out('summary');
const gaps = out('gaps');

// Shared steps: one computation that yields several measures, run once per suite.
const STRUCTURE: SharedStep<ReturnType<typeof structure>> = {
  label: 'structure',
  run: ({ csr }) => structure(csr),
};
const PATHS: SharedStep<ReturnType<typeof finishPathMeasures>> = {
  label: 'path measures (finish)',
  run: (context) =>
    finishPathMeasures(context.csr, context.partials, context.shared(STRUCTURE).components),
};
const CLUSTERING: SharedStep<ReturnType<typeof clustering>> = {
  label: 'clustering',
  run: ({ csr, settings }) => clustering(csr, { weighted: settings.weighted }),
};
const HOLES: SharedStep<ReturnType<typeof structuralHoles>> = {
  label: 'constraint, effective size',
  run: ({ csr, settings }) => structuralHoles(csr, { weighted: settings.weighted }),
};
const COMMUNITIES: SharedStep<ReturnType<typeof detectCommunities>> = {
  label: 'communities',
  run: ({ csr, settings }) =>
    detectCommunities(csr, {
      seed: settings.seed,
      restarts: settings.restarts,
      weighted: settings.weighted,
    }),
};
const SECTORS: SharedStep<ReturnType<typeof sectorMixing>> = {
  label: 'sector mixing',
  run: ({ csr }) => sectorMixing(csr),
};

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

export const METRICS = [
  {
    id: 'degree',
    scope: 'organization',
    measure: true,
    networkx: 'G.degree',
    options: [],
    outputs: [org('degree', 'integer')],
    name: { en: 'number of partners', es: 'número de socios', fr: 'nombre de partenaires' },
    definition: {
      en: 'Number of distinct partners.',
      es: 'Número de socios distintos.',
      fr: 'Nombre de partenaires distincts.',
    },
    compute: (c) => ({ organizations: { degree: c.shared(STRUCTURE).degree } }),
  },
  {
    id: 'strength',
    scope: 'organization',
    measure: true,
    networkx: 'G.degree(weight="weight")',
    options: [],
    outputs: [org('strength', 'number')],
    name: { en: 'strength', es: 'fuerza', fr: 'force' },
    definition: {
      en: 'Sum of the weights of the organisation’s ties.',
      es: 'Suma de los pesos de los lazos de la organización.',
      fr: 'Somme des poids des liens de l’organisation.',
    },
    compute: (c) => ({ organizations: { strength: c.shared(STRUCTURE).strength } }),
  },
  {
    id: 'degree_centrality',
    scope: 'organization',
    measure: true,
    networkx: 'degree_centrality',
    options: [],
    outputs: [org('degree_centrality', 'number')],
    name: { en: 'degree centrality', es: 'centralidad de grado', fr: 'centralité de degré' },
    definition: {
      en: 'Degree divided by the number of other organisations (n − 1).',
      es: 'Grado dividido por el número de otras organizaciones (n − 1).',
      fr: 'Degré divisé par le nombre d’autres organisations (n − 1).',
    },
    compute: (c) => ({
      organizations: { degree_centrality: c.shared(STRUCTURE).degreeCentrality },
    }),
  },
  {
    id: 'betweenness',
    scope: 'organization',
    measure: true,
    networkx: 'betweenness_centrality(G, normalized=True)',
    options: ['weighted'],
    outputs: [org('betweenness', 'number')],
    name: { en: 'betweenness', es: 'intermediación', fr: 'intermédiarité' },
    definition: {
      en: 'Share of shortest paths between other organisations that pass through this one.',
      es: 'Proporción de caminos más cortos entre otras organizaciones que pasan por esta.',
      fr: 'Part des plus courts chemins entre d’autres organisations qui passent par celle-ci.',
    },
    compute: (c) => ({ organizations: { betweenness: c.shared(PATHS).betweenness } }),
  },
  {
    id: 'closeness',
    scope: 'organization',
    measure: true,
    networkx: 'closeness_centrality(G) (Wasserman–Faust)',
    options: ['weighted'],
    outputs: [org('closeness', 'number')],
    name: { en: 'closeness', es: 'cercanía', fr: 'proximité' },
    definition: {
      en: 'Inverse mean distance to the organisations it can reach, scaled by the share it reaches.',
      es: 'Inverso de la distancia media a las organizaciones que alcanza, escalado por la proporción alcanzada.',
      fr: 'Inverse de la distance moyenne aux organisations atteintes, pondéré par la part atteinte.',
    },
    compute: (c) => ({ organizations: { closeness: c.shared(PATHS).closeness } }),
  },
  {
    id: 'harmonic',
    scope: 'organization',
    measure: true,
    networkx: 'harmonic_centrality(G)[v] / (n − 1)',
    options: ['weighted'],
    outputs: [org('harmonic', 'number')],
    name: { en: 'harmonic centrality', es: 'centralidad armónica', fr: 'centralité harmonique' },
    definition: {
      en: 'Mean of 1 / distance to every other organisation (0 when unreachable).',
      es: 'Media de 1 / distancia a cada otra organización (0 si es inalcanzable).',
      fr: 'Moyenne de 1 / distance à chaque autre organisation (0 si inaccessible).',
    },
    compute: (c) => ({ organizations: { harmonic: c.shared(PATHS).harmonic } }),
  },
  {
    id: 'eigenvector',
    scope: 'organization',
    measure: true,
    networkx: 'eigenvector_centrality(G)',
    options: ['weighted'],
    outputs: [org('eigenvector', 'number', true)],
    name: {
      en: 'eigenvector centrality',
      es: 'centralidad de vector propio',
      fr: 'centralité de vecteur propre',
    },
    definition: {
      en: 'Influence from being tied to well-tied organisations (unit Euclidean norm).',
      es: 'Influencia por estar ligada a organizaciones bien conectadas (norma euclídea unitaria).',
      fr: 'Influence due aux liens avec des organisations bien reliées (norme euclidienne unité).',
    },
    compute: (c) => ({
      organizations: {
        eigenvector: c.orNaN('eigenvector', () =>
          eigenvectorCentrality(c.csr, { weighted: c.settings.weighted }),
        ),
      },
    }),
  },
  {
    id: 'pagerank',
    scope: 'organization',
    measure: true,
    networkx: 'pagerank(G, alpha=0.85)',
    options: ['weighted'],
    outputs: [org('pagerank', 'number', true)],
    name: { en: 'PageRank', es: 'PageRank', fr: 'PageRank' },
    definition: {
      en: 'Share of time a random walker following ties (15 % random jumps) spends here.',
      es: 'Proporción del tiempo que pasa aquí un caminante aleatorio que sigue los lazos (15 % de saltos).',
      fr: 'Part du temps qu’un marcheur aléatoire suivant les liens (15 % de sauts) passe ici.',
    },
    compute: (c) => ({
      organizations: {
        pagerank: c.orNaN('pagerank', () => pagerank(c.csr, { weighted: c.settings.weighted })),
      },
    }),
  },
  {
    id: 'clustering',
    scope: 'organization',
    measure: true,
    networkx: 'clustering(G)',
    options: ['weighted'],
    outputs: [org('clustering', 'number')],
    name: { en: 'clustering', es: 'agrupamiento', fr: 'coefficient de regroupement' },
    definition: {
      en: 'Share of pairs of partners that are tied to each other.',
      es: 'Proporción de pares de socios que están ligados entre sí.',
      fr: 'Part des paires de partenaires liés entre eux.',
    },
    compute: (c) => ({ organizations: { clustering: c.shared(CLUSTERING).clustering } }),
  },
  {
    id: 'constraint',
    scope: 'organization',
    measure: true,
    networkx: 'constraint(G)',
    options: ['weighted'],
    outputs: [org('constraint', 'number', true)],
    name: { en: 'constraint (Burt)', es: 'restricción (Burt)', fr: 'contrainte (Burt)' },
    definition: {
      en: 'Burt’s constraint: how much the ties lead to partners that are tied to each other (low = broker).',
      es: 'Restricción de Burt: cuánto llevan los lazos a socios ligados entre sí (baja = intermediaria).',
      fr: 'Contrainte de Burt : à quel point les liens mènent à des partenaires liés entre eux (faible = courtier).',
    },
    compute: (c) => ({ organizations: { constraint: c.shared(HOLES).constraint } }),
  },
  {
    id: 'effective_size',
    scope: 'organization',
    measure: true,
    networkx: 'effective_size(G)',
    options: ['weighted'],
    outputs: [org('effective_size', 'number', true)],
    name: {
      en: 'effective size (Burt)',
      es: 'tamaño efectivo (Burt)',
      fr: 'taille effective (Burt)',
    },
    definition: {
      en: 'Burt’s effective size: partners minus their redundancy.',
      es: 'Tamaño efectivo de Burt: socios menos su redundancia.',
      fr: 'Taille effective de Burt : partenaires moins leur redondance.',
    },
    compute: (c) => ({ organizations: { effective_size: c.shared(HOLES).effectiveSize } }),
  },
  {
    id: 'core_number',
    scope: 'organization',
    measure: true,
    networkx: 'core_number(G)',
    options: [],
    outputs: [org('core_number', 'integer')],
    name: { en: 'k-core number', es: 'número de k-núcleo', fr: 'numéro de k-cœur' },
    definition: {
      en: 'Largest k such that the organisation belongs to a group in which each has at least k partners within the group (the k-core).',
      es: 'Mayor k tal que la organización pertenece a un grupo en el que cada una tiene al menos k socios dentro del grupo (el k-núcleo).',
      fr: 'Plus grand k tel que l’organisation appartient à un groupe où chacune a au moins k partenaires dans le groupe (le k-cœur).',
    },
    compute: (c) => ({ organizations: { core_number: coreNumber(c.csr) } }),
  },
  {
    id: 'eccentricity',
    scope: 'organization',
    measure: true,
    networkx: 'eccentricity(G.subgraph(component))',
    options: ['weighted'],
    outputs: [org('eccentricity', 'number')],
    name: { en: 'eccentricity', es: 'excentricidad', fr: 'excentricité' },
    definition: {
      en: 'Greatest distance to an organisation of its component (0 for an isolated one).',
      es: 'Mayor distancia a una organización de su componente (0 si está aislada).',
      fr: 'Plus grande distance à une organisation de sa composante (0 si elle est isolée).',
    },
    compute: (c) => ({ organizations: { eccentricity: eccentricity(c.partials) } }),
  },
  {
    id: 'community',
    scope: 'organization',
    measure: false,
    networkx: 'community.louvain_communities (resolution 1)',
    options: ['weighted', 'seed'],
    outputs: [org('community', 'integer')],
    name: { en: 'community', es: 'comunidad', fr: 'communauté' },
    definition: {
      en: 'Louvain community, best of several seeded runs; numbered by size, the largest first.',
      es: 'Comunidad de Louvain, la mejor de varias ejecuciones con semilla; numeradas por tamaño, la mayor primero.',
      fr: 'Communauté de Louvain, la meilleure de plusieurs exécutions à graine ; numérotées par taille, la plus grande d’abord.',
    },
    compute: (c) => ({ organizations: { community: c.shared(COMMUNITIES).community } }),
  },
  {
    id: 'brokerage',
    scope: 'organization',
    measure: false,
    networkx: '— (Gould–Fernandez, undirected)',
    options: [],
    outputs: [
      org('brokerage.coordinator', 'integer'),
      org('brokerage.consultant', 'integer'),
      org('brokerage.representative', 'integer'),
      org('brokerage.liaison', 'integer'),
    ],
    name: { en: 'brokerage roles', es: 'roles de intermediación', fr: 'rôles de courtage' },
    definition: {
      en: 'Open two-paths A–B–C through B, by sector pattern: coordinator, consultant, representative, liaison.',
      es: 'Caminos abiertos A–B–C a través de B según los sectores: coordinador, consultor, representante, enlace.',
      fr: 'Chemins ouverts A–B–C passant par B selon les secteurs : coordinateur, consultant, représentant, agent de liaison.',
    },
    compute: (c) => {
      const roles = brokerage(c.csr);
      return {
        organizations: {
          'brokerage.coordinator': roles.coordinator,
          'brokerage.consultant': roles.consultant,
          'brokerage.representative': roles.representative,
          'brokerage.liaison': roles.liaison,
        },
      };
    },
  },
  {
    id: 'components',
    scope: 'network',
    measure: false,
    networkx: 'number_connected_components(G)',
    options: [],
    outputs: [summary('components', 'integer'), summary('largest_component', 'integer')],
    name: { en: 'components', es: 'componentes', fr: 'composantes' },
    definition: {
      en: 'Groups of organisations connected by some path (isolated ones count one each), and the size of the largest.',
      es: 'Grupos de organizaciones unidas por algún camino (cada aislada cuenta uno), y el tamaño del mayor.',
      fr: 'Groupes d’organisations reliées par un chemin (chaque isolée compte pour un), et la taille du plus grand.',
    },
    compute: (c) => {
      const { components } = c.shared(STRUCTURE);
      return { summary: { components: components.count, largest_component: components.largest } };
    },
  },
  {
    id: 'density',
    scope: 'network',
    measure: false,
    networkx: 'density(G)',
    options: [],
    outputs: [summary('density', 'number')],
    name: { en: 'density', es: 'densidad', fr: 'densité' },
    definition: {
      en: 'Ties present out of all possible pairs: 2m / (n(n − 1)).',
      es: 'Lazos presentes sobre todos los pares posibles: 2m / (n(n − 1)).',
      fr: 'Liens présents sur toutes les paires possibles : 2m / (n(n − 1)).',
    },
    compute: (c) => ({ summary: { density: c.shared(STRUCTURE).density } }),
  },
  {
    id: 'transitivity',
    scope: 'network',
    measure: false,
    networkx: 'transitivity(G)',
    options: [],
    outputs: [summary('transitivity', 'number')],
    name: { en: 'transitivity', es: 'transitividad', fr: 'transitivité' },
    definition: {
      en: 'Share of connected triples that close into triangles.',
      es: 'Proporción de tríadas conectadas que se cierran en triángulos.',
      fr: 'Part des triplets connectés qui se ferment en triangles.',
    },
    compute: (c) => ({ summary: { transitivity: c.shared(CLUSTERING).transitivity } }),
  },
  {
    id: 'average_clustering',
    scope: 'network',
    measure: false,
    networkx: 'average_clustering(G)',
    options: ['weighted'],
    outputs: [summary('average_clustering', 'number')],
    name: { en: 'average clustering', es: 'agrupamiento medio', fr: 'regroupement moyen' },
    definition: {
      en: 'Mean clustering over all organisations (isolated ones count as 0).',
      es: 'Agrupamiento medio de todas las organizaciones (las aisladas cuentan 0).',
      fr: 'Regroupement moyen de toutes les organisations (les isolées comptent 0).',
    },
    compute: (c) => ({ summary: { average_clustering: c.shared(CLUSTERING).averageClustering } }),
  },
  {
    id: 'diameter',
    scope: 'network',
    measure: false,
    networkx: 'diameter(largest component)',
    options: ['weighted'],
    outputs: [summary('diameter', 'number', true)],
    name: { en: 'diameter', es: 'diámetro', fr: 'diamètre' },
    definition: {
      en: 'Longest shortest path in the largest component.',
      es: 'El camino más corto más largo de la mayor componente.',
      fr: 'Le plus long des plus courts chemins de la plus grande composante.',
    },
    compute: (c) => ({ summary: { diameter: c.shared(PATHS).diameter } }),
  },
  {
    id: 'average_path_length',
    scope: 'network',
    measure: false,
    networkx: 'average_shortest_path_length(largest component)',
    options: ['weighted'],
    outputs: [summary('average_path_length', 'number', true)],
    name: {
      en: 'average path length',
      es: 'longitud media de camino',
      fr: 'longueur moyenne des chemins',
    },
    definition: {
      en: 'Mean shortest-path length in the largest component.',
      es: 'Longitud media de los caminos más cortos en la mayor componente.',
      fr: 'Longueur moyenne des plus courts chemins dans la plus grande composante.',
    },
    compute: (c) => ({ summary: { average_path_length: c.shared(PATHS).averagePathLength } }),
  },
  {
    id: 'modularity',
    scope: 'network',
    measure: false,
    networkx: 'community.modularity(G, partition)',
    options: ['weighted', 'seed'],
    outputs: [summary('modularity', 'number', true), summary('communities', 'integer')],
    name: { en: 'modularity', es: 'modularidad', fr: 'modularité' },
    definition: {
      en: 'Modularity of exactly the communities reported, and their number.',
      es: 'Modularidad exactamente de las comunidades presentadas, y su número.',
      fr: 'Modularité exactement des communautés présentées, et leur nombre.',
    },
    compute: (c) => {
      const found = c.shared(COMMUNITIES);
      return { summary: { modularity: orNull(found.modularity), communities: found.count } };
    },
  },
  {
    id: 'sector_assortativity',
    scope: 'network',
    measure: false,
    networkx: 'attribute_assortativity_coefficient(G, "sector")',
    options: [],
    outputs: [summary('sector_assortativity', 'number', true)],
    name: {
      en: 'sector assortativity',
      es: 'asortatividad por sector',
      fr: 'assortativité par secteur',
    },
    definition: {
      en: 'Tendency of ties to stay within a sector (1) or cross sectors (negative).',
      es: 'Tendencia de los lazos a quedarse en un sector (1) o cruzarlos (negativa).',
      fr: 'Tendance des liens à rester dans un secteur (1) ou à les traverser (négative).',
    },
    compute: (c) => ({ summary: { sector_assortativity: c.shared(SECTORS).assortativity } }),
  },
  {
    id: 'ei_index',
    scope: 'network',
    measure: false,
    networkx: '— (Krackhardt–Stern)',
    options: [],
    outputs: [
      summary('ei_index', 'number', true),
      out('sectors')('organizations', 'integer'),
      out('sectors')('internal', 'integer'),
      out('sectors')('external', 'integer'),
      out('sectors')('ei_index', 'number', true),
    ],
    name: { en: 'E-I index', es: 'índice E-I', fr: 'indice E-I' },
    definition: {
      en: '(ties across sectors − ties within) / all ties, per sector and overall.',
      es: '(lazos entre sectores − lazos internos) / todos los lazos, por sector y en total.',
      fr: '(liens entre secteurs − liens internes) / tous les liens, par secteur et au total.',
    },
    compute: (c) => {
      const mixing = c.shared(SECTORS);
      return {
        summary: { ei_index: mixing.eiIndex },
        sectors: mixing.sectors.map((row) => ({
          sector: row.sector,
          organizations: row.organizations,
          internal: row.internal,
          external: row.external,
          ei_index: row.eiIndex,
        })),
      };
    },
  },
  {
    id: 'mixing',
    scope: 'network',
    measure: false,
    networkx: '— (observed vs. expected ties between sectors)',
    options: [],
    outputs: [out('mixing')('observed', 'number'), out('mixing')('expected', 'number')],
    name: { en: 'sector mixing', es: 'mezcla de sectores', fr: 'mélange des secteurs' },
    definition: {
      en: 'Ties between each pair of sectors, next to the count expected if ties ignored sectors (D_i·D_j / 2m).',
      es: 'Lazos entre cada par de sectores, junto al número esperado si los lazos ignoraran el sector (D_i·D_j / 2m).',
      fr: 'Liens entre chaque paire de secteurs, à côté du nombre attendu si les liens ignoraient le secteur (D_i·D_j / 2m).',
    },
    compute: (c) => ({ mixing: c.shared(SECTORS).mixing }),
  },
  {
    id: 'suggestions',
    scope: 'network',
    measure: false,
    networkx: 'adamic_adar_index',
    options: [],
    outputs: [out('suggestions')('score', 'number')],
    name: { en: 'suggested alliances', es: 'alianzas sugeridas', fr: 'alliances suggérées' },
    definition: {
      en: 'Untied pairs at distance 2 with the highest Adamic–Adar score, with shared partners (top 100).',
      es: 'Pares no ligados a distancia 2 con mayor puntuación Adamic–Adar, con socios comunes (los 100 mejores).',
      fr: 'Paires non liées à distance 2 au meilleur score Adamic–Adar, avec partenaires communs (100 premières).',
    },
    compute: (c) => ({
      suggestions: suggestAlliances(c.csr, { limit: c.settings.suggestions }),
    }),
  },
  {
    id: 'gaps',
    scope: 'network',
    measure: false,
    networkx: '— (mixing matrix, connected_components, isolates)',
    options: [],
    outputs: [
      gaps('sector_pairs[].observed', 'integer'),
      gaps('sector_pairs[].expected', 'number'),
      gaps('sector_pairs[].ratio', 'number', true),
      gaps('isolated_regions', 'list', true),
      gaps('sectors_without_international', 'list', true),
      gaps('organizations_without_external_tie', 'list'),
      gaps('isolated_organizations', 'list'),
      gaps('small_components', 'list'),
    ],
    name: { en: 'gaps', es: 'brechas', fr: 'lacunes' },
    definition: {
      en: 'Where alliances are missing: sector pairs below the expected ties (observed / expected, lowest first), regions and countries tied to no other, sectors without international alliances, organisations that never leave their sector or have no tie, components apart from the largest.',
      es: 'Dónde faltan alianzas: pares de sectores bajo los lazos esperados (observados / esperados, el menor primero), regiones y países sin lazo con otros, sectores sin alianzas internacionales, organizaciones que nunca salen de su sector o sin lazos, componentes aparte de la mayor.',
      fr: 'Où manquent des alliances : paires de secteurs sous les liens attendus (observés / attendus, le plus bas d’abord), régions et pays liés à aucun autre, secteurs sans alliance internationale, organisations qui ne sortent jamais de leur secteur ou sans lien, composantes hors la plus grande.',
    },
    compute: (c) => ({
      gaps: findGaps(c.csr, c.shared(SECTORS), c.shared(STRUCTURE).components),
    }),
  },
] as const satisfies readonly MetricDescriptor[];

type Descriptor = (typeof METRICS)[number];
type Output = Descriptor['outputs'][number];

/** The id of every measure. */
export type MetricId = Descriptor['id'];
/** The per-organisation numbers the app ranks and sizes by. */
export type OrganizationMeasure = Extract<Descriptor, { measure: true }>['id'];
/** Keys of the per-organisation outputs (`betweenness`, `brokerage.liaison` …). */
export type OrganizationOutput = Extract<Output, { place: 'organizations' }>['key'];
/** Per-organisation outputs that are one number each (brokerage's four counts excluded). */
export type OrganizationValue = Exclude<OrganizationOutput, `${string}.${string}`>;
export type SummaryOutput = Extract<Output, { place: 'summary' }>['key'];
/** Summary outputs that are never null. */
export type SummaryNumber = Extract<Output, { place: 'summary'; nullable: false }>['key'];
/** Per-organisation values that are never null. */
export type OrganizationNumber = Exclude<
  Extract<Output, { place: 'organizations'; nullable: false }>['key'],
  `${string}.${string}`
>;

export const ORGANIZATION_MEASURES = METRICS.filter((m) => m.measure).map(
  (m) => m.id,
) as OrganizationMeasure[];

/** Every output of one place, in the order of the list. */
export function outputsOf(place: OutputPlace): MetricOutput[] {
  return METRICS.flatMap((m) => m.outputs as readonly MetricOutput[]).filter(
    (o) => o.place === place,
  );
}

export function descriptorOf(id: string): MetricDescriptor | undefined {
  return (METRICS as readonly MetricDescriptor[]).find((m) => m.id === id);
}

/** The README's metric table, in English (a unit test checks that the README holds it). */
export function metricTable(): string {
  const rows = (METRICS as readonly MetricDescriptor[]).map((m) => {
    const fields = m.outputs.map((o) => `\`${outputPath(o)}\``).join(', ');
    const options = m.options.join(', ') || '—';
    return `| \`${m.id}\` | ${m.scope} | ${m.definition.en} | \`${m.networkx}\` | ${options} | ${fields} |`;
  });
  return [
    '| measure | of | definition | equals networkx | options | fields of `analyze --json` |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The measures as the command line's help lists them. */
export function metricHelp(): string {
  const width = Math.max(...METRICS.map((m) => m.id.length));
  const lines = (METRICS as readonly MetricDescriptor[]).map(
    (m) => `  ${m.id.padEnd(width)}  ${m.definition.en}`,
  );
  const options = Object.entries(METRIC_OPTIONS)
    .map(([id, o]) => `${o.cli} (${id}, default ${String(o.default)})`)
    .join(', ');
  return `\nMeasures (networkx definitions: see README.md; options ${options}):\n${lines.join('\n')}\n`;
}
