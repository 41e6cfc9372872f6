import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type LazyPartName = 'map' | 'details' | 'list' | 'charts' | 'methodology' | 'propose' | 'search';

class Boundary extends Component<{ fallback: (e: Error) => ReactNode; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/**
 * A part of the page whose code loads on first use (React `lazy`): a loading line while it comes, and when its
 * file cannot be fetched (connection lost, a newer deployment) an alert naming the part and the error, with a
 * reload. The rest of the page keeps working, and the URL keeps the view, so reloading loses nothing.
 */
export function LazyPart({
  part,
  loading,
  children,
}: {
  part: LazyPartName;
  loading?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Boundary fallback={(e) => <LazyFailure part={part} error={e} />}>
      <Suspense fallback={loading ?? <p className="loading">{t('lazy.loading')}</p>}>{children}</Suspense>
    </Boundary>
  );
}

/** What a part whose code could not be fetched shows: the part, the error, and a reload (the URL keeps the view). */
export function LazyFailure({ part, error }: { part: LazyPartName; error: Error }) {
  const { t } = useTranslation();
  return (
    <div className="lazy-error" role="alert" data-testid={`lazy-error-${part}`}>
      <p>
        {t('lazy.failed', { part: t(`lazy.${part}`) })}
        <code dir="ltr">{error.message}</code>
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('lazy.reload')}
      </button>
    </div>
  );
}
