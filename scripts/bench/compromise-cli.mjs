// The comparison for `npm run bench -- cli`: compromise reading the same files in one Node process, as
// `onrecord analyze` does, with its people and quotations printed as JSON. Plain JavaScript, so neither side
// pays for a transpiler.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const out = process.argv.slice(2).map((file) => {
  const doc = nlp(readFileSync(file, 'utf8'));
  return { file, people: doc.people().out('array'), quotes: doc.quotations().out('array') };
});
process.stdout.write(`${JSON.stringify(out)}\n`);
