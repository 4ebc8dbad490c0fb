import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { clampPaneWidth, MAX_PANE_WIDTH, MIN_PANE_WIDTH } from '../preferences/preferences';

export interface SplitterProps {
  readonly width: number;
  readonly onResize: (width: number) => void;
}

const STEP = 24;

/** The divider between results and article: drag it, or focus it and use ←/→ (Home/End for the limits). */
export function Splitter({ width, onResize }: SplitterProps) {
  const { t } = useI18n();
  const start = useRef<{ x: number; width: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const next = (() => {
      switch (event.key) {
        case 'ArrowLeft':
          return width - STEP;
        case 'ArrowRight':
          return width + STEP;
        case 'Home':
          return MIN_PANE_WIDTH;
        case 'End':
          return MAX_PANE_WIDTH;
        default:
          return null;
      }
    })();
    if (next === null) return;
    event.preventDefault();
    onResize(clampPaneWidth(next));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (start.current === null) return;
    onResize(clampPaneWidth(start.current.width + event.clientX - start.current.x));
  };
  const onPointerUp = (): void => {
    start.current = null;
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t.resizePanes}
      aria-valuenow={width}
      aria-valuemin={MIN_PANE_WIDTH}
      aria-valuemax={MAX_PANE_WIDTH}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
