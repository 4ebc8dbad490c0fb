import type { ReactNode } from 'react';
import type { Article, ArticleLocation } from '../../archive/model/article';
import { strings } from '../strings';

/** Where the article came from and who owns it: what a journalist must cite, shown verbatim. */
export function ProvenancePanel({ article }: { readonly article: Article }) {
  const others = article.locations.slice(1);
  return (
    <aside className="provenance" aria-labelledby="provenance-title">
      <h3 id="provenance-title">{strings.provenanceTitle}</h3>
      <dl>
        <Field label={strings.source}>{article.source ?? <Missing text={strings.sourceUnknown} />}</Field>
        {/* Shown as text only: opening links outside the app needs the confirmed external-open flow (later issue). */}
        <Field label={strings.originalUrl}>
          {article.url !== null ? <span className="url">{article.url}</span> : <Missing text={strings.urlUnknown} />}
        </Field>
        <Field label={strings.file}>
          <Location location={article.locations[0] ?? { path: article.path }} />
        </Field>
        {others.length > 0 && (
          <Field label={strings.otherLocations}>
            <ul className="locations">
              {others.map((location, index) => (
                <li key={index}>
                  <Location location={location} />
                </li>
              ))}
            </ul>
          </Field>
        )}
        {article.dateRaw !== null && <Field label={strings.dateAsWritten}>{article.dateRaw}</Field>}
        <Field label={strings.encoding}>{article.encoding}</Field>
        <Field label={strings.format}>{article.format}</Field>
        <Field label={strings.sha256}>
          <code className="hash">{article.sha256}</code>
        </Field>
        <Field label={strings.copyright}>
          {article.copyright !== null ? (
            <span className="copyright">{article.copyright}</span>
          ) : (
            <Missing text={strings.copyrightUnknown} />
          )}
        </Field>
      </dl>
    </aside>
  );
}

function Field({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Location({ location }: { readonly location: ArticleLocation }) {
  return (
    <>
      <code className="path">{location.path}</code>
      {location.entry !== undefined && <span className="entry"> ({strings.entry(location.entry)})</span>}
    </>
  );
}

function Missing({ text }: { readonly text: string }) {
  return <span className="missing">{text}</span>;
}
