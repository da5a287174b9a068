/**
 * `npm run check:data [-- --dir path]`: validates the fact files and prints a
 * summary, or every problem found (file, record, field, expected, found) and
 * exits 1.
 */
import { resolve } from 'node:path';
import { DataError, loadDataset } from '../data/validate.ts';

const flag = process.argv.indexOf('--dir');
const dir = resolve(flag >= 0 ? (process.argv[flag + 1] ?? 'data') : 'data');

try {
  const data = loadDataset(dir);
  const mapped = Object.keys(data.places).length;
  console.log(
    `data OK (${dir}): ${data.schools.length} schools (${mapped} placed in a neighborhood), ` +
      `${data.milestones.length} milestones, ${data.metrics.length} metrics, ` +
      `${data.recognitions.length} recognitions, ${data.organization.leaders.length} leaders`,
  );
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
