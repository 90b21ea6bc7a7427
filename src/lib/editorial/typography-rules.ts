/**
 * Punctuation rules for one run of text, by the national standard GB/T 15834-2011:
 * Chinese text takes full-width ，。：；（）！？, English text ASCII.
 *
 * AutoCorrect (`autocorrect-node`, the maintained CJK copywriting linter) does most
 * of the work. Its rules are configured here, deliberately:
 * - `fullwidth`: on — `,` `.` `:` `!` `?` next to Chinese become ，。：！？.
 * - `no-space-fullwidth`, `no-space-fullwidth-quote`: on — no stray spaces around ，（“ etc.
 * - `halfwidth-word`: on — full-width letters and digits (２０２３) become ASCII.
 * - `space-word`: OFF — no space is added between Chinese and Latin letters or digits.
 *   Official Chinese publications (the source article, government websites, the
 *   People's Daily) write 2023年 and 370亿元, and so does our figure formatter; the
 *   spaced style ("2023 年") is a web-community convention, not GB/T 15834.
 * - `space-bracket`, `space-punctuation`, `space-dash`, `space-backticks`, `space-dollar`:
 *   off — they add spaces that Chinese print does not use (we convert brackets instead).
 * - `spellcheck`: off — names come from the glossary, not a dictionary.
 *
 * Where AutoCorrect stops short of the standard (it never converts brackets or `;`,
 * and leaves `31.11%,规上`), a few rules of our own follow, applied to Chinese text only.
 */
import autocorrect from 'autocorrect-node';

export type TextLanguage = 'zh' | 'en' | 'auto';

export const AUTOCORRECT_CONFIG = {
  rules: {
    'space-word': 0,
    'space-punctuation': 0,
    'space-bracket': 0,
    'space-backticks': 0,
    'space-dash': 0,
    'space-dollar': 0,
    fullwidth: 1,
    'no-space-fullwidth': 1,
    'no-space-fullwidth-quote': 1,
    'halfwidth-word': 1,
    'halfwidth-punctuation': 1,
    spellcheck: 0,
  },
};
autocorrect.loadConfig(JSON.stringify(AUTOCORRECT_CONFIG));

const HAN = String.raw`\p{Script=Han}`;
/** Full-width marks that close or open a Chinese phrase. */
const CLOSERS = '”’）》」』】〕';
const OPENERS = '“‘（《「『【〔';
const FULL_PUNCT = '，。、：；！？';
const TO_FULL: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
const TO_ASCII: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')' };

/** Chinese-side rules AutoCorrect does not have. Spaces only, never newlines, are touched. */
const ZH_RULES: [RegExp, (m: string, ...groups: string[]) => string][] = [
  // Brackets: a pair that touches Chinese on either side, or encloses Chinese → （…）.
  [
    new RegExp(String.raw`(?<=([${HAN}${CLOSERS}${FULL_PUNCT}]?)) *\(([^()\n]*)\) *(?=([${HAN}${OPENERS}${FULL_PUNCT}]?))`, 'gu'),
    (m, before, inner, after) =>
      before || after || new RegExp(HAN, 'u').test(inner ?? '') ? `（${(inner ?? '').trim()}）` : m,
  ],
  // A bracket left alone in this run (its partner is beyond a link or tag), beside Chinese.
  [new RegExp(String.raw`(?<=[${HAN}${CLOSERS}]) *\((?! )|\((?=[${HAN}${OPENERS}])`, 'gu'), () => '（'],
  [new RegExp(String.raw`(?<! )\) *(?=[,:;!?]?[${HAN}${OPENERS}${FULL_PUNCT}])`, 'gu'), () => '）'],
  [new RegExp(String.raw`(?<=[${HAN}]|（[^()（）\n]*)\)`, 'gu'), () => '）'],
  // , : ; ! ? right after Chinese or a closing mark (AutoCorrect also wants Chinese after it).
  [new RegExp(String.raw`(?<=[${HAN}${CLOSERS}]) *([,:;!?]) *`, 'gu'), (_m, p) => TO_FULL[p!]!],
  // … and after a letter, number, per cent sign or quotation mark, or at the start of a run
  // (after code or a tag), when Chinese follows: 31.11%,规上 → 31.11%，规上; `src`:改为 → `src`：改为.
  [new RegExp(String.raw`(?<=^|[A-Za-z\d%"'\x60])([,;:!?]) *(?=[${HAN}${OPENERS}])`, 'gu'), (_m, p) => TO_FULL[p!]!],
  // A full stop after Chinese or a closing mark, not part of an ellipsis "...".
  [new RegExp(String.raw`(?<=[${HAN}${CLOSERS}])\.(?![.\w])`, 'gu'), () => '。'],
];

/** Where a run sits: the visible character just before and just after it (or '' at a block edge). */
export interface RunContext {
  before?: string;
  after?: string;
}

/** One representative character per class, so the context can be cut off again after fixing. */
function representative(ch: string | undefined, lang: TextLanguage): string {
  if (!ch) return '';
  if (new RegExp(HAN, 'u').test(ch)) return '字';
  if (CLOSERS.includes(ch) || OPENERS.includes(ch) || FULL_PUNCT.includes(ch)) return ch;
  if (/[A-Za-z]/.test(ch)) return 'a';
  if (/\d/.test(ch)) return '0';
  if (ch === '\u{FFFC}') return lang === 'en' ? 'a' : '字'; // an inline element whose text is not known here
  return '';
}

function fixZh(text: string): string {
  let out = text;
  for (const [pattern, replace] of ZH_RULES) out = out.replace(pattern, replace as (m: string) => string);
  return autocorrect.format(out);
}

/** English: a full-width mark with no Chinese beside it becomes ASCII (a space follows , . : ; ! ?). */
function fixEn(text: string): string {
  return text.replace(
    // Not next to Chinese, nor next to another full-width mark (a list of marks, as in “use ，。：”).
    new RegExp(String.raw`(?<![${HAN}${CLOSERS}${OPENERS}${FULL_PUNCT}（）])([，。：；！？（）])(?![${HAN}${OPENERS}${CLOSERS}${FULL_PUNCT}（）])( ?)`, 'gu'),
    (_m, p: string, space: string, offset: number, whole: string) => {
      const ascii = TO_ASCII[p]!;
      const next = whole[offset + p.length + space.length];
      const needsSpace = ',.:;!?'.includes(ascii) && next !== undefined && /[\p{L}\p{N}]/u.test(next);
      return ascii + (space || (needsSpace ? ' ' : ''));
    },
  );
}

/**
 * Pieces of a run that are never touched: web and e-mail addresses, and i18next
 * placeholders (`{{value}}`), which stand for text filled in later.
 */
const PROTECTED = /(?:https?:\/\/|mailto:|www\.)[^\s，。；：！？（）“”<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\{\{[^{}]*\}\}/g;

function fixPiece(text: string, lang: 'zh' | 'en', context: RunContext): string {
  const before = representative(context.before, lang);
  const after = representative(context.after, lang);
  const fix = lang === 'zh' ? fixZh : fixEn;
  const framed = fix(before + text + after);
  // The context characters are never changed by the rules; if one was, fix without context.
  if (framed.startsWith(before) && framed.endsWith(after)) return framed.slice(before.length, framed.length - after.length);
  return fix(text);
}

/** What a protected piece looks like to its neighbours: a placeholder is text of the run's language. */
function edge(piece: string, end: 'first' | 'last'): string | undefined {
  if (piece.startsWith('{{')) return '\u{FFFC}';
  return end === 'first' ? piece[0] : piece.at(-1);
}

/**
 * The corrected form of one run of text (a Markdown text node, a YAML string, a
 * dictionary string). `auto` runs (a name, a bilingual "待填写 / to be filled in")
 * follow the Chinese rules when they contain Chinese, which only act next to it.
 * Spaces at either end are kept as they are: in Markdown they can be syntax
 * (`**粗体** 文字` is not `**粗体**文字`).
 */
export function fixRun(text: string, lang: TextLanguage, context: RunContext = {}): string {
  // Chinese characters or Chinese punctuation, in the run or right beside it.
  const hasHan = new RegExp(`[${HAN}${CLOSERS}${OPENERS}${FULL_PUNCT}]`, 'u').test(text + (context.before ?? '') + (context.after ?? ''));
  const effective = lang === 'auto' ? (hasHan ? 'zh' : null) : lang;
  if (!effective || (effective === 'zh' && !hasHan)) return text;
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  let out = '';
  let last = 0;
  let before = lead ? ' ' : context.before;
  for (const match of core.matchAll(PROTECTED)) {
    out += fixPiece(core.slice(last, match.index), effective, { before, after: edge(match[0], 'first') });
    out += match[0];
    before = edge(match[0], 'last');
    last = match.index + match[0].length;
  }
  out += fixPiece(core.slice(last), effective, { before, after: trail ? ' ' : context.after });
  return lead + out + trail;
}
