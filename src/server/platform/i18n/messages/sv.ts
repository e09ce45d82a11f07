import type { en } from './en.js';

export const sv: Record<keyof typeof en, string> = {
  'error.VALIDATION_FAILED': 'Begäran är inte giltig. Kontrollera fältet ”{field}”.',
  'error.MALFORMED_JSON': 'Begärans innehåll är inte giltig JSON.',
  'error.UNAUTHENTICATED': 'Logga in först.',
  'error.INVALID_CREDENTIALS': 'E-postadressen eller lösenordet är fel.',
  'error.FORBIDDEN': 'Du har inte behörighet att göra detta.',
  'error.FOREIGN_ORIGIN': 'Begäran kom från en annan webbplats och avvisades.',
  'error.CONSENT_REQUIRED': 'En vårdnadshavare måste ge sitt samtycke innan du kan göra detta.',
  'error.NOT_FOUND': 'Det finns ingenting på den här adressen.',
  'error.USER_NOT_FOUND': 'Användaren finns inte.',
  'error.EMAIL_TAKEN': 'Det finns redan ett konto med den här e-postadressen.',
  'error.ROLE_ALREADY_HELD': 'Användaren har redan den här rollen.',
  'error.PAYLOAD_TOO_LARGE': 'Begäran är för stor.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Skicka begäran som JSON.',
  'error.WEAK_PASSWORD': 'Lösenordet måste ha minst {minimumLength} tecken.',
  'error.TOO_YOUNG': 'Du måste vara minst {minimumAge} år för att gå med i Silta.',
  'error.INVALID_BIRTH_DATE': 'Födelsedatumet är inte ett giltigt datum.',
  'error.UNKNOWN_CITY': 'Välj en av partnerskapets städer.',
  'error.UNKNOWN_TIME_ZONE': 'Tidszonen är okänd.',
  'error.INVALID_TOKEN': 'Länken är ogiltig, redan använd eller har gått ut. Be om en ny.',
  'error.ROLE_NEEDS_CITY': 'Den här rollen hör till en stad: välj staden.',
  'error.RATE_LIMITED': 'För många försök. Försök igen om en minut.',
  'error.INTERNAL': 'Något gick fel hos oss. Försök igen.',
  'error.UNAVAILABLE': 'Tjänsten är inte tillgänglig just nu.',
  'error.ORIGINAL_TEXT_REQUIRED': 'Skriv först texten på originalspråket (”{field}”).',
  'error.START_IN_PAST': 'Starttiden har redan passerat.',
  'error.INVALID_START': 'Starttiden är inte ett giltigt datum och klockslag.',
  'error.INVALID_DURATION': 'Längden måste vara mellan 1 minut och 24 timmar.',
  'error.INVALID_SEATS': 'Antalet platser måste vara heltal från 0 till 10 000.',
  'error.UNKNOWN_TOPIC': 'Välj teman ur partnerskapets ordlista.',
  'error.INVALID_DATE_RANGE': 'Datumintervallet är inte giltigt.',
  'error.SESSION_NOT_FOUND': 'Evenemanget finns inte.',
  'error.NOT_REGISTERED': 'Endast bekräftade deltagare kan ansluta till evenemanget.',
  'error.NOT_LIVE': 'Videolänken öppnas 15 minuter före start och stängs när evenemanget slutar.',
  'error.ALREADY_REGISTERED': 'Du är redan anmäld till evenemanget.',
  'error.NO_SEATS_FOR_CITY': 'Evenemanget har inga platser för din stad.',
  'error.SESSION_FULL': 'Evenemanget är fullt.',
  'error.SESSION_CANCELLED': 'Evenemanget har ställts in.',
  'error.SESSION_OVER': 'Evenemanget har redan slutat.',
  'mail.greeting': 'Hej {name},',
  'mail.signature': '— Silta, partnerskapet {partnership}',
  'mail.verify.subject': 'Bekräfta din e-postadress för Silta',
  'mail.verify.body':
    'Bekräfta din e-postadress genom att öppna den här länken inom {hours} timmar:\n\n{link}\n\nOm du inte har registrerat dig i Silta kan du bortse från meddelandet.',
  'mail.reset.subject': 'Återställ ditt lösenord i Silta',
  'mail.reset.body':
    'Någon bad om att återställa lösenordet till ditt Silta-konto. Välj ett nytt lösenord genom att öppna den här länken inom {hours} timmar:\n\n{link}\n\nOm det inte var du kan du bortse från meddelandet: ditt lösenord förblir oförändrat.',
  'mail.session.dstShift.subject': 'Ny lokal tid från den här veckan: {title}',
  'mail.session.dstShift.body':
    'Sommartiden ändrar tiden för ”{title}” i din tidszon: förut började det kl. {before}, nu kl. {after}.\n\n{when}\n\n{link}',
  'mail.session.when': 'Tid: {yourTime} (din tid)\nI städerna: {cityTimes}',
  'mail.session.confirmed.subject': 'Din plats är bekräftad: {title}',
  'mail.session.confirmed.body':
    'Du har en plats på ”{title}”.\n\n{when}\n\n{link}\n\nEn kalenderinbjudan finns bifogad.',
  'mail.session.waitlisted.subject': 'Du står i kö: {title}',
  'mail.session.waitlisted.body':
    'Alla platser för din stad på ”{title}” är tagna. Du är nummer {position} i kön; om en plats blir ledig är den din och vi meddelar dig.\n\n{when}\n\n{link}',
  'mail.session.promoted.subject': 'En plats blev ledig för dig: {title}',
  'mail.session.promoted.body':
    'Goda nyheter: en plats blev ledig på ”{title}” och den är nu din.\n\n{when}\n\n{link}\n\nEn kalenderinbjudan finns bifogad.',
  'mail.session.changed.subject': 'Ändrat: {title}',
  'mail.session.changed.body':
    '”{title}” har ändrats. Kontrollera de nya uppgifterna.\n\n{when}\n\n{link}\n\nDen bifogade inbjudan uppdaterar din kalender.',
  'mail.session.cancelled.subject': 'Inställt: {title}',
  'mail.session.cancelled.body':
    '”{title}” har ställts in. Vi beklagar.\n\n{when}\n\nDet bifogade meddelandet tar bort det ur din kalender.',
  'mail.session.reminder24.subject': 'I morgon: {title}',
  'mail.session.reminder24.body':
    'En påminnelse: ”{title}” börjar om ungefär 24 timmar.\n\n{when}\n\n{link}\n\nVideolänken öppnas 15 minuter före start.',
  'mail.session.reminder1.subject': 'Om en timme: {title}',
  'mail.session.reminder1.body':
    '”{title}” börjar om ungefär en timme.\n\n{when}\n\n{link}\n\nVideolänken öppnas 15 minuter före start.',
  'slot.early_in_city': '{localTime} är tidigt i {city}',
  'slot.late_in_city': 'Slutar {localTime} i {city}, vilket är sent',
  'slot.comfortable_in_all_cities': 'En bekväm tid i alla städer',
  'slot.invitees_available': '{available} av {total} inbjudna är lediga',
  'slot.fairness':
    '{city} hade den tidiga tiden {earlyCount, plural, one {en gång} other {# gånger}} och den sena {lateCount, plural, one {en gång} other {# gånger}} på sistone',
  'error.UNSUPPORTED_COUNTRY':
    'Helgdagarna i den här stadens land är ännu inte kända, så inga tider kan föreslås.',
};
