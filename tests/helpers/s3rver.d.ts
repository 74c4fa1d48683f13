/** `s3rver` ships no types: the part of its API `tests/helpers/s3Server.ts` uses (its README). */
declare module 's3rver' {
  type Options = {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    resetOnClose?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  };
  /** The Koa context of one request, as far as the tests read it. */
  type Context = {
    method: string;
    url: string;
    path: string;
    query: Record<string, string | string[] | undefined>;
    headers: Record<string, string | string[] | undefined>;
    status: number;
    body: unknown;
    type: string;
  };
  export default class S3rver {
    constructor(options: Options);
    /** Koa's middleware list (S3rver is a Koa app): composed when `run()` starts listening. */
    middleware: ((ctx: Context, next: () => Promise<void>) => Promise<void>)[];
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
