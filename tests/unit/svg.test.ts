/** Drawings served as SVG: optimised, and refused when they could run script or load from elsewhere. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { optimizeSvg, svgProblems } from '../../src/lib/shared/svg.ts';
import { checkGalleryPaths } from '../../src/lib/editorial/content-check.ts';

const wrap = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="30" height="20" viewBox="0 0 30 20"${attrs}>${inner}</svg>`;

test('every way a drawing could run script or load from another host is refused', () => {
  const unsafe: Record<string, string> = {
    script: wrap('<script>alert(1)</script>'),
    'namespaced script': wrap('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
    'CDATA script': wrap('<script><![CDATA[alert(1)]]></script>'),
    'onload on the root': wrap('<rect width="1" height="1"/>', ' onload="alert(1)"'),
    'ONCLICK in capitals': wrap('<rect ONCLICK="alert(1)" width="1" height="1"/>'),
    'javascript: link': wrap('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'),
    'xlink javascript: link': wrap('<a xlink:href=" javascript:alert(1)"><rect width="1" height="1"/></a>'),
    'external image': wrap('<image href="https://evil.example/p.png" width="1" height="1"/>'),
    'protocol-relative image': wrap('<image xlink:href="//evil.example/p.png" width="1" height="1"/>'),
    'external use': wrap('<use href="https://evil.example/s.svg#a"/>'),
    'data: SVG (can carry script)': wrap('<image href="data:image/svg+xml;base64,PHN2Zy8+" width="1" height="1"/>'),
    foreignObject: wrap('<foreignObject width="9" height="9"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>'),
    'SMIL set rewriting href': wrap('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><rect width="1" height="1"/></a>'),
    'animate rewriting href': wrap('<a href="#x"><animate attributeName="href" values="javascript:alert(1)"/></a>'),
    'style @import': wrap('<style>@import url(https://evil.example/a.css);</style>'),
    'style url()': wrap('<style>rect{fill:url(https://evil.example/f.svg#g)}</style>'),
    'style attribute url()': wrap('<rect style="fill:url(http://evil.example/x)" width="1" height="1"/>'),
    'fill attribute url()': wrap('<rect fill="url(https://evil.example/g.svg#g)" width="1" height="1"/>'),
    'xml-stylesheet': `<?xml-stylesheet href="https://evil.example/a.css"?>${wrap('')}`,
    'entity declarations': `<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${wrap('<text>&b;</text>')}`,
    'not XML': '<svg><rect></svg',
  };
  for (const [name, svg] of Object.entries(unsafe)) {
    assert.ok(svgProblems(svg).length > 0, `${name} was accepted`);
    assert.throws(() => optimizeSvg(svg, 'zone/x.svg'), /zone\/x\.svg: this SVG cannot be published[\s\S]*此 SVG 不能发布/, name);
  }
});

test('references inside the drawing, gradients and embedded raster images are fine', () => {
  const safe = wrap(
    '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h9"/></defs>' +
      '<rect fill="url(#g)" width="30" height="20"/><use href="#p"/><use xlink:href="#p"/><a href="#p"><text>1</text></a>' +
      '<style>rect{fill:url(#g)}</style><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>',
  );
  assert.deepEqual(svgProblems(safe), []);
});

test('the drawings in content/ are safe, and come out smaller with their size and viewBox', async () => {
  const files = ['content/zone', ...readdirSync('content/projects').map((d) => `content/projects/${d}`)].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .map((f) => `${dir}/${f}`),
  );
  assert.ok(files.length >= 9);
  let before = 0;
  let after = 0;
  for (const file of files) {
    const original = readFileSync(file, 'utf8');
    const optimized = optimizeSvg(original, file);
    before += gzipSync(original).length;
    after += gzipSync(optimized).length;
    const [a, b] = await Promise.all([sharp(Buffer.from(original)).metadata(), sharp(Buffer.from(optimized)).metadata()]);
    assert.deepEqual([b.format, b.width, b.height], ['svg', a.width, a.height], file);
    assert.match(optimized, /viewBox="0 0 \d+ \d+"/, file);
    assert.doesNotMatch(optimized, /<\?xml|xmlns:xlink|<!--/, file);
  }
  assert.ok(after < before, `optimised ${after} B gzip, originals ${before} B`);
});

test('an unsafe drawing in a gallery stops the build, naming the file, line and field in both languages', () => {
  const [problem, ...rest] = checkGalleryPaths('tests/fixtures/unsafe-svg');
  assert.equal(rest.length, 0);
  assert.equal(problem?.file, 'tests/fixtures/unsafe-svg/zone/gallery.yaml');
  assert.equal(problem?.line, 3);
  assert.equal(problem?.field, 'images.0.src');
  assert.match(problem?.message ?? '', /\.\/drawing\.svg: this SVG cannot be published/);
  assert.match(problem?.message ?? '', /<script> element/);
  assert.match(problem?.message ?? '', /event handler onload/);
  assert.match(problem?.message ?? '', /https:\/\/evil\.example\/pixel\.png/);
  assert.match(problem?.message ?? '', /此 SVG 不能发布/);
});
