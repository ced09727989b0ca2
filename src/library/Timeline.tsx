/**
 * A person's statements over time (SVG): a row per topic, a point per statement. Every point is a link to
 * its quote below, reachable by Tab, and says its date, topic and words on hover and on focus.
 */
import { useState } from 'preact/hooks';
import type { QuoteRecord } from '../core/index';
import { formatDate } from '../shared/format';
import { t, uiLocale } from '../shared/i18n';
import { layoutTimeline } from './timeline-layout';

const W = 760;
const PAD_LEFT = 130;
const PAD = 20;
const ROW = 40;
const AXIS = 28;

export function Timeline({ quotes, label }: { quotes: QuoteRecord[]; label: string }) {
  const [active, setActive] = useState<string | null>(null);
  const layout = layoutTimeline(quotes, W - PAD_LEFT + PAD, PAD);
  if (!layout) return null;
  const H = layout.rows.length * ROW + AXIS + 8;
  const tick = new Intl.DateTimeFormat(uiLocale(), { month: 'short', year: 'numeric' });
  const shown = layout.points.find((p) => p.id === active) ?? null;
  const y = (row: number) => 8 + row * ROW + ROW / 2;
  const xOf = (x: number) => PAD_LEFT - PAD + x;
  return (
    <figure class="timeline-wrap" data-testid="timeline">
      <svg class="timeline" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={label}>
        {layout.rows.map((row, i) => (
          <g key={row.label ?? '-'} class="row">
            <line x1={PAD_LEFT} x2={W - PAD} y1={y(i)} y2={y(i)} class="lane" />
            <text x={PAD_LEFT - 10} y={y(i) + 4} text-anchor="end" class="row-label">
              {row.label ?? t('libraryTimelineOther')}
            </text>
          </g>
        ))}
        <line x1={PAD_LEFT} x2={W - PAD} y1={H - AXIS} y2={H - AXIS} class="axis" />
        {layout.ticks.map((k) => (
          <g key={k.at}>
            <line x1={xOf(k.x)} x2={xOf(k.x)} y1={H - AXIS} y2={H - AXIS + 5} class="axis" />
            <text x={xOf(k.x)} y={H - 8} text-anchor="middle" class="tick">
              {tick.format(k.at)}
            </text>
          </g>
        ))}
        {layout.points.map((p) => {
          const topic = layout.rows[p.row]?.label ?? t('libraryTimelineOther');
          const name = `${formatDate(new Date(p.at).toISOString())}, ${topic}: ${p.quote.text.slice(0, 120)}`;
          return (
            <a
              key={p.id}
              href={`#quote-${p.id}`}
              aria-label={name}
              class={`point${active === p.id ? ' active' : ''}`}
              data-testid="timeline-point"
              onMouseEnter={() => setActive(p.id)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(p.id)}
              onBlur={() => setActive(null)}
            >
              <circle cx={xOf(p.x)} cy={y(p.row) + p.lane * 9} r={6} />
            </a>
          );
        })}
      </svg>
      <div class="timeline-tip" role="status" data-testid="timeline-tip">
        {shown ? (
          <>
            <strong>{formatDate(new Date(shown.at).toISOString())}</strong> · {layout.rows[shown.row]?.label ?? t('libraryTimelineOther')}
            <span class="tip-quote">“{shown.quote.text}”</span>
          </>
        ) : (
          <span class="muted">{t('libraryTimelineHint')}</span>
        )}
      </div>
    </figure>
  );
}
