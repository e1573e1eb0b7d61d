import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import wardData from '../../src/core/address/ward-source.js';
import { collectPage } from '../../src/collect/page-html.js';
import { lanAddress } from '../../src/commands/collect.js';

const page = await collectPage();
const inline = (tag: 'script' | 'style') => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(page.html)?.[1] ?? '';
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the phones’ page', () => {
  it('weighs under 1 MB with the ward list it fetches', () => {
    expect(Buffer.byteLength(page.html) + Buffer.byteLength(JSON.stringify(wardData))).toBeLessThan(1_000_000);
  });

  it('allows only its own inline script and style, by their hashes, under default-src none', () => {
    expect(page.csp).toContain("default-src 'none'");
    expect(page.csp).toContain(`script-src ${sha(inline('script'))}`);
    expect(page.csp).toContain(`style-src ${sha(inline('style'))}`);
    expect(page.csp).not.toMatch(/unsafe|https?:|\*/);
    expect(page.html.match(/<script/g)).toHaveLength(1);
  });

  it('loads nothing from elsewhere and writes no markup from strings', () => {
    const markup = page.html.replace(inline('script'), '').replace(inline('style'), '');
    expect(markup).not.toMatch(/<link|<iframe|<img|src=|href=/i);
    expect(inline('style')).not.toMatch(/@import|url\(/i);
    expect(/\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(inline('script'))).toBe(false);
    expect(/fetch\(\s*["'`]https?:/.test(inline('script'))).toBe(false);
  });
});

describe('lanAddress', () => {
  it('takes the first IPv4 address that is not the loopback', () => {
    const card = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) =>
      ({ address, family, internal, netmask: '', mac: '', cidr: null }) as never;
    expect(lanAddress({ lo: [card('127.0.0.1', 'IPv4', true)], wlan0: [card('fe80::1', 'IPv6', false), card('192.168.43.10', 'IPv4', false)] })).toBe('192.168.43.10');
    expect(lanAddress({ lo: [card('127.0.0.1', 'IPv4', true)] })).toBeUndefined();
  });
});
