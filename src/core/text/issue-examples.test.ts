import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document.js';
import { analyzeQuery } from './analyze-query.js';
import { expandQuery } from './expand-query.js';
import { matchesTokens } from './match-tokens.js';
import type { TextLanguage } from './text-language.js';
import { createVocabulary } from './vocabulary.js';

type Example = [
  document: string,
  documentLanguage: TextLanguage,
  query: string,
  readerLanguage: TextLanguage,
];

function finds(document: string, documentLanguage: TextLanguage, query: string, reader: TextLanguage) {
  const tokens = analyzeDocument(document, documentLanguage);
  return matchesTokens(expandQuery(analyzeQuery(query, reader), createVocabulary(tokens)), tokens);
}

// Every example of issue 4 and of the design: the document's tokens and the query's overlap.
const matching: Example[] = [
  ['kirjastossa', 'fi', 'kirjasto', 'fi'],
  ['kirjastoon', 'fi', 'kirjastossa', 'fi'],
  ['kirjastoista', 'fi', 'kirjastoon', 'fi'],
  ['kirjasto', 'fi', 'kirjastoista', 'fi'],
  ['kauppa', 'fi', 'kaupassa', 'fi'],
  ['kaupassa', 'fi', 'kauppa', 'fi'],
  ['paja', 'fi', 'pajoissa', 'fi'],
  ['pajoissa', 'fi', 'paja', 'fi'],
  ['katu', 'fi', 'kadulla', 'fi'],
  ['kadulla', 'fi', 'katu', 'fi'],
  ['kaupungissa', 'fi', 'kaupunki', 'fi'],
  ['hyvinvoinnin', 'fi', 'hyvinvointi', 'fi'],
  ['kirjastopaja', 'fi', 'kirjasto', 'fi'],
  ['kirjastopaja', 'fi', 'paja', 'fi'],
  ['Kirjastopajoissa tehdään', 'fi', 'paja', 'fi'],
  ['Espoon kirjastopajat', 'fi', 'kirjastopajoissa', 'fi'],
  ['Kirjaston paja on auki', 'fi', 'kirjastopajoissa', 'fi'],
  ['työpajoissa', 'fi', 'työpaja', 'fi'],
  ['biblioteket', 'sv', 'bibliotek', 'sv'],
  ['bibliotek', 'sv', 'biblioteket', 'sv'],
  ['stadsbiblioteket', 'sv', 'bibliotek', 'sv'],
  ['trädgårdarna', 'sv', 'trädgård', 'sv'],
  ['library', 'en', 'libraries', 'en'],
  ['libraries', 'en', 'library', 'fi'],
  ['Åland', 'sv', 'aland', 'fi'],
  ['käyttö', 'fi', 'kaytto', 'fi'],
  ['KÄYTTÖ', 'fi', 'Käyttö', 'en'],
  ['오산시에서', 'ko', '오산', 'ko'],
  ['오산시에서', 'ko', '오산시', 'ko'],
  ['정원을', 'ko', '정원', 'ko'],
  ['정원', 'ko', '정원을', 'ko'],
  ['오산', 'ko', 'ㅇㅅ', 'ko'],
  ['오산시에서 열린', 'ko', 'ㅇㅅ', 'fi'],
  ['메이커', 'ko', 'ㅁㅇㅋ', 'ko'],
  ['메이커스페이스', 'ko', 'ㅁㅇㅋ', 'ko'],
  ['메이커 스페이스', 'ko', '메이커스페이스를', 'ko'],
  ['메이커스페이스에서', 'ko', '메이커스페이스를', 'ko'],
  ['메이커스페이스', 'ko', '스페이스', 'ko'],
  ['오산시 정원', 'ko', '시', 'ko'],
  ['Espoon kirjasto ja 오산시에서 정원을', 'fi', '정원', 'fi'],
  ['Espoon kirjasto ja 오산시에서 정원을', 'fi', 'kirjastossa', 'ko'],
  ['E-urheilu', 'fi', 'eurheilu', 'fi'],
  ['e-sports', 'en', 'e-sports', 'ko'],
  ['Vuonna 2021 allekirjoitettiin', 'fi', '2021', 'fi'],
  ['2021년', 'ko', '2021', 'ko'],
  ['ＫＩＲＪＡＳＴＯ', 'fi', 'kirjasto', 'fi'],
  ['Maker workshops in the library', 'en', 'library workshop', 'en'],
  ['Maker workshops', 'en', 'the workshops', 'sv'],
];

describe('issue 4 examples match by token overlap', () => {
  it.each(matching)('%s (%s) is found by %s (%s)', (document, documentLanguage, query, reader) => {
    expect(finds(document, documentLanguage, query, reader)).toBe(true);
  });
});

const notMatching: Example[] = [
  ['kirjasto', 'fi', 'paja', 'fi'],
  ['paja', 'fi', 'kirjasto', 'fi'],
  ['오산', 'ko', 'ㅁㅇㅋ', 'ko'],
  ['오산', 'ko', '정원', 'ko'],
  ['메이커', 'ko', 'maker', 'en'],
  ['Åland', 'sv', 'island', 'en'],
  ['kirjasto', 'fi', 'kirjasto paja', 'fi'],
  ['The libraries of Espoo', 'en', 'kirjasto', 'fi'],
];

describe('unrelated words do not match', () => {
  it.each(notMatching)('%s (%s) is not found by %s (%s)', (document, documentLanguage, query, reader) => {
    expect(finds(document, documentLanguage, query, reader)).toBe(false);
  });
});

// One typo in a Latin-script word of five letters or more still finds it.
const typos: [document: string, language: TextLanguage, typo: string, edit: string][] = [
  ['kirjasto', 'fi', 'kirjssto', 'substitution'],
  ['kirjasto', 'fi', 'kirjasrto', 'insertion'],
  ['kirjasto', 'fi', 'kirjsto', 'deletion'],
  ['kirjasto', 'fi', 'kirjsato', 'transposition'],
  ['pelaaminen', 'fi', 'pelaamninen', 'insertion'],
  ['hyvinvointi', 'fi', 'hyvinvionti', 'transposition'],
  ['biblioteket', 'sv', 'bibloteket', 'deletion'],
  ['libraries', 'en', 'libraires', 'transposition'],
  ['gardens', 'en', 'gardnes', 'transposition'],
  ['maker', 'en', 'mkaer', 'transposition in five letters'],
];

describe('typo tolerance', () => {
  it.each(typos)('%s (%s) is found by %s (%s)', (document, language, typo) => {
    expect(finds(document, language, typo, language)).toBe(true);
    // Found through the vocabulary, not by accident of stemming.
    expect(matchesTokens(analyzeQuery(typo, language), analyzeDocument(document, language))).toBe(false);
  });

  it('leaves words shorter than five letters exact', () => {
    expect(finds('talo', 'fi', 'tlao', 'fi')).toBe(false);
    expect(finds('game', 'en', 'gmae', 'en')).toBe(false);
  });

  it('does not reach two edits away', () => {
    expect(finds('kirjasto', 'fi', 'krijsato', 'fi')).toBe(false);
  });
});
