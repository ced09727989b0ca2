/** Grammatical gender hints for pronoun resolution. Unknown is compatible with both. */
import type { Gender } from './registry';
import { Words } from './lexicon';

const FEMALE_TITLES = /(woman|women|ess|queen|princess|lady|dame|madame|frau|chairwoman|spokeswoman|congresswoman)$/;
const MALE_TITLES = /(^|\s)(king|prince|lord|sir|congressman|spokesman|chairman|councilman|assemblyman|emperor|sultan|emir)$/;

// Common given names, to guess gender when an article has not said. A hint only: pronoun use overrides it.
const FEMALE = new Words(() =>
  `mary patricia jennifer jen linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle
dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea
cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla alexis lori kamala hillary nikki ursula angela annalena giorgia theresa liz kemi yvette ines irina
olena yulia svetlana tatiana natalia elena ekaterina marine ségolène anne françoise sophie claire camille chloé léa manon julia lena hanna katarina ingrid astrid
sanna mette jacinda nicola kirsty priti suella rachel bridget carla adaeze ngozi amina fatima aisha leila yasmin priya sunita indira sonia nirmala mamata meera
yuko yoko akiko keiko haruka mei ling xin jing hui rosa lucia carmen isabel pilar marta ana beatriz dilma gleisi michelle tarja kaja ursula roberta margrethe
nadia olga oksana iryna mariya katie kate jane jen sue sally penny maggie molly ella ava mia zoe lily ruby chloe`.split(/\s+/),
);
const MALE = new Words(() =>
  `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony antony mark donald steven paul andrew
joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith
roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
vincent ralph eugene russell bobby mason philip louis barack bill vladimir sergey sergei dmitry dmitri alexei alexey mikhail ivan igor boris volodymyr olaf emmanuel
xi narendra rishi keir boris tony gordon david nigel jeremy friedrich robert luiz lula jair javier pedro mohammed muhammad ahmed ali hassan recep benjamin yair
antonio giuseppe mario matteo giorgio francesco marco luca jean pierre jacques françois nicolas emmanuel michel gérard olivier hans klaus wolfgang jürgen markus
christian karl heinz günter lars henrik anders erik jens mads sven björn pekka juha fumio shinzo yoshihide taro hiroshi kenji chen wei ming jun hao joko
bola muhammadu goodluck cyril jacob uhuru william kwame nana abiy dave tom tim jim bob mike chris matt dan ben sam nick josh greg rob ted marcus henrik`.split(
    /\s+/,
  ),
);

export function guessGender(firstWord: string, title: string): Gender {
  const t = title.toLowerCase();
  if (FEMALE_TITLES.test(t)) return 'f';
  if (MALE_TITLES.test(t)) return 'm';
  const name = firstWord.toLowerCase();
  if (FEMALE.has(name)) return 'f';
  if (MALE.has(name)) return 'm';
  return null;
}

export function isKnownGivenName(word: string): boolean {
  const name = word.toLowerCase();
  return FEMALE.has(name) || MALE.has(name);
}
