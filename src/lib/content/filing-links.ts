/** Where the footer's registration numbers link to: the public filing systems that verify them. */

/** MIIT's ICP filing system: verifies any ICP number (it has no per-number address). */
export const icpFilingSystem = 'https://beian.miit.gov.cn/';

/**
 * The public-security filing record of a number such as `浙公网安备 33050202000123号`:
 * the record page is addressed by the number's digits. Empty when the number has none.
 */
export function publicSecurityRecordUrl(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits ? `http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${digits}` : '';
}
