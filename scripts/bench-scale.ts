#!/usr/bin/env node
/**
 * Years of publishing, measured (not part of `npm test`): N generated article pairs
 * (tests/fixtures/generate-news.ts) in a temporary copy of this project, built cold (no
 * node_modules/.astro: a fresh clone without a CI cache) and warm, against a bare Astro + MDX
 * site with the same articles (tests/bench/bare-astro.ts) built in the same run, so both share
 * the machine's load. Each side is also built with no generated articles, which gives the cost
 * of one more page. Also measures the share-card levers (rasteriser, format) on sample cards.
 * Writes tests/.output/bench/scale.md and scale.json.
 *   npm run bench:scale -- --articles 1000 [--runs 3] [--before main]
 */
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { generateNews, writeNewestPair } from '../tests/fixtures/generate-news.ts';
import { writeBareAstro } from '../tests/bench/bare-astro.ts';
import { median, perExtraPage } from '../tests/bench/stats.ts';
import { formatScaleReport } from '../tests/bench/scale-report.ts';
import { renderCard, type CardFormat, type Rasteriser } from '../src/lib/build/share-cards/render.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, before: { type: 'string' }, report: { type: 'boolean' } } });
const out = 'tests/.output/bench';
if (values.report) {
  // Re-render the Markdown from the last run's JSON.
  const md = formatScaleReport(JSON.parse(readFileSync(join(out, 'scale.json'), 'utf8')));
  writeFileSync(join(out, 'scale.md'), md);
  console.log(md);
  process.exit(0);
}
const articles = Number(values.articles);
const runs = Number(values.runs);
const here = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
rmSync(join(out, 'scale.partial.json'), { force: true });
const log = (s: string) => console.log(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** node_modules of the copy: links to this project's packages, but its own (empty) .astro cache. */
function linkModules(dir: string) {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync('node_modules')) {
    if (name.startsWith('.astro')) continue;
    symlinkSync(resolve('node_modules', name), join(dir, 'node_modules', name));
  }
}

const skip = new Set(['node_modules', 'dist', '.git', 'tests', 'dist-admin', '.astro']);
function copyProject(dir: string, ref?: string) {
  mkdirSync(dir, { recursive: true });
  if (ref) execSync(`git archive ${ref} | tar -x -C ${dir}`);
  else cpSync(here, dir, { recursive: true, filter: (src) => !skip.has(relative(here, src).split('/')[0]!) || relative(here, src) === '' });
  linkModules(dir);
}

const tagsOf = (dir: string) => (parse(readFileSync(join(dir, 'content/data/tags.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id);

/** The build command's steps (package.json "build", split at &&), so each is timed on its own. */
const steps = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.build as string).split(' && ');

interface Build {
  seconds: number;
  steps: Record<string, number>;
  pages: number;
  output: string;
}

/**
 * cold: no share cards, no content store (node_modules/.astro emptied, except the processed
 * images: they are the same at every size, take minutes on a loaded machine, and have their own
 * benchmark, `npm run bench:images`). warm: everything kept, nothing changed. added: warm, with
 * one new article pair dated after all others (what a day of publishing looks like), removed again
 * after the build.
 */
type Kind = 'cold' | 'warm' | 'added';
const imageCache = ['assets', 'placeholders.json'];

function emptyCache(dir: string, kind: Kind) {
  const cache = join(dir, 'node_modules/.astro');
  if (kind === 'cold') for (const name of existsSync(cache) ? readdirSync(cache) : []) if (!imageCache.includes(name)) rmSync(join(cache, name), { recursive: true, force: true });
}

/** Every copy starts with this project's processed images (build once first if there are none). */
function seedImages(dir: string) {
  for (const name of imageCache) {
    if (existsSync(join('node_modules/.astro', name))) cpSync(join('node_modules/.astro', name), join(dir, 'node_modules/.astro', name), { recursive: true });
  }
}

function build(dir: string, kind: Kind): Build {
  emptyCache(dir, kind);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}` };
  for (const name of ['SITE_URL', 'OUT_DIR', 'CONTENT_DIR']) delete env[name];
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const times: Record<string, number> = {};
  let output = '';
  const start = performance.now();
  for (const step of steps(dir)) {
    const t = performance.now();
    const r = spawnSync('sh', ['-c', step], { cwd: dir, encoding: 'utf8', env, maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${step} failed in ${dir}:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
    output += r.stdout;
    times[step.replace(/^(\w+=\S* )+/, '').split(' ').slice(0, 2).join(' ')] = (performance.now() - t) / 1000;
  }
  const pages = walk(join(dir, 'dist')).filter((f) => f.endsWith('.html')).length;
  return { seconds: (performance.now() - start) / 1000, steps: times, pages, output };
}

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

const cardLine = (b: Build) => /Share images: .*/.exec(b.output)?.[0] ?? '';

/** A project at the given sizes (generated pairs), built in the given order of kinds, `runs` times. */
function measure(name: string, make: (dir: string) => void, plan: Record<number, Kind[]>) {
  const result: Record<number, Partial<Record<Kind, Build[]>> & { dir: string }> = {};
  for (const [size, kinds] of Object.entries(plan).map(([k, v]) => [Number(k), v] as const)) {
    const dir = join(work, `${name}-${size}`);
    make(dir);
    generateNews(join(dir, 'content'), { count: size, tags: name === 'baseline' ? [] : tagsOf(dir) });
    result[size] = { dir };
    for (let r = 0; r < runs; r++) {
      for (const kind of kinds) {
        log(`${name}, ${size} pairs, run ${r + 1}/${runs}: ${kind}`);
        const added = kind === 'added' ? writeNewestPair(join(dir, 'content'), size + r, `2024-07-0${r + 1}`, { count: size + r + 1, tags: name === 'baseline' ? [] : tagsOf(dir) }) : [];
        const b = build(dir, kind);
        for (const file of added) rmSync(file);
        (result[size]![kind] ??= []).push(b);
        // A checkpoint, so a long run that is stopped still leaves its figures.
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'scale.partial.json'), `${JSON.stringify({ name, size, kind, seconds: b.seconds, steps: b.steps, pages: b.pages, cards: cardLine(b) })}\n`, { flag: 'a' });
      }
    }
  }
  return result;
}

const site = measure(
  'site',
  (dir) => {
    copyProject(dir);
    seedImages(dir);
  },
  { 0: ['cold', 'warm'], [articles]: ['cold', 'warm', 'added'] },
);
const baseline = measure(
  'baseline',
  (dir) => {
    writeBareAstro(dir);
    linkModules(dir);
  },
  { 0: ['cold', 'warm'], [articles]: ['cold', 'warm', 'added'] },
);
const before = values.before
  ? measure(
      'before',
      (dir) => {
        copyProject(dir, values.before);
        seedImages(dir);
      },
      { [articles]: ['cold', 'warm'] },
    )
  : undefined;

type M = ReturnType<typeof measure>;
const med = (m: M, size: number, kind: Kind) => median((m[size]![kind] ?? []).map((b) => b.seconds));
const pagesOf = (m: M, size: number) => (m[size]!.warm ?? [])[0]!.pages;
const perPage = (m: M, kind: Kind) => perExtraPage([med(m, 0, kind), med(m, articles, kind)], [pagesOf(m, 0), pagesOf(m, articles)]);

// What the big site weighs: pages over the budget, feed sizes, cards.
const bigDist = join(site[articles]!.dir, 'dist');
const files = walk(bigDist);
const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
const htmlSizes = files.filter((f) => f.endsWith('.html')).map((f) => ({ path: `/${relative(bigDist, f)}`, bytes: gz(f) })).sort((a, b) => b.bytes - a.bytes);
const cards = files.filter((f) => f.startsWith(join(bigDist, 'og')));
const cardBytes = cards.map((f) => statSync(f).size);
const distBytes = files.reduce((s, f) => s + statSync(f).size, 0);
const feeds = ['zh', 'en'].map((l) => ({ lang: l, bytes: statSync(join(bigDist, l, 'rss.xml')).size, items: (readFileSync(join(bigDist, l, 'rss.xml'), 'utf8').match(/<item>/g) ?? []).length }));

// Card levers, one thread, on sample cards from the big build (the build itself uses every core).
log('card levers');
const { cardInputFrom } = await import('../src/lib/build/share-cards/card.ts');
const samples = files.filter((f) => /\/(zh|en)\/news\/generated-\d+\/index\.html$/.test(f)).filter((_, i) => i % Math.max(1, Math.floor(articles / 10)) === 0).slice(0, 20);
const inputs = samples.map((f) => cardInputFrom(readFileSync(f, 'utf8'), `/${relative(bigDist, f).replace(/index\.html$/, '')}`, 'changhe-zone.example', new Map()));
const combos: [Rasteriser, CardFormat][] = [['sharp', 'png-palette'], ['resvg', 'png-exact'], ['resvg', 'png-palette'], ['sharp', 'jpeg'], ['sharp', 'png']];
const PASSES = 2;
const totals = combos.map(() => ({ ms: 0, bytes: 0 }));
try {
  for (const [rasteriser, format] of combos) if (inputs[0]) await renderCard(inputs[0], { rasteriser, format }); // warm-up
  for (let pass = 0; pass < PASSES; pass++) {
    for (const input of inputs) {
      for (const [c, [rasteriser, format]] of combos.entries()) {
        const t = performance.now();
        const png = await renderCard(input, { rasteriser, format });
        totals[c]!.ms += performance.now() - t;
        totals[c]!.bytes += png.length;
      }
    }
  }
} catch (error) {
  console.error('card levers failed (the build figures are still reported):', error);
}
const n = Math.max(1, inputs.length * PASSES);
const levers = combos.map(([rasteriser, format], c) => ({ rasteriser, format, msPerCard: totals[c]!.ms / n, kbPerCard: totals[c]!.bytes / 1024 / n }));

const sizes = [0, articles];
const stepsOf = (m: M, size: number, kind: Kind) => (m[size]![kind] ?? [])[0]?.steps ?? {};
const cardsOf = (m: M, size: number, kind: Kind) => (m[size]![kind] ?? []).map(cardLine);
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, parallelism: availableParallelism(), model: cpus()[0]?.model, loadAverage: loadavg() },
  articles,
  runs,
  site: {
    0: { cold: med(site, 0, 'cold'), warm: med(site, 0, 'warm'), pages: pagesOf(site, 0) },
    [articles]: { cold: med(site, articles, 'cold'), warm: med(site, articles, 'warm'), added: med(site, articles, 'added'), pages: pagesOf(site, articles) },
    steps: { cold: stepsOf(site, articles, 'cold'), warm: stepsOf(site, articles, 'warm'), added: stepsOf(site, articles, 'added') },
    cardLines: cardsOf(site, articles, 'cold'),
  },
  baseline: Object.fromEntries(sizes.map((n) => [n, { cold: med(baseline, n, 'cold'), warm: med(baseline, n, 'warm'), ...(n === articles && { added: med(baseline, n, 'added') }), pages: pagesOf(baseline, n) }])),
  before: before && {
    ref: values.before,
    cold: med(before, articles, 'cold'),
    warm: med(before, articles, 'warm'),
    pages: pagesOf(before, articles),
    steps: { cold: stepsOf(before, articles, 'cold'), warm: stepsOf(before, articles, 'warm') },
    cardLines: cardsOf(before, articles, 'cold'),
  },
  perExtraPageMs: { site: { cold: perPage(site, 'cold'), warm: perPage(site, 'warm') }, baseline: { cold: perPage(baseline, 'cold'), warm: perPage(baseline, 'warm') } },
  output: { distMB: distBytes / 1e6, cards: cards.length, cardsMB: cardBytes.reduce((a, b) => a + b, 0) / 1e6, cardKBAvg: cardBytes.reduce((a, b) => a + b, 0) / 1024 / Math.max(1, cards.length), cardKBMax: Math.max(0, ...cardBytes) / 1024, largestPages: htmlSizes.slice(0, 8), pagesOver14KB: htmlSizes.filter((p) => p.bytes > 14 * 1024).length, feeds },
  cardLevers: { samples: inputs.length, passes: PASSES, results: levers },
};

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'scale.json'), JSON.stringify(report, null, 2) + '\n');

const md = formatScaleReport(report);
writeFileSync(join(out, 'scale.md'), md);
rmSync(work, { recursive: true, force: true });
console.log(md);
