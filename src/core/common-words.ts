/**
 * Words common in any English text. A library of political news may hold few quotes with "best", "reason"
 * or "obviously", so their library idf looks high, yet two statements sharing them are not about the same
 * claim. Relatedness gives them no weight as evidence of what a quote asserts, and a capitalised one that
 * opens a sentence ("Obviously, …", "People want …") is not a name.
 */
import { stem } from './stem';

const WORDS = `
able absolutely accept across act action actually address afraid age ago agree ahead allow almost alone along already although always
amazing american among amount another answer anybody anyone anything anyway anywhere appear approach area argue around aside ask
attention available average away back bad badly base basically become begin beginning behind believe best better big bit bottom
break bring broad build built business call came care career carry case cause center certain certainly chance change choice choose
clear clearly close come comes coming comfortable common completely concern consider continue control couldn course crazy create
critical current currently deal decide decision deep definitely different difficult direction done door doubt easy effort else end
enough entire entirely especially everybody everyone everything exactly example expect expectation experience explain face fact fair
fairly fall false family far fast feel feeling felt fight figure fill final finally find fine finish focus folk follow force forget
form forward free friend front full fully fun future game general generally give given goes gone good great ground group grow guess
guy half hand happen happened happy hard head hear heard help high hold home honest hope huge idea important include including
increase indeed instead interest interesting issue job join keep kind knew know knowing known large largely late later lead learn
least leave left less level life likely line list listen little live long look looking lose loss lot love low main major make making
matter maybe mean meaning means member mind minute miss moment money move moving name near nearly necessary need needed never next
nice nobody none nothing notice number obvious obviously offer office often okay old open opportunity order others otherwise part
particular particularly pass past pay people percent perhaps period person pick piece place plan play point position possible
possibly pretty probably problem process produce public pull push question quick quickly raise reach read ready real reality realize
really reason recent recently record remain remember rest result return right rise road role room run running saying second seem
seems sense serious seriously serve set several short show side sign significant simple simply sit situation small somebody someone
something sometimes somewhere soon sorry sort sound space special spend stand start stay step stop story strong stuff sure
take taken taking term terrible thank thing think thinking thought together top total totally toward tough tried true truly try
trying turn type understand unlike use used usually value view wait walk want wanted watch way whatever whole wide win wish woman
women word work gain divide party benefit administration argue growth risk establish you're you've you'll we'd i'd he'd she'd they'd there's here's what's let's couldn't wouldn't shouldn't haven't hasn't weren't night ought tonight morning evening majority region strength support supported vast worked working world worse worst wrong yeah young
`;

/** Each word as written and as the stemmer leaves its inflections ("arguing" and "argued" are "argu"). */
const forms = (w: string) => {
  const base = w.endsWith('e') ? w.slice(0, -1) : w;
  return [w, stem(w), stem(`${w}s`), stem(`${base}ed`), stem(`${base}ing`)];
};

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean).flatMap(forms));

/** A lower-case word or topic term common in general English (checked as written and stemmed). */
export const isCommonWord = (word: string): boolean => COMMON_WORDS.has(word) || COMMON_WORDS.has(stem(word));
