/** `content/site.yaml`: settings staff fill in (legal lines, contact). Empty means "not yet". */
import { z } from 'astro/zod';
import { bilingualOptional } from './common.ts';

const optionalEmail = z.union([z.literal(''), z.email('Expected an e-mail address / 应为电子邮箱地址')]).default('');

export const siteSchema = z.object({
  legal: z.object({
    /** ICP licence number (ICP备案号), shown in the footer. */
    icpNumber: z.string().trim().default(''),
    /** Public security filing number (公安备案号), shown in the footer. */
    publicSecurityNumber: z.string().trim().default(''),
    /** Holder named in the copyright line. */
    copyrightHolder: bilingualOptional,
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
