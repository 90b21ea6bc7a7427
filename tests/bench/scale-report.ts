/** The Markdown report of `npm run bench:scale`, from its JSON (so a report can be re-rendered). */
import { ratio, secs } from './stats.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON written by scripts/bench-scale.ts
export function formatScaleReport(report: any): string {
  const { articles, runs } = report;
  const feeds = report.output.feeds;
  const S = report.site[articles] as { cold: number; warm: number; added?: number; pages: number };
  const B = report.baseline[articles]!;
  const P = report.before;
  const col = (text: string) => (P ? ` ${text} |` : '');
  const added = report.site.steps.added as Record<string, number> | undefined;
  return [
    `# Scale benchmark: ${articles} article pairs`,
    '',
    `${report.date}; ${report.machine.cpus} CPUs (${report.machine.model}), load average at the end ${report.machine.loadAverage.map((l: number) => l.toFixed(1)).join(' / ')}: other work shares the machine, so compare within this run. Median of ${runs} run(s).`,
    '',
    '| | this site | bare Astro + MDX | ratio |' + col(`${P?.ref} (before)`),
    '| --- | --- | --- | --- |' + col('---'),
    `| pages built | ${S.pages} | ${B.pages} | |` + col(String(P?.pages)),
    `| cold build (no card cache, no content store) | ${secs(S.cold)} | ${secs(B.cold)} | ${ratio(S.cold, B.cold)} |` + col(P ? `${secs(P.cold)} (${ratio(P.cold, B.cold)})` : ''),
    `| warm build | ${secs(S.warm)} | ${secs(B.warm)} | ${ratio(S.warm, B.warm)} |` + col(P ? `${secs(P.warm)} (${ratio(P.warm, B.warm)})` : ''),
    ...(S.added !== undefined && B.added !== undefined
      ? [`| warm build after one new article pair, dated after all others (every list page moves) | ${secs(S.added)} | ${secs(B.added)} | ${ratio(S.added, B.added)} |` + col('')]
      : []),
    `| cost per extra page, cold / warm | ${report.perExtraPageMs.site.cold.toFixed(0)} ms / ${report.perExtraPageMs.site.warm.toFixed(0)} ms | ${report.perExtraPageMs.baseline.cold.toFixed(0)} ms / ${report.perExtraPageMs.baseline.warm.toFixed(0)} ms | |` +
      col(''),
    '',
    `Per extra page = (time at ${articles} pairs − time at 0) / (pages at ${articles} − pages at 0). Without generated articles: this site ${secs(report.site[0]!.cold)} cold / ${secs(report.site[0]!.warm)} warm (${report.site[0]!.pages} pages); bare Astro ${secs(report.baseline[0]!.cold)} / ${secs(report.baseline[0]!.warm)}.`,
    '',
    `## Build steps at ${articles} pairs (first run)`,
    '',
    '| step | cold | warm |' + (added ? ' one new pair |' : '') + col('before: cold') + col('before: warm'),
    '| --- | --- | --- |' + (added ? ' --- |' : '') + col('---') + col('---'),
    ...[...new Set([...Object.keys(report.site.steps.cold), ...Object.keys(P?.steps.cold ?? {})])].map(
      (k) =>
        `| \`${k}\` | ${secs(report.site.steps.cold[k] ?? NaN)} | ${secs(report.site.steps.warm[k] ?? NaN)} |` +
        (added ? ` ${secs(added[k] ?? NaN)} |` : '') +
        col(P ? secs(P.steps.cold[k] ?? NaN) : '') +
        col(P ? secs(P.steps.warm[k] ?? NaN) : ''),
    ),
    '',
    `Share cards, cold: ${report.site.cardLines[0] ?? ''}` + (P ? `; before: ${P.cardLines[0] || '(drawn one at a time)'}` : ''),
    '',
    '## Output',
    '',
    ...(S.added !== undefined ? ['Of the last build at this size, which had the one new pair (2 more pages and cards).', ''] : []),
    `- dist/: ${report.output.distMB.toFixed(1)} MB; ${report.output.cards} share cards, ${report.output.cardsMB.toFixed(1)} MB (average ${report.output.cardKBAvg.toFixed(1)} KB, largest ${report.output.cardKBMax.toFixed(1)} KB)`,
    `- pages over 14 KB gzip: ${report.output.pagesOver14KB}; largest: ${report.output.largestPages.map((p: { path: string; bytes: number }) => `${p.path} ${(p.bytes / 1024).toFixed(1)} KB`).join(', ')}`,
    `- feeds: ${feeds.map((f: { lang: string; items: number; bytes: number }) => `${f.lang} ${f.items} items, ${(f.bytes / 1024).toFixed(0)} KB`).join('; ')}`,
    '',
    `## Share-card levers (${report.cardLevers.samples} sample cards × ${report.cardLevers.passes} passes, one thread, interleaved so load hits all alike)`,
    '',
    '| rasteriser | format | ms per card | KB per card |',
    '| --- | --- | --- | --- |',
    ...report.cardLevers.results.map(
      (l: { rasteriser: string; format: string; msPerCard: number; kbPerCard: number }) => `| ${l.rasteriser} | ${l.format} | ${l.msPerCard.toFixed(0)} | ${l.kbPerCard.toFixed(1)} |`,
    ),
    '',
  ].join('\n');
}
