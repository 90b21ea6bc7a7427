/** Whether an EXIF block has a GPS IFD pointer (tag 0x8825, either byte order). */
export function hasGpsPointer(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}
