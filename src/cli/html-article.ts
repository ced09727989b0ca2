/**
 * The CLI's HTML path, loaded only when a file is HTML: linkedom and the content script's extraction are most
 * of what the CLI would otherwise load at start-up, and a .txt article needs neither.
 */
import type { ArticleInput, SourceRecord } from '../core/index';
import { extractArticle, toArticleInput } from '../content/extract';
import { readPageMeta } from './page-meta';
import { htmlDocument } from './read-article';

export function readHtmlArticle(html: string, fileUrl: string): { input: ArticleInput; source: SourceRecord } {
  const doc = htmlDocument(html);
  const input = toArticleInput(extractArticle(doc));
  return { input, source: readPageMeta(doc, fileUrl, input.title ?? '') };
}
