/** `cli extract FILE.html...`: what OnRecord reads on each page, through the content script's own extraction. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { looksBinary } from '../core/index';
import { extractArticle, type ExtractedArticle } from '../content/extract';
import { MAX_FILE_BYTES } from './file-limits';
import { htmlDocument } from './read-article';

export interface ExtractResult {
  file: string;
  title: string;
  paragraphs: string[];
}

/** A page's body blocks in reading order, without the headline the content script puts first. */
export function bodyParagraphs(article: ExtractedArticle): string[] {
  const texts = article.blocks.map((b) => b.text);
  // The headline is the first block that reads as the title: a kicker or a section label may come before it.
  const headline = article.title ? texts.indexOf(article.title) : -1;
  return headline < 0 ? texts : [...texts.slice(0, headline), ...texts.slice(headline + 1)];
}

/** Reads a page's HTML; `.gz` files (as the article-extraction benchmark ships them) are unpacked first. */
export async function readHtml(file: string): Promise<string> {
  let buffer = await readFile(file);
  if (file.endsWith('.gz')) buffer = gunzipSync(buffer, { maxOutputLength: MAX_FILE_BYTES });
  if (buffer.length > MAX_FILE_BYTES) throw new Error(`${file}: larger than ${MAX_FILE_BYTES / 1048576} MB`);
  const text = new TextDecoder().decode(buffer);
  if (looksBinary(text)) throw new Error(`${file}: not a text file (binary content)`);
  return text;
}

export function extractHtml(html: string): { title: string; paragraphs: string[]; root: Element | null; lenient: boolean } {
  const article = extractArticle(htmlDocument(html));
  return { title: article.title, paragraphs: bodyParagraphs(article), root: article.root, lenient: article.lenient };
}

export async function extractFiles(files: string[]): Promise<{ results: Array<ExtractResult | { file: string; error: string }>; failed: number }> {
  const results: Array<ExtractResult | { file: string; error: string }> = [];
  let failed = 0;
  for (const file of files) {
    try {
      const { title, paragraphs } = extractHtml(await readHtml(file));
      results.push({ file, title, paragraphs });
    } catch (e) {
      failed++;
      results.push({ file, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { results, failed };
}
