/** Language negotiation for `/` in the local server (mirrors the nginx configuration). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { negotiate } from '../../scripts/serve.mjs';

test('English-first browsers get English, everyone else Chinese', () => {
  assert.equal(negotiate('en-US,en;q=0.9'), 'en');
  assert.equal(negotiate('zh-CN,zh;q=0.9,en;q=0.8'), 'zh');
  assert.equal(negotiate('en;q=0.5,zh-TW;q=0.9'), 'zh');
  assert.equal(negotiate('de-DE,en;q=0.7'), 'en');
  assert.equal(negotiate('fr-FR'), 'zh');
  assert.equal(negotiate(''), 'zh');
  assert.equal(negotiate(undefined), 'zh');
});
