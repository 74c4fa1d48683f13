/** Reading a page from the platform server, shared by the benchmarks (`scale.ts`, `cluster.ts`). */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** GET from the platform server as a browser at `host` would (Node's fetch may not resolve *.localhost). */
export function getServed(port: number, host: string, pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, headers: { Host: host, 'Accept-Encoding': 'br, gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        let body = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        if (encoding === 'br') body = brotliDecompressSync(body);
        else if (encoding === 'gzip') body = gunzipSync(body);
        resolve({ status: res.statusCode ?? 0, body: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('timed out')));
    req.end();
  });
}
