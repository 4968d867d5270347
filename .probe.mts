import { openStore } from './src/store/index.ts';
import { countryProfile } from './src/analyse/profiles.ts';
import { RECIPIENTS, SUPPLIERS } from './bench/support/api-data.ts';
const store = await openStore(process.argv[2]!);
await countryProfile(store, 'ARM', { from: 2005, to: 2024 });
for (const c of [...RECIPIENTS.slice(0, 12), ...SUPPLIERS.slice(0, 4)]) {
  let best = 1e9;
  for (let i = 0; i < 3; i++) { const t = performance.now(); await countryProfile(store, c, { from: 2005, to: 2024 }); best = Math.min(best, performance.now() - t); }
  process.stdout.write(`${c} ${best.toFixed(0)}  `);
}
console.log();
await store.close();
