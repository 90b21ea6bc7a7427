/**
 * The browser editor (Sveltia CMS at /admin/ under `astro dev`), driven as staff use it, in
 * Chromium with a Chinese browser. Only the folder picker is a stand-in (workspace.ts): the
 * editor writes into a temporary copy of content/, which is then checked and built.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { hasGpsPointer } from '../gps.ts';
import { makeWorkspace, openWorkspace, syncBack, type Workspace } from './workspace.ts';

test.use({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
// The editor is a large app served unbundled by `astro dev`: generous timeouts on a busy machine.
test.describe.configure({ timeout: 120_000 });

const bin = resolve('node_modules/.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };

/** Sveltia 0.221.1 throws this while saving an entry that exists in one language only (see README). */
const knownOneLanguageError = /Cannot convert undefined or null to object/;

async function startEditor(page: Page, ws: Workspace, errors: string[] = []) {
  page.on('pageerror', (e) => errors.push(e.message));
  await openWorkspace(page, ws);
  await page.getByRole('button', { name: '使用本地仓库' }).click();
  await expect(page.getByRole('treeitem', { name: /新闻/ })).toBeVisible({ timeout: 30_000 });
}

async function save(page: Page) {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('条目已保存。')).toBeVisible({ timeout: 20_000 });
}

/** Add an image to the open gallery; the new item renders once it is scrolled into view. */
async function addImage(page: Page) {
  const add = page.getByRole('button', { name: '添加 ⁨images⁩' });
  const sources = page.getByRole('group', { name: '「⁨src⁩」字段' });
  await expect(sources.first()).toBeVisible();
  // The list header counts the items ("1 images"): click until it says 2 (a click while the
  // entry is still settling can be lost), then bring the new item into view.
  await expect(async () => {
    if (await page.getByText('1 images', { exact: true }).isVisible()) await add.click();
    await expect(page.getByText('2 images', { exact: true })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(async () => {
    await sources.last().scrollIntoViewIfNeeded();
    await add.scrollIntoViewIfNeeded();
    expect(await sources.count()).toBe(2);
  }).toPass({ timeout: 20_000 });
}

function changedFiles(ws: Workspace): string[] {
  try {
    execFileSync('diff', ['-rq', 'content', join(ws.root, 'content')]);
    return [];
  } catch (error) {
    return String((error as { stdout: Buffer }).stdout).trim().split('\n');
  }
}

test('the editor speaks Chinese to a zh-CN browser and asks no other host for anything', async ({ page }) => {
  const hosts = new Set<string>();
  page.on('request', (r) => {
    if (/^(https?|wss?):/.test(r.url())) hosts.add(new URL(r.url()).host);
  });
  const ws = makeWorkspace();
  try {
    await startEditor(page, ws);
    await expect(page.getByRole('treeitem', { name: /项目图集/ })).toBeVisible();
    await expect(page.getByRole('treeitem', { name: /网站设置/ })).toBeVisible();
    // Open the image picker of a gallery: only the site's own files, no stock-photo libraries.
    await page.goto('/admin/#/collections/galleries/entries/liyi-precision/gallery');
    await addImage(page);
    await page.getByRole('group', { name: '「⁨src⁩」字段' }).last().getByRole('button', { name: '浏览' }).click();
    const dialog = page.getByRole('dialog', { name: '选择图片' });
    await expect(dialog.getByRole('option', { name: 'illustration.svg' })).toBeVisible();
    await expect(dialog.getByRole('listbox', { name: '位置' }).getByRole('group')).toHaveCount(1);
    await expect(dialog).not.toContainText(/Pexels|Unsplash|Pixabay|Picsum|Giphy/i);
    expect([...hosts]).toEqual([new URL(page.url()).host]);
  } finally {
    ws.dispose();
  }
});

test('opening and saving the published article changes nothing; a title edit changes one line', async ({ page }) => {
  const ws = makeWorkspace();
  try {
    await startEditor(page, ws);
    await page.goto('/admin/#/collections/news/entries/2024-new-momentum');
    const title = page.getByRole('group', { name: /编辑 ⁨中文⁩ 内容/ }).getByRole('textbox', { name: 'title', exact: true });
    await expect(title).toHaveValue(/澎湃发展新动能/);
    // Nothing edited: Sveltia offers no save, and nothing on disk changes.
    await expect(page.getByRole('button', { name: '保存', exact: true })).toBeDisabled();
    await syncBack(page, ws);
    expect(changedFiles(ws)).toEqual([]);

    const before = readFileSync('content/news/zh/2024-new-momentum.mdx', 'utf8').split('\n');
    await title.fill(`${await title.inputValue()}（修订）`);
    await save(page);
    await syncBack(page, ws);
    expect(changedFiles(ws)).toEqual([`Files content/news/zh/2024-new-momentum.mdx and ${ws.root}/content/news/zh/2024-new-momentum.mdx differ`]);
    const after = readFileSync(join(ws.root, 'content/news/zh/2024-new-momentum.mdx'), 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line]));
    expect(changed).toEqual([`${before[1]}（修订）`]);
    expect(after.join('\n')).not.toMatch(/^draft:/m);
  } finally {
    ws.dispose();
  }
});

test('an entry in Chinese only opens and saves without creating the English file', async ({ page }) => {
  const ws = makeWorkspace();
  const errors: string[] = [];
  writeFileSync(join(ws.root, 'content/news/zh/zh-only.mdx'), '---\ntitle: 仅中文的文章\ndescription: 只有中文。\ndate: 2024-06-02\n---\n\n正文。\n');
  try {
    await startEditor(page, ws, errors);
    await page.goto('/admin/#/collections/news/entries/zh-only');
    const title = page.getByRole('group', { name: /编辑 ⁨中文⁩ 内容/ }).getByRole('textbox', { name: 'title', exact: true });
    await expect(title).toHaveValue('仅中文的文章');
    expect(errors).toEqual([]); // opening is clean
    await title.fill('仅中文的文章（改）');
    await save(page);
    await syncBack(page, ws);
    expect(readFileSync(join(ws.root, 'content/news/zh/zh-only.mdx'), 'utf8')).toBe(
      '---\ntitle: 仅中文的文章（改）\ndescription: 只有中文。\ndate: 2024-06-02\n---\n\n正文。\n',
    );
    expect(existsSync(join(ws.root, 'content/news/en/zh-only.mdx'))).toBe(false);
    expect(errors.filter((e) => !knownOneLanguageError.test(e))).toEqual([]);
  } finally {
    ws.dispose();
  }
});

test.describe('staff publish through the editor', () => {
  test.describe.configure({ mode: 'serial' });
  let ws: Workspace;
  const outDir = 'tests/.output/cms-site';
  test.beforeAll(() => (ws = makeWorkspace()));
  test.afterAll(() => ws?.dispose());

  test('a bilingual article with a figure inserted from the picker', async ({ page }) => {
    await startEditor(page, ws);
    await page.goto('/admin/#/collections/news/new');
    const zh = page.getByRole('group', { name: /编辑 ⁨中文⁩ 内容/ });
    await zh.getByRole('textbox', { name: 'title', exact: true }).fill('编辑器发布的测试文章');
    await zh.getByRole('textbox', { name: 'description', exact: true }).fill('在浏览器编辑器中撰写的测试文章。');
    await zh.getByRole('textbox', { name: 'date', exact: true }).fill('2024-06-01');
    await zh.getByRole('checkbox', { name: /policy/ }).check();
    await page.getByRole('textbox', { name: '别名' }).fill('editor-test');
    await zh.getByRole('textbox', { name: 'body', exact: true }).fill('2023年，规上工业产值为');
    // Rich-text mode, Insert menu, the figure picker (labels in Chinese).
    await zh.getByRole('button', { name: '以 Markdown 编辑' }).click();
    await zh.getByRole('button', { name: '插入' }).click();
    await page.getByRole('menuitem', { name: '数据（Fig）' }).click();
    await zh.getByRole('combobox', { name: '数据编号' }).click();
    await page.getByRole('option', { name: /^规上工业产值 — 370亿元 \(industrial-output-2023\)$/ }).click();

    await page.getByRole('radio', { name: '英语' }).first().click();
    const en = page.getByRole('group', { name: /编辑 ⁨英语⁩ 内容/ });
    await en.getByRole('textbox', { name: 'title', exact: true }).fill('Test article published from the editor');
    await en.getByRole('textbox', { name: 'description', exact: true }).fill('A test article written in the browser editor.');
    await en.getByRole('switch', { name: 'translation' }).check();
    await en.getByRole('textbox', { name: 'body', exact: true }).fill('In 2023, gross industrial output was <Fig id="industrial-output-2023" />.');
    // The preview is in the language being edited, with the figure formatted as on the site.
    await expect(page.locator('iframe').last().contentFrame().locator('h1')).toHaveText('Test article published from the editor');
    await expect(page.locator('iframe').last().contentFrame().locator('[lang="en"]')).toContainText('CNY 37 billion');
    await save(page);
    await syncBack(page, ws);

    expect(readFileSync(join(ws.root, 'content/news/zh/editor-test.mdx'), 'utf8')).toBe(
      '---\ntitle: 编辑器发布的测试文章\ndescription: 在浏览器编辑器中撰写的测试文章。\ndate: 2024-06-01\ntags: [policy]\n---\n\n' +
        '2023年，规上工业产值为<Fig id="industrial-output-2023" />\n',
    );
    expect(readFileSync(join(ws.root, 'content/news/en/editor-test.mdx'), 'utf8')).toBe(
      '---\ntitle: Test article published from the editor\ndescription: A test article written in the browser editor.\ndate: 2024-06-01\ntranslation: true\ntags: [policy]\n---\n\n' +
        'In 2023, gross industrial output was <Fig id="industrial-output-2023" />.\n',
    );
    execFileSync(join(bin, 'node'), ['scripts/check-content.ts', join(ws.root, 'content')], { env });
  });

  test('a phone photo uploaded into a project gallery, with its texts', async ({ page }) => {
    const photo = join(ws.root, 'phone-photo.jpg');
    execFileSync(join(bin, 'node'), ['tests/fixtures/make-exif-photo.ts', photo], { env });
    await startEditor(page, ws);
    await page.goto('/admin/#/collections/galleries/entries/liyi-precision/gallery');
    await addImage(page);
    const item = page.getByRole('group', { name: '「⁨src⁩」字段' }).last().locator('xpath=..');
    await page.getByRole('group', { name: '「⁨src⁩」字段' }).last().getByRole('button', { name: '浏览' }).click();
    const dialog = page.getByRole('dialog', { name: '选择图片' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '上传' }).click();
    await (await chooser).setFiles(photo);
    await page.getByRole('button', { name: /^(上传|确定|保存)$/ }).last().click().catch(() => {});
    await dialog.getByRole('option', { name: 'phone-photo.jpg' }).click();
    await dialog.getByRole('button', { name: '插入' }).click();
    const texts = {
      alt: ['测试照片：上红下蓝的色块。', 'Test photo: a red block above a blue one.'],
      caption: ['测试照片', 'Test photo'],
      credit: ['测试', 'Test'],
      usage: ['仅供测试。', 'For testing only.'],
    };
    for (const [field, [zhText, enText]] of Object.entries(texts)) {
      const group = item.getByRole('group', { name: `「⁨${field}⁩」字段` });
      await group.scrollIntoViewIfNeeded(); // Sveltia renders the fields of long lists as they scroll into view
      await group.getByRole('textbox', { name: '中文 zh' }).fill(zhText!);
      await group.getByRole('textbox', { name: 'English en' }).fill(enText!);
    }
    await save(page);
    await syncBack(page, ws);
    const dir = join(ws.root, 'content/projects/liyi-precision');
    expect(readdirSync(dir)).toContain('phone-photo.jpg');
    const yaml = readFileSync(join(dir, 'gallery.yaml'), 'utf8');
    expect(yaml).toContain('src: ./phone-photo.jpg');
    expect(yaml).not.toMatch(/illustration: false|: ''|: ""$/m);
    execFileSync(join(bin, 'node'), ['scripts/check-content.ts', join(ws.root, 'content')], { env });
  });

  test('the build shows the article in both languages with its figure, and strips the photo’s metadata', async () => {
    test.setTimeout(300_000);
    rmSync(outDir, { recursive: true, force: true });
    // Astro resolves image paths only inside the project, so the saved copy is built from there.
    const contentDir = 'tests/.output/cms-content';
    rmSync(contentDir, { recursive: true, force: true });
    cpSync(join(ws.root, 'content'), contentDir, { recursive: true });
    execFileSync(join(bin, 'astro'), ['build', '--silent'], { env: { ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: 'node_modules/.astro-cms' }, stdio: 'pipe' });
    // As in `npm run build`: Astro also copies each image's untouched original into _astro/,
    // linked from no page; the prune step removes it.
    execFileSync(join(bin, 'node'), ['scripts/prune-assets.ts', outDir], { env, stdio: 'pipe' });
    for (const [lang, title, figure] of [
      ['zh', '编辑器发布的测试文章', '370亿元'],
      ['en', 'Test article published from the editor', 'CNY 37 billion'],
    ] as const) {
      expect(readFileSync(join(outDir, lang, 'news/index.html'), 'utf8')).toContain(title);
      const article = readFileSync(join(outDir, lang, 'news/editor-test/index.html'), 'utf8');
      expect(article).toContain(figure);
      expect(article).toContain('figures/#industrial-output-2023');
    }
    // The uploaded photo carries a GPS position; every copy in the output is one the pages use
    // (the prune step removed the untouched original), with no metadata at all: no EXIF, XMP or IPTC.
    const uploaded = await sharp(join(contentDir, 'projects/liyi-precision/phone-photo.jpg')).metadata();
    expect(uploaded.exif && hasGpsPointer(uploaded.exif)).toBeTruthy();
    const html = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(outDir, f), 'utf8'))
      .join('\n');
    const used = [...new Set([...html.matchAll(/\/_astro\/(phone-photo[^"' ,?]+)/g)].map((m) => m[1]!))];
    expect(used.length).toBeGreaterThan(2);
    const copies = readdirSync(join(outDir, '_astro')).filter((f) => f.startsWith('phone-photo'));
    expect(copies.sort()).toEqual([...used].sort());
    for (const file of copies) {
      const meta = await sharp(join(outDir, '_astro', file)).metadata();
      expect([meta.exif, meta.xmp, meta.iptc], file).toEqual([undefined, undefined, undefined]);
    }
  });
});

test('the public build has no editor in it', () => {
  test.skip(!existsSync('dist/index.html'), 'needs `npm run build` first');
  expect(existsSync('dist/admin')).toBe(false);
  const scripts = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
  const leaks = scripts.filter((f) => /sveltia/i.test(readFileSync(join('dist/_astro', f), 'utf8')));
  expect(leaks).toEqual([]);
});

test('the intranet bundle is built, and may reach its Git server only', () => {
  test.skip(!existsSync('dist-admin/index.html'), 'needs `npm run build:admin` first');
  const server = JSON.parse(readFileSync('admin/git-server.json', 'utf8'));
  const origin = new URL(server.base_url).origin;
  const html = readFileSync('dist-admin/index.html', 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain(`connect-src 'self' blob: data: ${origin};`);
  expect(csp.match(/https?:\/\/[^\s;]+/g)?.every((u) => u === origin)).toBe(true);
  expect(readFileSync('dist-admin/_headers', 'utf8')).toContain(csp);
  // Scripts are the bundle's own files, loaded relative to the page.
  expect([...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1])).toEqual([expect.stringMatching(/^\.\/assets\/index-[\w-]+\.js$/)]);
});
