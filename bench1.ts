import { importDataset } from './src/core/model/importDataset';
const lines = ['source,target,type,weight'];
for (let i = 0; i < 300000; i++) lines.push(`n${i % 5000},n${(i * 7) % 5000},${['alianza','funding','Mentoring'][i%3]},1`);
const bytes = new TextEncoder().encode(lines.join('\n'));
for (let r = 0; r < 3; r++) { const t = performance.now(); importDataset([{ name: 'links.csv', bytes }]); console.log(Math.round(performance.now() - t)); }
