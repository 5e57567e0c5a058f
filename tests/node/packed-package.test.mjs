// The package as npm packs it, installed into an empty project next to the current @types/node, as an
// application or a site's build gets it: npm accepts the tree, and the entries load in plain Node.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed package in an empty project', { timeout: 240_000 }, () => {
  let project;
  before(() => {
    project = mkdtempSync(join(tmpdir(), 'showcase-consumer-'));
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', project], resolve('.')))[0].filename;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', join(project, packed), '@types/node@latest'], project);
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('npm ls reports no problem', () => {
    const result = spawnSync('npm', ['ls', '--all'], { cwd: project, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout + result.stderr, /invalid|missing|ERR/);
  });

  for (const entry of ['python-showcase', 'python-showcase/ssr', 'python-showcase/react', 'python-showcase/vue']) {
    it(`import('${entry}') works in plain Node`, () => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', `await import('${entry}')`], {
        cwd: project,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
    });
  }

  it('renderShowcase and npx python-showcase render print the chosen cards', () => {
    const script = `const { renderShowcase } = await import('python-showcase/ssr');
      process.stdout.write(await renderShowcase({ attributes: { apps: 'netflix' } }));`;
    const api = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    assert.equal(api.status, 0, api.stderr);
    assert.match(api.stdout, /class="name"[^>]*>(<!--[^>]*-->)*Netflix/);
    const command = spawnSync('npx', ['--no-install', 'python-showcase', 'render', '--apps', 'dropbox'], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(command.status, 0, command.stderr);
    assert.match(command.stdout, /class="name"[^>]*>(<!--[^>]*-->)*Dropbox/);
  });
});
