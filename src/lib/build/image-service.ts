/**
 * Astro's sharp image service, except that an SVG asked for as SVG comes out optimised
 * by SVGO and checked for anything unsafe (src/lib/shared/svg.ts) instead of copied as it is.
 * Photographs still go through sharp (upright, metadata stripped, AVIF/WebP/JPEG).
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { optimizeSvg } from '../shared/svg.ts';

const sharp = sharpService as LocalImageService;

const service: LocalImageService = {
  ...sharp,
  async transform(inputBuffer, transform, config, logger) {
    const text = transform.format === 'svg' ? Buffer.from(inputBuffer).toString('utf8') : '';
    if (/<svg[\s>]/.test(text.slice(0, 4096))) return { data: Buffer.from(optimizeSvg(text, transform.src)), format: 'svg' };
    return sharp.transform(inputBuffer, transform, config, logger);
  },
};

export default service;
