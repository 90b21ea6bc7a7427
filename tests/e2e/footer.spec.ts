/**
 * The footer a government site must show (页面底部功能区), on the real site where
 * `content/site.yaml` is not filled in yet: every item is present and visibly empty.
 * footer.fixture.spec.ts covers the filled-in footer.
 */
import { expect, test } from '@playwright/test';

const labels = {
  zh: ['党政机关网站标识', '主办单位', '网站标识码', 'ICP备案号', '公安备案号', '版权所有'],
  en: ['Government website badge', 'Run by', 'Site code', 'ICP filing no.', 'Public security filing no.', 'Copyright'],
};
const links = {
  zh: { 联系我们: '/zh/contact/', 网站地图: '/zh/sitemap/', 网站声明: '/zh/statement/' },
  en: { 'Contact us': '/en/contact/', 'Site map': '/en/sitemap/', 'Site statement': '/en/statement/' },
};

for (const lang of ['zh', 'en'] as const) {
  test(`${lang} footer: every registration item, empty ones marked, links to contact, site map, statement`, async ({ page }) => {
    await page.goto(`/${lang}/about/`);
    const footer = page.locator('footer.site-footer');
    for (const label of labels[lang]) await expect(footer).toContainText(label);
    const empty = lang === 'zh' ? '待填写' : 'to be filled in';
    // Badge, sponsor, site code, ICP, public security and the error-report link are all unfilled.
    await expect(footer.locator('.empty', { hasText: empty })).toHaveCount(6);
    await expect(footer.locator('img')).toHaveCount(0); // no badge is drawn in place of the issued one
    await expect(footer).not.toContainText(lang === 'zh' ? '承办单位' : 'Operated by'); // optional, hidden while empty
    const siteLinks = footer.getByRole('navigation', { name: lang === 'zh' ? '网站信息' : 'About this site' });
    for (const [text, href] of Object.entries(links[lang])) {
      await expect(siteLinks.getByRole('link', { name: text, exact: true })).toHaveAttribute('href', href);
    }
    await expect(footer).toContainText(lang === 'zh' ? '纠错：待填写' : 'Report an error: to be filled in');
  });
}
