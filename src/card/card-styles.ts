/** The card's styles, inside its own extension-origin frame: no page font, rule or variable applies there. */
export const CARD_CSS = `
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
.card { box-sizing: border-box; width: 100vw; height: 100vh; display: flex; flex-direction: column; padding: 12px 14px; border-radius: 10px;
  background: #fffdf8; color: #1d1a16; border: 1px solid #e2d8c9; 
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: start; }
.head { display: flex; align-items: flex-start; gap: 8px; }
.who { flex: 1; min-width: 0; }
.name { font-weight: 650; font-size: 15px; }
.title { color: #6b6258; font-size: 13px; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; color: #6b6258; }
.close:focus-visible, .save:focus-visible { outline: 2px solid #7a3e00; outline-offset: 2px; }
.quote { margin: 8px 0; padding: 0 0 0 10px; border-inline-start: 3px solid #e7b64a; font-family: Georgia, serif; font-size: 14px; }
.body { flex: 1; min-height: 0; overflow: auto; }
.hint { color: #6b6258; font-size: 12px; margin-inline-end: auto; align-self: center; }
.related { border-top: 1px solid #eee4d6; padding-top: 8px; margin-top: 4px; }
.meta { color: #6b6258; font-size: 12.5px; margin: 0; }
.best { margin-top: 6px; padding: 8px; background: #f6f0e6; border-radius: 8px; }
.best-quote { font-family: Georgia, serif; font-size: 13.5px; max-height: 4.4em; overflow: hidden; }
.best-source { color: #6b6258; font-size: 12px; margin-top: 4px; }
.reason { color: #7a3e00; font-size: 12px; margin-top: 2px; }
.error { color: #a1260d; font-size: 13px; margin: 8px 0 0; }
.actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
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
  .card { background: #24211d; color: #f0ebe4; border-color: #3d372f; }
  .title, .meta, .best-source, .close, .hint { color: #b3a99c; }
  .best { background: #2e2a25; }
  .body { flex: 1; min-height: 0; overflow: auto; }
.hint { color: #6b6258; font-size: 12px; margin-inline-end: auto; align-self: center; }
.related { border-color: #3d372f; }
  .reason { color: #f0a04b; }
}
`;
