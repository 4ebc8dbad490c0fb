import type { Article } from '../../archive/model/article';
import { ArticleHtml } from './article-html';

/**
 * The article's text: a saved page's structure (headings, lists, quotes, tables) when it has HTML,
 * else its paragraphs as plain text. One text node per paragraph, so search hits can be found in it.
 */
export function ArticleBody({ article }: { readonly article: Article }) {
  // The parser should already drop a teaser repeated as the first paragraph; never show it twice regardless.
  const body = article.body[0] !== undefined && article.body[0] === article.summary ? article.body.slice(1) : article.body;
  const plain = (
    <div className="article-body">
      {body.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
  return article.html ? <ArticleHtml html={article.html} fallback={plain} /> : plain;
}
