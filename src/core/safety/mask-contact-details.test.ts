import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactPlaceholder, maskContactDetails } from './mask-contact-details.js';

const masked: [text: string, expected: string, kinds: string[]][] = [
  ['soita 040 123 4567 tai kakao: minji_07', 'soita [•••] tai kakao: [•••]', ['phone', 'handle']],
  ['numero 0401234567', 'numero [•••]', ['phone']],
  ['numero 09 1234 567', 'numero [•••]', ['phone']],
  ['ring 070-123 45 67', 'ring [•••]', ['phone']],
  ['my number is +358 40 123 4567', 'my number is [•••]', ['phone']],
  ['+358 (0)40 123 4567', '[•••]', ['phone']],
  ['00358401234567', '[•••]', ['phone']],
  ['010-1234-5678로 문자해', '[•••]로 문자해', ['phone']],
  ['010.1234.5678', '[•••]', ['phone']],
  ['+82 10 1234 5678', '[•••]', ['phone']],
  ['mail me: liisa.k@gmail.com', 'mail me: [•••]', ['email']],
  ['liisa at gmail dot com', '[•••]', ['email']],
  ['liisa at gmail', '[•••]', ['email']],
  ['liisa(at)gmail.com', '[•••]', ['email']],
  ['liisa(at)domain', '[•••]', ['email']],
  ['liisa (at) hotmail (dot) fi', '[•••]', ['email']],
  ['liisa ät luukku piste com', '[•••]', ['email']],
  ['minji 골뱅이 naver 점 com', '[•••]', ['email']],
  ['insta: liisa.k', 'insta: [•••]', ['handle']],
  ['add me on insta liisa_k', 'add me on insta [•••]', ['handle']],
  ['lägg till mig på insta: liisa_k', 'lägg till mig på insta: [•••]', ['handle']],
  ['Snäpissä mun nimi on liisa_k', 'Snäpissä mun nimi on [•••]', ['handle']],
  ['discord liisa#1234', 'discord [•••]', ['handle']],
  ['my discord is liisa#1234', 'my discord is [•••]', ['handle']],
  ['follow @liisa_k', 'follow [•••]', ['handle']],
  ['snap: liisa', 'snap: [•••]', ['handle']],
  ['telegram @minji', 'telegram [•••]', ['handle']],
  ['line id: minji01', 'line id: [•••]', ['handle']],
  ['kakao: x', 'kakao: [•••]', ['handle']],
  ['카톡 아이디 abc123 추가해줘', '카톡 아이디 [•••] 추가해줘', ['handle']],
  ['내 카톡은 minji2010이야', '내 카톡은 [•••]이야', ['handle']],
  ['인스타 아이디는 minji.kim 이에요', '인스타 아이디는 [•••] 이에요', ['handle']],
  ['check www.example.com or https://open.kakao.com/o/abc', 'check [•••] or [•••]', ['link']],
  ['open.kakao.com/o/gAbc', '[•••]', ['link']],
  ['discord.gg/abcd', '[•••]', ['link']],
  ['example dot com', '[•••]', ['link']],
  ['sivu on esimerkki piste fi', 'sivu on [•••]', ['link']],
  ['naver 닷컴', '[•••]', ['link']],
  // Was left alone before; the pipeline never lets seven digits in a row through (DESIGN.md), and a
  // bare seven-digit run is exactly how a number without separators is written.
  ['Score was 3.5 and 1000000 people', 'Score was 3.5 and [•••] people', ['phone']],
];

const untouched = [
  'klo 15.30 kirjastossa',
  'kl. 15.30 i biblioteket',
  'Meet on 2027-03-28 at 10:00.',
  'See you at school at 15.30',
  "I'm at home.",
  'kakao is fun',
  'Instagramissa on kivoja kuvia',
  'Tapaaminen 01.02.2027 klo 09.30-10.30',
  '오늘 오후 3시 30분에 만나요',
  '2027년 3월 28일 토요일',
  'e.g. this, esim. tämä, t.ex. detta',
  'Score was 3.5 and 100 000 people',
  'The line is long: please wait',
  'Hei! Mitä kuuluu? Pelataanko huomenna klo 18?',
  'Hej, vi ses på lördag kl 10:00!',
  '안녕하세요! 저는 오산에 살아요. 내일 봐요.',
  'Seollal is on 16.2. this year',
];

describe('maskContactDetails', () => {
  it.each(masked)('masks %j', (text, expected, kinds) => {
    expect(maskContactDetails(text)).toEqual({ text: expected, masked: kinds });
  });

  it.each(untouched)('leaves %j alone', (text) => {
    expect(maskContactDetails(text)).toEqual({ text, masked: [] });
  });

  it('takes another placeholder', () => {
    expect(maskContactDetails('call 040 123 4567', '***').text).toBe('call ***');
  });
});

const word = fc.constantFrom(
  'hei',
  'moi',
  'kirjasto',
  'pelataan',
  'huomenna',
  'hej',
  'vi',
  'ses',
  'biblioteket',
  'hello',
  'see',
  'you',
  'at',
  'school',
  'on',
  'is',
  'the',
  'line',
  '안녕하세요',
  '오산에서',
  '만나요',
  '내일',
  'e-sports',
  'Seollal',
  'Chuseok',
  'klo',
  'kl.',
);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(':', '.'))
  .map(([h, m, sep]) => `${String(h).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}`);
const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// A small number is followed by a word: numbers side by side ("12 345 678") are how a phone number
// is split up, and the pipeline joins them (DESIGN.md: "separators collapsed").
const count = fc.tuple(fc.integer({ min: 0, max: 999 }), word).map(([n, after]) => `${n} ${after}`);
const ordinary = fc
  .array(fc.oneof(word, word, time, date, count), { maxLength: 12 })
  .map((parts) => parts.join(' '));

describe('maskContactDetails properties', () => {
  it('never throws and is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const once = maskContactDetails(text);
        expect(maskContactDetails(once.text).text).toBe(once.text);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on texts full of contact details', () => {
    const piece = fc.oneof(
      word,
      fc.constantFrom(...masked.map(([text]) => text)),
      fc.constantFrom('@', '#1234', ' at ', ' dot ', '.com', ':', '040', '1234', contactPlaceholder),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const once = maskContactDetails(pieces.join(' ')).text;
        expect(maskContactDetails(once)).toEqual({ text: once, masked: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('leaves ordinary sentences with times and dates untouched', () => {
    fc.assert(
      fc.property(ordinary, (text) => {
        expect(maskContactDetails(text)).toEqual({ text, masked: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no digits of a phone number in a sentence', () => {
    const phone = fc.oneof(
      fc
        .integer({ min: 1_000_000, max: 9_999_999 })
        .map((n) => `040 ${String(n).slice(0, 3)} ${String(n).slice(3)}`),
      fc
        .integer({ min: 10_000_000, max: 99_999_999 })
        .map((n) => `010-${String(n).slice(0, 4)}-${String(n).slice(4)}`),
      fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `+358 40 ${n}`),
    );
    fc.assert(
      fc.property(ordinary, phone, ordinary, (head, number, tail) => {
        const result = maskContactDetails(`${head} soita ${number} kiitos ${tail}`);
        expect(result.text).toBe(`${head} soita ${contactPlaceholder} kiitos ${tail}`);
        expect(result.masked).toEqual(['phone']);
      }),
      { numRuns: 300 },
    );
  });
});
