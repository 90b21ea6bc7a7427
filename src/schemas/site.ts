/** `content/site.yaml`: settings staff fill in (legal lines, contact). Empty means "not yet". */
import { z } from 'astro/zod';
import { bilingualOptional } from './common.ts';
import { badgeFile, optionalUrl } from './site-identity.ts';

const optionalEmail = z.union([z.literal(''), z.email('Expected an e-mail address / 应为电子邮箱地址')]).default('');

export const siteSchema = z.object({
  legal: z.object({
    /** ICP licence number (ICP备案号), shown in the footer. */
    icpNumber: z.string().trim().default(''),
    /** Public security filing number (公安备案号), shown in the footer. */
    publicSecurityNumber: z.string().trim().default(''),
    /** Holder named in the copyright line. */
    copyrightHolder: bilingualOptional,
    /** 网站标识码: the ten-character site code issued with the government-website registration. */
    siteCode: z.string().trim().default(''),
    /**
     * 党政机关网站标识: the badge issued by the registration authority (a file in
     * `content/badges/`, as issued) and the address it links to (its verification page).
     */
    govBadge: z
      .object({ image: badgeFile, url: optionalUrl })
      .default({ image: '', url: '' }),
    /** The public security badge image (a file in `content/badges/`), shown before the filing number. */
    publicSecurityBadge: badgeFile,
    /** 主办单位: the body that runs the site. */
    sponsor: bilingualOptional.default({ zh: '', en: '' }),
    /** 承办单位: the body that operates it for the sponsor; optional, hidden when empty. */
    operator: bilingualOptional.default({ zh: '', en: '' }),
    /** 纠错: where visitors report an error (a web address or a mailto: link). */
    errorReportUrl: optionalUrl,
  }),
  contact: z.object({
    /** Postal address of the Administrative Committee. */
    address: bilingualOptional,
    postcode: z.string().trim().default(''),
    phone: z.string().trim().default(''),
    email: optionalEmail,
    officeHours: bilingualOptional,
    /** Enquiry address per lead industry (keys are the industry slugs). */
    industryEmails: z.record(z.string(), optionalEmail).default({}),
    /** Contact for journalists. */
    media: z
      .object({ name: z.string().trim().default(''), phone: z.string().trim().default(''), email: optionalEmail })
      .default({ name: '', phone: '', email: '' }),
  }),
  /**
   * True once the Administrative Committee confirms this is its official website; until then no
   * page calls itself "官方网站 / Official website".
   */
  officialSite: z.boolean({ error: 'Expected true or false / 应为 true 或 false' }).default(false),
});
export type SiteConfig = z.infer<typeof siteSchema>;
