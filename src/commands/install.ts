import { HIGHLIGHTS, LINKS, MIN_OS_VERSIONS } from '../core/content/index.js';
import type { CommandContext } from '../context.js';
import { renderHeading } from '../ui/render.js';
import { hanging } from '../ui/wrap.js';
import { qrCode } from '../ui/qr.js';

const TARGETS = [
  { key: 'appStore', label: `iPhone/iPad (App Store) — iOS ${MIN_OS_VERSIONS.ios} trở lên`, url: LINKS.appStore },
  { key: 'googlePlay', label: `Android (Google Play) — Android ${MIN_OS_VERSIONS.android} trở lên`, url: LINKS.googlePlay },
  { key: 'webRegistration', label: 'Đăng ký trên trang web (không cần ứng dụng)', url: LINKS.webRegistration },
] as const;

export async function run(ctx: CommandContext): Promise<void> {
  const { output } = ctx;
  if (output.json) {
    output.printJson({
      links: Object.fromEntries(TARGETS.map(({ key, url }) => [key, url])),
      minimumVersions: MIN_OS_VERSIONS,
      highlights: HIGHLIGHTS,
    });
    return;
  }
  renderHeading(output, 'Cài ứng dụng VssID');
  output.line('Tìm ứng dụng tên “VssID” có logo BHXH trong kho ứng dụng, hoặc quét mã QR bằng camera điện thoại:');
  output.line();
  for (const { label, url } of TARGETS) {
    output.line(output.colors.bold(label));
    output.line(await qrCode(url));
    output.line(`  ${url}`);
    output.line();
  }
  renderHeading(output, '5 điểm nổi bật của ứng dụng');
  HIGHLIGHTS.forEach((text, i) => output.line(hanging(`  ${i + 1}. `, text, output.width)));
}
