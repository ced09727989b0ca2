/** The engine's public surface. */
export { analyzeArticle, tryAnalyzeArticle, type AnalysisResult } from './analyze';
export { parseTextArticle, looksBinary } from './article-text';
export { adversarialParagraph } from './adversarial';
export type * from './types';
