/**
 * Numbered source notes, so each figure or fact on a dense page (fact sheet, home stats)
 * carries its own source without repeating it in full: 370亿元¹ … ¹ 吴丹、李世超《…》，2024年.
 */

/** Source ids numbered 1, 2, … in order of first use. */
export function numberSources(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
