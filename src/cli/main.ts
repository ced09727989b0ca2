#!/usr/bin/env node
/**
 * `onrecord COMMAND ...` (the built binary, dist/cli/onrecord.js) and `npm run -s cli -- COMMAND ...`.
 * Each command's modules are imported when it runs, so `--help` and a .txt analysis load no HTML parser.
 */
import { parseArgs } from 'node:util';

const USAGE = `usage:
  onrecord analyze FILE...                      analyse .txt/.html articles (JSON on stdout)
  onrecord extract FILE.html...                 the article paragraphs OnRecord reads on each page (JSON on stdout)
  onrecord library FILE...                      a library export with every quote of FILE... saved in order
  onrecord related --library LIB.json --article FILE --quote "SUBSTRING" [--limit N]
  onrecord related --library LIB.json --text "..." [--speaker NAME] [--limit N]
  onrecord --help                               this text
`;

class UsageError extends Error {}

function help(): number {
  process.stdout.write(USAGE);
  return 0;
}

async function related(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      library: { type: 'string' },
      article: { type: 'string' },
      quote: { type: 'string' },
      text: { type: 'string' },
      speaker: { type: 'string' },
      limit: { type: 'string' },
    },
  });
  if (!values.library) throw new UsageError('related needs --library LIB.json');
  if (values.text === undefined && (!values.article || values.quote === undefined))
    throw new UsageError('related needs --article FILE --quote "SUBSTRING", or --text "..."');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
  const { runRelated } = await import('./related');
  return runRelated({ library: values.library, article: values.article, quote: values.quote, text: values.text, speaker: values.speaker, limit });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return help();
  try {
    if (command === 'analyze') {
      if (rest.length === 0) throw new UsageError('analyze needs at least one FILE');
      if (rest.includes('--help')) return help();
      const { analyzeFiles } = await import('./analyze');
      const { results, failed } = await analyzeFiles(rest);
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      if (failed > 0) process.stderr.write(`onrecord: ${failed} of ${rest.length} files could not be analysed\n`);
      return failed > 0 ? 1 : 0;
    }
    if (command === 'extract') {
      if (rest.length === 0) throw new UsageError('extract needs at least one FILE');
      const { extractFiles } = await import('./extract-files');
      const { results, failed } = await extractFiles(rest);
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return failed > 0 ? 1 : 0;
    }
    if (command === 'library') {
      if (rest.length === 0) throw new UsageError('library needs at least one FILE');
      const [{ loadArticle }, { buildLibrary }] = await Promise.all([import('./articles'), import('./build-library')]);
      const articles = [];
      for (const file of rest) articles.push(await loadArticle(file));
      process.stdout.write(`${JSON.stringify(buildLibrary(articles), null, 2)}\n`);
      return 0;
    }
    if (command === 'related') {
      process.stdout.write(`${JSON.stringify(await related(rest), null, 2)}\n`);
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(
      e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `onrecord: ${message}\n${USAGE}` : `onrecord: ${message}\n`,
    );
    return e instanceof UsageError ? 2 : 1;
  }
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
