/** A page of `n` short quoted paragraphs, in our own words: a page far busier than any article. */
export function quotePage(n: number): string {
  const paragraphs = Array.from({ length: n }, (_, i) => `<p>“The ferry budget line ${i} stays as it is,” said Ines Varga, the harbour commissioner.</p>`);
  return `<!doctype html><html><head><title>Harbour budget, line by line</title></head><body><article><h1>Harbour budget, line by line</h1>${paragraphs.join('')}</article></body></html>`;
}
