/**
 * The highlight colours, put into the page only while OnRecord marks it. A manifest content-script style
 * sheet is in every page, on every site, even where the reader switched OnRecord off, and a page can detect
 * its rules; a constructed sheet in document.adoptedStyleSheets exists only while there are marks.
 */
import type { PageLook, Palette } from '../shared/protocol';

/**
 * One colour per state. 'warm' is the default; 'colourblind' uses Okabe–Ito hues (sky blue for quotes,
 * vermilion for focus, bluish green for saved), told apart without red–green discrimination; 'contrast' uses
 * stronger fills and a solid underline. Translucent fills keep the page's own text colour legible on light
 * and dark pages alike.
 */
const PALETTE_COLOURS: Record<
  Palette,
  { quote: [string, string]; official: [string, string]; saved: [string, string]; focus: [string, string]; line: string }
> = {
  warm: {
    quote: ['rgba(255, 196, 61, 0.4)', 'rgba(255, 196, 61, 0.3)'],
    official: ['rgba(32, 98, 168, 0.9)', 'rgba(120, 180, 255, 0.95)'],
    saved: ['rgba(88, 190, 120, 0.45)', 'rgba(88, 190, 120, 0.32)'],
    focus: ['rgba(255, 150, 40, 0.55)', 'rgba(255, 150, 40, 0.45)'],
    line: 'dotted',
  },
  colourblind: {
    quote: ['rgba(86, 180, 233, 0.35)', 'rgba(86, 180, 233, 0.3)'],
    official: ['rgba(0, 114, 178, 0.95)', 'rgba(86, 180, 233, 0.95)'],
    saved: ['rgba(0, 158, 115, 0.35)', 'rgba(0, 158, 115, 0.35)'],
    focus: ['rgba(213, 94, 0, 0.4)', 'rgba(230, 159, 0, 0.45)'],
    line: 'dashed',
  },
  contrast: {
    quote: ['rgba(255, 214, 0, 0.65)', 'rgba(255, 214, 0, 0.45)'],
    official: ['rgba(0, 0, 0, 0.95)', 'rgba(255, 255, 255, 0.95)'],
    saved: ['rgba(60, 200, 110, 0.6)', 'rgba(60, 200, 110, 0.5)'],
    focus: ['rgba(255, 120, 0, 0.7)', 'rgba(255, 120, 0, 0.6)'],
    line: 'solid',
  },
};

export function highlightCss(look: PageLook = { palette: 'warm', hideNames: false }): string {
  const c = PALETTE_COLOURS[look.palette] ?? PALETTE_COLOURS.warm;
  const official = (colour: string) =>
    look.hideNames ? 'text-decoration: none;' : `text-decoration: underline ${c.line} 2px ${colour}; text-underline-offset: 3px;`;
  return `
::highlight(onrecord-quote) { background-color: ${c.quote[0]}; }
::highlight(onrecord-official) { ${official(c.official[0])} }
::highlight(onrecord-saved) { background-color: ${c.saved[0]}; }
::highlight(onrecord-focus) { background-color: ${c.focus[0]}; }
@media (prefers-color-scheme: dark) {
  ::highlight(onrecord-quote) { background-color: ${c.quote[1]}; }
  ::highlight(onrecord-official) { ${official(c.official[1])} }
  ::highlight(onrecord-saved) { background-color: ${c.saved[1]}; }
  ::highlight(onrecord-focus) { background-color: ${c.focus[1]}; }
}`;
}

interface SheetDoc {
  adoptedStyleSheets: CSSStyleSheet[];
}

export function highlightStyles(doc: Document, Sheet: typeof CSSStyleSheet | undefined) {
  let sheet: CSSStyleSheet | null = null;
  let css = highlightCss();
  const d = doc as unknown as SheetDoc;
  return {
    /** The reader's colours (settings); applied at once if the sheet is in the page. */
    setLook(look: PageLook): void {
      css = highlightCss(look);
      try {
        sheet?.replaceSync(css);
      } catch {
        // As below.
      }
    },
    attach(): void {
      if (!Sheet || !Array.isArray(d.adoptedStyleSheets)) return;
      try {
        sheet ??= new Sheet();
        sheet.replaceSync(css);
        if (!d.adoptedStyleSheets.includes(sheet)) d.adoptedStyleSheets = [...d.adoptedStyleSheets, sheet];
      } catch {
        // A page that froze or replaced adoptedStyleSheets gets unstyled marks, not a broken script.
      }
    },
    detach(): void {
      if (!sheet) return;
      try {
        d.adoptedStyleSheets = d.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // As above.
      }
    },
  };
}
