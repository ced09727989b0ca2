/**
 * The engine's second public entry (`@onrecord/core/sources`): which site a page belongs to, and a page's source
 * record, whose canonical link is trusted only on the page's own site. Apart from the index because the site
 * test carries the public suffix list (tldts, about 300 KB bundled, half of a core bundle), which analysing an
 * article never needs: a bundle that only analyses (the core bench, a consumer of the index) does not load it.
 * The background and the CLI, which build source records, import this entry as well.
 */
export { sameSite } from './site';
export { isoOrNull, sourceFromMeta } from './page-source';
