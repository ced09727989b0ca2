/** `npm run -s cli -- COMMAND ...`: analyze, library, related. */
import { parseArgs } from 'node:util';
import { analyzeFiles } from './analyze';
import { loadArticle } from './articles';
import { buildLibrary } from './build-library';
import { extractFiles } from './extract-files';
import { runRelated } from './related';

const USAGE = `usage:
  cli analyze FILE...                      analyse .txt/.html articles (JSON on stdout)
  cli extract FILE.html...                 the article paragraphs OnRecord reads on each page (JSON on stdout)
  cli library FILE...                      a library export with every quote of FILE... saved in order
  cli related --library LIB.json --article FILE --quote "SUBSTRING" [--limit N]
  cli related --library LIB.json --text "..." [--speaker NAME] [--limit N]
`;

class UsageError extends Error {}

async function related(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { library: { type: 'string' }, article: { type: 'string' }, quote: { type: 'string' }, text: { type: 'string' }, speaker: { type: 'string' }, limit: { type: 'string' } },
  });
  if (!values.library) throw new UsageError('related needs --library LIB.json');
  if (values.text === undefined && (!values.article || values.quote === undefined)) throw new UsageError('related needs --article FILE --quote "SUBSTRING", or --text "..."');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
  return runRelated({ library: values.library, article: values.article, quote: values.quote, text: values.text, speaker: values.speaker, limit });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'analyze') {
      if (rest.length === 0) throw new UsageError('analyze needs at least one FILE');
      const { results, failed } = await analyzeFiles(rest);
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return failed > 0 ? 1 : 0;
    }
    if (command === 'extract') {
      if (rest.length === 0) throw new UsageError('extract needs at least one FILE');
      const { results, failed } = await extractFiles(rest);
      process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      return failed > 0 ? 1 : 0;
    }
    if (command === 'library') {
      if (rest.length === 0) throw new UsageError('library needs at least one FILE');
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
    process.stderr.write(e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `cli: ${message}\n${USAGE}` : `cli: ${message}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
