/** The part of `compression` (expressjs/compression, which ships no types) that src/lib/serve uses. */
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type Filter = (req: IncomingMessage, res: ServerResponse) => boolean;
  interface Options {
    /** Smallest body, in bytes, worth compressing. */
    threshold?: number | string;
    /** Whether to compress this response; `compression.filter` is the default (compressible types). */
    filter?: Filter;
  }
  function compression(options?: Options): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
  namespace compression {
    const filter: Filter;
  }
  export default compression;
}
