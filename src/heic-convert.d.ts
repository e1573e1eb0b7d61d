/** heic-convert (ISC): libheif compiled to WebAssembly decodes, jpeg-js encodes. Only what is used here. */
declare module 'heic-convert' {
  function convert(options: { buffer: Uint8Array; format: 'JPEG' | 'PNG'; quality?: number }): Promise<Uint8Array>;
  export = convert;
}
