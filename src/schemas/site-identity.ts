/**
 * Field types for the footer's registration lines in `content/site.yaml`:
 * badge files (issued by the authorities, never drawn by us) and link addresses.
 */
import { z } from 'astro/zod';

// The schemas also run in the browser editor (src/admin/), which has no disk and no Node
// built-ins: a static `node:fs` import stops the editor from loading. So the file check loads
// `node:fs` only where it exists (the build, the unit tests); the editor checks the name only.
const fs = globalThis.process?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;

/** Where staff put the badge images the authorities issue. */
export const badgeDir = `${(globalThis.process?.env?.CONTENT_DIR ?? 'content').replace(/\/$/, '')}/badges`;

/** A file name in `content/badges/` (PNG, JPEG, GIF or SVG), or empty until the badge is issued. */
export const badgeFile = z
  .string()
  .trim()
  .default('')
  .refine((name) => name === '' || /^[\w.-]+\.(png|jpe?g|gif|svg)$/i.test(name), {
    error: 'Expected a file name such as gov-badge.png / 应为图片文件名，例如 gov-badge.png',
  })
  .refine((name) => name === '' || !fs || fs.existsSync(`${badgeDir}/${name}`), {
    error: 'No such file in content/badges/ / content/badges/ 中没有这个文件',
  });

/** An http(s) or mailto: address, or empty until staff fill it in. */
export const optionalUrl = z
  .string()
  .trim()
  .default('')
  .refine((url) => url === '' || /^(https?:\/\/[^\s]+|mailto:[^\s@]+@[^\s@]+)$/.test(url), {
    error: 'Expected an address starting with https://, http:// or mailto: / 应为以 https://、http:// 或 mailto: 开头的地址',
  });

