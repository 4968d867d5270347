import Database from 'better-sqlite3';
const db = new Database(process.argv[2]!);
for (const q of process.argv.slice(3)) {
  console.log(q.slice(0, 200));
  if (/^\s*(create|drop|analyze)/i.test(q)) { const t = performance.now(); db.exec(q); console.log('   done', (performance.now() - t).toFixed(0), 'ms'); continue; }
  for (const r of db.prepare(`EXPLAIN QUERY PLAN ${q}`).all()) console.log('  ', (r as any).detail);
  let best = 1e9; let n = 0;
  for (let i = 0; i < 3; i++) { const t = performance.now(); n = db.prepare(q).all().length; best = Math.min(best, performance.now() - t); }
  console.log('   rows', n, best.toFixed(1), 'ms');
}
