/** Words that shape how a name is introduced: the determiners before a title, the prepositions before a place. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** A capitalised run after these is a place or an organisation ("in El Paso", "of The Columbus Dispatch"). */
export const PLACE_BEFORE = new Set('in at from near outside inside across around throughout to into via of the on for by with'.split(' '));
