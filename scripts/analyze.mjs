// @ts-check
// `npm run analyze`: writes custom-elements.json with @custom-elements-manifest/analyzer, its modules sorted by
// path (the analyzer lists them in the order its file reads finish, which varies from run to run). `--check`
// exits 1 when the committed file differs from a fresh one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so the fresh copy goes under node_modules/.cache.
mkdirSync(join('node_modules', '.cache'), { recursive: true });
const outDir = mkdtempSync(join('node_modules', '.cache', 'custom-elements-'));
try {
  execFileSync(
    'npx',
    ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outDir, '--quiet'],
    {
      stdio: 'inherit',
    },
  );
  /** @type {{ modules: { path: string }[] }} */
  const manifest = JSON.parse(readFileSync(join(outDir, 'custom-elements.json'), 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (text !== readFileSync('custom-elements.json', 'utf8')) {
      console.error('custom-elements.json is stale: run npm run analyze and commit it');
      process.exit(1);
    }
  } else {
    writeFileSync('custom-elements.json', text);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
