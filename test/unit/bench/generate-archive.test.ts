import { describe, expect, it } from 'vitest';
import { jsonArticlesReader } from '../../../archive/formats/json-articles';
import { scrapedTextReader } from '../../../archive/formats/scraped-text';
import { generateArticles, parseSize, toScrapedText, type GeneratedArticle } from '../../bench/generate-archive';
import { words } from '../../bench/query-mix';
import { zipfWeight } from '../../bench/synthetic-text';

function take(seed: number, count: number): GeneratedArticle[] {
  const stream = generateArticles(seed);
  return Array.from({ length: count }, () => stream.next().value as GeneratedArticle);
}

const articles = take(42, 600);

describe('generated archives', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(take(42, 20)).toEqual(articles.slice(0, 20));
    expect(take(43, 1)[0]?.title).not.toBe(articles[0]?.title);
  });

  it('have news-like shapes: 6–14 word headlines, 4–20 paragraphs, about 300–900 words, dates in 1990–2024', () => {
    for (const article of articles) {
      expect(article.title.split(' ').length).toBeGreaterThanOrEqual(6);
      expect(article.title.split(' ').length).toBeLessThanOrEqual(14);
      const paragraphs = article.maintext.split('\n\n');
      expect(paragraphs.length).toBeGreaterThanOrEqual(4);
      expect(paragraphs.length).toBeLessThanOrEqual(20);
      const bodyWords = article.maintext.split(/\s+/).length;
      expect(bodyWords).toBeGreaterThanOrEqual(280);
      expect(bodyWords).toBeLessThanOrEqual(960);
      expect(article.date_publish).toMatch(/^(199\d|20[01]\d|202[0-4])-\d\d-\d\d \d\d:00:00$/);
    }
  });

  it('mix languages about 70/20/10, carry accented words, and repeat about 1% of articles exactly', () => {
    const share = (language: string): number => articles.filter((article) => article.language === language).length / articles.length;
    expect(share('en')).toBeGreaterThan(0.6);
    expect(share('es')).toBeGreaterThan(0.12);
    expect(share('pt')).toBeGreaterThan(0.05);
    expect(articles.some((article) => article.language !== 'en' && /[áéíóúñãõçê]/.test(article.maintext))).toBe(true);
    // Typographic punctuation, as in real news: quotations and dashes in most articles.
    const typographic = articles.filter((article) => /“[^”]+”/.test(article.maintext) && article.maintext.includes(' — '));
    expect(typographic.length / articles.length).toBeGreaterThan(0.8);
    const distinct = new Set(articles.map((article) => JSON.stringify(article))).size;
    expect(articles.length - distinct).toBeGreaterThanOrEqual(1);
    expect(articles.length - distinct).toBeLessThanOrEqual(18);
  });

  it('follow a Zipf-like law: the most common words dominate and most words are rare', () => {
    const counts = new Map<string, number>();
    for (const article of articles.filter((item) => item.language === 'en')) {
      for (const word of article.maintext.toLowerCase().split(/[^\p{L}]+/u)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const total = sorted.reduce((sum, count) => sum + count, 0);
    const topTen = sorted.slice(0, 10).reduce((sum, count) => sum + count, 0);
    expect(topTen / total).toBeGreaterThan(0.2);
    expect(topTen / total).toBeLessThan(0.45);
    expect(sorted.filter((count) => count === 1).length / sorted.length).toBeGreaterThan(0.3);
    expect(zipfWeight(1) / zipfWeight(10)).toBeCloseTo(10);
  });

  it('are read back by the real loader, in JSON Lines and in the scraped-text format', async () => {
    const article = articles.find((item) => item.language === 'es' && item.authors.length === 1)!;
    const bytes = new TextEncoder().encode(`${JSON.stringify(article)}\n${JSON.stringify(articles[1])}\n`);
    const json = await jsonArticlesReader.read(bytes, { path: 'part-00000.jsonl' });
    expect(json.articles).toHaveLength(2);
    expect(json.articles[0]?.article).toMatchObject({ title: article.title, author: article.authors[0], date: article.date_publish.slice(0, 10), url: article.url });

    const text = await scrapedTextReader.read(new TextEncoder().encode(toScrapedText(article)), { path: '0000001.txt' });
    expect(text.articles[0]?.format).toBe('scraped-text');
    expect(text.articles[0]?.article).toMatchObject({ title: article.title, author: article.authors[0], date: article.date_publish.slice(0, 10), url: article.url });
    expect(text.articles[0]?.article.body.join(' ')).toContain(words(article.maintext).slice(-3).join(' ').split(' ')[0]);
  });

  it('sizes read as 10k, 100k, 1m or plain numbers', () => {
    expect([parseSize('10k'), parseSize('100K'), parseSize('1m'), parseSize('2500'), parseSize('1.5m')]).toEqual([10_000, 100_000, 1_000_000, 2500, 1_500_000]);
    expect(() => parseSize('big')).toThrow(/Not a size/);
  });
});
