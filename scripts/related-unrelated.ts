/**
 * Thirty invented statements on subjects a political news crowd does not cover: none should find a topic
 * match there. Our own words; speakers and places are made up.
 */
export interface InventedQuote {
  text: string;
  speaker: string;
  headline: string;
  paragraph: string;
}

const q = (speaker: string, headline: string, text: string): InventedQuote => ({ text, speaker, headline, paragraph: `“${text}” ${speaker} said.` });

export const UNRELATED_QUOTES: InventedQuote[] = [
  q('Wilma Oberholt', 'Village adopts beekeeping ordinance', 'Every hive inside the village limits must now sit at least ten metres from a neighbour’s fence.'),
  q(
    'Tobias Fenwright',
    'Chess federation changes the touch-move rule',
    'A player who brushes a rook while adjusting the board will no longer be forced to move it.',
  ),
  q('Greta Lindqvist', 'Lighthouse keepers restore the old lens', 'The brass fittings of the Fresnel lens were polished by hand over six winters.'),
  q('Oskar Brandvold', 'Cheese festival returns to the valley', 'Our goat cheeses are aged in caves that stay at eleven degrees all year round.'),
  q('Marisol Quintero', 'Orchestra retunes to a lower pitch', 'We will tune the strings to four hundred and thirty-two hertz for the baroque season.'),
  q('Henrietta Pluym', 'Lawn bowling club repaints the green markers', 'The jack must now come to rest beyond the painted line or the end is replayed.'),
  q(
    'Anselm Grieve',
    'Stamp collectors find a misprinted heron',
    'The heron on this sheet was printed upside down, which makes it the rarest in the catalogue.',
  ),
  q('Dagny Holmfrid', 'Knitting guild publishes its sock pattern', 'The heel turns after the fortieth row, and the yarn should be a fingering weight merino.'),
  q('Piet van Zuylen', 'Tulip growers fight a bulb mould', 'We dip every bulb in warm water before planting, and the grey mould has mostly vanished.'),
  q('Rosalind Achterberg', 'Alpine hut raises its blanket deposit', 'Hikers who leave their blankets folded on the bunk will get the whole deposit back.'),
  q('Ferdinand Oakes', 'Bakery shares its sourdough starter', 'The starter is fed with rye flour twice a day and smells faintly of green apples.'),
  q('Ingeborg Saltvik', 'Sailing regatta shortens the course', 'The third buoy is moved closer to the harbour mouth so the dinghies finish before dusk.'),
  q('Cornelius Ashdown', 'Model railway society opens its layout', 'The whole layout runs on gauge-zero track with hand-carved signal boxes at every halt.'),
  q('Linnea Borgqvist', 'Birdwatchers count the spring warblers', 'We logged forty-one willow warblers along the reed bed on the first warm morning.'),
  q('Evander Thistlewood', 'Croquet lawn gets new hoops', 'The hoops are now a sixteenth of an inch narrower, so a sloppy stroke will rattle out.'),
  q('Maud Penhallow', 'Pottery studio fires its first wood kiln', 'The glaze turned a speckled celadon once the kiln held its heat for thirty hours.'),
  q('Ulrich Sommerfeld', 'Organ restorers replace the bellows', 'The leather on the bellows had cracked, so the lowest pipes wheezed on every chord.'),
  q('Saoirse Delahunt', 'Sheepdog trials add a night class', 'The dogs will work the flock by whistle alone, with lanterns marking the pen.'),
  q('Barnaby Cholmondeley', 'Bell ringers learn a new method', 'Ringing Stedman Triples takes three hours, and nobody may sit down until the last change.'),
  q('Agathe Rousselot', 'Perfumers distil a rare iris root', 'The orris butter needs three years of drying before it gives its violet scent.'),
  q(
    'Lorcan Featherstone',
    'Kite festival bans metal lines',
    'Only cotton and nylon lines may be flown over the dunes after the gust that tangled twelve kites.',
  ),
  q('Clementine Haverford', 'Rose society judges the fragrance class', 'The damask roses were marked down because their petals browned at the edges.'),
  q('Magnus Thorvaldsen', 'Curling club resurfaces the sheet', 'We pebble the ice with warm water before every match so the stones curl evenly.'),
  q('Esperanza Villalobos', 'Tango school opens on the pier', 'Beginners learn the ocho on the wooden boards first, barefoot, before anyone wears heels.'),
  q('Wendeline Raskob', 'Mushroom foragers warn about a lookalike', 'The false chanterelle has true gills, not ridges, and it smells of nothing at all.'),
  q('Ignatius Bellweather', 'Clock tower chimes again after repairs', 'The escapement was reground and the chime now strikes the quarter hours in tune.'),
  q('Solveig Marthinsen', 'Cross-stitch contest picks its theme', 'This year every entry must show a lighthouse, a gull and exactly three waves.'),
  q('Percival Dunstable', 'Falconry centre hatches a kestrel', 'The chick was hand-fed minced quail for its first nine days before it would take whole food.'),
  q('Odalys Ferreira', 'Aquarium sets up a seahorse nursery', 'The males carry the eggs, so the pregnant ones get a tank of their own with soft seagrass.'),
  q('Hartmut Kesselring', 'Bonsai show admits juniper forests', 'A juniper forest planting needs at least seven trunks on one slab to qualify.'),
];
