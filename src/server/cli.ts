#!/usr/bin/env node
/**
 * `npx python-showcase render [--apps …] [--layout …] [--content content.json] [--lang de] > widget.html`:
 * the widget as server-rendered HTML on standard output, for any site that can paste or include a file.
 * Every attribute of `<python-showcase>` is an option of the same name. An invalid attribute value warns on
 * standard error and renders the default, as on a page; content that cannot be read fails with nothing printed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  BOOLEAN_ATTRIBUTES,
  SHOWCASE_ATTRIBUTES,
  renderShowcase,
  type AttributeValue,
  type ShowcaseAttributeName,
} from './ssr.js';

const USAGE = `Usage: python-showcase render [options] > widget.html

Renders <python-showcase> to HTML (declarative shadow DOM) on standard output.

Options:
${SHOWCASE_ATTRIBUTES.map((name) => `  --${name}${BOOLEAN_ATTRIBUTES.includes(name) ? '' : ' <value>'}`).join('\n')}
  --content <file>     content JSON (docs/content.md); - reads standard input
  --lang <tag>         the page's language, for figures (default en)
  --help`;

function fail(message: string, code = 1): never {
  process.stderr.write(`python-showcase: ${message}\n`);
  process.exit(code);
}

function readContentFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    fail(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(`${file === '-' ? 'standard input' : file} is not a JSON object`);
  return value as Record<string, unknown>;
}

async function main(argv: string[]): Promise<void> {
  const options = Object.fromEntries([
    ...SHOWCASE_ATTRIBUTES.map((name) => [name, { type: BOOLEAN_ATTRIBUTES.includes(name) ? 'boolean' : 'string' }]),
    ['content', { type: 'string' }],
    ['lang', { type: 'string' }],
    ['help', { type: 'boolean' }],
  ]) as NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (positionals.length !== 1 || positionals[0] !== 'render') fail(`expected the command "render"\n\n${USAGE}`, 2);

  const content = typeof values.content === 'string' ? readContentFile(values.content) : undefined;
  const attributes: Partial<Record<ShowcaseAttributeName, AttributeValue>> = {};
  for (const name of SHOWCASE_ATTRIBUTES) {
    const value = values[name];
    if (value !== undefined) attributes[name] = value as AttributeValue;
  }
  const lang = typeof values.lang === 'string' ? values.lang : undefined;
  process.stdout.write(`${await renderShowcase({ attributes, content, lang })}\n`);
}

await main(process.argv.slice(2));
