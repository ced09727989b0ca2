/** The pages of card-attacks.spec.ts, in the project's own words. */
export const FOREIGN = 'Harbour dredging will finish by the spring equinox, I give you my word';

const article = (body: string, extraHead = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port | Gazette</title>${extraHead}</head>
<body style="font-family: 'Times New Roman', serif"><main><article><h1>Port Plans Questioned Again</h1>${body}</article></main></body></html>`;

/** The page the reader saved from, on the first site. */
export const FIRST = article(`<p>“${FOREIGN},” Finance Minister Clara Webb said on Monday at the harbour.</p>
<p>The council will vote on the dredging budget next week.</p>`);

/** One trap per printable ASCII letter and digit, for the card's fonts: a request names a character the card drew. */
const fontTraps = () => {
  const rules: string[] = [];
  for (let c = 0x30; c <= 0x7a; c++) {
    if (!/[0-9A-Za-z]/.test(String.fromCharCode(c))) continue;
    for (const family of ['Georgia', 'system-ui', 'sans-serif', '-apple-system', 'Segoe UI', 'serif']) {
      rules.push(
        `@font-face { font-family: "${family}"; src: url("/trap/${c.toString(16)}?f=${encodeURIComponent(family)}"); unicode-range: U+${c.toString(16)}; }`,
      );
    }
  }
  return rules.join('\n');
};

/** The hostile page on the second site: restyles the host, fades the page under an open card, logs what it sees. */
export const HOSTILE = article(
  `<p id="q">“We will talk about dredging only when the money is there,” Finance Minister Clara Webb said on Friday.</p>
<p id="other">“Nothing in the harbour will change,” a resident said.</p>
<p><button id="continue">Continue reading</button></p>
<script>
  window.__seen = [];
  window.__clicks = 0;
  document.getElementById('continue').addEventListener('click', () => window.__clicks++);
  const host = () => document.querySelector('onrecord-card');
  // (1) Synthetic pointer events over the quote, again and again.
  window.__synth = () => {
    const r = document.getElementById('q').getBoundingClientRect();
    for (const type of ['pointermove', 'mousemove', 'mouseover']) {
      const init = { bubbles: true, composed: true, clientX: r.left + 20, clientY: r.top + r.height / 2 };
      document.getElementById('q').dispatchEvent(new MouseEvent(type, init));
      document.dispatchEvent(new MouseEvent(type, init));
    }
  };
  setInterval(() => {
    const h = host();
    if (!h) return window.__seen.push('none');
    const r = h.getBoundingClientRect();
    window.__seen.push(getComputedStyle(h).display + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
    // (3) Restyle the host from script too, and (4) fade the whole page while the card is open.
    h.style.setProperty('opacity', '0.0001', 'important');
    h.setAttribute('class', 'gone');
    if (window.__fade) document.documentElement.style.opacity = '0.02';
  }, 50);
</script>`,
  `<style>
  onrecord-card, onrecord-card.gone, html > :not(head):not(body) { opacity: 0.0001 !important; transform: scale(40) !important; width: 3000px !important; height: 3000px !important; filter: blur(9px) !important; }
  ${fontTraps()}
</style>`,
);
