// @ts-check
// `npm run lighthouse`: Lighthouse 12.2.3 (the last release that runs on Node 20) on the demo's partner page,
// which loads only the built drop-in script, with the system Chromium; five runs, median score per category.
// Writes bench/lighthouse.json and prints the scores and any audit that errored on this Chromium.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './system-browsers.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {Record<string, string>} */
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

// A static server for the project root, compressing as a CDN would.
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = readFileSync(join(process.cwd(), path));
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Encoding': 'gzip',
      'Cache-Control': 'max-age=31536000',
    });
    response.end(gzipSync(body));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const url = `http://127.0.0.1:${port}/demo/partner.html`;

/** @type {{ scores: Record<string, number>, errored: string[], failed: string[] }[]} */
const runs = [];
for (let run = 0; run < RUNS; run++) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
    runs.push({
      scores,
      errored: Object.values(lhr.audits)
        .filter((audit) => audit.scoreDisplayMode === 'error')
        .map((audit) => `${audit.id}: ${audit.errorMessage}`),
      failed: Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id),
    });
    process.stdout.write(`run ${run + 1}/${RUNS}: ${JSON.stringify(scores)}\n`);
  } finally {
    await chrome.kill();
  }
}
server.close();

const median = (/** @type {number[]} */ values) => values.sort((a, b) => a - b)[values.length >> 1];
const result = {
  url: '/demo/partner.html',
  runs: RUNS,
  lighthouse: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
  median: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])),
  erroredAudits: [...new Set(runs.flatMap((r) => r.errored))],
  failedAudits: [...new Set(runs.flatMap((r) => r.failed))],
  allRuns: runs.map((r) => r.scores),
};
writeFileSync('bench/lighthouse.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
