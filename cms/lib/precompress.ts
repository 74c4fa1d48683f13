/**
 * Writes `file.br` and `file.gz` beside every text file of a built site, at the highest
 * compression (done once per build, not per request). The site's server (sirv) sends them
 * to browsers that accept them; most static hosts do the same or compress on their own.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The text files worth compressing; images, fonts, PDFs and Pagefind's files are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.webmanifest', '.txt']);
/** Below this, compression saves less than the headers cost. */
const MIN_BYTES = 256;

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Compresses the text files under `dir`. Returns how many files got compressed copies. */
export async function precompress(dir: string): Promise<number> {
  const files = (await filesIn(dir)).filter((file) => COMPRESSIBLE.has(path.extname(file).toLowerCase()));
  let done = 0;
  const queue = [...files];
  // A few at a time: zlib works on libuv's thread pool, which is 4 threads.
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const data = await readFile(file);
      if (data.length < MIN_BYTES) continue;
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      // Only where it saves something: sirv sends the plain file otherwise.
      if (br.length < data.length) await writeFile(`${file}.br`, br);
      if (gzipped.length < data.length) await writeFile(`${file}.gz`, gzipped);
      done++;
    }
  };
  await Promise.all([worker(), worker()]);
  return done;
}
