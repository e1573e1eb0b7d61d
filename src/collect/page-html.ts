/**
 * The page for the phones. Built here from its sources when running from them (the tests);
 * scripts/build.mjs puts the finished page in this module's place, so the package needs no esbuild.
 */
import type { CollectPage } from './server.js';

export async function collectPage(): Promise<CollectPage> {
  const script = new URL('../../scripts/collect-page.mjs', import.meta.url).href;
  const { buildCollectPage } = (await import(/* @vite-ignore */ script)) as { buildCollectPage(): Promise<CollectPage> };
  return buildCollectPage();
}
