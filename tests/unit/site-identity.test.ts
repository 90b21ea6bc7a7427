/** The footer's registration fields in content/site.yaml: what staff may write, and where the numbers link. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteSchema } from '../../src/schemas/site.ts';
import { publicSecurityRecordUrl } from '../../src/lib/content/filing-links.ts';

const base = { legal: { copyrightHolder: {} }, contact: { address: {}, officeHours: {} } };
const withLegal = (legal: Record<string, unknown>) => siteSchema.safeParse({ ...base, legal: { ...base.legal, ...legal } });
const message = (r: ReturnType<typeof withLegal>) => (r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));

test('an unfilled site.yaml is valid and everything defaults to empty', () => {
  const r = withLegal({});
  assert.ok(r.success, message(r));
  const legal = r.data.legal;
  assert.deepEqual([legal.siteCode, legal.govBadge, legal.publicSecurityBadge, legal.sponsor, legal.operator, legal.errorReportUrl], ['', { image: '', url: '' }, '', { zh: '', en: '' }, { zh: '', en: '' }, '']);
});

test('links must be http(s) or mailto: — no javascript:, data: or relative tricks', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example', 'ftp://x', 'https://a b', 'mailto:nobody']) {
    const r = withLegal({ errorReportUrl: url });
    assert.equal(r.success, false, url);
    assert.match(message(r), /errorReportUrl: .*https:\/\/.*\/ 应为/);
    assert.equal(withLegal({ govBadge: { url } }).success, false, url);
  }
  for (const url of ['https://zfwzzc.www.gov.cn/', 'http://example.gov.cn/jc?x=1', 'mailto:jiucuo@example.gov.cn']) assert.ok(withLegal({ errorReportUrl: url }).success, url);
});

test('badges are plain file names of images that exist in content/badges/, in both languages when wrong', () => {
  for (const name of ['../../etc/passwd', '/etc/hosts.png', 'badge.exe', '<img>.png', 'a/b.png']) {
    const r = withLegal({ publicSecurityBadge: name });
    assert.equal(r.success, false, name);
    assert.match(message(r), /Expected a file name .* \/ 应为图片文件名/);
  }
  const missing = withLegal({ govBadge: { image: 'not-issued-yet.png' } });
  assert.match(message(missing), /govBadge\.image: No such file in content\/badges\/ \/ content\/badges\/ 中没有这个文件/);
  assert.ok(withLegal({ govBadge: { image: 'README.md' } }).success === false);
});

test('the public-security record link is addressed by the number’s digits', () => {
  assert.equal(publicSecurityRecordUrl('浙公网安备 33050202000123号'), 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33050202000123');
  assert.equal(publicSecurityRecordUrl('浙公网安备"><script>33050202000123'), 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33050202000123');
  assert.equal(publicSecurityRecordUrl('待定'), '');
  assert.equal(publicSecurityRecordUrl(''), '');
});
