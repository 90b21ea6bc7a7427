/** Lets node:test import `src/schemas/*` by resolving `astro:content` to the editor's shim. */
import { registerHooks } from 'node:module';

const shim = new URL('../../src/admin/shims/astro-content.ts', import.meta.url).href;
registerHooks({
  resolve: (specifier, context, next) =>
    specifier === 'astro:content' ? { url: shim, shortCircuit: true } : next(specifier, context),
});
