import { commandMessages as C } from './messages.js';
import { HIGHLIGHTS, LINKS, MIN_OS_VERSIONS, SAFETY, SAFETY_TITLE, UPDATES } from '../core/content/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { command } from '../invocation.js';
import { renderHeading, renderUpdates } from '../ui/render.js';
import { chooseBackground, printQr } from '../ui/qr-screen.js';
import { hanging } from '../ui/wrap.js';

const TARGETS = [
  { key: 'appStore', name: 'ios', aliases: ['ios', 'iphone', 'ipad', 'appstore'], label: C.installAppStore(MIN_OS_VERSIONS.ios), url: LINKS.appStore },
  { key: 'googlePlay', name: 'android', aliases: ['android', 'googleplay', 'chplay'], label: C.installGooglePlay(MIN_OS_VERSIONS.android), url: LINKS.googlePlay },
  { key: 'webRegistration', name: 'web', aliases: ['web'], label: C.installWeb, url: LINKS.webRegistration },
] as const;
type Target = (typeof TARGETS)[number];

const findTarget = (raw: string): Target | undefined => {
  const key = raw.toLowerCase().replace(/[\s_-]/g, '');
  return TARGETS.find((t) => (t.aliases as readonly string[]).includes(key));
};

export async function run(ctx: CommandContext, [raw]: string[], options: { light?: boolean; dark?: boolean }): Promise<void> {
  const { output } = ctx;
  const target = raw === undefined ? undefined : findTarget(raw);
  if (raw !== undefined && target === undefined) throw new UsageError(C.installUnknownTarget(raw), { hint: C.installShowHint });
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
  // Without a code to show, the links and how to show one; the code, when there is one, comes
  // last so that it is what stays on the screen.
  if (target === undefined && !ctx.interactive) {
    printLinks(ctx);
    output.line();
  }
  renderHeading(output, C.installHighlights);
  HIGHLIGHTS.forEach((text, i) => output.line(hanging(`  ${i + 1}. `, text, output.width)));
  if (target === undefined && !ctx.interactive) return;
  const shown = target ?? (await pickTarget());
  output.line();
  if (shown === undefined) return printLinks(ctx);
  const choice = chooseBackground(options, ctx.env, (b) => (b === 'light' ? '--light' : '--dark'));
  await printQr(output, shown, choice);
}

function printLinks({ output }: CommandContext): void {
  for (const { label, url } of TARGETS) {
    output.line(output.colors.bold(label));
    output.line(`  ${output.colors.underline(url)}`);
  }
  output.line();
  output.line(C.installShowCode);
  for (const { name } of TARGETS) output.line(`  ${command(`install ${name}`)}`);
}

async function pickTarget(): Promise<Target | undefined> {
  const { prompter } = await import('../ui/prompter.js');
  const choices = [
    ...TARGETS.map((t) => ({ name: t.label, value: t as Target | undefined })),
    { name: C.installNoCode, value: undefined },
  ];
  return prompter.select({ message: C.installWhichCode, choices });
}

function renderSafety({ output }: CommandContext): void {
  output.line(output.colors.bold(output.colors.yellow(SAFETY_TITLE)));
  for (const text of SAFETY) output.line(output.colors.yellow(hanging('  ⚠ ', text, output.width)));
  output.line();
}
