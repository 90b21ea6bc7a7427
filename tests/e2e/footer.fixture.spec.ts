/**
 * The filled-in footer (tests/fixtures/one-language/site.yaml holds obvious test values):
 * numbers link to the filing systems, badges show with their box reserved, the optional
 * operator appears once set.
 */
import { expect, test } from '@playwright/test';

test('filled-in footer: links to the filing systems, badges sized, operator shown', async ({ page }) => {
  await page.goto('/zh/');
  const footer = page.locator('footer.site-footer');
  await expect(footer.locator('.empty')).toHaveCount(0);
  await expect(footer.getByRole('link', { name: '测ICP备00000000号-1' })).toHaveAttribute('href', 'https://beian.miit.gov.cn/');
  await expect(footer.getByRole('link', { name: '测公网安备 33050000000001号' })).toHaveAttribute(
    'href',
    'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33050000000001',
  );
  const badge = footer.getByRole('link', { name: '党政机关网站标识' });
  await expect(badge).toHaveAttribute('href', 'https://badge.test.example/verify?id=1');
  // width/height attributes reserve the badge's box before the image arrives: no layout shift.
  await expect(badge.locator('img')).toHaveAttribute('height', '56');
  await expect(badge.locator('img')).toHaveAttribute('width', '46');
  await expect(footer.locator('img.police-badge')).toHaveAttribute('width', '20');
  await expect(footer.getByRole('link', { name: '纠错' })).toHaveAttribute('href', 'https://errors.test.example/report');
  await expect(footer).toContainText('主办单位测试主办单位');
  await expect(footer).toContainText('承办单位测试承办单位');
  await expect(footer).toContainText('网站标识码0000000000');
});

test('English footer names the same items in English', async ({ page }) => {
  await page.goto('/en/');
  const footer = page.locator('footer.site-footer');
  await expect(footer.getByRole('link', { name: 'Government website badge' })).toBeVisible();
  await expect(footer.getByRole('link', { name: 'Report an error' })).toBeVisible();
  await expect(footer).toContainText('Run byTest Sponsor');
  await expect(footer).toContainText('Operated byTest Operator');
});
