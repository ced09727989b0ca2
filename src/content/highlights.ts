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

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}
interface HighlightLike {
  add(range: Range): void;
  priority?: number;
}
interface Env {
  highlights?: HighlightRegistryLike;
  Highlight?: new () => HighlightLike;
  doc: Document;
  /** Puts the highlight styles in the page while OnRecord marks it, and takes them out (see highlight-styles). */
  styles?: { attach(): void; detach(): void };
}

export function createHighlighter(env: Env): Highlighter {
  if (env.highlights && env.Highlight) return cssHighlighter(env.highlights, env.Highlight, env.styles);
  return wrappingHighlighter(env.doc);
}

function cssHighlighter(registry: HighlightRegistryLike, Highlight: new () => HighlightLike, styles: Env['styles']): Highlighter {
  const used = new Set<string>();
  const release = (name: string) => {
    registry.delete(name);
    used.delete(name);
    if (used.size === 0) styles?.detach();
  };
  return {
    mode: 'css',
    set(kind, ranges) {
      const name = HIGHLIGHT_NAMES[kind];
      if (ranges.length === 0) return release(name);
      // Added one by one: `new Highlight(...ranges)` spreads every range as an argument, and at 100,000
      // ranges that overflows the call stack and nothing is highlighted.
      const h = new Highlight();
      for (const range of ranges) h.add(range);
      // Saved and focused quotes paint over plain quotes.
      h.priority = kind === 'focus' ? 3 : kind === 'saved' ? 2 : kind === 'official' ? 1 : 0;
      if (used.size === 0) styles?.attach();
      registry.set(name, h);
      used.add(name);
    },
    clear() {
      for (const name of [...used]) release(name);
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

const MARK_STYLES: Record<HighlightKind, string> = {
  quote: 'background: rgba(255, 196, 61, 0.38); color: inherit; padding: 0',
  official: 'background: none; color: inherit; padding: 0; text-decoration: underline dotted 2px rgba(32, 98, 168, 0.9)',
  saved: 'background: rgba(88, 190, 120, 0.42); color: inherit; padding: 0',
  focus: 'background: rgba(255, 150, 40, 0.55); color: inherit; padding: 0',
};

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
    // Styled inline: OnRecord puts no style sheet of its own into the page.
    mark.setAttribute('style', MARK_STYLES[kind]);
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    out.push(mark);
  }
  return out;
}
