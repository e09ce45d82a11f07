import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document.js';
import { analyzeQuery, finnishSStems } from './analyze-query.js';
import { expandQuery } from './expand-query.js';
import { matchesTokens } from './match-tokens.js';
import { matchTopics, type TopicNames } from './match-topics.js';
import type { TextLanguage } from './text-language.js';
import { createVocabulary } from './vocabulary.js';

// Names as a partnership might give them: a modifier, a head and a generic word, in four languages.
const topics: TopicNames[] = [
  {
    id: 'sustainable-development',
    names: {
      fi: 'Kestävän kehityksen taidot',
      sv: 'Färdigheter för hållbar utveckling',
      en: 'Sustainable development skills',
      ko: '지속가능발전 역량',
    },
  },
  {
    id: 'digital-learning',
    names: {
      fi: 'Digitaalinen oppiminen',
      sv: 'Digitalt lärande',
      en: 'Digital learning',
      ko: '디지털 학습',
    },
  },
  {
    id: 'wellbeing',
    names: {
      fi: 'Oppimisen hyvinvointi',
      sv: 'Välbefinnande i lärandet',
      en: 'Wellbeing for learning',
      ko: '학습 웰빙',
    },
  },
  { id: 'esports', names: { fi: 'E-urheilu', sv: 'E-sport', en: 'E-sports', ko: 'e스포츠' } },
  {
    id: 'gardens',
    names: { fi: 'Asukaspuutarhat', sv: 'Invånarträdgårdar', en: 'Resident gardens', ko: '주민 정원' },
  },
  {
    id: 'youth-participation',
    names: {
      fi: 'Nuorten osallisuus',
      sv: 'Ungas delaktighet',
      en: 'Youth participation',
      ko: '청소년 참여',
    },
  },
];

describe('matchTopics', () => {
  it.each<[string, TextLanguage, string[]]>([
    // The queries.
    ['지속가능', 'ko', ['sustainable-development']],
    ['kestävä kehitys', 'fi', ['sustainable-development']],
    ['hållbar utveckling', 'sv', ['sustainable-development']],
    // Inflected, joined or split, and inside longer queries.
    ['kestävää kehitystä', 'fi', ['sustainable-development']],
    ['kestävän kehityksen kurssi', 'fi', ['sustainable-development']],
    ['hållbara', 'sv', ['sustainable-development']],
    ['sustainability', 'en', ['sustainable-development']],
    ['지속 가능한', 'ko', ['sustainable-development']],
    ['지속가능성을', 'ko', ['sustainable-development']],
    ['digitaalista oppimista', 'fi', ['digital-learning']],
    ['digital learning for seniors', 'en', ['digital-learning']],
    ['디지털 학습을', 'ko', ['digital-learning']],
    ['e-sport', 'sv', ['esports']],
    ['esports', 'en', ['esports']],
    ['asukaspuutarhoissa', 'fi', ['gardens']],
    ['주민 정원에서', 'ko', ['gardens']],
    ['nuorten osallisuutta', 'fi', ['youth-participation']],
    ['ungas delaktighet', 'sv', ['youth-participation']],
    // A word from a name is read in every language, whoever reads.
    ['hållbar utveckling', 'fi', ['sustainable-development']],
  ])('%s (%s) names %j', (query, reader, expected) => {
    expect(matchTopics(query, reader, topics).map((topic) => topic.id)).toEqual(expected);
  });

  it('tells a name said from one word of it', () => {
    expect(matchTopics('kestävää kehitystä', 'fi', topics)).toEqual([
      { id: 'sustainable-development', byName: true },
    ]);
    expect(matchTopics('asukaspuutarhoissa', 'fi', topics)).toEqual([{ id: 'gardens', byName: true }]);
    expect(matchTopics('sustainability', 'en', topics)).toEqual([
      { id: 'sustainable-development', byName: false },
    ]);
    // The head of a one-word compound name is part of the name, not the name (residents ≠ gardens).
    expect(matchTopics('invånarna', 'sv', topics)).toEqual([{ id: 'gardens', byName: false }]);
  });

  it.each<[string, TextLanguage]>([
    // In several names: names none of them.
    ['learning', 'en'],
    ['oppiminen', 'fi'],
    ['학습', 'ko'],
    // One word of a long name among other words is not the name.
    ['open source development tools', 'en'],
    // Nothing.
    ['kirjasto', 'fi'],
    ['"', 'fi'],
    ['', 'en'],
  ])('%s (%s) names no topic', (query, reader) => {
    expect(matchTopics(query, reader, topics)).toEqual([]);
  });
});

describe('Finnish nouns in -s', () => {
  it('gives the stems Snowball keeps apart, so kehitys meets kehityksen and kehitystä', () => {
    expect(finnishSStems('kehitys', 'kehitys')).toEqual(['kehityks']);
    expect(finnishSStems('kehityks', 'kehityksen')).toEqual(['kehitys']);
    expect(finnishSStems('kehity', 'kehitysta')).toEqual(['kehitys', 'kehityks']);
    expect(finnishSStems('kirjasto', 'kirjasto')).toEqual([]);
    for (const [document, query] of [
      ['kestävän kehityksen taidot', 'kestävä kehitys'],
      ['kestävää kehitystä', 'kehitys'],
      ['kehitys', 'kehityksessä'],
    ] as const) {
      expect(matchesTokens(analyzeQuery(query, 'fi'), analyzeDocument(document, 'fi')), query).toBe(true);
    }
  });
});

describe('compounds', () => {
  it('splits only the reader’s own stems: “hållbar” is not hall + bar (“håller … bara”)', () => {
    const tokens = analyzeDocument('Vi håller språkcafé, bara utveckling av språket.', 'sv');
    // The index knows hållbar from another practice, so it is no typo to correct.
    const vocabulary = createVocabulary([...tokens, ...analyzeDocument('hållbar', 'sv')]);
    expect(matchesTokens(expandQuery(analyzeQuery('hållbar utveckling', 'sv'), vocabulary), tokens)).toBe(
      false,
    );
    // Finnish compounds a Finnish reader types still split.
    const paja = analyzeDocument('Kirjaston paja on auki', 'fi');
    expect(
      matchesTokens(expandQuery(analyzeQuery('kirjastopajoissa', 'fi'), createVocabulary(paja)), paja),
    ).toBe(true);
  });

  it('finds Korean compounds by their head: 지속가능 → 지속가능한, 지속가능성, 지속가능발전', () => {
    for (const document of ['지속가능한 도시', '지속가능성을 배워요', '지속가능발전 교육']) {
      expect(matchesTokens(analyzeQuery('지속가능', 'ko'), analyzeDocument(document, 'ko')), document).toBe(
        true,
      );
    }
  });
});
