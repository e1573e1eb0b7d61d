/** A QR code as terminal text (half-block characters: no colours needed, survives NO_COLOR). */
export async function qrCode(text: string): Promise<string> {
  const { default: qrcode } = await import('qrcode-terminal');
  return new Promise((resolve) => qrcode.generate(text, { small: true }, (code) => resolve(code.trimEnd())));
}
