import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OpCount } from '../features/operations/op-count';

interface Props {
  count: number | null;
  chartsOpen: boolean;
  onCharts: () => void;
  /** Always in the header row (the language switch). */
  primary: ReactNode;
  /** The tools: in the row on larger screens, behind "More" on phones. */
  children: ReactNode;
  /** Beside the count: period B's count while comparing (`vs=`). */
  countB?: ReactNode;
}

/**
 * Title, the live count and the tools. On phones (≤ 600 px) the header is one row: title, count, language and
 * a "More" button that opens the other tools (link, file, export, theme) in a panel; Esc, a click outside or a
 * file chosen closes it.
 */
export function AppHeader({ count, chartsOpen, onCharts, primary, children, countB }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      {count !== null && <OpCount count={count} />}
      {count !== null && countB}
      <div className="header-primary">{primary}</div>
      <button
        ref={button}
        type="button"
        className="tool-button header-more"
        data-testid="header-more"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{'⋯'}</span> {t('app.more')}
      </button>
      {/* A file chosen from the menu closes it: the file's progress, then its operations, are what to see. */}
      <div
        ref={panel}
        id={id}
        className="header-tools"
        data-open={open}
        onChange={(e) => {
          if ((e.target as HTMLInputElement).type === 'file') setOpen(false);
        }}
      >
        {children}
        <button
          type="button"
          className="tool-button charts-toggle"
          aria-expanded={chartsOpen}
          data-testid="charts-toggle"
          onClick={onCharts}
        >
          {t('charts.toggle')}
        </button>
      </div>
    </header>
  );
}
