/** Word lists the engine reasons with. Lower-case; multi-word entries are space-separated. */

/**
 * A word list built on first use: the engine's script loads (a service worker wakes for every message) without
 * splitting or hashing any of the lexicon, and the first analysis builds what it reads.
 */
export class Words implements Iterable<string> {
  private built: Set<string> | null = null;
  constructor(private readonly build: () => Iterable<string>) {}
  has(word: string): boolean {
    return (this.built ??= new Set(this.build())).has(word);
  }
  [Symbol.iterator](): Iterator<string> {
    return (this.built ??= new Set(this.build()))[Symbol.iterator]();
  }
}

const set = (words: string) =>
  new Words(() =>
    words
      .trim()
      .split(/\s*\n\s*|\s*,\s*/)
      .filter(Boolean),
  );

/** Office titles. The last word is the head that later mentions use ("the minister"). */
export const TITLES = set(`
president, vice president, vice-president, prime minister, premier, chancellor, vice chancellor, king, queen, prince, princess,
crown prince, emperor, sultan, emir, supreme leader, head of state, head of government, taoiseach, tánaiste,
minister, foreign minister, defence minister, defense minister, finance minister, interior minister, economy minister,
health minister, energy minister, trade minister, justice minister, education minister, culture minister, agriculture minister,
environment minister, transport minister, labour minister, labor minister, climate minister, home minister, chief minister,
first minister, prime-minister, deputy minister, state minister, minister of state,
secretary, secretary of state, press secretary, secretary-general, secretary general, home secretary, foreign secretary,
health secretary, defence secretary, defense secretary, treasury secretary, education secretary, business secretary,
chancellor of the exchequer, undersecretary, under secretary, deputy secretary, cabinet secretary,
pm, ex-pm, senator, sen., representative, rep., congressman, congresswoman, congressmember, delegate, mp, mep, member of parliament, lawmaker, legislator, assemblyman, assemblywoman,
speaker, house speaker, majority leader, minority leader, whip, chief whip,
governor, gov., lieutenant governor, lt. gov., mayor, deputy mayor, councillor, councilor, councilman, councilwoman, alderman, alderwoman,
ambassador, envoy, special envoy, consul, high commissioner, commissioner, european commissioner,
spokesperson, spokesman, spokeswoman, press officer, porte-parole,
judge, justice, chief justice, associate justice, magistrate, attorney general, solicitor general, prosecutor, district attorney, public prosecutor,
general, gen., lieutenant general, lt. gen., major general, maj. gen., brig. gen., admiral, adm., vice admiral, rear admiral, colonel, col., commander, field marshal, chief of staff, chairman of the joint chiefs of staff, commander-in-chief, army chief, police chief, police commissioner, sheriff, fire chief,
director-general, director general, deputy director-general, executive vice-president, high representative, co-leader, co-chair, administrator, deputy administrator, secretary of defense, party leader, opposition leader, leader of the opposition, leader, deputy leader, chairman, chairwoman, chair, party chairman,
national security adviser, national security advisor, adviser, advisor, director, cia director, fbi director, surgeon general, auditor general, ombudsman, regulator,
president-elect, mayor-elect, governor-elect, premier-elect
`);

/** Titles that are offices only with a governmental modifier ("CIA Director", "White House adviser"). */
export const WEAK_TITLES = set('adviser, advisor, director, chairman, chairwoman, chair, leader, commander, delegate, regulator, representative');

/** Abbreviated title forms and their display forms. */
export const TITLE_DISPLAY: Record<string, string> = {
  'sen.': 'Senator',
  'rep.': 'Representative',
  'gov.': 'Governor',
  'gen.': 'General',
  'lt. gen.': 'Lieutenant General',
  'maj. gen.': 'Major General',
  'brig. gen.': 'Brigadier General',
  'adm.': 'Admiral',
  'col.': 'Colonel',
  'lt. gov.': 'Lieutenant Governor',
  mp: 'MP',
  mep: 'MEP',
  pm: 'Prime Minister',
  'ex-pm': 'former Prime Minister',
};

/** Words before a title that belong to it. */
export const TITLE_MODIFIERS = set(`
former, acting, deputy, vice, interim, outgoing, incoming, then, then-, newly, elected, newly-elected, current, ex, ex-,
junior, senior, shadow, assistant, associate, principal, chief, top, federal, state, regional, provincial, county, city, municipal,
foreign, defence, defense, finance, interior, health, trade, justice, energy, economy, home, education, culture, labour, labor,
agriculture, environment, transport, climate, press, prime, first, general, european, national, special, u.s., us, uk, u.k., eu, un, u.n., nato,
of, the, for, and
`);

/** Non-official roles: a named person with one of these is a person, not an official. */
export const ROLES = set(`
journalist, reporter, correspondent, developer, software developer, programmer, designer, entrepreneur, accountant, pharmacist, midwife, electrician, plumber, builder, fisherman, miner, soldier, veteran, pilot, lecturer, graduate, mayor-elect, driver, bus driver, taxi driver, pensioner, retiree, mechanic, engineer, shopkeeper, landlord, tenant, parent, mum, dad, grandmother, grandfather, fan, supporter, protester, demonstrator, spokesperson for, general counsel, counsel, chef, waiter, cleaner, carer, volunteer, chairman of, president of, head, boss, chief, partner, officer, agent, editor, news editor, columnist, author, writer, anchor, host, broadcaster, photographer, producer,
analyst, economist, historian, professor, researcher, scholar, scientist, expert, lecturer, academic, fellow, senior fellow, strategist, pollster, consultant,
lawyer, attorney, activist, campaigner, organiser, organizer, resident, student, teacher, doctor, nurse, farmer, worker, voter, shopper, owner, founder,
chief executive, ceo, executive, businessman, businesswoman, investor, banker, trader, economist, commentator, blogger, novelist, poet, artist, actor, actress,
singer, musician, player, coach, captain, manager, priest, bishop, imam, rabbi, pastor, survivor, witness, victim, neighbour, neighbor, colleague, friend, daughter, son,
mother, father, wife, husband, sister, brother, official, diplomat, aide, source, observer, adviser, advisor, director, chairman, chairwoman, leader, commander,
employee, staffer, superintendent, songwriter, guitarist, comedian, filmmaker,
candidate, nominee, front-runner, frontrunner, challenger, incumbent, contender, delegate, moderator, narrator, proponent, opponent
`);

export const HONORIFICS = new Map<string, 'm' | 'f' | null>(
  Object.entries({
    'mr.': 'm',
    mr: 'm',
    'mrs.': 'f',
    mrs: 'f',
    'ms.': 'f',
    ms: 'f',
    miss: 'f',
    'dr.': null,
    dr: null,
    'prof.': null,
    'rev.': null,
    rev: null,
    reverend: null,
    'fr.': 'm',
    'msgr.': 'm',
    sir: 'm',
    dame: 'f',
    lord: 'm',
    lady: 'f',
    'mx.': null,
    monsieur: 'm',
    madame: 'f',
    herr: 'm',
    frau: 'f',
    señor: 'm',
    señora: 'f',
  }),
);

/** Speech verbs, by stem; inflections are generated below. */
const SPEECH_STEMS = `
say:said:says:saying, tell:told:tells:telling, add, continue, ask, write:wrote:writes:writing:written, tweet, argue, insist, warn, note,
explain, stress, declare, announce, state, claim, vow, promise, pledge, urge, reply:replied:replies:replying, respond, answer, remark, observe,
acknowledge, admit:admitted:admits:admitting, concede, counter, suggest, recall, emphasise, emphasize, underscore, predict, post, caution, complain,
joke, quip:quipped:quips:quipping, muse, lament, demand, reiterate, affirm, reaffirm, confirm, deny:denied:denies:denying, maintain, contend, assert, proclaim,
comment, shout, testify:testified:testifies:testifying, text, describe, hint, signal:signalled:signals:signalling:signaled:signaling, indicate, boast,
agree, disagree, point out, went on:went on:goes on:going on, tell reporters, report, reveal, predict, question, wonder, plead:pleaded:pleads:pleading,
recount, allege, accuse, charge, criticise, criticize, blast, slam:slammed:slams:slamming, fire back, hit back, conclude, begin:began:begins:beginning,
interject, interrupt, dismiss, reject, condemn, denounce, welcome, hail, praise, decry, deride, mock, ridicule, applaud, lambast, scold, rebuke, concur:concurred:concurs:concurring, fume, rage, snap:snapped:snaps:snapping, gush, beam, laugh, sob:sobbed:sobs:sobbing, roar, bark, sneer, rant, rave, grumble, fret:fretted:frets:fretting, chime, pipe, counsel, advise, caution, recommend, propose, assure, retort, scoff, sigh, cry:cried:cries:crying, yell, chant, announce, brief, inform, assure, reassure, thunder, mutter, whisper, exclaim, repeat, call
`;

function inflect(stem: string): string[] {
  if (stem.includes(':')) return stem.split(':');
  const words = stem.split(' ');
  const verb = words[0]!;
  const rest = words.slice(1).join(' ');
  const e = verb.endsWith('e');
  const forms = [verb, e ? `${verb}d` : `${verb}ed`, `${verb}s`, e ? `${verb.slice(0, -1)}ing` : `${verb}ing`];
  return forms.map((f) => (rest ? `${f} ${rest}` : f));
}

export const SPEECH_VERBS = new Words(() =>
  SPEECH_STEMS.trim()
    .split(/\s*,\s*/)
    .filter(Boolean)
    .flatMap((s) => inflect(s.trim())),
);
let phrases: Map<string, string[][]> | null = null;
/** Multi-word speech verbs, by first word (built on first use). */
export function speechPhrases(): Map<string, string[][]> {
  if (phrases) return phrases;
  phrases = new Map();
  for (const v of SPEECH_VERBS) {
    const words = v.split(' ');
    if (words.length > 1) {
      const list = phrases.get(words[0]!) ?? [];
      list.push(words);
      phrases.set(words[0]!, list);
    }
  }
  return phrases;
}

/**
 * Verbs and nouns that introduce a named work or a label rather than speech. Not "term", "word", "phrase",
 * "slogan" or "motto": "using the term “…”", "his slogan “…”" quote words someone used, which is a statement.
 */
export const LABEL_MARKERS = set(`
so-called, titled, entitled, named, dubbed, nicknamed, branded, billed, known as, headlined, captioned, hashtag, banner,
book, novel, film, movie, song, album, show, series, play, musical, documentary, podcast, poem, painting, opera, ship, vessel, operation, programme, program,
report, paper, essay, article, column, headline, label, nickname, brand, campaign, exhibition, episode, single, memoir, bestseller, track
`);

/** Nouns for a published piece of work whose title a writer quotes: the audit “Lost in Transit”, the study, “…”. */
export const WORK_LABELS = set(`
study, survey, review, audit, report, inquiry, assessment, analysis, paper, titled, entitled
`);

export const MALE_PRONOUNS = set('he, him, his, himself');
export const FEMALE_PRONOUNS = set('she, her, hers, herself');
export const SUBJECT_PRONOUNS = set('he, she, they, i, we');

/** Capitalised words that are never part of a person's name. */
export const NON_NAME_WORDS = set(`
the, a, an, and, or, but, of, in, on, at, for, to, by, with, from, as, if, when, while, after, before, since, until, this, that, these, those, it, its,
he, she, they, we, i, you, his, her, their, our, my, your, there, here, what, who, whom, which, why, how, where, not, no, yes, all, some, any, each, every,
monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, june, july, august, september, october, november, december,
feb, apr, jul, aug, sep, sept, oct, nov, dec, today, yesterday, tomorrow, tonight, morning, afternoon, evening, week, month, year,
house, senate, congress, parliament, assembly, council, committee, commission, department, ministry, office, agency, bureau, court, union, party, government,
administration, cabinet, army, navy, force, forces, police, bank, university, college, school, institute, foundation, company, corporation, group, times, post,
news, press, journal, herald, tribune, gazette, telegraph, guardian, reuters, associated, ap, afp, bbc, cnn, nbc, abc, cbs, fox, npr, street, avenue, square,
palace, hall, city, state, states, kingdom, republic, federation, nations, united, european, national, international, federal, royal, northern, southern, eastern, western,
north, south, east, west, new, old, great, white, day, says, said, tells, told, asks, warns, vows, urges, insists, calls, slams, backs, rejects, defends, plans, wins,
after, amid, over, under, about, more, most, less, first, last, next, however, meanwhile, also, still, even, just, only, then, now, so, yet, we're, i'm, it's,
god, christmas, easter, ramadan, covid, internet, twitter, facebook, instagram, tiktok, youtube, google, apple, microsoft, amazon, meta, x,
another, other, others, both, many, several, such, unlike, like, is, are, was, were, speaks, says, right, wrong,
although, though, because, unless, whether, whereas, despite, during, without, within, upon, instead, perhaps, maybe, yes, oh,
americans, europeans, asian, asians, african, africans, latino, latinos, latina, latinas, hispanic, hispanics, muslims, christians, jews,
catholics, evangelicals, arabs,
york, jersey, hampshire, carolina, dakota, mexico, orleans, zealand, arabia, korea, africa, america, americas, asia, europe,
than, half, against, neither, nor, off, outside, inside, whatever, whoever, one, see, tell, sent, has, have, had, does, did, would, could, should, must, might,
am, pm, a.m, p.m, est, edt, cst, cdt, mst, mdt, pst, pdt, gmt, utc, bst, cet, cest, eat, wat, cat, ist, jst, aest, aedt, msk, sast
`);

/**
 * Party words: never part of a person's name ("Republican Dana Price" is Dana Price), but they modify titles
 * ("Tory leader", "Democratic Sen.") and name parties ("Constitutional Democratic Party").
 */
export const PARTY_WORDS = set(`
republican, republicans, democrat, democrats, democratic, gop, libertarian, conservative, conservatives, liberal, liberals, tory, tories, labour,
green, greens, socialist, socialists, progressive, progressives, independent, unionist, nationalist
`);

/** Determiners that open an unnamed-speaker description ("a State Department spokesperson"). */
export const DESCRIPTION_OPENERS = set('a, an, the, one, two, three, four, several, some, many, another, other, senior, top, both, my, his, her, their, our');

/** Heads of unnamed speaker descriptions. */
export const SPEAKER_NOUNS = set(`
official, officials, spokesperson, spokesman, spokeswoman, spokespeople, source, sources, aide, aides, diplomat, diplomats, ministry, government,
kremlin, statement, department, office, police, military, army, agency, commission, council, committee, administration, embassy, campaign, party,
people, person, analyst, analysts, expert, experts, lawmaker, lawmakers, officer, officers, minister, ministers, leaders, leader, negotiator, negotiators,
insider, insiders, adviser, advisers, advisor, advisors, staffer, staffers, residents, resident, witnesses, witness, protesters, critics, supporters, court,
company, firm, group, union, organisers, organizers, prosecutors, investigators, regulator, regulators, palace, presidency, cabinet, observers, report,
audit, poll, survey, study, memo, letter, filing, lawsuit, complaint, analysis, review, board, panel, authority, agency, watchdog, coalition, network
`);

export const ABBREVIATIONS = set(`
mr, mrs, ms, dr, prof, sen, rep, gov, gen, sens, reps, govs, gens, messrs, drs, lt, col, sgt, capt, adm, maj, brig, cmdr, st, jr, sr, inc, corp, ltd, co, no, vs, etc, a.m, p.m,
jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, rev, hon, mx, u.s, u.k, u.n, e.u, d.c, fig, approx, est, dept, gov't
`);

export const PREPOSITIONS = new Words(() => 'with to for of by from about against at on in into than like between among toward towards'.split(' '));

/** Words that end an organisation or place name; a capitalised run before them is not a person. */
export const ORG_WORDS = new Words(() =>
  `party, ministry, department, union, council, committee, commission, agency, bureau, office, court, bank, university, college,
institute, foundation, company, corporation, group, times, post, news, press, journal, herald, tribune, gazette, telegraph, street, road, avenue, square, lane,
bridge, river, sea, bay, lake, mountain, island, islands, airport, station, park, centre, center, hospital, church, museum, stadium, hall, palace, house, senate,
congress, parliament, assembly, government, administration, forces, army, navy, police, alliance, front, movement, coalition, league, federation, association,
board, authority, service, services, fund, trust, network, channel, radio, television, tv, magazine, review, daily, weekly, inc, corp, ltd, plc, llc, airlines,
motors, industries, holdings, partners, capital, group's, pac, act, research, command, watch, politics, pollster, virus, region, province, county, district, state, republic, kingdom, city, town, village, valley, coast, north, south, east, west`
    .split(/[\s,]+/)
    .filter(Boolean),
);

/** Lower-case words inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'di',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'ben',
  'ter',
  'ten',
  'zu',
  'y',
  'st',
]);
export const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Common surnames that the lexicon otherwise reads as other words (a colour, a party, a title, a paper): a name
 * only right after a given name ("Michael Green", "Mayor Don Guardian") or an honorific, and then alone before
 * or after a speech verb ("Green said").
 */
export const SURNAME_WORDS = new Set(['white', 'green', 'king', 'prince', 'west', 'north', 'guardian']);

/** Month names that are also given names or surnames ("Theresa May", "Jan Novak"): names unless a date follows. */
export const NAME_LIKE_MONTHS = new Set(['may', 'jan', 'mar', 'jun', 'june', 'april', 'august']);
