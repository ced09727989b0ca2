/** `npm run bench`: speed and memory figures, as medians and ratios (never asserted in tests). */
import { benchCore } from './bench/core';

const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);

async function main() {
  console.log(`# OnRecord bench on ${process.platform}/${process.arch}, node ${process.version}`);
  if (wants('core')) await benchCore();
}

void main();
