/** `onrecord analyze FILE...` (and `npm run -s analyze -- FILE...`): one JSON object per file, in order, on stdout. */
import type { Analysis } from '../core/index';
import { loadArticle } from './articles';

export function toCliResult(file: string, a: Analysis) {
  return {
    file,
    title: a.title,
    officials: a.officials.map((p) => ({ name: p.name, title: p.title, mentions: p.mentions.length, spans: spansOf(p.mentions) })),
    people: a.people.map((p) => ({ name: p.name, role: p.role, mentions: p.mentions.length, spans: spansOf(p.mentions) })),
    quotes: a.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      speakerTitle: q.speakerTitle,
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
      attribution: q.attribution,
      confidence: q.confidence,
    })),
  };
}

const spansOf = (mentions: Array<{ paragraph: number; start: number; end: number }>) =>
  mentions.map(({ paragraph, start, end }) => ({ paragraph, start, end }));

export async function analyzeFiles(files: string[]): Promise<{ results: unknown[]; failed: number }> {
  const results: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      results.push(toCliResult(file, (await loadArticle(file)).analysis));
    } catch (e) {
      failed++;
      results.push({ file, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { results, failed };
}
