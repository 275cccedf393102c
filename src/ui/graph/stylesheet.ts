/** The graph's look, with Cytoscape's own mappers (data(), mapData()) rather than functions. */
import type { StylesheetJson } from 'cytoscape';

export function graphStylesheet(maxDegree: number, large: boolean): StylesheetJson {
  const top = Math.max(1, maxDegree);
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: `mapData(degree, 0, ${top}, 10, 56)`,
        height: `mapData(degree, 0, ${top}, 10, 56)`,
        'border-width': 1,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '160px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'node.placeholder',
      style: {
        'background-color': '#ffffff',
        'border-color': '#6b7280',
        'border-width': 2,
        'border-style': 'dashed',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 'mapData(weight, 1, 5, 0.6, 3)',
        'line-color': '#9aa5b1',
        opacity: large ? 0.35 : 0.55,
      },
    },
    { selector: '.outside-layer', style: { display: 'none' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': '#111827', label: 'data(name)' },
    },
  ];
}
