/** A person's statements over time, drawn as SVG: one dot per statement on a date axis. */
import type { QuoteRecord } from '../core/index';
import { formatDate } from '../shared/format';

const W = 720;
const H = 120;
const PAD = 28;

export function Timeline({ quotes, label }: { quotes: QuoteRecord[]; label: string }) {
  const dated = quotes
    .map((q) => ({ q, at: Date.parse(q.published ?? q.savedAt) }))
    .filter((d) => !Number.isNaN(d.at))
    .sort((a, b) => a.at - b.at);
  if (dated.length === 0) return null;
  const min = dated[0]!.at;
  const max = dated[dated.length - 1]!.at;
  const span = Math.max(max - min, 86_400_000);
  const x = (at: number) => PAD + ((at - min) / span) * (W - 2 * PAD);
  // Statements on nearby days stack upwards instead of overlapping.
  const lanes = new Map<number, number>();
  return (
    <svg class="timeline" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="timeline">
      <title>{label}</title>
      <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} class="axis" />
      <text x={PAD} y={H - 8} class="tick">{formatDate(new Date(min).toISOString())}</text>
      <text x={W - PAD} y={H - 8} class="tick" text-anchor="end">{formatDate(new Date(max).toISOString())}</text>
      {dated.map(({ q, at }) => {
        const cx = x(at);
        const bucket = Math.round(cx / 10);
        const lane = lanes.get(bucket) ?? 0;
        lanes.set(bucket, lane + 1);
        return (
          <circle key={q.id} cx={cx} cy={H - PAD - 10 - lane * 12} r={5} class="dot">
            <title>{`${formatDate(q.published ?? q.savedAt)}: ${q.text}`}</title>
          </circle>
        );
      })}
    </svg>
  );
}
