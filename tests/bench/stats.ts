/** Small helpers for benchmark reports. */

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Marginal cost of one more page: (time at N − time at 0) / (pages at N − pages at 0), in ms. */
export const perExtraPage = (seconds: [number, number], pages: [number, number]) => ((seconds[1] - seconds[0]) * 1000) / Math.max(1, pages[1] - pages[0]);

export const secs = (s: number) => `${s.toFixed(1)} s`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
