/**
 * Vector drawings served as they are drawn, optimised by SVGO at build time, and only
 * if they are safe to serve from our own origin. An SVG opened on its own (the
 * no-JavaScript link, the media room's download) is a document that can run script
 * and fetch from other hosts, so a drawing that could do either is refused, naming
 * the file and what was found, rather than silently cleaned: staff then know what
 * they sent. Used by the image service (src/lib/build/image-service.ts) and the content checks.
 */
import { optimize, type CustomPlugin } from 'svgo';

/** Elements that run script, embed other documents or rewrite attributes over time. */
const forbiddenElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'set', 'animate', 'animatemotion', 'animatetransform', 'discard']);
/** Raster images may be embedded as data: URLs; anything else must point inside the file (`#id`). */
const embeddedImage = /^data:image\/(png|jpe?g|webp|gif|avif);base64,/i;
/** A CSS `url(…)` that is not a reference inside the file, `@import`, or an old IE `expression(…)`. */
const externalCss = /url\(\s*(?!['"]?#)|@import|expression\s*\(|javascript:/i;

/** What makes `svg` unsafe to serve, one line per finding (empty when it is safe). */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(svg)) problems.push('a DOCTYPE with entity declarations / 含实体声明的 DOCTYPE');
  if (/<\?xml-stylesheet/i.test(svg)) problems.push('an external style sheet (<?xml-stylesheet?>) / 外部样式表');
  try {
    optimize(svg, { plugins: [inspect(problems)] });
  } catch (error) {
    problems.push(`not well-formed XML (${(error as Error).message.split('\n')[0]}) / 不是格式正确的 XML`);
  }
  return problems;
}

/** An SVGO plugin that only looks: it records every unsafe element, attribute and style. */
function inspect(problems: string[]): CustomPlugin {
  return {
    name: 'inspectUnsafe',
    fn: () => ({
      element: {
        enter(node) {
          const name = node.name.toLowerCase().split(':').at(-1)!;
          if (forbiddenElements.has(name)) problems.push(`<${node.name}> element / <${node.name}> 元素`);
          if (name === 'style' && node.children.some((c) => (c.type === 'text' || c.type === 'cdata') && externalCss.test(c.value)))
            problems.push('a style that loads from elsewhere (url(), @import) / 样式引用外部资源');
          for (const [attr, value] of Object.entries(node.attributes)) {
            const local = attr.toLowerCase().split(':').at(-1)!;
            if (local.startsWith('on')) problems.push(`event handler ${attr}="…" on <${node.name}> / 事件处理属性 ${attr}`);
            else if ((local === 'href' || local === 'src') && !value.trim().startsWith('#') && !embeddedImage.test(value.trim()))
              problems.push(`reference to "${value.slice(0, 60)}" in ${attr} on <${node.name}> / 引用外部资源“${value.slice(0, 60)}”`);
            else if (externalCss.test(value)) problems.push(`${attr}="${value.slice(0, 60)}" on <${node.name}> loads from elsewhere / ${attr} 引用外部资源`);
          }
        },
      },
    }),
  };
}

/** The message that stops the build for an unsafe drawing, in English and Chinese. */
export function unsafeSvgMessage(file: string, problems: string[]) {
  return (
    `${file}: this SVG cannot be published, because it contains ${problems.join('; ')}. ` +
    `Export the drawing again as a plain SVG (no scripts, links or external files), or use a PNG/JPEG. / ` +
    `${file}：此 SVG 不能发布，因为其中含有上述内容。请重新导出为不含脚本、链接和外部文件的普通 SVG，或改用 PNG/JPEG 图片。`
  );
}

/** The drawing, minified by SVGO (viewBox and dimensions kept); throws if it is unsafe. */
export function optimizeSvg(svg: string, file: string): string {
  const problems = svgProblems(svg);
  if (problems.length) throw new Error(unsafeSvgMessage(file, problems));
  return optimize(svg, {
    plugins: [
      // Measured on our drawings: rects written as paths and attributes copied onto each
      // child make these files larger, so those two steps are off (−12 % gzip in all).
      { name: 'preset-default', params: { overrides: { convertShapeToPath: false, moveGroupAttrsToElems: false } } },
      'removeXlink',
      'sortAttrs',
    ],
  }).data;
}
