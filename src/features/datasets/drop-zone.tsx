import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ImportProgress as Progress } from './import-protocol';

// Shown only while a file is opened: its code loads then (with the import's own code).
const ImportProgress = lazy(() => import('./import-progress').then((m) => ({ default: m.ImportProgress })));

interface Props {
  onFile: (file: File) => void;
  /** The file being opened, if any, and how far it got. */
  importing?: { name: string; progress: Progress | null } | null;
  onCancel?: () => void;
}

/**
 * Lets the analyst open a local GeoJSON or CSV file: dropped anywhere on the page or chosen with the button.
 * The file is read in the browser; nothing is uploaded. While it is checked, its progress shows with Cancel.
 */
export function DropZone({ onFile, importing, onCancel = () => {} }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!e.relatedTarget) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFile]);
  return (
    <>
      <button type="button" className="tool-button" data-testid="open-file" onClick={() => input.current?.click()}>
        {t('datasets.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,.csv,application/geo+json,application/json,text/csv"
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      {/* On the body: the header's tools may be a closed menu on a phone, and the panel must stay in view. */}
      {importing &&
        createPortal(
          <Suspense fallback={null}>
            <ImportProgress name={importing.name} progress={importing.progress} onCancel={onCancel} />
          </Suspense>,
          document.body,
        )}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          {t('datasets.drop')}
        </div>
      )}
    </>
  );
}
