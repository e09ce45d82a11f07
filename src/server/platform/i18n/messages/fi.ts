import type { en } from './en.js';

export const fi: Record<keyof typeof en, string> = {
  'error.VALIDATION_FAILED': 'Pyyntö ei ole kelvollinen. Tarkista kenttä ”{field}”.',
  'error.MALFORMED_JSON': 'Pyynnön sisältö ei ole kelvollista JSONia.',
  'error.UNAUTHENTICATED': 'Kirjaudu ensin sisään.',
  'error.INVALID_CREDENTIALS': 'Sähköpostiosoite tai salasana on väärä.',
  'error.FORBIDDEN': 'Sinulla ei ole oikeutta tähän.',
  'error.FOREIGN_ORIGIN': 'Pyyntö tuli toiselta sivustolta, ja se hylättiin.',
  'error.CONSENT_REQUIRED': 'Huoltajan on annettava suostumus ennen kuin voit tehdä tämän.',
  'error.NOT_FOUND': 'Tästä osoitteesta ei löytynyt mitään.',
  'error.USER_NOT_FOUND': 'Käyttäjää ei ole.',
  'error.EMAIL_TAKEN': 'Tällä sähköpostiosoitteella on jo tili.',
  'error.ROLE_ALREADY_HELD': 'Käyttäjällä on jo tämä rooli.',
  'error.PAYLOAD_TOO_LARGE': 'Pyyntö on liian suuri.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Lähetä pyyntö JSON-muodossa.',
  'error.WEAK_PASSWORD': 'Salasanassa on oltava vähintään {minimumLength} merkkiä.',
  'error.TOO_YOUNG': 'Siltaan voi liittyä {minimumAge} vuotta täyttänyt.',
  'error.INVALID_BIRTH_DATE': 'Syntymäaika ei ole kelvollinen päivämäärä.',
  'error.UNKNOWN_CITY': 'Valitse jokin kumppanuuden kaupungeista.',
  'error.UNKNOWN_TIME_ZONE': 'Aikavyöhykettä ei tunneta.',
  'error.INVALID_TOKEN': 'Linkki on virheellinen, jo käytetty tai vanhentunut. Pyydä uusi.',
  'error.ROLE_NEEDS_CITY': 'Tämä rooli kuuluu kaupungille: valitse kaupunki.',
  'error.RATE_LIMITED': 'Liian monta yritystä. Yritä uudelleen minuutin kuluttua.',
  'error.INTERNAL': 'Jokin meni vikaan meidän päässämme. Yritä uudelleen.',
  'error.UNAVAILABLE': 'Palvelu ei ole juuri nyt käytettävissä.',
  'error.DATABASE_UNAVAILABLE': 'Tietokantaan ei juuri nyt saada yhteyttä. Yritä uudelleen hetken kuluttua.',
  'error.BAD_REQUEST': 'Pyyntö ei ole kelvollinen.',
  'error.BAD_URL':
    'Osoite ei ole kelvollinen: tarkista, ettei siinä ole irrallisia %-merkkejä tai rikkinäisiä merkkejä.',
  'error.BODY_TOO_DEEP': 'Pyynnön sisältö on sisäkkäistetty liian syvälle.',
  'error.METHOD_NOT_ALLOWED': 'Tämä osoite ei hyväksy tällaista pyyntöä.',
  'error.NOT_ACCEPTABLE': 'Vastausta ei voi antaa pyydetyssä muodossa.',
  'error.CONFLICT': 'Pyyntö on ristiriidassa nykytilanteen kanssa. Lataa sivu uudelleen ja yritä uudelleen.',
  'error.GONE': 'Tämä ei ole enää saatavilla.',
  'error.URI_TOO_LONG': 'Osoite on liian pitkä.',
  'error.RANGE_NOT_SATISFIABLE': 'Tiedoston pyydettyä osaa ei ole.',
  'error.UNPROCESSABLE': 'Pyyntö on oikeanmuotoinen, mutta sitä ei voi toteuttaa.',
  'error.REQUEST_TIMEOUT': 'Pyynnön saapuminen kesti liian kauan. Yritä uudelleen.',
  'error.HEADERS_TOO_LARGE':
    'Pyynnön otsakkeet ovat liian suuret. Sivuston evästeiden tyhjentäminen voi auttaa.',
  'error.SEATS_BELOW_CONFIRMED':
    'Vahvistettuja osallistujia on jo {confirmed}: paikkoja ei voi olla vähemmän.',
  'error.CITY_CHANGE_NEEDS_STAFF':
    'Kaupunkisi voivat vaihtaa vain molempien kaupunkien koordinaattorit. Kysy koordinaattoriltasi.',
  'error.ROLE_NEEDS_ADULT':
    'Tähän rooliin tarvitaan aikuinen: henkilön on oltava vähintään {majorityAge}-vuotias.',
  'error.VETTING_REQUIRED':
    'Ohjaajalta tarvitaan ensin kirjattu taustan tarkistus. Käytä tarkistuslomaketta.',
  'error.INVITATION_REQUIRED': 'Nuori liittyy joukkueeseen vain hyväksymällä kutsun.',
  'error.ORIGINAL_TEXT_REQUIRED': 'Kirjoita teksti ensin alkuperäiskielellä (”{field}”).',
  'error.START_IN_PAST': 'Alkamisaika on menneisyydessä.',
  'error.INVALID_START': 'Alkamisaika ei ole kelvollinen päivämäärä ja kellonaika.',
  'error.INVALID_DURATION': 'Keston on oltava 1 minuutin ja 24 tunnin välillä.',
  'error.INVALID_SEATS': 'Paikkamäärien on oltava kokonaislukuja 0–10 000.',
  'error.UNKNOWN_TOPIC': 'Valitse teemat kumppanuuden sanastosta.',
  'error.INVALID_DATE_RANGE': 'Aikaväli ei ole kelvollinen.',
  'error.SESSION_NOT_FOUND': 'Tilaisuutta ei ole.',
  'error.NOT_REGISTERED': 'Vain vahvistetut osallistujat voivat liittyä tilaisuuteen.',
  'error.NOT_LIVE': 'Videolinkki avautuu 15 minuuttia ennen alkua ja sulkeutuu lopussa.',
  'error.ALREADY_REGISTERED': 'Olet jo ilmoittautunut tähän tilaisuuteen.',
  'error.NO_SEATS_FOR_CITY': 'Tilaisuudessa ei ole paikkoja kaupungillesi.',
  'error.SESSION_FULL': 'Tilaisuus on täynnä.',
  'error.SESSION_CANCELLED': 'Tilaisuus on peruttu.',
  'error.SESSION_OVER': 'Tilaisuus on jo päättynyt.',
  'mail.greeting': 'Hei {name},',
  'mail.signature': '— Silta, {partnership}',
  'mail.verify.subject': 'Vahvista sähköpostiosoitteesi Siltaan',
  'mail.verify.body':
    'Vahvista sähköpostiosoitteesi avaamalla tämä linkki {hours} tunnin kuluessa:\n\n{link}\n\nJos et rekisteröitynyt Siltaan, voit jättää tämän viestin huomiotta.',
  'mail.reset.subject': 'Silta-salasanan vaihtaminen',
  'mail.reset.body':
    'Silta-tilisi salasanan vaihtamista pyydettiin. Valitse uusi salasana avaamalla tämä linkki {hours} tunnin kuluessa:\n\n{link}\n\nJos pyyntö ei ollut sinun, voit jättää viestin huomiotta: salasanasi pysyy ennallaan.',
  'mail.session.dstShift.subject': 'Uusi alkamisaika tästä viikosta: {title}',
  'mail.session.dstShift.body':
    'Kesäaika muuttaa tilaisuuden ”{title}” kellonaikaa aikavyöhykkeelläsi: se alkoi ennen klo {before}, nyt klo {after}.\n\n{when}\n\n{link}',
  'error.POLL_CLOSED': 'Kysely on suljettu: aika on jo valittu.',
  'mail.poll.chosen.subject': 'Aika on valittu: {title}',
  'mail.poll.chosen.body':
    'Kiitos vastauksestasi. Tilaisuudelle ”{title}” on valittu aika.\n\n{when}\n\nIlmoittaudu tästä varataksesi paikkasi: {link}',
  'mail.session.when': 'Aika: {yourTime} (sinun aikasi)\nKaupungeissa: {cityTimes}',
  'mail.session.confirmed.subject': 'Paikkasi on vahvistettu: {title}',
  'mail.session.confirmed.body':
    'Sinulla on paikka tilaisuudessa ”{title}”.\n\n{when}\n\n{link}\n\nKalenterikutsu on liitteenä.',
  'mail.session.waitlisted.subject': 'Olet jonossa: {title}',
  'mail.session.waitlisted.body':
    'Kaupunkisi kaikki paikat tilaisuudessa ”{title}” on varattu. Olet jonossa sijalla {position}; jos paikka vapautuu, se on sinun, ja kerromme siitä.\n\n{when}\n\n{link}',
  'mail.session.promoted.subject': 'Sinulle vapautui paikka: {title}',
  'mail.session.promoted.body':
    'Hyviä uutisia: tilaisuudesta ”{title}” vapautui paikka, ja se on nyt sinun.\n\n{when}\n\n{link}\n\nKalenterikutsu on liitteenä.',
  'mail.session.changed.subject': 'Muutos: {title}',
  'mail.session.changed.body':
    'Tilaisuuden ”{title}” tiedot ovat muuttuneet. Tarkista uudet tiedot.\n\n{when}\n\n{link}\n\nLiitteenä oleva kutsu päivittää kalenterisi.',
  'mail.session.cancelled.subject': 'Peruttu: {title}',
  'mail.session.cancelled.body':
    'Tilaisuus ”{title}” on peruttu. Pahoittelemme.\n\n{when}\n\nLiitteenä oleva ilmoitus poistaa sen kalenteristasi.',
  'mail.session.reminder24.subject': 'Huomenna: {title}',
  'mail.session.reminder24.body':
    'Muistutus: ”{title}” alkaa noin 24 tunnin kuluttua.\n\n{when}\n\n{link}\n\nVideolinkki avautuu 15 minuuttia ennen alkua.',
  'mail.session.reminder1.subject': 'Tunnin kuluttua: {title}',
  'mail.session.reminder1.body':
    '”{title}” alkaa noin tunnin kuluttua.\n\n{when}\n\n{link}\n\nVideolinkki avautuu 15 minuuttia ennen alkua.',
  'slot.early_in_city': '{localTime} on varhain kaupungissa {city}',
  'slot.late_in_city': 'Päättyy klo {localTime} kaupungissa {city}, mikä on myöhään',
  'slot.comfortable_in_all_cities': 'Sopiva aika kaikissa kaupungeissa',
  'slot.invitees_available': '{available}/{total} kutsutusta on vapaana',
  'slot.fairness':
    '{city}: aikainen aika viime kerroilla {earlyCount, plural, one {kerran} other {# kertaa}}, myöhäinen {lateCount, plural, one {kerran} other {# kertaa}}',
  'error.UNSUPPORTED_COUNTRY':
    'Tämän kaupungin maan pyhäpäiviä ei vielä tunneta, joten aikoja ei voi ehdottaa.',
  'error.UNKNOWN_GAME': 'Valitse peli e-urheilun pelilistasta.',
  'error.GAME_EXISTS': 'Pelilistassa on jo peli tällä tunnisteella.',
  'error.INVALID_BEST_OF': 'Otteluiden pelimäärän (best of) pitää olla kokonaisluku 1–15.',
  'error.INVALID_ROUNDS': 'Sveitsiläisen järjestelmän kierrosmäärä ei sovi osallistujamäärään.',
  'error.INVALID_GROUPS':
    'Lohkoja voi olla vain niin monta, että jokaisessa on vähintään kaksi osallistujaa.',
  'error.INVALID_ENTRY_CAP': 'Osallistujakaton pitää olla kokonaisluku 2–4096.',
  'error.INVALID_WINDOW': 'Aikaikkunalla pitää olla kelvollinen alku ja loppu, alku ensin (”{field}”).',
  'error.CLUB_NOT_FOUND': 'Tällaista seuraa tai ohjelmaa ei ole.',
  'error.TEAM_NOT_FOUND': 'Tällaista joukkuetta ei ole.',
  'error.TOURNAMENT_NOT_FOUND': 'Tällaista turnausta ei ole.',
  'error.MATCH_NOT_FOUND': 'Tällaista ottelua ei ole.',
  'error.ENTRANT_NOT_FOUND': 'Turnauksessa ei ole tällaista osallistujaa.',
  'error.ALREADY_ENTERED': 'Pelaaja tai joukkue on jo ilmoittautunut.',
  'error.ALREADY_MEMBER': 'Henkilö on jo listalla.',
  'error.TOURNAMENT_FULL': 'Turnaus on täynnä.',
  'error.REGISTRATION_CLOSED': 'Turnauksen ilmoittautuminen ei ole auki.',
  'error.CHECK_IN_CLOSED': 'Turnauksen paikalle ilmoittautuminen ei ole auki.',
  'error.TOURNAMENT_STARTED': 'Turnaus on jo alkanut.',
  'error.TOURNAMENT_NOT_STARTED': 'Turnaus ei ole vielä alkanut.',
  'error.TOURNAMENT_NOT_FINISHED': 'Turnaus ei ole vielä päättynyt.',
  'error.TOO_FEW_ENTRANTS': 'Turnaukseen tarvitaan vähintään kaksi osallistujaa.',
  'error.WRONG_GAME': 'Tämä joukkue pelaa toista peliä.',
  'error.MATCH_NOT_READY':
    'Ottelulle ei voi nyt antaa tulosta: pelaajat eivät ole vielä selvillä tai ottelu on jo ratkaistu.',
  'error.MATCH_ALREADY_DECIDED': 'Ottelu on jo ratkaistu.',
  'error.MATCH_DISPUTED': 'Tuloksesta on kiista; järjestäjä ratkaisee sen.',
  'error.ALREADY_REPORTED': 'Tulos on jo ilmoitettu; toinen osapuoli vahvistaa tai kiistää sen.',
  'error.RESULT_CONFLICT': 'Toinen osapuoli ilmoitti eri tuloksen. Kiistä se, jos se on väärin.',
  'error.NOTHING_TO_CONFIRM': 'Toiselta osapuolelta ei ole tulosta vahvistettavaksi tai kiistettäväksi.',
  'error.DOWNSTREAM_DECIDED': 'Tästä riippuvalla myöhemmällä ottelulla on jo tulos.',
  'error.NOT_IN_MATCH': 'Vain ottelun pelaajat tai järjestäjät voivat tehdä tämän.',
  'error.SCORE_INCONSISTENT': 'Näillä pisteillä ottelu ei voi päättyä.',
  'error.DRAW_NOT_ALLOWED': 'Tämä ottelu ei voi päättyä tasapeliin.',
  'error.WINNER_MISMATCH': 'Voittaja ei vastaa pisteitä.',
  'error.ROUND_INCOMPLETE': 'Nykyisellä kierroksella on vielä otteluita ilman tulosta.',
  'error.NO_MORE_ROUNDS': 'Kaikki ilmoitetut kierrokset on pelattu.',
  'error.NOT_SWISS': 'Vain sveitsiläisen järjestelmän turnaus paritetaan kierros kerrallaan.',
  'error.NO_PAIRING': 'Tälle kierrokselle ei löydy parien muodostusta ilman uusintaottelua.',
  'error.REASON_REQUIRED': 'Kerro, miksi kiistät tuloksen.',
  'esports.latency.figures':
    '{from}–{to}: {distanceKm} km. Valo kulkee kuidussa edestakaisin vähintään {minRttMs} ms; todellisilla reiteillä viive on tyypillisesti {low}–{high} ms.',
  'esports.latency.play_as_is':
    'Pelatkaa sellaisenaan: kun toinen puoli isännöi, viive on noin {low}–{high} ms edestakaisin, eikä tällainen peli kärsi siitä.',
  'esports.latency.neutral_server':
    'Pelatkaa puolivälissä olevalla neutraalilla tai tasatulla palvelimella: silloin kumpikin puoli näkee noin {neutralLow}–{neutralHigh} ms, saman verran, ja se mahtuu tämän pelityypin sietämään {toleratedRttMs} ms:iin. Jos toinen puoli isännöisi, vieraan viive olisi {low}–{high} ms.',
  'esports.latency.two_legs':
    'Pelatkaa kaksi osaa, kumpikin kerran omalla palvelimellaan: puolivälin palvelimellakin viive olisi noin {neutralLow}–{neutralHigh} ms, enemmän kuin tämän pelityypin sietämä {toleratedRttMs} ms, joten kumpikin saa kotietua kerran.',
  'error.PRACTICE_NOT_FOUND': 'Tällaista käytäntöä ei ole.',
  'error.UNKNOWN_LANGUAGE': 'Valitse kieleksi suomi, ruotsi, englanti tai korea.',
  'error.TRANSLATION_OF_ORIGINAL':
    'Tämä on käytännön alkuperäinen kieli: muokkaa käytäntöä sen kääntämisen sijaan.',
  'error.EMPTY_TRANSLATION': 'Anna ainakin yksi käännetty teksti: otsikko, tiivistelmä tai kuvaus.',
  'error.UNKNOWN_SESSION': 'Liitettyä tapahtumaa ei ole olemassa.',
  'error.INVALID_LINK':
    'Linkkien on oltava verkko-osoitteita, jotka alkavat https:// (linkeissä myös http://).',
  'error.PRACTICE_ALREADY_REPORTED': 'Olet jo ilmoittanut tästä käytännöstä.',
  'error.PRACTICE_EDIT_CONFLICT':
    'Joku muu tallensi käytännön sillä välin. Lataa se uudelleen ja tee muutoksesi uudestaan.',
  'error.PRACTICE_DECISION_NOT_POSSIBLE': 'Tämä päätös ei ole mahdollinen käytännön nykyisessä tilassa.',
  'mail.practice.hidden.subject': 'Käytäntösi piilotettiin: {title}',
  'mail.practice.hidden.body':
    'Käytännöstäsi ”{title}” ilmoitettiin {reports} kertaa, ja se on piilossa, kunnes koordinaattori käsittelee sen. Kerromme sinulle, kun päätös on tehty.\n\n{link}',
  'mail.practice.restored.subject': 'Käytäntösi näkyy taas: {title}',
  'mail.practice.restored.body':
    'Koordinaattori kävi läpi ilmoitukset käytännöstä ”{title}” ja palautti sen näkyviin.\n\n{link}',
  'mail.practice.rejected.subject': 'Käytäntöäsi ei julkaistu: {title}',
  'mail.practice.rejected.body':
    'Koordinaattori päätti olla julkaisematta käytäntöä ”{title}”. Näet sen edelleen ja voit muokata sitä.\n\n{link}',
  'mail.practice.published.subject': 'Käytäntösi on julkaistu: {title}',
  'mail.practice.published.body':
    'Koordinaattori julkaisi käytännön ”{title}”. Kiitos, että jaoit sen!\n\n{link}',
  // Youth exchange (issue 6).
  'error.CONSENT_NOT_NEEDED': 'Tilisi ei tarvitse huoltajan suostumusta.',
  'error.CONSENT_LINK_GONE': 'Tämä suostumuslinkki on jo käytetty tai vanhentunut. Nuori voi lähettää uuden.',
  'error.VERIFICATION_REQUIRED':
    'Tämän kaupungin laki vaatii varmennustavan: valitse sähköposti, allekirjoitettu lomake tai henkilökunnan puhelinvarmistus.',
  'error.YOUTH_ONLY': 'Nuorisovaihto on 13–29-vuotiaille nuorille.',
  'error.PROFILE_NOT_FOUND': 'Tällaista nuoren profiilia ei ole.',
  'error.UNKNOWN_INTEREST': 'Valitse kiinnostuksen kohteet yhteisestä listasta (”{field}”).',
  'error.INVALID_AVAILABILITY':
    'Vapaa-aikaan tarvitaan viikonpäivä 1–7 ja kellonajat muodossa 16:00 (”{field}”).',
  'error.INVALID_LANGUAGE': 'Anna kielet kaksi- tai kolmikirjaimisina koodeina, kuten fi tai ko (”{field}”).',
  'error.CIRCLE_NOT_FOUND': 'Tällaista piiriä ei ole.',
  'error.MESSAGE_NOT_FOUND': 'Tällaista viestiä ei ole.',
  'error.NO_FACILITATOR':
    'Jokainen piiri tarvitsee tarkastetun ohjaajan kummastakin kaupungista, ja yhdeltä kaupungilta puuttuu ohjaaja.',
  'error.INVALID_CIRCLE': 'Tämä piiri rikkoo vaihdon sääntöä: {field}.',
  'error.CIRCLE_ENDED': 'Tämä piiri on päättynyt.',
  'error.OUTSIDE_YOUTH_HOURS':
    'Piirin tapaamiset pidetään molempien kaupunkien nuorten aikaan: koulupäivinä koulun jälkeen, viikonloppuisin päivällä, ei koskaan pyhäpäivänä.',
  'error.ROOM_NOT_OPEN': 'Ohjaaja ei ole vielä avannut videohuonetta.',
  'youth.meeting.title': 'Piirin tapaaminen',
  'error.YOUTH_ALREADY_REPORTED': 'Olet jo ilmoittanut tästä.',
  'error.NOTHING_TO_DECIDE': 'Tässä ei ole enää mitään päätettävää.',
  'error.ALREADY_IN_CIRCLE': 'Joku tämän piirin jäsenistä on jo toisessa piirissä.',
  'error.KIT_ITEM_NOT_FOUND': 'Tällaista korttia tai tekstiä ei ole.',
  'error.MATCHING_NEEDS_TWO_CITIES': 'Ryhmittely tarvitsee kaksi eri kumppanuuden kaupunkia.',
  'error.HANGUL_REQUIRED': 'Fraasikorttiin tarvitaan korealainen fraasi hangul-kirjaimin.',
  'error.CONSENT_NOT_FOUND': 'Tällaista suostumusta ei ole.',
  'mail.youth.consent.subject': 'Suostumuspyyntö Siltaan: {child}',
  'mail.youth.consent.body':
    '{child} haluaa mukaan Siltan nuorisovaihtoon, jossa kaupunkien {cities} nuoret oppivat toistensa kieliä ja kulttuureja pienissä piireissä kummankin kaupungin nuorisotyöntekijöiden ohjaamina.\n\nSuomen tietosuojalain mukaan huoltajan on ensin annettava suostumuksensa. Avaa tämä linkki {hours} tunnin kuluessa. Näet, mikä Silta on ja mitä tietoja se säilyttää, ja voit antaa suostumuksen tai kieltäytyä:\n\n{link}\n\nJos et tunne tätä nuorta, voit jättää viestin huomiotta.',
  'mail.youth.granted.subject': 'Kiitos: suostumuksesi on kirjattu ({child})',
  'mail.youth.granted.body':
    'Annoit suostumuksen Siltan nuorisovaihtoon osallistumiselle ({child}).\n\nSäilytä tämä linkki: sen kautta näet, mihin nuori osallistuu, ja voit perua suostumuksen milloin tahansa, jolloin osallistuminen päättyy heti.\n\n{link}',
  'youth.about':
    'Silta on kaupunkien välisen elinikäisen oppimisen kumppanuuden alusta. Sen nuorisovaihdossa kummankin kaupungin nuoret tapaavat 4–8 hengen piireissä, aina kummankin kaupungin tarkastetun nuorisotyöntekijän kanssa, joka näkee jokaisen viestin. Alaikäisten kanssa ei ole yksityisiä keskusteluja, yhteystiedot piilotetaan viesteistä ja kuka tahansa voi ilmoittaa viestistä tai henkilöstä.',
  'youth.data.account':
    'Tili: nimi, sähköpostiosoite, syntymäaika (muille näytetään vain ikäryhmä, kuten 13–15), kaupunki ja kieli.',
  'youth.data.profile':
    'Nuoren profiili: puhutut ja opiskeltavat kielet tasoineen, kiinnostuksen kohteet ja viikoittainen vapaa-aika.',
  'youth.data.circles':
    'Toiminta piireissä: piirit, kirjoitetut viestit (yhteystiedot peitettyinä), ilmoitukset ja estot.',
  'youth.data.consent': 'Tämä suostumus: nimesi, sähköpostiosoitteesi, suhteesi nuoreen ja varmennustapa.',
  'youth.data.retention':
    'Piirin viestit poistetaan 12 kuukauden kuluttua piirin päättymisestä. Nuori voi ladata kaikki tietonsa tai poistaa tilinsä milloin tahansa.',
  'youth.data.rights':
    'Voit perua suostumuksen milloin tahansa linkillä, jonka lähetämme päätöksesi jälkeen; osallistuminen päättyy heti.',
};
