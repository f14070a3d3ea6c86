import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import { extractFile, type ExtractRequest, type InputKind } from './extract-file';
import { render, toJson, type Format } from './output';

const USAGE = `Usage:
  lisible extract [--format json|markdown|html|text] [--url URL] [--lang LANG] FILE|-
  lisible extract --batch DIR [--out FILE.jsonl] [--lang LANG]

Inputs: .html, .html.gz (gunzipped) or .txt (plain article text: key figures only).
`;

const FORMATS: Format[] = ['json', 'markdown', 'html', 'text'];

interface Args {
  format: Format;
  url: string | null;
  lang: string | null;
  batch: string | null;
  out: string | null;
  input: string | null;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { format: 'json', url: null, lang: null, batch: null, out: null, input: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--format') {
      const format = value() as Format;
      if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${format}": use json, markdown, html or text.`);
      args.format = format;
    } else if (arg === '--url') args.url = value();
    else if (arg === '--lang') args.lang = value();
    else if (arg === '--batch') args.batch = value();
    else if (arg === '--out') args.out = value();
    else if (arg === '-' || !arg.startsWith('-')) {
      if (args.input !== null) throw new UsageError('Give one input file (or --batch DIR).');
      args.input = arg;
    } else throw new UsageError(`Unknown option ${arg}.`);
  }
  if (args.batch === null && args.input === null) throw new UsageError('Give an input file, - for stdin, or --batch DIR.');
  if (args.batch !== null && args.input !== null) throw new UsageError('Give either an input file or --batch DIR, not both.');
  return args;
}

/** The kind of input a file name says, and the name reported for it. */
function inputKind(name: string): { kind: InputKind; file: string } | null {
  if (name.endsWith('.html.gz')) return { kind: 'html.gz', file: name.slice(0, -'.html.gz'.length) };
  if (name.endsWith('.html') || name.endsWith('.htm')) return { kind: 'html', file: name.replace(/\.html?$/, '') };
  if (name.endsWith('.txt')) return { kind: 'txt', file: name.slice(0, -'.txt'.length) };
  return null;
}

function write(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}

async function runBatch(args: Args): Promise<number> {
  const dir = args.batch!;
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    process.stderr.write(`lisible: ${dir} is not a directory.\n`);
    return 2;
  }
  const out: Writable = args.out ? createWriteStream(args.out) : process.stdout;
  for (const name of readdirSync(dir).sort()) {
    const input = inputKind(name);
    if (!input) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      await write(out, `${JSON.stringify({ file: input.file, error: `The file could not be read: ${(err as Error).message}` })}\n`);
      continue;
    }
    const result = extractFile({ ...input, bytes, url: null, lang: args.lang });
    await write(out, `${JSON.stringify(toJson(result))}\n`);
  }
  if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve));
  return 0;
}

async function runSingle(args: Args): Promise<number> {
  const source = args.input!;
  let request: ExtractRequest;
  if (source === '-') {
    const bytes = readFileSync(0);
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    request = { file: 'stdin', kind: gzipped ? 'html.gz' : 'html', bytes, url: args.url, lang: args.lang };
  } else {
    const input = inputKind(basename(source)) ?? { kind: 'html' as const, file: basename(source) };
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(source);
    } catch (err) {
      process.stderr.write(`lisible: cannot read ${source}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 1;
    }
    request = { ...input, bytes, url: args.url, lang: args.lang };
  }
  const result = extractFile(request);
  await write(process.stdout, render(result, args.format));
  if ('error' in result) {
    if (args.format !== 'json') process.stderr.write(`lisible: ${result.error}\n`);
    return 1;
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command !== 'extract') {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const args = parseArgs(rest);
    return args.batch !== null ? await runBatch(args) : await runSingle(args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`lisible: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
  process.stderr.write(`lisible: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
