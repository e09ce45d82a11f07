import type { PracticeBody } from './practices.schema.js';

/**
 * Demo practices of both cities, each written in its own language, some with human translations.
 * Real-sounding, not real: names of places are the cities' own, people and figures are made up.
 */
export const demoPractices: PracticeBody[] = [
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['maker-spaces', 'digital-learning'],
    title: {
      fi: 'Kirjastojen pajat: 3D-tulostus ja ompelu kaikille',
      en: 'Library maker workshops: 3D printing and sewing for everyone',
      ko: '도서관 메이커 공방: 누구나 쓰는 3D 프린팅과 재봉',
    },
    summary: {
      fi: 'Espoon kirjastojen pajoissa asukkaat oppivat 3D-tulostusta, laserleikkausta ja ompelua ohjaajan kanssa.',
      en: 'In the maker workshops of Espoo’s libraries, residents learn 3D printing, laser cutting and sewing with an instructor.',
      ko: '에스포 도서관 메이커 공방에서는 주민들이 강사와 함께 3D 프린팅, 레이저 커팅, 재봉을 배워요.',
    },
    body: {
      fi: '## Miten paja toimii\n\nPajat ovat auki kirjaston aukioloaikoina. Laitteet varataan **kirjastokortilla**, ja ohjaaja on paikalla kolmena iltana viikossa.\n\n- Perehdytys 45 minuuttia\n- Materiaalit omakustannehintaan\n- Kurssit myös ruotsiksi ja englanniksi\n\nKirjastopajoissa tehdään vuosittain yli 12 000 työtä.',
      en: '## How the workshop works\n\nThe workshops are open whenever the library is. Equipment is booked with a **library card**, and an instructor is there three evenings a week.\n\n- A 45-minute introduction\n- Materials at cost\n- Courses in Swedish and English too\n\nMore than 12,000 pieces are made in the library workshops every year.',
    },
    targetGroups: ['adults', 'youth', 'librarians'],
    links: [{ url: 'https://www.espoo.fi/en', label: 'City of Espoo' }],
  },
  {
    originalLanguage: 'sv',
    cityId: 'espoo',
    topics: ['maker-spaces', 'youth-participation'],
    title: { sv: 'Makerverkstad för unga på biblioteket i Sello', fi: 'Nuorten pajailta Sellon kirjastossa' },
    summary: {
      sv: 'Varje torsdag bygger unga robotar, syr kläder och programmerar spel i bibliotekets verkstad.',
      fi: 'Joka torstai nuoret rakentavat robotteja, ompelevat vaatteita ja ohjelmoivat pelejä kirjaston pajassa.',
    },
    body: {
      sv: 'Verkstaden leds av två unga handledare och en bibliotekarie. Biblioteket står för verktygen, de unga för idéerna.\n\n1. Anmälan behövs inte\n2. Språket är svenska, finska eller engelska\n3. Färdiga projekt visas i bibliotekets fönster\n\nI verkstäderna lär sig unga också att dela med sig av sitt kunnande.',
    },
    targetGroups: ['youth'],
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['resident-gardens', 'sustainable-development'],
    title: { ko: '오산시 주민 텃밭 100곳: 동네마다 함께 가꾸는 정원', en: 'Osan’s 100 resident gardens' },
    summary: {
      ko: '오산시는 아파트 단지와 학교, 공원에 주민 텃밭을 100곳 넘게 열고 정원사 교육을 함께 운영해요.',
      en: 'Osan has opened more than 100 resident gardens in apartment complexes, schools and parks, with gardener training alongside.',
    },
    body: {
      ko: '## 시작\n\n주민 열 명이 모이면 시가 흙과 모종, 물탱크를 지원해요. 정원을 가꾸는 주민은 **시민 정원사 과정**을 들어요.\n\n- 어린이 텃밭 교실\n- 퇴비 만들기 워크숍\n- 수확물 나눔 장터\n\n텃밭은 세대가 만나는 배움터가 되었어요.',
    },
    targetGroups: ['residents', 'families', 'seniors'],
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['maker-spaces', 'digital-learning'],
    title: { ko: '오산 메이커스페이스 배움터: 에스포 도서관에서 배운 것' },
    summary: {
      ko: '오산시 전문가들이 에스포 도서관 메이커 공방을 공부하고 주민 배움터에 메이커스페이스를 만들었어요.',
    },
    body: {
      ko: '오산시 평생학습 담당자와 사서들이 원격으로 에스포 도서관의 메이커 공방 운영 방식을 배웠어요.\n\n## 바꾼 점\n\n- 장비 예약을 도서관 회원증으로 해요\n- 주민 강사를 길러요\n- 청소년 동아리가 공방을 함께 운영해요\n\n메이커스페이스에서는 3D 프린터, 레이저 커터, 재봉틀을 쓸 수 있어요.',
    },
    targetGroups: ['residents', 'youth', 'librarians'],
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['open-premises'],
    title: { ko: '시청 공간을 주민 학습 공간으로: 저녁과 주말에 여는 회의실' },
    summary: { ko: '오산시는 시청과 행정복지센터의 회의실을 저녁과 주말에 학습 동아리에 무료로 열어요.' },
    body: {
      ko: '학습 동아리는 온라인으로 공간을 예약해요. 열쇠 대신 **QR 출입**을 써서 직원이 없어도 돼요.\n\n한 해 동안 1,800번 넘게 예약되었고, 외국어 모임과 독서 모임이 가장 많았어요.',
    },
    targetGroups: ['residents', 'study circles'],
  },
  {
    originalLanguage: 'en',
    cityId: 'osan',
    topics: ['esports', 'youth-participation'],
    title: { en: 'Osan University e-sports programme: coaching know-how for clubs' },
    summary: {
      en: 'How Osan University’s e-sports programme trains coaches and shares training plans with youth clubs in both cities.',
    },
    body: {
      en: 'The programme runs weekly coaching sessions, video reviews and healthy-gaming workshops.\n\n## What clubs can reuse\n\n- A 12-week training plan\n- Warm-up and posture routines\n- A code of conduct for online matches\n\nCoaches from Espoo joined the reviews remotely, despite the seven-hour time difference.',
    },
    targetGroups: ['youth', 'coaches'],
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['esports', 'wellbeing'],
    title: { fi: 'E-urheilu ja hyvinvointi: terveellinen pelaaminen nuorisotiloissa' },
    summary: {
      fi: 'Espoon nuorisotiloissa e-urheiluharrastukseen kuuluu taukoliikuntaa, uni ja ruokailu.',
    },
    body: {
      fi: 'Nuoriso-ohjaajat ja valmentajat kokosivat mallin, jossa jokaisessa harjoituksessa on **taukojumppa** ja keskustelu pelaamisen määrästä.\n\n- Harjoitukset kestävät enintään kaksi tuntia\n- Huoltajille järjestetään infoilta\n- Turnauksissa on reilun pelin säännöt\n\nE-urheilu tuo nuorisotiloihin nuoria, jotka eivät muuten kävisi niissä.',
    },
    targetGroups: ['youth', 'youth workers'],
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['wellbeing', 'open-premises'],
    title: {
      fi: 'Koulut iltakäyttöön: liikunta- ja opiskelutilat asukkaille',
      sv: 'Skolor på kvällen: idrotts- och studielokaler för invånare',
    },
    summary: {
      fi: 'Espoon koulujen salit ja luokat ovat iltaisin asukkaiden harrastus- ja opintoryhmien käytössä.',
      sv: 'Esbos skolsalar och klassrum används på kvällarna av invånarnas hobby- och studiegrupper.',
    },
    body: {
      fi: 'Tilat varataan kaupungin varausjärjestelmästä. Opintoryhmille tilat ovat maksuttomia.\n\nKouluissa kokoontuu viikoittain yli 400 ryhmää, ja kansalaisopiston kurssit käyttävät samoja tiloja.',
      sv: 'Lokalerna bokas i stadens bokningssystem. För studiegrupper är lokalerna avgiftsfria.\n\nÖver 400 grupper träffas i skolorna varje vecka, och medborgarinstitutets kurser använder samma lokaler.',
    },
    targetGroups: ['residents', 'study circles'],
  },
  {
    originalLanguage: 'sv',
    cityId: 'espoo',
    topics: ['sustainable-development', 'digital-learning'],
    title: { sv: 'Hållbarhetsskolan: klimatkunskap för vuxna på distans' },
    summary: {
      sv: 'En distanskurs där invånare räknar sitt koldioxidavtryck och planerar förändringar i vardagen.',
    },
    body: {
      sv: 'Kursen pågår sex veckor med ett webbinarium i veckan. Deltagarna får **egna uppgifter** och delar resultat i små grupper.\n\nKursen har även getts på engelska för deltagare från Osan.',
    },
    targetGroups: ['adults'],
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['digital-learning', 'wellbeing'],
    title: {
      ko: '어르신 디지털 배움터: 스마트폰으로 병원 예약하기',
      fi: 'Ikäihmisten digiopastus: lääkäriajan varaus älypuhelimella',
    },
    summary: {
      ko: '대학생 강사가 어르신들에게 스마트폰 사용법과 온라인 예약을 일대일로 가르쳐요.',
      fi: 'Opiskelijaopastajat opettavat ikäihmisille älypuhelimen käyttöä ja verkkovarauksia kahden kesken.',
    },
    body: {
      ko: '행정복지센터에서 매주 두 번 열려요. 강사는 오산대학교 학생들이고, 봉사 시간을 인정받아요.\n\n가장 많이 배우는 것은 병원 예약, 영상 통화, 버스 도착 정보 보기예요.',
      fi: 'Opastus järjestetään kahdesti viikossa lähipalvelukeskuksessa. Opastajat ovat Osanin yliopiston opiskelijoita.\n\nEniten opetellaan lääkäriajan varaamista, videopuheluita ja bussien aikatauluja.',
    },
    targetGroups: ['seniors', 'students'],
  },
  {
    originalLanguage: 'en',
    cityId: 'espoo',
    topics: ['language-culture', 'youth-participation'],
    title: { en: 'Korean language club for Espoo teenagers', ko: '에스포 청소년 한국어 동아리' },
    summary: {
      en: 'Teenagers in Espoo learn Korean with weekly online meetings with peers in Osan.',
      ko: '에스포 청소년들이 매주 오산 친구들과 온라인으로 만나며 한국어를 배워요.',
    },
    body: {
      en: 'A youth worker and a volunteer teacher run the club. Every second meeting is a video call with a youth centre in Osan, moderated by one facilitator from each city.\n\nTopics so far: school days, food, music and e-sports.',
    },
    targetGroups: ['youth'],
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['sustainable-development', 'youth-participation'],
    title: { ko: '청소년 기후 행동 학교: 학교 정원에서 배우는 탄소 중립' },
    summary: { ko: '중학생들이 학교 정원을 가꾸며 탄소 중립과 생물 다양성을 배우는 프로젝트예요.' },
    body: {
      ko: '학생들은 정원에 빗물 저금통을 설치하고, 수확한 채소로 지역 급식에 참여해요.\n\n에스포 학교와 결과를 나누는 온라인 발표회를 학기마다 열어요.',
    },
    targetGroups: ['youth', 'teachers'],
  },
];
