import { describe, expect, it } from 'vitest';
import { startedThroughNpx } from '../src/invocation.js';

describe('startedThroughNpx', () => {
  it('recognises npx by npm’s variables', () => {
    expect(startedThroughNpx({ npm_command: 'exec', npm_lifecycle_event: 'npx' }, '/usr/lib/node_modules/vssid-helper/bin/vssid-helper.cjs')).toBe(true);
    expect(startedThroughNpx({ npm_lifecycle_event: 'npx' }, undefined)).toBe(true);
  });

  it('recognises npx and a project copy by the path, on Linux, macOS and Windows', () => {
    expect(startedThroughNpx({}, '/home/an/.npm/_npx/1a2b3c/node_modules/.bin/vssid-helper')).toBe(true);
    expect(startedThroughNpx({}, 'C:\\Users\\An\\AppData\\Local\\npm-cache\\_npx\\1a2b\\node_modules\\vssid-helper\\bin\\vssid-helper.cjs')).toBe(true);
    expect(startedThroughNpx({}, '/home/an/lop-12a1/node_modules/.bin/vssid-helper')).toBe(true);
  });

  it('says a global install or a direct run is the plain command, even inside npm run', () => {
    expect(startedThroughNpx({}, '/usr/local/bin/vssid-helper')).toBe(false);
    expect(startedThroughNpx({}, 'C:\\Users\\An\\AppData\\Roaming\\npm\\node_modules\\vssid-helper\\bin\\vssid-helper.cjs')).toBe(false);
    expect(startedThroughNpx({ npm_command: 'run-script', npm_lifecycle_event: 'test' }, '/work/bin/vssid-helper.cjs')).toBe(false);
    expect(startedThroughNpx({ npm_command: '', npm_lifecycle_event: '' }, '/work/bin/vssid-helper.cjs')).toBe(false);
  });
});
