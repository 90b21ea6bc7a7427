/** Building blocks shared by the content schemas. */
import { z } from 'astro/zod';

/** Text in both languages; both are required, so no page goes out half-translated. */
export const bilingual = z.object({
  /** Chinese text. */
  zh: z
    .string({ error: 'Chinese text (zh) is missing / 缺少中文内容' })
    .trim()
    .min(1, 'Chinese text (zh) is empty / 中文内容为空'),
  /** English text. */
  en: z
    .string({ error: 'English text (en) is missing / 缺少英文内容' })
    .trim()
    .min(1, 'English text (en) is empty / 英文内容为空'),
});
export type Bilingual = z.infer<typeof bilingual>;

/** Like `bilingual`, but either side may stay empty until staff fill it in. */
export const bilingualOptional = z.object({
  zh: z.string().trim().default(''),
  en: z.string().trim().default(''),
});

/** A calendar date written as YYYY-MM-DD; anything else is rejected with a plain message. */
export const isoDate = z.coerce.date({
  error: 'Expected a date written as YYYY-MM-DD / 日期格式应为 YYYY-MM-DD',
});
