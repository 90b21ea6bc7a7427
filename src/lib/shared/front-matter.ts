/** The YAML front matter of a Markdown/MDX file as data, and the file line each key starts on. */
import { parse as parseYaml } from 'yaml';

type FrontMatter = { data: Record<string, unknown>; lineOf: (key: string) => number };

/** Several checks read one file's front matter: parsed once per text. */
const parsed = new Map<string, FrontMatter>();

export function readFrontMatter(text: string): FrontMatter {
  let found = parsed.get(text);
  if (!found) parsed.set(text, (found = parseFrontMatter(text)));
  return found;
}

function parseFrontMatter(text: string): FrontMatter {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  let data: Record<string, unknown> = {};
  try {
    data = (parseYaml(block) as Record<string, unknown>) ?? {};
  } catch {
    /* the content layer reports YAML errors with their line */
  }
  const lines = block.split('\n');
  // +2: the opening `---` line, and lines count from 1.
  return { data, lineOf: (key) => lines.findIndex((l) => l.startsWith(`${key}:`)) + 2 };
}
