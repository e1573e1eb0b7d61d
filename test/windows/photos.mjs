/** Real JPEG and PNG photos, each a little different, made by test/images.ts (bundled by esbuild). */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Writes each `name` into its folder; returns name → Linux path. */
export async function makePhotos(repo, work, places) {
  const bundle = path.join(work, 'images.mjs');
  await build({ entryPoints: [path.join(repo, 'test/images.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'error' });
  const { jpegImage, pngImage } = await import(pathToFileURL(bundle).href);
  const files = {};
  Object.entries(places).forEach(([name, folder], n) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, name.endsWith('.png') ? pngImage(1200 + n, 900) : jpegImage(1600 + n, 1200, { exif: true }));
    files[name] = file;
  });
  return files;
}
