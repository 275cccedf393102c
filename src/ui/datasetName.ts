/** Dataset names that are catalogue keys; any other is the names of the files imported. */
export const NAMED_DATASETS: ReadonlySet<string> = new Set(['dataset.illustrative']);
