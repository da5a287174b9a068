/**
 * `npm run build:single`: the whole story as one self-contained HTML file —
 * scripts, styles, data and boundaries inlined — for a USB stick or an e-mail.
 * It opens with no network, in story mode and, with ?mode=present, as slides.
 */
import { stat } from 'node:fs/promises';
import { buildSite } from './site-build.js';

try {
  const file = await buildSite({ single: true });
  const { size } = await stat(file);
  console.log(
    `Wrote ${file} (${(size / 1024).toFixed(0)} KB). Open it directly; add ?mode=present for the slides.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
