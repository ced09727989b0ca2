/**
 * Registers highlights with the CSS Custom Highlight API, which styles ranges without touching the DOM.
 * Where the API is missing, it wraps ranges in <mark> elements and can restore the DOM exactly.
 */
export const HIGHLIGHT_NAMES = { quote: 'onrecord-quote', official: 'onrecord-official', saved: 'onrecord-saved', focus: 'onrecord-focus' } as const;
export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

export interface Highlighter {
  set(kind: HighlightKind, ranges: Range[]): void;
  clear(): void;
  readonly mode: 'css' | 'wrap';
}

interface HighlightRegistryLike { set(name: string, h: unknown): void; delete(name: string): boolean }
interface Env { highlights?: HighlightRegistryLike; Highlight?: new (...ranges: Range[]) => unknown; doc: Document }

export function createHighlighter(env: Env): Highlighter {
  if (env.highlights && env.Highlight) return cssHighlighter(env.highlights, env.Highlight);
  return wrappingHighlighter(env.doc);
}

function cssHighlighter(registry: HighlightRegistryLike, Highlight: new (...ranges: Range[]) => unknown): Highlighter {
  const used = new Set<string>();
  return {
    mode: 'css',
    set(kind, ranges) {
      const name = HIGHLIGHT_NAMES[kind];
      if (ranges.length === 0) {
        registry.delete(name);
        used.delete(name);
        return;
      }
      const h = new Highlight(...ranges) as { priority?: number };
      // Saved and focused quotes paint over plain quotes.
      h.priority = kind === 'focus' ? 3 : kind === 'saved' ? 2 : kind === 'official' ? 1 : 0;
      registry.set(name, h);
      used.add(name);
    },
    clear() {
      for (const name of used) registry.delete(name);
      used.clear();
    },
  };
}

/** Fallback for browsers without the API: <mark> wrappers, each remembered so it can be unwrapped. */
function wrappingHighlighter(doc: Document): Highlighter {
  const marks = new Map<HighlightKind, HTMLElement[]>();
  const unwrap = (list: HTMLElement[]) => {
    for (const mark of list.reverse()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
  };
  return {
    mode: 'wrap',
    set(kind, ranges) {
      unwrap(marks.get(kind) ?? []);
      const made: HTMLElement[] = [];
      // Wrap from the last range backwards so earlier ranges' offsets stay valid.
      for (const range of [...ranges].reverse()) made.push(...wrapRange(doc, range, kind));
      marks.set(kind, made);
    },
    clear() {
      for (const list of marks.values()) unwrap(list);
      marks.clear();
    },
  };
}

function wrapRange(doc: Document, range: Range, kind: HighlightKind): HTMLElement[] {
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const out: HTMLElement[] = [];
  for (const text of texts.reverse()) {
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end <= start) continue;
    const middle = text.splitText(start);
    middle.splitText(end - start);
    const mark = doc.createElement('mark');
    // Not the own-UI attribute: the text inside a mark is still page text to read.
    mark.setAttribute('data-onrecord-mark', kind);
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    out.push(mark);
  }
  return out;
}
