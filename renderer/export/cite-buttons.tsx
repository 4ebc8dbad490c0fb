/** "Cite: APA 7 · MLA 9 · Chicago 17 · Chicago 17 (note)": main formats the citation and puts it on the clipboard. */
import { useEffect, useState } from 'react';
import { CITATION_STYLES, type ArchivoApi, type CitationStyleName } from '../../electron/api';
import { messageOf } from '../hooks/use-archive-status';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages';

/** The styles' own names and editions: the same in every language, except the word for Chicago's note form. */
function styleLabel(style: CitationStyleName, t: Messages): { readonly name: string; readonly edition: string } {
  switch (style) {
    case 'apa':
      return { name: 'APA', edition: 'APA 7' };
    case 'mla':
      return { name: 'MLA', edition: 'MLA 9' };
    case 'chicago':
      return { name: 'Chicago', edition: 'Chicago 17' };
    case 'chicago-note':
      return { name: t.chicagoNoteName, edition: t.chicagoNoteButton };
  }
}

type CiteState = { readonly kind: 'idle' } | { readonly kind: 'copied'; readonly style: CitationStyleName } | { readonly kind: 'failed'; readonly message: string };

export function CiteButtons({ api, articleId }: { readonly api: ArchivoApi; readonly articleId: string }) {
  const { t, language } = useI18n();
  const [state, setState] = useState<CiteState>({ kind: 'idle' });
  useEffect(() => setState({ kind: 'idle' }), [articleId]);

  const copy = (style: CitationStyleName): void => {
    api.citeArticle(articleId, style, language).then(
      (result) => setState(result.status === 'copied' ? { kind: 'copied', style: result.style } : { kind: 'failed', message: result.message }),
      (error: unknown) => setState({ kind: 'failed', message: messageOf(error) }),
    );
  };

  const message = state.kind === 'copied' ? t.citeCopied(styleLabel(state.style, t).name) : state.kind === 'failed' ? t.citeFailed(state.message) : '';
  return (
    <div className="cite-buttons" role="group" aria-label={t.citeGroup}>
      <span className="cite-label">{t.citeLabel}</span>
      {CITATION_STYLES.map((style) => (
        <button key={style} type="button" title={t.citeHint(styleLabel(style, t).edition)} onClick={() => copy(style)}>
          {styleLabel(style, t).edition}
        </button>
      ))}
      <span className="cite-status" role="status" data-kind={state.kind}>
        {message}
      </span>
    </div>
  );
}
