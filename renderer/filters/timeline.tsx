import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { FacetCount } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';
import { barHeight, selectedSpan, yearBars, yearRange } from './histogram';

export interface TimelineProps {
  readonly years: readonly FacetCount[];
  /** The year filter in force (empty: all years). */
  readonly selected: readonly string[];
  readonly onChange: (years: string[]) => void;
}

/**
 * Results by year, as a bar chart of buttons: click a year to keep only it (again to clear), drag across
 * years or Shift+click for a range. Keyboard: ←/→ move between years, Enter chooses, Shift+Enter
 * extends the range from the last year chosen.
 */
export function Timeline({ years, selected, onChange }: TimelineProps) {
  const { t } = useI18n();
  const bars = yearBars(years);
  const max = Math.max(0, ...bars.map((bar) => bar.count));
  const span = selectedSpan(selected);
  const [anchor, setAnchor] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const suppressClick = useRef(false);
  const groupRef = useRef<HTMLDivElement>(null);

  // A drag ends wherever the pointer is released, even outside the chart.
  useEffect(() => {
    if (drag === null) return;
    const onUp = (): void => {
      if (drag.from !== drag.to) {
        suppressClick.current = true;
        setAnchor(drag.from);
        onChange(yearRange(drag.from, drag.to));
      }
      setDrag(null);
    };
    window.addEventListener('pointerup', onUp);
    return () => window.removeEventListener('pointerup', onUp);
  }, [drag, onChange]);

  if (bars.length === 0) return null;

  const choose = (year: number, extend: boolean): void => {
    if (extend && anchor !== null) {
      onChange(yearRange(anchor, year));
      return;
    }
    setAnchor(year);
    onChange(span !== null && span.from === year && span.to === year ? [] : [String(year)]);
  };

  const onClick = (event: MouseEvent<HTMLButtonElement>, year: number): void => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    choose(year, event.shiftKey);
  };

  const tabStop = focused ?? span?.to ?? bars[bars.length - 1]!.year;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = bars.findIndex((bar) => bar.year === tabStop);
    const moveTo = (next: number): void => {
      event.preventDefault();
      const bar = bars[Math.max(0, Math.min(bars.length - 1, next))];
      if (!bar) return;
      setFocused(bar.year);
      groupRef.current?.querySelector<HTMLButtonElement>(`[data-year="${bar.year}"]`)?.focus();
    };
    switch (event.key) {
      case 'ArrowLeft':
        return moveTo(index - 1);
      case 'ArrowRight':
        return moveTo(index + 1);
      case 'Home':
        return moveTo(0);
      case 'End':
        return moveTo(bars.length - 1);
      case 'Enter':
        if (event.shiftKey) {
          event.preventDefault();
          choose(tabStop, true);
        }
        return;
    }
  };

  const inPreview = (year: number): boolean =>
    drag !== null ? year >= Math.min(drag.from, drag.to) && year <= Math.max(drag.from, drag.to) : span !== null && year >= span.from && year <= span.to;

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-head">
        <h2 id="timeline-title">{t.timelineLabel}</h2>
        <span className="hint timeline-range">{span === null ? t.timelineAllYears : t.timelineRange(String(span.from), String(span.to))}</span>
        {span !== null && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            {t.timelineAllYears}
          </button>
        )}
      </div>
      <div className="timeline-chart" style={{ maxWidth: `${bars.length * 2.4}rem` }}>
      <div
        className="timeline-bars"
        role="group"
        aria-label={t.timelineLabel}
        aria-describedby="timeline-hint"
        ref={groupRef}
        onKeyDown={onKeyDown}
        data-dragging={drag !== null}
      >
        {bars.map((bar) => (
          <button
            key={bar.year}
            type="button"
            className="timeline-bar"
            data-year={bar.year}
            data-selected={inPreview(bar.year)}
            aria-pressed={span !== null && bar.year >= span.from && bar.year <= span.to}
            aria-label={t.timelineBar(String(bar.year), bar.count)}
            title={t.timelineBar(String(bar.year), bar.count)}
            tabIndex={bar.year === tabStop ? 0 : -1}
            onFocus={() => setFocused(bar.year)}
            onPointerDown={(event) => {
              if (event.button === 0 && !event.shiftKey) setDrag({ from: bar.year, to: bar.year });
            }}
            onPointerEnter={() => setDrag((current) => (current === null ? null : { ...current, to: bar.year }))}
            onClick={(event) => onClick(event, bar.year)}
          >
            <svg aria-hidden="true" viewBox="0 0 10 100" preserveAspectRatio="none" focusable="false">
              <rect x="1" width="8" y={100 - barHeight(bar.count, max)} height={barHeight(bar.count, max)} rx="1" />
            </svg>
          </button>
        ))}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        <span>{bars[0]!.year}</span>
        {bars.length > 1 && <span>{bars[bars.length - 1]!.year}</span>}
      </div>
      </div>
      <p id="timeline-hint" className="visually-hidden">
        {t.timelineHint}
      </p>
    </section>
  );
}
