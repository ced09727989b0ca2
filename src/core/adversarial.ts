/**
 * Builds a hostile paragraph: unmatched quote marks, long capitalised runs and no sentence punctuation.
 * Used by the robustness test and the benchmark, so both measure the same worst case.
 */
export function adversarialParagraph(minLength: number): string {
  const parts = [
    '“Open ',
    'Alpha Beta Gamma Delta Epsilon Zeta ',
    '‘ ',
    '" ',
    "' ",
    'Minister President Senator ',
    '« ',
    '„ ',
    'said told added ',
    'Mr Ms Dr ',
    'the a of ',
    'O’Rourke-Smith van der ',
    '” ',
    '’s ',
  ];
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < minLength; i++) {
    const part = parts[(i * 7 + (i >> 3)) % parts.length]!;
    out.push(part);
    length += part.length;
  }
  return out.join('');
}
