import { describe, expect, it } from 'vitest';
import { describeFileProblem, type FileProblem } from '../../../archive/model/file-problem';
import { createTranslation } from '../../../renderer/i18n/messages';

/** One problem of every kind: a kind added without a sample here fails the type check. */
const SAMPLES: { readonly [K in FileProblem['kind']]: Extract<FileProblem, { kind: K }> } = {
  'permission-denied': { kind: 'permission-denied' },
  'not-found': { kind: 'not-found' },
  'link-loop': { kind: 'link-loop' },
  'is-folder': { kind: 'is-folder' },
  'disk-error': { kind: 'disk-error' },
  'path-too-long': { kind: 'path-too-long' },
  'folder-loop': { kind: 'folder-loop' },
  'too-large': { kind: 'too-large', megabytes: 2048 },
  'unknown-format': { kind: 'unknown-format' },
  empty: { kind: 'empty' },
  binary: { kind: 'binary' },
  'utf-32': { kind: 'utf-32' },
  'no-json-articles': { kind: 'no-json-articles' },
  'no-page-article': { kind: 'no-page-article' },
  'page-too-large': { kind: 'page-too-large' },
  'no-reuters-records': { kind: 'no-reuters-records' },
  'not-warc': { kind: 'not-warc' },
  'warc-no-records': { kind: 'warc-no-records' },
  'warc-no-pages': { kind: 'warc-no-pages' },
  'encrypted-entry': { kind: 'encrypted-entry' },
  'nested-too-deep': { kind: 'nested-too-deep' },
};

const say = (language: 'en' | 'es' | 'pt', problem: FileProblem): string => createTranslation(language, language).t.fileProblem(problem);

describe('why a file was not read, in the reader’s language', () => {
  it.each(Object.values(SAMPLES))('$kind: in English as the command line says it, in Spanish and Portuguese in their own words', (problem) => {
    const english = say('en', problem);
    expect(english).toBe(describeFileProblem(problem));
    const spanish = say('es', problem);
    const portuguese = say('pt', problem);
    for (const message of [spanish, portuguese]) {
      expect(message.trim()).not.toBe('');
      expect(message).not.toBe(english);
    }
    expect(spanish).not.toBe(portuguese);
    if (problem.kind === 'too-large') for (const message of [english, spanish, portuguese]) expect(message).toContain('2048 MB');
  });
});
