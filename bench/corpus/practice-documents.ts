// A fixed copy of the demo practices (src/server/modules/practices/practices.seed.ts as of
// 27 Nov 2026): the documents that bench/corpus/practice-queries.ts judges. Copied rather than
// imported so that editing the demo content never silently changes the relevance benchmark.
import type { PracticeBody } from '../../src/server/modules/practices/practices.schema.js';

export const benchDocuments: PracticeBody[] = [
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
      ko: '에스포 도서관 곳곳에 있는 메이커스페이스(메이커 공방)에서 주민들이 강사와 함께 3D 프린팅, 레이저 커팅, 재봉을 배워요.',
    },
    body: {
      fi: '## Miten paja toimii\n\nPajat ovat auki kirjaston aukioloaikoina. Laitteet varataan **kirjastokortilla**, ja ohjaaja on paikalla kolmena iltana viikossa.\n\n- Perehdytys 45 minuuttia\n- Materiaalit omakustannehintaan\n- Kurssit myös ruotsiksi ja englanniksi\n\nKirjastopajoissa tehdään vuosittain yli 12 000 työtä.',
      en: '## How the workshop works\n\nThe workshops are open whenever the library is. Equipment is booked with a **library card**, and an instructor is there three evenings a week.\n\n- A 45-minute introduction\n- Materials at cost\n- Courses in Swedish and English too\n\nMore than 12,000 pieces are made in the library workshops every year.',
      ko: '## 공방은 이렇게 운영돼요\n\n공방은 도서관이 문을 여는 시간에 언제나 열려 있어요. 장비는 **도서관 회원증**으로 예약하고, 일주일에 세 번 저녁에는 강사가 함께해요.\n\n- 45분 안전 교육\n- 재료는 실비로 구입\n- 스웨덴어와 영어 강좌도 있어요\n\n에스포 도서관 공방에서는 해마다 12,000개가 넘는 작품이 만들어져요.',
    },
  },
  {
    originalLanguage: 'sv',
    cityId: 'espoo',
    topics: ['maker-spaces', 'youth-participation'],
    title: {
      sv: 'Makerverkstad för unga på biblioteket i Sello',
      fi: 'Nuorten pajailta Sellon kirjastossa',
    },
    summary: {
      sv: 'Varje torsdag bygger unga robotar, syr kläder och programmerar spel i bibliotekets verkstad.',
      fi: 'Joka torstai nuoret rakentavat robotteja, ompelevat vaatteita ja ohjelmoivat pelejä kirjaston pajassa.',
    },
    body: {
      sv: 'Verkstaden leds av två unga handledare och en bibliotekarie. Biblioteket står för verktygen, de unga för idéerna.\n\n1. Anmälan behövs inte\n2. Språket är svenska, finska eller engelska\n3. Färdiga projekt visas i bibliotekets fönster\n\nI verkstäderna lär sig unga också att dela med sig av sitt kunnande.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['resident-gardens', 'sustainable-development'],
    title: {
      ko: '오산시 주민 텃밭 100곳: 동네마다 함께 가꾸는 정원',
      en: 'Osan’s 100 resident gardens',
    },
    summary: {
      ko: '오산시는 아파트 단지와 학교, 공원에 주민 텃밭을 100곳 넘게 열고 정원사 교육을 함께 운영해요.',
      en: 'Osan has opened more than 100 resident gardens in apartment complexes, schools and parks, with gardener training alongside.',
    },
    body: {
      ko: '## 시작\n\n주민 열 명이 모이면 시가 흙과 모종, 물탱크를 지원해요. 정원을 가꾸는 주민은 **시민 정원사 과정**을 들어요.\n\n- 어린이 텃밭 교실\n- 퇴비 만들기 워크숍\n- 수확물 나눔 장터\n\n텃밭은 세대가 만나는 배움터가 되었어요.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['maker-spaces', 'digital-learning'],
    title: {
      ko: '오산 메이커스페이스 배움터: 에스포 도서관에서 배운 것',
      fi: 'Osanin oppimispajat: mitä opimme Espoon kirjastopajoista',
      en: 'Osan’s maker learning labs: what we learnt from Espoo’s libraries',
    },
    summary: {
      ko: '오산시 전문가들이 에스포 도서관 메이커 공방을 공부하고 주민 배움터에 메이커스페이스를 만들었어요.',
      fi: 'Osanin asiantuntijat perehtyivät Espoon kirjastojen pajoihin ja rakensivat asukkaiden oppimiskeskuksiin omat pajat.',
      en: 'Osan’s experts studied the maker workshops of Espoo’s libraries and built maker spaces in the city’s community learning centres.',
    },
    body: {
      ko: '오산시 평생학습 담당자와 사서들이 원격으로 에스포 도서관의 메이커 공방 운영 방식을 배웠어요.\n\n## 바꾼 점\n\n- 장비 예약을 도서관 회원증으로 해요\n- 주민 강사를 길러요\n- 청소년 동아리가 공방을 함께 운영해요\n\n메이커스페이스에서는 3D 프린터, 레이저 커터, 재봉틀을 쓸 수 있어요.',
      fi: 'Osanin elinikäisen oppimisen asiantuntijat ja kirjastonhoitajat opiskelivat etäyhteydellä, miten Espoon kirjastopajoja johdetaan.\n\n## Mitä muutimme\n\n- Laitteet varataan kirjastokortilla\n- Koulutamme asukkaista pajaohjaajia\n- Nuorten kerhot pyörittävät pajaa yhdessä henkilökunnan kanssa\n\nPajoissa voi käyttää 3D-tulostimia, laserleikkuria ja ompelukoneita.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['open-premises'],
    title: {
      ko: '시청 공간을 주민 학습 공간으로: 저녁과 주말에 여는 회의실',
    },
    summary: {
      ko: '오산시는 시청과 행정복지센터의 회의실을 저녁과 주말에 학습 동아리에 무료로 열어요.',
    },
    body: {
      ko: '학습 동아리는 온라인으로 공간을 예약해요. 열쇠 대신 **QR 출입**을 써서 직원이 없어도 돼요.\n\n한 해 동안 1,800번 넘게 예약되었고, 외국어 모임과 독서 모임이 가장 많았어요.',
    },
  },
  {
    originalLanguage: 'en',
    cityId: 'osan',
    topics: ['esports', 'youth-participation'],
    title: {
      en: 'Osan University e-sports programme: coaching know-how for clubs',
    },
    summary: {
      en: 'How Osan University’s e-sports programme trains coaches and shares training plans with youth clubs in both cities.',
    },
    body: {
      en: 'The programme runs weekly coaching sessions, video reviews and healthy-gaming workshops.\n\n## What clubs can reuse\n\n- A 12-week training plan\n- Warm-up and posture routines\n- A code of conduct for online matches\n\nCoaches from Espoo joined the reviews remotely, despite the seven-hour time difference.',
    },
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['esports', 'wellbeing'],
    title: {
      fi: 'E-urheilu ja hyvinvointi: terveellinen pelaaminen nuorisotiloissa',
    },
    summary: {
      fi: 'Espoon nuorisotiloissa e-urheiluharrastukseen kuuluu taukoliikuntaa, uni ja ruokailu.',
    },
    body: {
      fi: 'Nuoriso-ohjaajat ja valmentajat kokosivat mallin, jossa jokaisessa harjoituksessa on **taukojumppa** ja keskustelu pelaamisen määrästä.\n\n- Harjoitukset kestävät enintään kaksi tuntia\n- Huoltajille järjestetään infoilta\n- Turnauksissa on reilun pelin säännöt\n\nE-urheilu tuo nuorisotiloihin nuoria, jotka eivät muuten kävisi niissä.',
    },
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
  },
  {
    originalLanguage: 'sv',
    cityId: 'espoo',
    topics: ['sustainable-development', 'digital-learning'],
    title: {
      sv: 'Hållbarhetsskolan: klimatkunskap för vuxna på distans',
    },
    summary: {
      sv: 'En distanskurs där invånare räknar sitt koldioxidavtryck och planerar förändringar i vardagen.',
    },
    body: {
      sv: 'Kursen pågår sex veckor med ett webbinarium i veckan. Deltagarna får **egna uppgifter** och delar resultat i små grupper.\n\nKursen har även getts på engelska för deltagare från Osan.',
    },
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
  },
  {
    originalLanguage: 'en',
    cityId: 'espoo',
    topics: ['language-culture', 'youth-participation'],
    title: {
      en: 'Korean language club for Espoo teenagers',
      ko: '에스포 청소년 한국어 동아리',
    },
    summary: {
      en: 'Teenagers in Espoo learn Korean with weekly online meetings with peers in Osan.',
      ko: '에스포 청소년들이 매주 오산 친구들과 온라인으로 만나며 한국어를 배워요.',
    },
    body: {
      en: 'A youth worker and a volunteer teacher run the club. Every second meeting is a video call with a youth centre in Osan, moderated by one facilitator from each city.\n\nTopics so far: school days, food, music and e-sports.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['sustainable-development', 'youth-participation'],
    title: {
      ko: '청소년 기후 행동 학교: 학교 정원에서 배우는 탄소 중립',
    },
    summary: {
      ko: '중학생들이 학교 정원을 가꾸며 탄소 중립과 생물 다양성을 배우는 프로젝트예요.',
    },
    body: {
      ko: '학생들은 정원에 빗물 저금통을 설치하고, 수확한 채소로 지역 급식에 참여해요.\n\n에스포 학교와 결과를 나누는 온라인 발표회를 학기마다 열어요.',
    },
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['maker-spaces', 'sustainable-development'],
    title: {
      fi: 'Korjauskahvila kirjastossa: vaatteet, pyörät ja laitteet kuntoon yhdessä',
      sv: 'Reparationskafé på biblioteket: kläder, cyklar och apparater lagas tillsammans',
    },
    summary: {
      fi: 'Kerran kuussa vapaaehtoiset korjaajat auttavat asukkaita paikkaamaan vaatteita, huoltamaan pyöriä ja korjaamaan pieniä sähkölaitteita kirjaston pajassa.',
      sv: 'En gång i månaden hjälper frivilliga reparatörer invånarna att laga kläder, serva cyklar och reparera små elapparater i bibliotekets verkstad.',
    },
    body: {
      fi: '## Miksi korjata\n\nJokainen korjattu takki tai leivänpaahdin on pois jätevirrasta. Korjauskahvilassa opitaan samalla taitoja, joita voi käyttää kotona.\n\n- Korjaajat ovat eläkeläisiä, opiskelijoita ja harrastajia\n- Kirjasto lainaa työkalut ja ompelukoneet\n- Kahvi ja korjaus ovat ilmaisia, varaosat maksetaan itse\n\nYhden illan aikana korjataan tavallisesti 30–40 esinettä. Korjausten määrä kirjataan, ja tulokset esitellään kaupungin ilmasto-ohjelman seurannassa.',
    },
  },
  {
    originalLanguage: 'sv',
    cityId: 'espoo',
    topics: ['language-culture', 'wellbeing'],
    title: {
      sv: 'Språkcafé på biblioteket: öva finska, svenska och koreanska över en kopp kaffe',
    },
    summary: {
      sv: 'I språkcaféet träffas invånare som vill öva ett språk i lugn och ro. Frivilliga samtalsledare håller borden igång och ingen behöver vara perfekt.',
    },
    body: {
      sv: 'Språkcaféet samlas varje tisdag kväll på biblioteket i Hagalund. Varje bord har ett språk och en frivillig samtalsledare.\n\n## Så fungerar det\n\n1. Välj ett bord efter språk och nivå\n2. Samtalsledaren föreslår ett ämne, till exempel mat, väder eller arbete\n3. Efter en halvtimme byter man bord om man vill\n\nSedan hösten finns ett bord för koreanska, där studerande från Esbo och Osan ibland deltar via videolänk. Många nya invånare säger att caféet är det första stället där de vågar tala svenska.',
    },
  },
  {
    originalLanguage: 'en',
    cityId: 'espoo',
    topics: ['digital-learning', 'wellbeing'],
    title: {
      en: 'Digital support desks in Espoo libraries',
      fi: 'Digituki Espoon kirjastoissa',
    },
    summary: {
      en: 'Trained volunteers and library staff help residents with e-services, online banking and video calls at drop-in desks every weekday.',
      fi: 'Koulutetut vapaaehtoiset ja kirjaston henkilökunta auttavat asukkaita sähköisissä palveluissa, verkkopankissa ja videopuheluissa arkipäivisin ilman ajanvarausta.',
    },
    body: {
      en: '## What people ask about\n\nMost questions are about strong electronic identification, booking health appointments and keeping a phone up to date. The desk never handles passwords for anyone: the helper explains, the resident does.\n\n- Drop in, or book a 30-minute slot\n- Help in Finnish, Swedish, English and several other languages\n- Short group lessons on safe online shopping and spotting scams\n\nAbout 6,000 visits a year. Volunteers get a two-day training and meet monthly to share tricky cases.',
      fi: '## Mitä kysytään\n\nEniten kysytään vahvasta sähköisestä tunnistautumisesta, terveysajan varaamisesta ja puhelimen päivittämisestä. Digituessa ei koskaan käsitellä kenenkään salasanoja: opastaja neuvoo, asukas tekee itse.\n\n- Tule paikalle tai varaa 30 minuutin aika\n- Apua suomeksi, ruotsiksi, englanniksi ja monella muulla kielellä\n- Lyhyitä ryhmätunteja turvallisesta verkko-ostamisesta ja huijausten tunnistamisesta\n\nKäyntejä on noin 6 000 vuodessa. Vapaaehtoiset saavat kahden päivän koulutuksen ja tapaavat kuukausittain jakamaan hankalia tapauksia.',
    },
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['resident-gardens', 'sustainable-development'],
    title: {
      fi: 'Asukkaiden viljelypalstat ja yhteisöpuutarhat Espoossa',
      ko: '에스포 주민 텃밭과 공동체 정원',
    },
    summary: {
      fi: 'Espoossa on yli 1 500 viljelypalstaa ja kymmenkunta yhteisöpuutarhaa, joissa asukkaat oppivat kasvattamaan ruokaa ja kompostoimaan.',
      ko: '에스포에는 1,500개가 넘는 텃밭과 열 곳 정도의 공동체 정원이 있어 주민들이 먹을거리를 기르고 퇴비 만드는 법을 배워요.',
    },
    body: {
      fi: '## Palstat ja puutarhat\n\nPalstoja vuokrataan kausittain, ja kaupunki huolehtii vedestä ja aitauksista. Yhteisöpuutarhoissa ei ole omia palstoja: kasvimaata hoidetaan yhdessä, ja sato jaetaan.\n\n- Puutarhaneuvoja käy kesällä kerran viikossa\n- Koulut ja päiväkodit saavat omat lavat\n- Kompostointikurssit keväisin\n\nOsanin asiantuntijat tutustuivat yhteisöpuutarhoihin etäyhteydellä, ja kaupungit vertailevat nyt, miten viljely tuo eri sukupolvia yhteen.',
      ko: '## 텃밭과 정원\n\n텃밭은 계절마다 빌려 쓰고, 시에서 물과 울타리를 관리해요. 공동체 정원에는 개인 텃밭이 없어요. 모두 함께 가꾸고 수확물을 나눠요.\n\n- 여름에는 정원 상담사가 일주일에 한 번 찾아와요\n- 학교와 어린이집은 전용 화단을 받아요\n- 봄마다 퇴비 만들기 강좌를 열어요\n\n오산시 전문가들이 원격으로 공동체 정원을 둘러보았고, 두 도시는 지금 텃밭이 여러 세대를 어떻게 이어 주는지 비교하고 있어요.',
    },
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['open-premises', 'youth-participation'],
    title: {
      fi: 'Kirjastojen ryhmätilat maksutta opintopiireille ja nuorten porukoille',
    },
    summary: {
      fi: 'Kirjastojen ryhmätiloja voi varata verkossa ilmaiseksi opiskeluun, harrastuksiin ja järjestöjen kokouksiin, myös iltaisin ja viikonloppuisin.',
    },
    body: {
      fi: 'Tilat varataan kirjaston verkkosivujen kautta kirjastokortilla. Omatoimiaikana kirjastoon pääsee kirjastokortilla ja PIN-koodilla, vaikka henkilökuntaa ei ole paikalla.\n\n## Kokemuksia\n\n- Lukiolaiset varaavat tiloja eniten ylioppilaskokeiden alla\n- Opintopiirit kokoontuvat samassa tilassa koko lukukauden\n- Nuoret saavat varata tilan 15-vuotiaasta alkaen\n\nVarauksia tehdään vuodessa yli 20 000. Käyttäjäkyselyn mukaan tärkeintä on, että tila on rauhallinen ja lähellä kotia.',
    },
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['esports', 'youth-participation'],
    title: {
      fi: 'E-urheilu lukion kurssina: valmennusta, joukkuetaitoja ja pelikasvatusta',
    },
    summary: {
      fi: 'Espoolaisessa lukiossa e-urheilu on valinnainen kurssi, jolla harjoitellaan strategiaa, viestintää ja palautumista valmentajan johdolla.',
    },
    body: {
      fi: '## Kurssin sisältö\n\nKurssilla ei vain pelata. Joka viikko on yksi harjoitus pelikoneella ja yksi tunti, jossa puhutaan joukkueen viestinnästä, tavoitteiden asettamisesta ja jaksamisesta.\n\n- Pelien analyysi videolta\n- Fyysinen harjoittelu ja venyttely osana jokaista kertaa\n- Oma harjoituspäiväkirja\n\nKurssin päätteeksi pelataan ystävyysottelu Osanin nuorten joukkuetta vastaan etäyhteydellä. Ottelu ajoitetaan koulupäivän jälkeiseen aikaan, joka sopii kummallekin kaupungille.',
    },
  },
  {
    originalLanguage: 'en',
    cityId: 'espoo',
    topics: ['esports', 'digital-learning'],
    title: {
      en: 'From gaming hobby to business: an e-sports entrepreneurship bootcamp',
    },
    summary: {
      en: 'A ten-week evening bootcamp where young adults turn their gaming know-how into a business idea: event production, streaming, coaching or game testing.',
    },
    body: {
      en: 'The bootcamp is run by Espoo’s business services together with a vocational college. Participants work in teams of three to five.\n\n## Programme\n\n1. Mapping what the team already knows how to do\n2. Customer interviews at a local tournament\n3. Budget, pricing and the basics of running a company\n4. A pitch evening with mentors from the games industry\n\nTwo teams from the first round now organise paid tournaments for schools. Osan University’s e-sports programme has joined the pitch evenings remotely as a mentor.',
    },
  },
  {
    originalLanguage: 'sv',
    cityId: 'espoo',
    topics: ['wellbeing', 'youth-participation'],
    title: {
      sv: 'Studiero och välmående: pausrum och mentorer i gymnasiet',
    },
    summary: {
      sv: 'Ett svenskspråkigt gymnasium i Esbo har inrett ett pausrum och ordnat äldre studerande som mentorer för att minska studiestressen.',
    },
    body: {
      sv: 'Idén kom från studerandekåren, som frågade vad som gör studierna tunga. Svaret var brist på vila och ingen att fråga om planeringen.\n\n## Vad skolan gjorde\n\n- Ett pausrum med dämpad belysning, där man inte får använda telefonen\n- Mentorer från andra året som hjälper nya studerande att göra en studieplan\n- Kuratorn har öppen mottagning i pausrummet en gång i veckan\n\nEfter ett år svarade fler studerande att de orkar med sina studier. Skolan delar nu sin modell med en gymnasieskola i Osan.',
    },
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['sustainable-development', 'youth-participation'],
    title: {
      fi: 'Nuorten ilmastolähettiläät: koululaiset kouluttavat koululaisia',
      en: 'Youth climate ambassadors: pupils training pupils',
    },
    summary: {
      fi: 'Yläkoululaiset saavat koulutuksen ilmastonmuutoksesta ja pitävät sen jälkeen itse tunteja nuoremmille oppilaille omassa koulussaan.',
      en: 'Lower secondary pupils are trained on climate change and then teach lessons to younger pupils in their own school.',
    },
    body: {
      fi: 'Ilmastolähettiläät valitaan hakemuksen perusteella, ja mukaan pääsee jokaisesta koulusta. Koulutus kestää kolme päivää, ja siinä harjoitellaan myös esiintymistä.\n\n## Mitä lähettiläät tekevät\n\n- Pitävät alakoululaisille tunnin ilmastosta ja energiasta\n- Tekevät koulun energiankulutuksesta kyselyn ja ehdotuksia\n- Tapaavat kerran lukukaudessa Espoon päättäjiä\n\nLähettiläät ovat kertoneet toiminnasta Osanin ilmastokoulun oppilaille, ja kaupunkien nuoret suunnittelevat yhteistä kampanjaa.',
    },
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['language-culture', 'youth-participation'],
    title: {
      fi: 'Kulttuuripolku: jokainen espoolainen lapsi tutustuu kulttuuriin koulupäivän aikana',
      en: 'The culture path: every child in Espoo meets the arts during the school day',
    },
    summary: {
      fi: 'Kulttuuripolku on suunnitelma, jonka avulla jokainen esikoululainen ja peruskoululainen käy vuosittain museossa, teatterissa, kirjastossa tai konsertissa.',
      en: 'The culture path is a plan that takes every preschool and comprehensive school pupil to a museum, theatre, library or concert every year.',
    },
    body: {
      fi: 'Jokaiselle vuosiluokalle on oma kohde, joten kaikki lapset saavat saman mahdollisuuden asuinalueesta ja perheen tuloista riippumatta.\n\n- Kuljetukset kuuluvat ohjelmaan\n- Opettajille on valmiit materiaalit ennen ja jälkeen käynnin\n- Kohteet ovat saatavilla suomeksi ja ruotsiksi\n\nOsanin kanssa on kokeiltu etäkäyntejä: korealaiset oppilaat esittelivät perinteisiä soittimiaan, ja espoolaiset vastasivat kantelemusiikilla.',
      en: 'Each school year has its own destination, so every child has the same opportunity regardless of neighbourhood or family income.\n\n- Transport is part of the programme\n- Teachers get ready-made materials for before and after the visit\n- Destinations are available in Finnish and Swedish\n\nRemote visits have been tried with Osan: Korean pupils presented their traditional instruments, and Espoo pupils answered with kantele music.',
    },
  },
  {
    originalLanguage: 'en',
    cityId: 'espoo',
    topics: ['wellbeing', 'sustainable-development'],
    title: {
      en: 'Learning outdoors: nature walks and study breaks for adult learners',
    },
    summary: {
      en: 'Adult education courses in Espoo move some lessons outdoors, from forest walks in Nuuksio to seaside lectures, to support concentration and wellbeing.',
    },
    body: {
      en: 'The adult education centre noticed that evening students arrived tired after work. Teachers began to take parts of their lessons outside.\n\n## How it is done\n\n- One lesson in four is held outdoors, all year round\n- Short walking discussions in pairs replace some group work\n- A nature guide joins courses on biology and sustainability\n\nStudents say they remember outdoor lessons better. The centre now offers a short course for teachers who want to try the same.',
    },
  },
  {
    originalLanguage: 'fi',
    cityId: 'espoo',
    topics: ['maker-spaces', 'digital-learning', 'youth-participation'],
    title: {
      fi: 'Koodikerhot kirjastoissa: ohjelmointia ja robotiikkaa 8–14-vuotiaille',
    },
    summary: {
      fi: 'Vapaaehtoiset ohjaajat pitävät kirjastoissa viikoittaisia koodikerhoja, joissa lapset rakentavat pelejä ja ohjelmoivat robotteja.',
    },
    body: {
      fi: 'Kerhot kokoontuvat kirjastojen pajoissa kerran viikossa. Kirjasto lainaa tietokoneet ja robotit, joten osallistuminen ei vaadi omia laitteita.\n\n## Kerhon rakenne\n\n1. Lyhyt yhteinen aloitus ja päivän tehtävä\n2. Työskentely pareittain omaan tahtiin\n3. Lopuksi jokainen pari näyttää, mitä sai aikaan\n\nOhjaajat ovat opiskelijoita ja ohjelmistoalan ammattilaisia. Kirjasto järjestää heille perehdytyksen ja tukee kerhojen suunnittelua.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['language-culture', 'youth-participation'],
    title: {
      ko: '핀란드어와 북유럽 문화 체험 교실: 오산 청소년이 에스포를 만나요',
      fi: 'Suomen kieltä ja pohjoismaista kulttuuria: Osanin nuoret tutustuvat Espooseen',
    },
    summary: {
      ko: '오산시 청소년수련관에서 중고등학생들이 기초 핀란드어와 북유럽 생활 문화를 배우고, 에스포 청소년과 온라인으로 교류해요.',
      fi: 'Osanin nuorisokeskuksessa yläkoulu- ja lukioikäiset opiskelevat suomen kielen alkeita ja pohjoismaista arkikulttuuria ja tapaavat espoolaisia nuoria verkossa.',
    },
    body: {
      ko: '## 프로그램\n\n교실은 한 학기 동안 매주 토요일 오전에 열려요. 인사말과 자기소개부터 시작해서 학교생활, 음식, 계절을 주제로 대화를 연습해요.\n\n- 핀란드 사우나와 자연 문화 소개\n- 에스포 청소년과 함께하는 화상 교류 시간(양쪽 도시 진행자 참여)\n- 학기 말에 배운 말로 짧은 영상 만들기\n\n참가한 학생들은 핀란드의 학교가 생각보다 자유롭고, 숙제가 적다는 데 가장 놀랐다고 말해요.',
      fi: '## Ohjelma\n\nOpetus kokoontuu lukukauden ajan joka lauantaiaamu. Aloitetaan tervehdyksistä ja itsensä esittelystä, ja sitten harjoitellaan keskustelua koulusta, ruoasta ja vuodenajoista.\n\n- Suomalaisen saunan ja luontokulttuurin esittely\n- Videotapaamiset espoolaisten nuorten kanssa (mukana ohjaaja kummastakin kaupungista)\n- Lukukauden lopuksi lyhyt video opituilla sanoilla\n\nOsallistujat kertovat yllättyneensä eniten siitä, että suomalainen koulu on odotettua vapaampi ja kotitehtäviä on vähemmän.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['digital-learning', 'open-premises'],
    title: {
      ko: '퇴근 후 배우는 디지털 역량: 오산 평생학습관 저녁 강좌',
    },
    summary: {
      ko: '직장인을 위해 평생학습관이 평일 저녁과 온라인으로 데이터 활용, 인공지능 도구, 영상 편집 강좌를 열어요.',
    },
    body: {
      ko: '강좌는 오후 7시부터 9시까지 평생학습관 컴퓨터실에서 열리고, 같은 시간에 온라인으로도 들을 수 있어요.\n\n## 인기 강좌\n\n- 엑셀로 업무 데이터 정리하기\n- 생성형 인공지능 도구를 안전하게 쓰는 법\n- 스마트폰으로 짧은 홍보 영상 만들기\n\n수강생의 절반 이상이 30~40대 직장인이에요. 강의실은 강좌가 없는 날 학습 동아리에 무료로 열어요.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['esports', 'wellbeing'],
    title: {
      ko: '청소년 e스포츠 교실: 건강한 게임 습관부터 팀워크까지',
    },
    summary: {
      ko: '청소년수련관의 e스포츠 교실은 경기 실력만이 아니라 바른 자세, 수면, 온라인 예절을 함께 가르쳐요.',
    },
    body: {
      ko: '오산대학교 e스포츠 전공 학생들이 강사로 참여해요. 수업은 90분이고, 중간에 반드시 스트레칭 시간을 가져요.\n\n## 수업 규칙\n\n1. 경기 전후에 팀원과 인사해요\n2. 채팅에서 상대를 비난하지 않아요\n3. 밤 10시 이후에는 연습 경기를 하지 않아요\n\n보호자 설명회에서는 게임 시간을 정하는 방법과 대화법을 나눠요. 에스포 청소년 시설과는 시차를 고려해 주말 오후에 친선 경기를 해요.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['resident-gardens', 'wellbeing'],
    title: {
      ko: '치유 정원: 어르신과 함께하는 원예 치료 프로그램',
      en: 'Healing gardens: horticultural therapy with older residents',
    },
    summary: {
      ko: '동네 정원에서 어르신들이 원예 치료사와 함께 식물을 가꾸며 몸과 마음의 건강을 돌보고 이웃을 만나요.',
      en: 'In neighbourhood gardens, older residents tend plants with a horticultural therapist, looking after body and mind and meeting their neighbours.',
    },
    body: {
      ko: '프로그램은 봄부터 가을까지 주 1회, 두 시간씩 열려요. 휠체어를 타는 분도 쓸 수 있게 높이를 올린 화단을 만들었어요.\n\n- 씨앗 심기와 모종 옮기기\n- 허브로 차와 향주머니 만들기\n- 수확한 채소로 함께 점심 먹기\n\n참가한 어르신들은 외로움이 줄고 잠을 더 잘 자게 되었다고 말해요. 보건소가 참가 전후의 건강 상태를 함께 살펴봐요.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['resident-gardens', 'open-premises', 'sustainable-development'],
    title: {
      ko: '옥상 텃밭: 행정복지센터 옥상을 주민 정원으로',
    },
    summary: {
      ko: '오산시는 행정복지센터 옥상을 주민 텃밭으로 바꾸고, 빗물을 모아 물을 주며 건물 온도도 낮췄어요.',
    },
    body: {
      ko: '옥상은 낮에는 주민 텃밭으로, 저녁에는 작은 야외 강의실로 쓰여요. 안전 난간과 방수 공사를 먼저 했어요.\n\n## 달라진 점\n\n- 여름철 꼭대기 층 실내 온도가 2도 정도 낮아졌어요\n- 빗물 저장 탱크로 물 사용을 줄였어요\n- 동네 어린이집이 매주 체험 학습을 와요\n\n텃밭 관리는 주민 자치회가 맡고, 시는 흙과 장비를 지원해요.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['maker-spaces', 'youth-participation', 'digital-learning'],
    title: {
      ko: '청소년 메이커 캠프: 방학마다 여는 코딩과 목공 교실',
    },
    summary: {
      ko: '방학 동안 청소년들이 메이커스페이스에서 코딩, 목공, 3D 프린팅으로 자기만의 작품을 만들어요.',
    },
    body: {
      ko: '캠프는 5일 동안 열리고, 마지막 날에는 가족과 이웃을 초대해 작품 전시회를 해요.\n\n## 만드는 것들\n\n- 센서로 움직이는 작은 로봇\n- 직접 설계해 3D 프린터로 출력한 생활용품\n- 목공으로 만든 책꽂이와 새집\n\n에스포 도서관 공방의 운영 방식을 참고해서, 고등학생 멘토가 중학생을 돕는 방식으로 운영해요. 참가비는 없고 재료도 모두 지원해요.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['open-premises', 'language-culture'],
    title: {
      ko: '학교 도서관 주말 개방: 가족이 함께 책 읽는 토요일',
    },
    summary: {
      ko: '오산의 초등학교 도서관이 토요일마다 지역 주민에게 문을 열고, 가족 독서 모임과 그림책 읽어 주기를 해요.',
    },
    body: {
      ko: '학교와 시가 협약을 맺어 주말 운영 인력을 시에서 지원해요. 학교 보안을 위해 도서관으로 바로 들어가는 출입문만 열어요.\n\n- 오전: 그림책 읽어 주기와 독후 활동\n- 오후: 어른 독서 모임과 외국어 원서 읽기\n- 한 달에 한 번 작가와의 만남\n\n다문화 가족을 위한 이중 언어 그림책도 갖추었어요. 주말 개방 후 학교 도서관의 대출 권수가 두 배 가까이 늘었어요.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['sustainable-development', 'wellbeing'],
    title: {
      ko: '제로웨이스트 생활 학교: 리필 가게와 함께하는 주민 강좌',
    },
    summary: {
      ko: '동네 리필 가게와 평생학습관이 함께 쓰레기를 줄이는 생활 습관을 배우는 6주 과정을 운영해요.',
    },
    body: {
      ko: '강좌는 리필 가게 안의 작은 공간에서 열려요. 수강생은 매주 집에서 나오는 쓰레기를 기록하고 다음 주에 함께 이야기해요.\n\n## 6주 과정\n\n1. 우리 집 쓰레기 살펴보기\n2. 장보기와 포장 줄이기\n3. 천연 세제 만들기\n4. 음식물 쓰레기 줄이는 요리\n5. 고쳐 쓰기와 나눠 쓰기\n6. 동네에 배운 것 알리기\n\n수료생들은 아파트 단지마다 작은 나눔 장터를 열고 있어요.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['wellbeing', 'youth-participation'],
    title: {
      ko: '배움 쉼터: 시험 기간 청소년 마음 건강 지원',
    },
    summary: {
      ko: '시험 기간에 청소년수련관이 늦게까지 조용한 공부 공간과 상담, 간식을 제공해 학업 스트레스를 덜어 줘요.',
    },
    body: {
      ko: '배움 쉼터는 중간고사와 기말고사 2주 전부터 밤 9시까지 열려요. 청소년 상담사가 자리를 지키고 있어서 고민이 있으면 바로 이야기할 수 있어요.\n\n- 휴대폰을 맡기는 집중 자리\n- 10분 명상과 스트레칭\n- 대학생 멘토의 공부 방법 상담\n\n이용한 학생의 80%가 시험 기간이 덜 힘들었다고 답했어요. 에스포 고등학교의 휴식 공간 사례와 서로 비교해 보고 있어요.',
    },
  },
  {
    originalLanguage: 'en',
    cityId: 'osan',
    topics: ['digital-learning', 'language-culture'],
    title: {
      en: 'Remote co-teaching between Osan and Espoo classrooms',
      ko: '오산과 에스포 교실을 잇는 원격 공동 수업',
    },
    summary: {
      en: 'Teachers in Osan and Espoo plan lessons together and teach them to both classes at once over video, despite the six- or seven-hour time difference.',
      ko: '오산과 에스포 교사들이 함께 수업을 설계하고, 시차를 넘어 화상으로 두 학급을 동시에 가르쳐요.',
    },
    body: {
      en: 'The time difference leaves a narrow window: early afternoon in Osan is early morning in Espoo. Lessons are scheduled for the first period in Espoo, and the schedule is rechecked when Finland changes to or from summer time.\n\n## What works\n\n- Short live parts, with group work recorded and shared afterwards\n- Topics both curricula share: climate, cities, and everyday life\n- English as the common language, with key words in Finnish and Korean\n\nTeachers meet online once a month to plan, and share their lesson plans in the practice library.',
    },
  },
  {
    originalLanguage: 'ko',
    cityId: 'osan',
    topics: ['maker-spaces', 'sustainable-development'],
    title: {
      ko: '업사이클링 공방: 폐현수막으로 장바구니 만들기',
    },
    summary: {
      ko: '행사가 끝나고 버려지는 현수막을 모아 주민들이 재봉틀로 장바구니와 앞치마를 만들어요.',
    },
    body: {
      ko: '시청과 행정복지센터에서 쓰고 난 현수막을 공방에 모아요. 주민들은 세척한 현수막을 잘라 재봉틀로 바느질해요.\n\n- 재봉틀 기초 교육은 2시간\n- 만든 장바구니는 전통시장에서 나눠요\n- 한 해 동안 현수막 3톤 정도를 다시 썼어요\n\n에스포 도서관 공방의 재봉 강좌를 보고 시작했고, 지금은 주민 강사 다섯 명이 공방을 이끌어요.',
    },
  },
];
