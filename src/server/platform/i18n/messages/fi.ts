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
  'mail.signature': '— Silta, kumppanuus {partnership}',
  'mail.verify.subject': 'Vahvista sähköpostiosoitteesi Siltaan',
  'mail.verify.body':
    'Vahvista sähköpostiosoitteesi avaamalla tämä linkki {hours} tunnin kuluessa:\n\n{link}\n\nJos et rekisteröitynyt Siltaan, voit jättää tämän viestin huomiotta.',
  'mail.reset.subject': 'Silta-salasanan vaihtaminen',
  'mail.reset.body':
    'Silta-tilisi salasanan vaihtamista pyydettiin. Valitse uusi salasana avaamalla tämä linkki {hours} tunnin kuluessa:\n\n{link}\n\nJos pyyntö ei ollut sinun, voit jättää viestin huomiotta: salasanasi pysyy ennallaan.',
  'mail.session.dstShift.subject': 'Uusi alkamisaika tästä viikosta: {title}',
  'mail.session.dstShift.body':
    'Kesäaika muuttaa tilaisuuden ”{title}” kellonaikaa aikavyöhykkeelläsi: se alkoi ennen klo {before}, nyt klo {after}.\n\n{when}\n\n{link}',
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
};
