// Preloaded by the bench (`node -r`): writes this process's peak resident memory, in bytes, at exit.
'use strict';
const file = process.env.VSSID_BENCH_PEAK_FILE;
if (file) {
  process.on('exit', () => {
    // maxRSS is in kilobytes on every platform Node supports.
    require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
