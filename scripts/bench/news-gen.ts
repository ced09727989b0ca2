/**
 * Deterministic synthetic news for the browser benches: ~500 officials, 30 outlets, 36 topics, articles of
 * five quoted paragraphs. Article `a` is always the same text, so runs and sizes compare like with like.
 */
import { hashText } from '../../src/core/index';

export const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const W = (s: string) => s.split(' ');

const FIRST = W(
  'Ana Boris Chen Dara Elif Farid Greta Hugo Ines Jamal Keiko Lars Maya Nikolai Olu Priya Quentin Rosa Sanjay Tamsin Umar Vera Wendell Ximena Yusuf Zofia Amara Bruno Carmen Dmitri Esther Felix Gloria Hamid Ingrid Jorge',
);
const SUR_A = W('Ok Val Har Mor Len Dra Kes Bar Sil Tor Fen Gal Ivan Nor Pel Rud Sat Wen Yar Zel');
const SUR_B = W('afor ente ding ova sson berg ley ez ski ani ton ard ov elli strom ado ic enko quist ro mann eau ides oglu ssen');
const CITIES = W(`Brussels Geneva Ottawa London Berlin Paris Tokyo Nairobi Warsaw Dublin Copenhagen Lisbon Madrid Rome Vienna Prague Oslo Helsinki
  Athens Ankara Cairo Lagos Accra Delhi Jakarta Manila Seoul Canberra Wellington Lima Bogota Santiago Quito Havana Toronto Chicago Denver Boston Atlanta Seattle`);
/** Place and project names ("the Ashford bridge"): rare words, as every real story has its own. */
const SYL_A = W('Ash Bel Cor Dun Elm Fair Glen Hol Ken Lang Mar Nor Oak Pem Red Stan Thorn Wex Yar Brack Cal Dal Har Kil Lin Mil Ros Sel Tam Wil');
const SYL_B = W('ford field gate wood mouth ridge bury ton wick haven stead moor brook cliffe dale ham ley well worth by');
const NATIONS = W('Valdorian French German Canadian British US Brazilian Japanese Kenyan Polish Irish Danish');
const OFFICES = [
  'Foreign Minister',
  'Prime Minister',
  'Defense Secretary',
  'Press Secretary',
  'Finance Minister',
  'Health Minister',
  'Interior Minister',
  'Energy Secretary',
  'Transport Minister',
  'Ambassador',
  'Chancellor',
  'Trade Minister',
];
const LOCAL = ['Sen.', 'Rep.', 'Gov.', 'Mayor', 'Councillor'];
const UNNAMED = ['a State Department spokesperson', 'a senior official', 'a government spokesperson', 'a ministry official', 'an aide to the mayor'];
export const OUTLETS = Array.from({ length: 30 }, (_, i) => {
  const name = `${pick(rng(i + 7), W('Harbour Northern Capital Daily Evening Morning Coastal Federal Valley Metro'))} ${pick(rng(i + 99), W('Times Wire Ledger Clarion Post Herald Courier Gazette Record Observer'))}`;
  return { name: `${name} ${i}`, host: `${name.toLowerCase().replace(/ /g, '-')}-${i}.test` };
});
const TOPICS = [
  'ceasefire hostages corridor humanitarian truce negotiators shelling convoy mediators frontline',
  'wildfire evacuation firefighters containment acres smoke drought blaze crews shelters',
  'fuel duty motorists petrol diesel freeze hauliers pump rebellion forecourt',
  'ferry commuters fares pilot terminal ridership harbour crossings subsidy timetable',
  'flight levy aviation airlines passengers airports ticket surcharge kerosene runway',
  'talks Valdoria sanctions envoy summit delegation pipeline border accord',
  'hospital waiting lists nurses surgery ambulance beds strike clinics',
  'inflation interest rates mortgage savings lenders prices wages bank',
  'housing rents tenants landlords construction permits zoning eviction',
  'schools teachers curriculum exams classrooms funding pupils tuition',
  'election ballot turnout recount candidates polling districts campaign',
  'climate emissions carbon coal renewables solar turbines grid',
  'migration asylum border processing shelters deportation visas caseload',
  'tariffs steel exports trade quotas imports dumping customs',
  'police budget patrols crime stations recruits oversight bodycams',
  'pensions retirement contributions actuaries reform benefits annuity',
  'water drought reservoir rationing pipes leaks utility hosepipe',
  'broadband rural coverage fibre masts operators rollout subsidy',
  'vaccine rollout clinics doses outbreak measles uptake boosters',
  'farmers subsidies harvest fertiliser livestock tractors protests dairy',
  'railway strike drivers unions timetable cancellations fares signalling',
  'defence spending frigates drones procurement contracts shipyard',
  'prisons overcrowding inmates parole guards release sentencing',
  'tourism hotels visitors cruise overtourism tax lodging',
  'nuclear reactor plant decommissioning uranium safety inspectors',
  'courts backlog judges trials legal aid barristers',
  'floods levees rainfall insurance rivers barriers sandbags',
  'universities students loans tuition research grants campus',
  'minimum wage employers workers hours payroll apprenticeships',
  'fisheries quotas trawlers catch vessels cod licences',
  'stadium bid olympics venue sponsors athletes organisers',
  'gas storage heating winter supply prices reserves',
  'bridge collapse inspection engineers repairs contractor traffic',
  'censorship journalists press freedom newsroom licences',
  'grain exports shipping ports corridor insurance vessels',
  'cyberattack ransomware hackers outage networks data breach',
]
  .map((s) => W(s))
  .map((w) => Array.from({ length: 10 }, (_, i) => w[i % w.length]!));
const FILLER = W(`plan proposal decision measure package deadline review vote figures report process pressure support opposition concern promise
  timeline evidence commitment mandate agreement responsibility cost priority consultation framework scheme budget inquiry reform strategy target bill
  programme audit guidance ruling compromise settlement offer demand warning forecast estimate backlog shortfall overhaul freeze cap allowance grant
  loan waiver exemption investigation briefing roadmap pledge ultimatum veto amendment motion petition verdict`);
const ADJ = W(
  'unacceptable reckless necessary premature overdue realistic unworkable urgent fair responsible dangerous sensible costly modest bold vague credible flawed balanced hasty generous timid',
);
const VERBS = W('delay abandon accept reconsider fund expand scrap reverse approve block support review extend suspend challenge defend publish renegotiate');
const PERIOD = W('quarter year winter summer month season spring autumn');
const GROUPS = W('households jobs families homes workers residents voters patients pupils passengers commuters tenants farmers drivers businesses');
const MONTHS = W('January February March April May June July August September October November December');
const DAYS = W('Monday Tuesday Wednesday Thursday Friday');

export interface Person {
  id: string;
  name: string;
  title: string;
}
export const PEOPLE: Person[] = Array.from({ length: 500 }, (_, i) => {
  const name = `${FIRST[i % FIRST.length]} ${SUR_A[i % SUR_A.length]}${SUR_B[Math.floor(i / SUR_A.length) % SUR_B.length]}`;
  const r = rng(i + 5000);
  const title = r() < 0.7 ? `${pick(r, NATIONS)} ${pick(r, OFFICES)}` : pick(r, LOCAL);
  return { id: `p_${hashText(name.toLowerCase())}`, name, title };
});

const QUOTES: Array<(t: string[], r: Rand, thing: string) => string> = [
  (t, r) => `We will not ${pick(r, VERBS)} the ${t[0]} ${pick(r, FILLER)} while the ${t[1]} remains ${pick(r, ADJ)}`,
  (t, r) => `The ${t[2]} ${pick(r, FILLER)} is ${pick(r, ADJ)}, and anyone who says otherwise has not looked at the ${t[3]}`,
  (t, r) => `There is no plan to ${pick(r, VERBS)} the ${t[0]} before ${pick(r, MONTHS)}`,
  (t, r) => `Our figures show ${2 + Math.floor(r() * 60)} per cent more ${t[4]} than last ${pick(r, PERIOD)}, and that is ${pick(r, ADJ)}`,
  (t, r) => `I have spoken to ${pick(r, PEOPLE).name} about the ${t[1]} and we agreed to ${pick(r, VERBS)} the ${pick(r, FILLER)}`,
  (t, r) => `Families who depend on the ${t[6]} deserve a ${pick(r, ADJ)} ${pick(r, FILLER)}, not another ${t[7]}`,
  (t, r, x) => `If the ${x} ${t[8]} ${pick(r, FILLER)} fails, we will ${pick(r, VERBS)} it ourselves`,
  (t, r, x) => `What happened in ${x} must never happen again, and the ${t[0]} ${pick(r, FILLER)} is ${pick(r, ADJ)}`,
  (t, r) => `Nobody asked for this ${pick(r, FILLER)} on ${t[2]}, and the ${t[5]} ${pick(r, FILLER)} is ${pick(r, ADJ)}`,
  (t, r) => `My door is open to anyone with a ${pick(r, ADJ)} ${pick(r, FILLER)} for the ${t[9]}`,
  (t, r) => `The ${pick(r, FILLER)} we inherited on ${t[3]} was ${pick(r, ADJ)} and we intend to ${pick(r, VERBS)} it`,
];
/** Every statement carries its own count, so N generated quotes are N records. */
const UNIQUE: Array<(n: string, r: Rand) => string> = [
  (n, r) => `, and ${n} ${pick(r, GROUPS)} are waiting for an answer`,
  (n, r) => `, whatever the ${n} ${pick(r, GROUPS)} who signed the ${pick(r, FILLER)} say`,
  (n, r) => `; we counted ${n} ${pick(r, GROUPS)} affected`,
  (n, r) => `, because ${n} ${pick(r, GROUPS)} cannot wait`,
  (n) => ` — ${n} of them, by our count`,
];

export interface GenQuote {
  text: string;
  speaker: string;
  title: string | null;
  personId: string | null;
  paragraph: string;
}
export interface GenArticle {
  url: string;
  outlet: string;
  title: string;
  published: string;
  quotes: GenQuote[];
  narrative: string[];
}

/** Article `a`: five quoted paragraphs by two or three speakers, one topic, one outlet, a date in 2019-2026. */
export function article(a: number): GenArticle {
  const r = rng(a * 7919 + 17);
  const t = [...pick(r, TOPICS)].sort(() => r() - 0.5);
  const outlet = pick(r, OUTLETS);
  const published = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 2800) * 86_400_000 + Math.floor(r() * 86_400) * 1000).toISOString();
  const cast = [pick(r, PEOPLE), pick(r, PEOPLE), pick(r, PEOPLE)];
  const place = pick(r, CITIES);
  const surname = (p: Person) => p.name.split(' ').at(-1)!;
  const thing = `${pick(r, SYL_A)}${pick(r, SYL_B)}`;
  const title = pick(r, [
    `${surname(cast[0]!)} ${pick(r, W('rejects backs defends attacks questions'))} ${thing} ${t[0]} ${pick(r, FILLER)}`,
    `${pick(r, NATIONS)} ${t[0]} ${pick(r, FILLER)} faces ${pick(r, ADJ)} ${pick(r, FILLER)}`,
    `${surname(cast[0]!)} under pressure over ${t[1]} in ${thing}`,
    `What the ${thing} ${t[0]} ${pick(r, FILLER)} means for ${pick(r, GROUPS)}`,
    `${cap(t[2]!)}: ${surname(cast[0]!)} and ${surname(cast[1]!)} clash over ${t[1]}`,
  ]);
  const quotes = Array.from({ length: 5 }, (_, k): GenQuote => {
    const text = `${pick(r, QUOTES)(t, r, thing)}${pick(r, UNIQUE)((a * 5 + k + 101).toLocaleString('en'), r)}`;
    const day = pick(r, DAYS);
    if (r() < 0.1) {
      const who = pick(r, UNNAMED);
      return { text, speaker: who, title: null, personId: null, paragraph: `“${text},” ${who} said on ${day}, asking not to be named.` };
    }
    const p = cast[k % 3]!;
    const who = `${p.title} ${p.name}`;
    const frame = pick(r, [
      `“${text},” ${who} told reporters in ${place} on ${day}.`,
      `${who} said in a statement on ${day}: “${text}.”`,
      `“${text},” said ${who}.`,
      `Speaking in ${place}, ${who} said: “${text}.”`,
      `“${text},” ${who} wrote on social media late on ${day}.`,
    ]);
    const context = pick(r, [
      `${cap(t[k + 2]!)} and ${t[(k + 4) % t.length]} have dominated the ${pick(r, FILLER)} since last ${pick(r, PERIOD)}.`,
      `A ${pick(r, FILLER)} on the ${thing} ${t[k]} is due in ${pick(r, MONTHS)}.`,
      `Opposition parties called the ${t[k + 1]} ${pick(r, FILLER)} ${pick(r, ADJ)}.`,
      '',
      '',
    ]);
    return { text, speaker: p.name, title: p.title, personId: p.id, paragraph: `${frame} ${context}`.trim() };
  });
  const narrative = [
    `${cap(t[3]!)} officials in ${place} said the ${t[0]} ${pick(r, FILLER)} would be published after a ${pick(r, FILLER)} ${pick(r, FILLER)}.`,
    `${surname(cast[1]!)} later said: “We have made our position clear on the ${t[2]}.” Critics called the ${pick(r, FILLER)} ${pick(r, ADJ)}.`,
  ];
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    url: `https://${outlet.host}/${t[0]}/${published.slice(0, 10).replace(/-/g, '/')}/${slug}-${a}`,
    outlet: outlet.name,
    title,
    published,
    quotes,
    narrative,
  };
}

/** A page of `minBytes` of article text: the articles' paragraphs in one <article>, as a news site would serve it. */
export function bigArticlePage(minBytes: number): { html: string; textBytes: number; paragraphs: number } {
  const body: string[] = [];
  let bytes = 0;
  for (let a = 0; bytes < minBytes; a++) {
    const art = article(1_000_000 + a);
    for (const p of [...art.quotes.map((q) => q.paragraph), ...art.narrative]) {
      body.push(`<p>${p}</p>`);
      bytes += Buffer.byteLength(p);
    }
    if (a % 10 === 9) body.push(`<h2>${art.title}</h2>`);
  }
  const head = article(1_000_000).title;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${head} - Bench Wire</title>
<meta property="og:site_name" content="Bench Wire"><meta property="article:published_time" content="2026-04-21T12:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>${head}</h1>
<p class="byline">By Bench Reporter, April 21, 2026</p>
${body.join('\n')}
</article></main><footer>© Bench Wire</footer></body></html>`;
  return { html, textBytes: bytes, paragraphs: body.length };
}
