/**
 * One descriptor per measure: what the command line, the app's metric choices and the README's
 * metric table are generated from. `networkx` names the function each value equals; `outputs`
 * name the fields of `analyze --json` (README, the command line) that carry its values.
 */
export type MetricScope = 'organization' | 'network';
export type Language = 'en' | 'es' | 'fr';

export interface MetricOption {
  id: 'weighted' | 'seed';
  default: boolean | number;
}

export interface MetricOutput {
  /** Path in `analyze --json`: `organizations[].betweenness`, `summary.diameter` … */
  field: string;
  type: 'number' | 'integer';
  /** Null where the value is undefined (an isolated organisation's constraint, …). */
  nullable: boolean;
}

export interface MetricDescriptor {
  /** The field in `analyze --json`. */
  id: string;
  scope: MetricScope;
  networkx: string;
  options: MetricOption[];
  outputs: MetricOutput[];
  definition: Record<Language, string>;
}

const number = (field: string, nullable = false): MetricOutput => ({
  field,
  type: 'number',
  nullable,
});
const integer = (field: string, nullable = false): MetricOutput => ({
  field,
  type: 'integer',
  nullable,
});

const WEIGHTED: MetricOption = { id: 'weighted', default: false };
const SEED: MetricOption = { id: 'seed', default: 1 };

export const METRICS: readonly MetricDescriptor[] = [
  {
    id: 'degree',
    scope: 'organization',
    networkx: 'G.degree',
    options: [],
    outputs: [integer('organizations[].degree')],
    definition: {
      en: 'Number of distinct partners.',
      es: 'Número de socios distintos.',
      fr: 'Nombre de partenaires distincts.',
    },
  },
  {
    id: 'strength',
    scope: 'organization',
    networkx: 'G.degree(weight="weight")',
    options: [],
    outputs: [number('organizations[].strength')],
    definition: {
      en: 'Sum of the weights of the organisation’s ties.',
      es: 'Suma de los pesos de los lazos de la organización.',
      fr: 'Somme des poids des liens de l’organisation.',
    },
  },
  {
    id: 'degree_centrality',
    scope: 'organization',
    networkx: 'degree_centrality',
    options: [],
    outputs: [number('organizations[].degree_centrality')],
    definition: {
      en: 'Degree divided by the number of other organisations (n − 1).',
      es: 'Grado dividido por el número de otras organizaciones (n − 1).',
      fr: 'Degré divisé par le nombre d’autres organisations (n − 1).',
    },
  },
  {
    id: 'betweenness',
    scope: 'organization',
    networkx: 'betweenness_centrality(G, normalized=True)',
    options: [WEIGHTED],
    outputs: [number('organizations[].betweenness')],
    definition: {
      en: 'Share of shortest paths between other organisations that pass through this one.',
      es: 'Proporción de caminos más cortos entre otras organizaciones que pasan por esta.',
      fr: 'Part des plus courts chemins entre d’autres organisations qui passent par celle-ci.',
    },
  },
  {
    id: 'closeness',
    scope: 'organization',
    networkx: 'closeness_centrality(G) (Wasserman–Faust)',
    options: [WEIGHTED],
    outputs: [number('organizations[].closeness')],
    definition: {
      en: 'Inverse mean distance to the organisations it can reach, scaled by the share it reaches.',
      es: 'Inverso de la distancia media a las organizaciones que alcanza, escalado por la proporción alcanzada.',
      fr: 'Inverse de la distance moyenne aux organisations atteintes, pondéré par la part atteinte.',
    },
  },
  {
    id: 'harmonic',
    scope: 'organization',
    networkx: 'harmonic_centrality(G)[v] / (n − 1)',
    options: [WEIGHTED],
    outputs: [number('organizations[].harmonic')],
    definition: {
      en: 'Mean of 1 / distance to every other organisation (0 when unreachable).',
      es: 'Media de 1 / distancia a cada otra organización (0 si es inalcanzable).',
      fr: 'Moyenne de 1 / distance à chaque autre organisation (0 si inaccessible).',
    },
  },
  {
    id: 'eigenvector',
    scope: 'organization',
    networkx: 'eigenvector_centrality(G)',
    options: [WEIGHTED],
    outputs: [number('organizations[].eigenvector', true)],
    definition: {
      en: 'Influence from being tied to well-tied organisations (unit Euclidean norm).',
      es: 'Influencia por estar ligada a organizaciones bien conectadas (norma euclídea unitaria).',
      fr: 'Influence due aux liens avec des organisations bien reliées (norme euclidienne unité).',
    },
  },
  {
    id: 'pagerank',
    scope: 'organization',
    networkx: 'pagerank(G, alpha=0.85)',
    options: [WEIGHTED],
    outputs: [number('organizations[].pagerank', true)],
    definition: {
      en: 'Share of time a random walker following ties (15 % random jumps) spends here.',
      es: 'Proporción del tiempo que pasa aquí un caminante aleatorio que sigue los lazos (15 % de saltos).',
      fr: 'Part du temps qu’un marcheur aléatoire suivant les liens (15 % de sauts) passe ici.',
    },
  },
  {
    id: 'clustering',
    scope: 'organization',
    networkx: 'clustering(G)',
    options: [WEIGHTED],
    outputs: [number('organizations[].clustering')],
    definition: {
      en: 'Share of pairs of partners that are tied to each other.',
      es: 'Proporción de pares de socios que están ligados entre sí.',
      fr: 'Part des paires de partenaires liés entre eux.',
    },
  },
  {
    id: 'constraint',
    scope: 'organization',
    networkx: 'constraint(G)',
    options: [WEIGHTED],
    outputs: [number('organizations[].constraint', true)],
    definition: {
      en: 'Burt’s constraint: how much the ties lead to partners that are tied to each other (low = broker).',
      es: 'Restricción de Burt: cuánto llevan los lazos a socios ligados entre sí (baja = intermediaria).',
      fr: 'Contrainte de Burt : à quel point les liens mènent à des partenaires liés entre eux (faible = courtier).',
    },
  },
  {
    id: 'effective_size',
    scope: 'organization',
    networkx: 'effective_size(G)',
    options: [WEIGHTED],
    outputs: [number('organizations[].effective_size', true)],
    definition: {
      en: 'Burt’s effective size: partners minus their redundancy.',
      es: 'Tamaño efectivo de Burt: socios menos su redundancia.',
      fr: 'Taille effective de Burt : partenaires moins leur redondance.',
    },
  },
  {
    id: 'community',
    scope: 'organization',
    networkx: 'community.louvain_communities (resolution 1)',
    options: [WEIGHTED, SEED],
    outputs: [integer('organizations[].community'), integer('summary.communities')],
    definition: {
      en: 'Louvain community (0 = largest), best of several seeded runs.',
      es: 'Comunidad de Louvain (0 = la mayor), la mejor de varias ejecuciones con semilla.',
      fr: 'Communauté de Louvain (0 = la plus grande), la meilleure de plusieurs exécutions à graine.',
    },
  },
  {
    id: 'brokerage',
    scope: 'organization',
    networkx: '— (Gould–Fernandez, undirected)',
    options: [],
    outputs: ['coordinator', 'consultant', 'representative', 'liaison'].map((role) =>
      integer(`organizations[].brokerage.${role}`),
    ),
    definition: {
      en: 'Open two-paths A–B–C through B, by sector pattern: coordinator, consultant, representative, liaison.',
      es: 'Caminos abiertos A–B–C a través de B según los sectores: coordinador, consultor, representante, enlace.',
      fr: 'Chemins ouverts A–B–C passant par B selon les secteurs : coordinateur, consultant, représentant, agent de liaison.',
    },
  },
  {
    id: 'density',
    scope: 'network',
    networkx: 'density(G)',
    options: [],
    outputs: [number('summary.density')],
    definition: {
      en: 'Ties present out of all possible pairs: 2m / (n(n − 1)).',
      es: 'Lazos presentes sobre todos los pares posibles: 2m / (n(n − 1)).',
      fr: 'Liens présents sur toutes les paires possibles : 2m / (n(n − 1)).',
    },
  },
  {
    id: 'components',
    scope: 'network',
    networkx: 'number_connected_components(G)',
    options: [],
    outputs: [integer('summary.components'), integer('summary.largest_component')],
    definition: {
      en: 'Groups of organisations connected by some path (isolated ones count one each), and the size of the largest.',
      es: 'Grupos de organizaciones unidas por algún camino (cada aislada cuenta uno), y el tamaño del mayor.',
      fr: 'Groupes d’organisations reliées par un chemin (chaque isolée compte pour un), et la taille du plus grand.',
    },
  },
  {
    id: 'modularity',
    scope: 'network',
    networkx: 'community.modularity(G, partition)',
    options: [WEIGHTED, SEED],
    outputs: [number('summary.modularity', true)],
    definition: {
      en: 'Modularity of exactly the communities reported.',
      es: 'Modularidad exactamente de las comunidades presentadas.',
      fr: 'Modularité exactement des communautés présentées.',
    },
  },
  {
    id: 'transitivity',
    scope: 'network',
    networkx: 'transitivity(G)',
    options: [],
    outputs: [number('summary.transitivity')],
    definition: {
      en: 'Share of connected triples that close into triangles.',
      es: 'Proporción de tríadas conectadas que se cierran en triángulos.',
      fr: 'Part des triplets connectés qui se ferment en triangles.',
    },
  },
  {
    id: 'average_clustering',
    scope: 'network',
    networkx: 'average_clustering(G)',
    options: [WEIGHTED],
    outputs: [number('summary.average_clustering')],
    definition: {
      en: 'Mean clustering over all organisations (isolated ones count as 0).',
      es: 'Agrupamiento medio de todas las organizaciones (las aisladas cuentan 0).',
      fr: 'Regroupement moyen de toutes les organisations (les isolées comptent 0).',
    },
  },
  {
    id: 'diameter',
    scope: 'network',
    networkx: 'diameter(largest component)',
    options: [WEIGHTED],
    outputs: [number('summary.diameter', true)],
    definition: {
      en: 'Longest shortest path in the largest component.',
      es: 'El camino más corto más largo de la mayor componente.',
      fr: 'Le plus long des plus courts chemins de la plus grande composante.',
    },
  },
  {
    id: 'average_path_length',
    scope: 'network',
    networkx: 'average_shortest_path_length(largest component)',
    options: [WEIGHTED],
    outputs: [number('summary.average_path_length', true)],
    definition: {
      en: 'Mean shortest-path length in the largest component.',
      es: 'Longitud media de los caminos más cortos en la mayor componente.',
      fr: 'Longueur moyenne des plus courts chemins dans la plus grande composante.',
    },
  },
  {
    id: 'ei_index',
    scope: 'network',
    networkx: '— (Krackhardt–Stern)',
    options: [],
    outputs: [
      number('summary.ei_index', true),
      integer('sectors[].internal'),
      integer('sectors[].external'),
      number('sectors[].ei_index', true),
    ],
    definition: {
      en: '(ties across sectors − ties within) / all ties, per sector and overall.',
      es: '(lazos entre sectores − lazos internos) / todos los lazos, por sector y en total.',
      fr: '(liens entre secteurs − liens internes) / tous les liens, par secteur et au total.',
    },
  },
  {
    id: 'sector_assortativity',
    scope: 'network',
    networkx: 'attribute_assortativity_coefficient(G, "sector")',
    options: [],
    outputs: [number('summary.sector_assortativity', true)],
    definition: {
      en: 'Tendency of ties to stay within a sector (1) or cross sectors (negative).',
      es: 'Tendencia de los lazos a quedarse en un sector (1) o cruzarlos (negativa).',
      fr: 'Tendance des liens à rester dans un secteur (1) ou à les traverser (négative).',
    },
  },
  {
    id: 'mixing',
    scope: 'network',
    networkx: '— (observed vs. expected ties between sectors)',
    options: [],
    outputs: [number('mixing.observed'), number('mixing.expected')],
    definition: {
      en: 'Ties between each pair of sectors, next to the count expected if ties ignored sectors (D_i·D_j / 2m).',
      es: 'Lazos entre cada par de sectores, junto al número esperado si los lazos ignoraran el sector (D_i·D_j / 2m).',
      fr: 'Liens entre chaque paire de secteurs, à côté du nombre attendu si les liens ignoraient le secteur (D_i·D_j / 2m).',
    },
  },
  {
    id: 'suggestions',
    scope: 'network',
    networkx: 'adamic_adar_index',
    options: [],
    outputs: [number('suggestions[].score')],
    definition: {
      en: 'Untied pairs at distance 2 with the highest Adamic–Adar score, with shared partners (top 100).',
      es: 'Pares no ligados a distancia 2 con mayor puntuación Adamic–Adar, con socios comunes (los 100 mejores).',
      fr: 'Paires non liées à distance 2 au meilleur score Adamic–Adar, avec partenaires communs (100 premières).',
    },
  },
];

/** The README's metric table, in English (kept in sync by a unit test). */
export function metricTable(): string {
  const rows = METRICS.map(
    (m) =>
      `| \`${m.id}\` | ${m.scope} | ${m.definition.en} | \`${m.networkx}\` | ${m.options.map((o) => `${o.id}`).join(', ') || '—'} |`,
  );
  return [
    '| field | of | definition | equals networkx | options |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
