import { useState, type ReactNode } from 'react';
import type { Article, ArticleLocation } from '../../archive/model/article';
import type { ArchivoApi, OpenExternalResult } from '../../electron/api';
import { messageOf } from '../hooks/use-archive-status';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages';

/** Where the article came from and who owns it: what a journalist must cite, shown verbatim. */
export function ProvenancePanel({ api, article }: { readonly api: ArchivoApi; readonly article: Article }) {
  const { t, f } = useI18n();
  const others = article.locations.slice(1);
  const captured = article.capturedAt ? f.dateTime(article.capturedAt) : null;
  return (
    <aside className="provenance" aria-labelledby="provenance-title">
      <h3 id="provenance-title">{t.provenanceTitle}</h3>
      <dl>
        <Field label={t.source}>{article.source ?? <Missing text={t.sourceUnknown} />}</Field>
        <Field label={t.originalUrl}>
          {article.url !== null ? <OriginalUrl api={api} url={article.url} /> : <Missing text={t.urlUnknown} />}
        </Field>
        {captured !== null && <Field label={t.capturedAt}>{captured}</Field>}
        <Field label={t.file}>
          <Location location={article.locations[0] ?? { path: article.path }} t={t} />
        </Field>
        {others.length > 0 && (
          <Field label={t.otherLocations}>
            <ul className="locations">
              {others.map((location, index) => (
                <li key={index}>
                  <Location location={location} t={t} />
                </li>
              ))}
            </ul>
          </Field>
        )}
        {article.dateRaw !== null && <Field label={t.dateAsWritten}>{article.dateRaw}</Field>}
        {article.language !== null && <Field label={t.language}>{f.language(article.language)}</Field>}
        <Field label={t.encoding}>{article.encoding}</Field>
        <Field label={t.format}>{article.format}</Field>
        <Field label={t.sha256}>
          <code className="hash">{article.sha256}</code>
        </Field>
        <Field label={t.copyright}>
          {article.copyright !== null ? <span className="copyright">{article.copyright}</span> : <Missing text={t.copyrightUnknown} />}
        </Field>
      </dl>
    </aside>
  );
}

/** The URL as text (never a live link), and a button that asks main to open it after the user confirms. */
function OriginalUrl({ api, url }: { readonly api: ArchivoApi; readonly url: string }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<string>('');
  const open = (): void => {
    setOutcome('');
    api.openExternal(url).then(
      (result: OpenExternalResult) => setOutcome(describe(result, t)),
      (error: unknown) => setOutcome(t.openFailed(messageOf(error))),
    );
  };
  return (
    <>
      <span className="url">{url}</span>
      <button type="button" className="link-button" onClick={open} title={t.openOriginalHint}>
        {t.openOriginal}
      </button>
      <span className="open-outcome" role="status">
        {outcome}
      </span>
    </>
  );
}

function describe(result: OpenExternalResult, t: Messages): string {
  switch (result.outcome) {
    case 'opened':
    case 'canceled':
    case 'busy':
      return '';
    case 'refused':
      return t.openRefused(result.reason);
    case 'failed':
      return t.openFailed(result.message);
  }
}

function Field({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Location({ location, t }: { readonly location: ArticleLocation; readonly t: Messages }) {
  return (
    <>
      <code className="path">{location.path}</code>
      {location.entry !== undefined && <span className="entry"> ({t.entry(location.entry)})</span>}
    </>
  );
}

function Missing({ text }: { readonly text: string }) {
  return <span className="missing">{text}</span>;
}
