/** Reads and clicks the hover card through the DevTools protocol, which can see into closed shadow roots. */
import type { Page } from '@playwright/test';

interface CdpNode { nodeId: number; backendNodeId: number; nodeName: string; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }

async function cardRoot(page: Page): Promise<{ root: CdpNode | null; session: import('@playwright/test').CDPSession }> {
  const session = await page.context().newCDPSession(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const find = (n: CdpNode): CdpNode | null => {
    if (n.nodeName === 'ONRECORD-CARD') return n.shadowRoots?.[0] ?? null;
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const hit = find(c);
      if (hit) return hit;
    }
    return null;
  };
  return { root: find(root), session };
}

const textOf = (n: CdpNode): string =>
  n.nodeName === '#text' ? (n.nodeValue ?? '') : n.nodeName === 'STYLE' ? '' : (n.children ?? []).map(textOf).join(' ');

export async function readCard(page: Page): Promise<string | null> {
  const { root, session } = await cardRoot(page);
  await session.detach();
  if (!root) return null;
  const text = textOf(root).replace(/\s+/g, ' ').trim();
  return text || null;
}

function findByClass(n: CdpNode, cls: string): CdpNode | null {
  const attrs = n.attributes ?? [];
  const i = attrs.indexOf('class');
  if (i >= 0 && attrs[i + 1]!.split(/\s+/).includes(cls)) return n;
  for (const c of n.children ?? []) {
    const hit = findByClass(c, cls);
    if (hit) return hit;
  }
  return null;
}

export async function clickInCard(page: Page, cls: string): Promise<void> {
  const { root, session } = await cardRoot(page);
  const button = root && findByClass(root, cls);
  if (!button) throw new Error(`no .${cls} in the card`);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  await session.detach();
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Moves the pointer onto the n-th highlighted quote, after scrolling it into view. */
export async function hoverQuote(page: Page, index: number): Promise<void> {
  await page.evaluate(`[...CSS.highlights.get('onrecord-quote')][${index}].startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' })`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = (await page.evaluate(`(() => {
    const rect = [...CSS.highlights.get('onrecord-quote')][${index}].getClientRects()[0];
    return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
  })()`)) as { x: number; y: number };
  await page.mouse.move(box.x + 40, box.y + 400);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

export const highlightTexts = (page: Page, name: string) =>
  page.evaluate(`[...(CSS.highlights.get('${name}') ?? [])].map((r) => r.toString())`) as Promise<string[]>;
