import { useI18n } from '../i18n/i18n-context';

/** The query language, as the README's "Search syntax" table gives it: what to type, what it finds. */
export function SearchSyntax() {
  const { t } = useI18n();
  return (
    <section className="search-syntax" aria-labelledby="search-syntax-title">
      <h3 id="search-syntax-title">{t.syntaxTitle}</h3>
      <p className="hint">{t.syntaxIntro}</p>
      <dl>
        {t.syntaxRows.map(([example, meaning]) => (
          <div key={example} className="syntax-row">
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
