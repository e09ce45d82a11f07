// The public face of text analysis: what server repositories and the web app import.
export { analyzeDocument } from './analyze-document.js';
export { analyzeQuery, maximumQueryLength, maximumQueryTerms } from './analyze-query.js';
export { analyzerVersion } from './analyzer-version.js';
export { expandQuery } from './expand-query.js';
export { toFts5Match } from './fts5-match.js';
export { choseongMarker } from './hangul-choseong.js';
export { highlightMatches, snippetMatches, type TextSegment } from './highlight-matches.js';
export { markdownPlainText, markdownWords } from './markdown-words.js';
export { type MatchMode, matchesTokens } from './match-tokens.js';
export { matchTopics, type TopicMatch, type TopicNames } from './match-topics.js';
export type { AlternativeKind, QueryAlternative, QueryTerm, SearchQuery } from './search-query.js';
export { stemmingLanguages, type TextLanguage } from './text-language.js';
export { toTsQuery } from './ts-query.js';
export { createVocabulary, minimumTypoLength, type Vocabulary } from './vocabulary.js';
