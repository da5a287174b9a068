/** `npm run build`: the site in dist/, its page prerendered (see site-build.js). */
import { buildSite } from './site-build.js';

try {
  const file = await buildSite();
  console.log(`Built and prerendered ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
