import { C } from './messages.js';
import { HIGHLIGHTS, LINKS, MIN_OS_VERSIONS, SAFETY, SAFETY_TITLE, UPDATES } from '../core/content/index.js';
import type { CommandContext } from '../context.js';
import { renderHeading, renderUpdates } from '../ui/render.js';
import { hanging } from '../ui/wrap.js';
import { qrCode } from '../ui/qr.js';

const TARGETS = [
  { key: 'appStore', label: C.installAppStore(MIN_OS_VERSIONS.ios), url: LINKS.appStore },
  { key: 'googlePlay', label: C.installGooglePlay(MIN_OS_VERSIONS.android), url: LINKS.googlePlay },
  { key: 'webRegistration', label: C.installWeb, url: LINKS.webRegistration },
] as const;

export async function run(ctx: CommandContext): Promise<void> {
  const { output } = ctx;
  if (output.json) {
    output.printJson({
      links: Object.fromEntries(TARGETS.map(({ key, url }) => [key, url])),
      minimumVersions: MIN_OS_VERSIONS,
      updates: [UPDATES.minVersions],
      safety: SAFETY,
      highlights: HIGHLIGHTS,
    });
    return;
  }
  renderHeading(output, C.installTitle);
  output.line(C.installIntro);
  renderUpdates(output, [UPDATES.minVersions], '  ');
  output.line();
  renderSafety(ctx);
  for (const { label, url } of TARGETS) {
    output.line(output.colors.bold(label));
    output.line(await qrCode(url));
    output.line(`  ${url}`);
    output.line();
  }
  renderHeading(output, C.installHighlights);
  HIGHLIGHTS.forEach((text, i) => output.line(hanging(`  ${i + 1}. `, text, output.width)));
}

function renderSafety({ output }: CommandContext): void {
  output.line(output.colors.bold(output.colors.yellow(SAFETY_TITLE)));
  for (const text of SAFETY) output.line(output.colors.yellow(hanging('  ⚠ ', text, output.width)));
  output.line();
}
