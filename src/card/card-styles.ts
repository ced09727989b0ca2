/** The card's styles, inside its own extension-origin frame: no page font, rule or variable applies there. */
export const CARD_CSS = `
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
.card { box-sizing: border-box; width: 100vw; height: 100vh; display: flex; flex-direction: column; padding: 10px 14px; border-radius: 10px;
  background: #fffdf8; color: #1d1a16; border: 1px solid #d9cdbb; box-shadow: 0 6px 20px rgb(40 30 20 / 0.18);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: start; }
.head { display: flex; align-items: flex-start; gap: 6px; }
.who { flex: 1; min-width: 0; }
.name { font-weight: 650; font-size: 15px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.title { color: #5f574d; font-size: 12.5px; line-height: 1.3; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.nav { display: flex; align-items: center; gap: 2px; color: #5f574d; font-size: 12.5px; white-space: nowrap; }
.position { min-width: 4.5em; text-align: center; font-variant-numeric: tabular-nums; }
.close, .step, .link { all: unset; cursor: pointer; border-radius: 6px; color: #5f574d; }
.close { font-size: 18px; line-height: 1; padding: 2px 6px; }
.step { font-size: 18px; line-height: 1; padding: 1px 7px; }
.close:hover, .step:hover { background: #f1e9dc; }
.link { color: #7a3e00; text-decoration: underline; text-underline-offset: 2px; }
.close:focus-visible, .save:focus-visible, .step:focus-visible, .link:focus-visible { outline: 2px solid #7a3e00; outline-offset: 2px; }
.quote { margin: 4px 0 6px; padding: 0 0 0 10px; border-inline-start: 3px solid #d99a1e; font-size: 14px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.body { flex: 1; min-height: 0; overflow: hidden; }
.hint { color: #5f574d; font-size: 12px; margin-inline-end: auto; align-self: center; }
.related { border-top: 1px solid #eee4d6; padding-top: 6px; margin-top: 2px; }
.meta { color: #5f574d; font-size: 12px; line-height: 1.3; margin: 0; }
.body > .meta { margin-top: 10px; font-size: 13.5px; }
.best { margin-top: 4px; padding: 6px 8px; background: #f6f0e6; border-radius: 8px; }
.best-quote { font-size: 13px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.best-source { color: #5f574d; font-size: 12px; margin-top: 2px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.reason { color: #7a3e00; }
.error { color: #a1260d; font-size: 13px; margin: 8px 0 0; }
.actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 6px; flex: none; }
.save { all: unset; box-sizing: border-box; cursor: pointer; min-width: 84px; height: 30px; padding: 0 14px; border-radius: 7px;
  background: #7a3e00; color: #fff; font-weight: 600; font-size: 13.5px; text-align: center; line-height: 30px; }
.save.done { background: #2f7a47; cursor: default; }
.save[disabled]:not(.done) { opacity: 0.7; cursor: not-allowed; }
.notice { flex-direction: row; align-items: flex-start; gap: 8px; }
.notice p { flex: 1; margin: 0; font-size: 14px; }
.notice.good { border-inline-start: 4px solid #2f7a47; }
.notice.refused { border-inline-start: 4px solid #a1260d; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { background: #24211d; color: #f0ebe4; border-color: #4a4238; box-shadow: 0 6px 20px rgb(0 0 0 / 0.5); }
  .title, .meta, .best-source, .close, .hint, .nav, .step { color: #c4b9ab; }
  .close:hover, .step:hover { background: #3a342d; }
  .link, .reason { color: #f0a04b; }
  .close:focus-visible, .save:focus-visible, .step:focus-visible, .link:focus-visible { outline-color: #f0a04b; }
  .best { background: #2e2a25; }
  .related { border-color: #3d372f; }
}
`;
