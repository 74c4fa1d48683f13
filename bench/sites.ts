/**
 * Which built site a benchmark measures. `npm run build` writes a folder of sites
 * (`dist/sites.json` and `dist/<council>/`), the test build one more folder of them
 * (`.e2e/sites`) and a link to Demo Borough's (`.e2e/site`): a benchmark given any of these
 * (or nothing: `dist/`) measures one council's site, served at the root of its address.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export type BenchSite = {
  /** The site's own folder (its index.html), resolved through the build's symlink. */
  dir: string;
  /** What to call it in the report: `dist/demo-borough`, `.e2e/site`. */
  label: string;
};

type Directory = { sites: { slug: string; base?: string; kind?: string }[] };

/**
 * The site in `folder`: the folder itself when it is one site, else, in a folder of sites, the
 * first council's at the root of its address (the library's site and councils under a shared
 * address aside). Throws, saying what to build, when there is none.
 */
export function benchSite(folder: string): BenchSite {
  const root = path.resolve(folder);
  const label = (dir: string) => path.relative(process.cwd(), dir) || '.';
  if (existsSync(path.join(root, 'index.html')) && !existsSync(path.join(root, 'sites.json'))) {
    return { dir: realpathSync(root), label: label(root) };
  }
  const directoryFile = path.join(root, 'sites.json');
  if (!existsSync(directoryFile)) {
    throw new Error(`No built site at ${label(root)}: run \`npm run build\` first, or give the folder of a built site (such as .e2e/site).`);
  }
  const { sites } = JSON.parse(readFileSync(directoryFile, 'utf8')) as Directory;
  const council = sites.find((s) => s.kind !== 'library' && (s.base || '/') === '/' && existsSync(path.join(root, s.slug, 'index.html')));
  if (!council) throw new Error(`${label(directoryFile)} lists no council's site at the root of its address with a built index.html.`);
  const dir = path.join(root, council.slug);
  return { dir: realpathSync(dir), label: label(dir) };
}

/** Every page of the built site, as URL paths (`/offers/x/`), from its index.html files. */
export function builtPages(root: string): string[] {
  if (!existsSync(root)) {
    throw new Error(`No built site at ${root}: build one first (\`npm run build\`; the test site: \`npm run test:e2e\`).`);
  }
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (!['_astro', 'pagefind', 'media'].includes(entry)) walk(full);
      } else if (entry === 'index.html') {
        const rel = path.relative(root, dir).split(path.sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(root);
  return pages.sort();
}
