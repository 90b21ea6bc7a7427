/**
 * Data for the Delta map (DeltaMap.astro): places with their names in both
 * languages, approximate WGS84 coordinates (2 decimals), and simplified outlines
 * of the coast and the Yangtze. Map labels are the accepted exception to keeping
 * every string in the UI dictionaries. Schematic, not survey-grade.
 */
import type { Locale } from '../../i18n/locales.ts';

export type PlaceKind = 'city' | 'zone' | 'water' | 'region';

/** Where a label sits relative to its point. */
export type LabelSide = 'left' | 'right' | 'above' | 'centre';

export interface MapPlace {
  id: string;
  kind: PlaceKind;
  name: Record<Locale, string>;
  lon: number;
  lat: number;
  label: LabelSide;
}

/** A longitude–latitude pair. */
export type LonLat = readonly [lon: number, lat: number];

export const mapPlaces: readonly MapPlace[] = [
  { id: 'shanghai', kind: 'city', name: { zh: '上海', en: 'Shanghai' }, lon: 121.47, lat: 31.23, label: 'right' },
  { id: 'suzhou', kind: 'city', name: { zh: '苏州', en: 'Suzhou' }, lon: 120.59, lat: 31.3, label: 'above' },
  { id: 'hangzhou', kind: 'city', name: { zh: '杭州', en: 'Hangzhou' }, lon: 120.16, lat: 30.27, label: 'left' },
  { id: 'nanjing', kind: 'city', name: { zh: '南京', en: 'Nanjing' }, lon: 118.8, lat: 32.06, label: 'left' },
  { id: 'hefei', kind: 'city', name: { zh: '合肥', en: 'Hefei' }, lon: 117.23, lat: 31.82, label: 'above' },
  { id: 'huzhou', kind: 'city', name: { zh: '湖州', en: 'Huzhou' }, lon: 120.09, lat: 30.89, label: 'right' },
  // Changxing county on the Zhejiang–Anhui border, west of Huzhou, around Si'an town.
  { id: 'zone', kind: 'zone', name: { zh: '长合区', en: 'The Zone' }, lon: 119.72, lat: 30.98, label: 'left' },
  { id: 'taihu', kind: 'water', name: { zh: '太湖', en: 'Lake Taihu' }, lon: 120.22, lat: 31.2, label: 'centre' },
  { id: 'jiangsu', kind: 'region', name: { zh: '江苏', en: 'Jiangsu' }, lon: 119.6, lat: 32.6, label: 'centre' },
  { id: 'zhejiang', kind: 'region', name: { zh: '浙江', en: 'Zhejiang' }, lon: 120.3, lat: 29.4, label: 'centre' },
  // Province labels sit in open ground; Anhui's is south-east of the Yangtze, off the river line.
  { id: 'anhui', kind: 'region', name: { zh: '安徽', en: 'Anhui' }, lon: 118.3, lat: 30.5, label: 'centre' },
];

/**
 * The East China Sea coast from the Jiangsu shore past the Yangtze estuary and
 * Hangzhou Bay to Ningbo, north to south; the first and last points lie off the
 * map so that, closed along the east, it outlines the sea.
 */
export const coastline: readonly LonLat[] = [
  [120.8, 33.3], [120.95, 32.8], [121.2, 32.45], [121.55, 32.3], [121.9, 32.05], [121.97, 31.78],
  [121.6, 31.74], [121.2, 31.86], [120.95, 31.98], [121.2, 31.64], [121.5, 31.4], [121.7, 31.28],
  [121.85, 31.1], [121.95, 30.88], [121.5, 30.82], [121.3, 30.7], [121.0, 30.53], [120.75, 30.38],
  [120.45, 30.32], [120.8, 30.15], [121.15, 30.3], [121.5, 30.15], [121.72, 29.97], [121.95, 29.9],
  [121.95, 29.55], [121.82, 29.2], [121.75, 28.8], [123.0, 28.8], [123.0, 33.3],
];

/** The Yangtze from Jiujiang past Anqing, Wuhu and Nanjing to the estuary. */
export const yangtze: readonly LonLat[] = [
  [116.0, 29.72], [116.55, 29.92], [117.05, 30.5], [117.5, 30.7], [117.8, 30.95], [118.37, 31.35],
  [118.5, 31.7], [118.75, 32.08], [119.05, 32.22], [119.45, 32.23], [119.8, 32.2], [120.27, 31.95],
  [120.55, 31.98], [120.95, 31.92],
];

/** Lake Taihu, drawn as an ellipse: half-widths in degrees. */
export const taihuRadius = { lon: 0.3, lat: 0.27 } as const;

/** The SVG viewBox the projection maps into. */
export const mapView = { width: 800, height: 560 } as const;

/**
 * Equirectangular projection centred on 119.4°E 31°N, x scaled by cos 31°:
 * 140 units per degree of latitude, 120 per degree of longitude. The viewBox
 * covers about 116.1–122.7°E and 29.0–33.0°N. Rounded to 0.1 unit.
 */
const centre = { lon: 119.4, lat: 31 } as const;
const unitsPerDegree = 140;
const xScale = Math.cos((31 * Math.PI) / 180);

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function project(lon: number, lat: number): { x: number; y: number } {
  return {
    x: round(mapView.width / 2 + (lon - centre.lon) * unitsPerDegree * xScale),
    y: round(mapView.height / 2 - (lat - centre.lat) * unitsPerDegree),
  };
}

/** An SVG path through the points, projected. */
export function pathOf(points: readonly LonLat[], close = false): string {
  const d = points.map(([lon, lat], i) => {
    const { x, y } = project(lon, lat);
    return `${i === 0 ? 'M' : 'L'}${x} ${y}`;
  });
  return d.join('') + (close ? 'Z' : '');
}
