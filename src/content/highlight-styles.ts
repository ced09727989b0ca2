/**
 * The highlight colours, put into the page only while OnRecord marks it. A manifest content-script style
 * sheet is in every page, on every site, even where the reader switched OnRecord off, and a page can detect
 * its rules; a constructed sheet in document.adoptedStyleSheets exists only while there are marks.
 */
const CSS_TEXT = `
::highlight(onrecord-quote) { background-color: rgba(255, 196, 61, 0.4); }
::highlight(onrecord-official) { text-decoration: underline dotted 2px rgba(32, 98, 168, 0.9); text-underline-offset: 3px; }
::highlight(onrecord-saved) { background-color: rgba(88, 190, 120, 0.45); }
::highlight(onrecord-focus) { background-color: rgba(255, 150, 40, 0.55); }
@media (prefers-color-scheme: dark) {
  ::highlight(onrecord-quote) { background-color: rgba(255, 196, 61, 0.3); }
  ::highlight(onrecord-official) { text-decoration-color: rgba(120, 180, 255, 0.95); }
  ::highlight(onrecord-saved) { background-color: rgba(88, 190, 120, 0.32); }
}`;

interface SheetDoc { adoptedStyleSheets: CSSStyleSheet[] }

export function highlightStyles(doc: Document, Sheet: typeof CSSStyleSheet | undefined) {
  let sheet: CSSStyleSheet | null = null;
  const d = doc as unknown as SheetDoc;
  return {
    attach(): void {
      if (!Sheet || !Array.isArray(d.adoptedStyleSheets)) return;
      try {
        sheet ??= new Sheet();
        sheet.replaceSync(CSS_TEXT);
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
