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
  'error.DATABASE_UNAVAILABLE': 'Databasen går inte att nå just nu. Försök igen om några sekunder.',
  'error.BAD_REQUEST': 'Begäran är inte giltig.',
  'error.BAD_URL':
    'Adressen är inte giltig: kontrollera att den inte har lösa %-tecken eller trasiga tecken.',
  'error.BODY_TOO_DEEP': 'Begärans innehåll är för djupt nästlat.',
  'error.METHOD_NOT_ALLOWED': 'Den här adressen tar inte emot den här sortens begäran.',
  'error.NOT_ACCEPTABLE': 'Svaret kan inte ges i det format som begäran bad om.',
  'error.CONFLICT': 'Begäran strider mot det nuvarande läget. Ladda om och försök igen.',
  'error.GONE': 'Det här finns inte längre.',
  'error.URI_TOO_LONG': 'Adressen är för lång.',
  'error.RANGE_NOT_SATISFIABLE': 'Den begärda delen av filen finns inte.',
  'error.UNPROCESSABLE': 'Begäran är korrekt utformad men kan inte utföras.',
  'error.REQUEST_TIMEOUT': 'Det tog för lång tid för begäran att komma fram. Försök igen.',
  'error.HEADERS_TOO_LARGE': 'Begärans rubriker är för stora. Det kan hjälpa att rensa webbplatsens kakor.',
  'error.SEATS_BELOW_CONFIRMED':
    'Det finns redan {confirmed} bekräftade deltagare: antalet platser kan inte vara lägre.',
  'error.CITY_CHANGE_NEEDS_STAFF':
    'Din stad kan bara ändras av koordinatorerna i båda städerna. Fråga din koordinator.',
  'error.ROLE_NEEDS_ADULT': 'Den här rollen kräver en vuxen: personen måste vara minst {majorityAge} år.',
  'error.VETTING_REQUIRED':
    'En handledare behöver först en registrerad bakgrundskontroll. Använd kontrollformuläret.',
  'error.INVITATION_REQUIRED': 'En ung person går med i ett lag bara genom att godkänna en inbjudan.',
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
  'mail.signature': '— Silta, {partnership}',
  'mail.verify.subject': 'Bekräfta din e-postadress för Silta',
  'mail.verify.body':
    'Bekräfta din e-postadress genom att öppna den här länken inom {hours} timmar:\n\n{link}\n\nOm du inte har registrerat dig i Silta kan du bortse från meddelandet.',
  'mail.reset.subject': 'Återställ ditt lösenord i Silta',
  'mail.reset.body':
    'Någon bad om att återställa lösenordet till ditt Silta-konto. Välj ett nytt lösenord genom att öppna den här länken inom {hours} timmar:\n\n{link}\n\nOm det inte var du kan du bortse från meddelandet: ditt lösenord förblir oförändrat.',
  'mail.session.dstShift.subject': 'Ny lokal tid från den här veckan: {title}',
  'mail.session.dstShift.body':
    'Sommartiden ändrar tiden för ”{title}” i din tidszon: förut började det kl. {before}, nu kl. {after}.\n\n{when}\n\n{link}',
  'error.POLL_CLOSED': 'Enkäten är stängd: en tid har redan valts.',
  'mail.poll.chosen.subject': 'En tid har valts: {title}',
  'mail.poll.chosen.body':
    'Tack för ditt svar. Tiden för ”{title}” har valts.\n\n{when}\n\nAnmäl dig här för att få en plats: {link}',
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
  'error.UNKNOWN_GAME': 'Välj ett spel ur e-sportkatalogen.',
  'error.GAME_EXISTS': 'Katalogen har redan ett spel med den här identifieraren.',
  'error.INVALID_BEST_OF': 'Best of måste vara ett heltal från 1 till 15.',
  'error.INVALID_ROUNDS': 'Antalet schweizerrundor passar inte antalet deltagare.',
  'error.INVALID_GROUPS': 'Antalet grupper måste ge minst två deltagare i varje grupp.',
  'error.INVALID_ENTRY_CAP': 'Deltagartaket måste vara ett heltal från 2 till 4096.',
  'error.INVALID_WINDOW':
    'Ett tidsfönster behöver en giltig början och ett giltigt slut, början först (”{field}”).',
  'error.CLUB_NOT_FOUND': 'Det finns ingen sådan klubb eller utbildning.',
  'error.TEAM_NOT_FOUND': 'Det finns inget sådant lag.',
  'error.TOURNAMENT_NOT_FOUND': 'Det finns ingen sådan turnering.',
  'error.MATCH_NOT_FOUND': 'Det finns ingen sådan match.',
  'error.ENTRANT_NOT_FOUND': 'Turneringen har ingen sådan deltagare.',
  'error.ALREADY_ENTERED': 'Spelaren eller laget är redan anmält.',
  'error.ALREADY_MEMBER': 'Personen finns redan på listan.',
  'error.TOURNAMENT_FULL': 'Turneringen är full.',
  'error.REGISTRATION_CLOSED': 'Anmälan till turneringen är inte öppen.',
  'error.CHECK_IN_CLOSED': 'Incheckningen till turneringen är inte öppen.',
  'error.TOURNAMENT_STARTED': 'Turneringen har redan börjat.',
  'error.TOURNAMENT_NOT_STARTED': 'Turneringen har inte börjat än.',
  'error.TOURNAMENT_NOT_FINISHED': 'Turneringen är inte avslutad än.',
  'error.TOO_FEW_ENTRANTS': 'En turnering behöver minst två deltagare.',
  'error.WRONG_GAME': 'Det här laget spelar ett annat spel.',
  'error.MATCH_NOT_READY':
    'Matchen kan inte få ett resultat nu: deltagarna är inte kända än eller matchen är redan avgjord.',
  'error.MATCH_ALREADY_DECIDED': 'Matchen är redan avgjord.',
  'error.MATCH_DISPUTED': 'Resultatet är ifrågasatt; en arrangör avgör.',
  'error.ALREADY_REPORTED':
    'Ett resultat är redan rapporterat; den andra sidan bekräftar eller ifrågasätter det.',
  'error.RESULT_CONFLICT': 'Den andra sidan rapporterade ett annat resultat. Ifrågasätt det om det är fel.',
  'error.NOTHING_TO_CONFIRM': 'Det finns inget resultat från den andra sidan att bekräfta eller ifrågasätta.',
  'error.DOWNSTREAM_DECIDED': 'En senare match som beror på den här har redan ett resultat.',
  'error.NOT_IN_MATCH': 'Bara matchens spelare eller arrangörer kan göra detta.',
  'error.SCORE_INCONSISTENT': 'Matchen kan inte sluta med de här siffrorna.',
  'error.DRAW_NOT_ALLOWED': 'Den här matchen kan inte sluta oavgjort.',
  'error.WINNER_MISMATCH': 'Vinnaren stämmer inte med siffrorna.',
  'error.ROUND_INCOMPLETE': 'Den pågående rundan har fortfarande matcher utan resultat.',
  'error.NO_MORE_ROUNDS': 'Alla utlysta rundor är spelade.',
  'error.NOT_SWISS': 'Bara en schweizerturnering lottas runda för runda.',
  'error.NO_PAIRING': 'Ingen lottning utan returmatch är möjlig för den här rundan.',
  'error.REASON_REQUIRED': 'Berätta varför du ifrågasätter resultatet.',
  'esports.latency.figures':
    '{from}–{to}: {distanceKm} km. Ljuset i fiber behöver minst {minRttMs} ms fram och tillbaka; verkliga rutter ger vanligen {low}–{high} ms.',
  'esports.latency.play_as_is':
    'Spela som vanligt: när ena sidan står värd blir fördröjningen cirka {low}–{high} ms tur och retur, och den här sortens spel påverkas inte.',
  'esports.latency.neutral_server':
    'Spela på en neutral eller utjämnad server halvvägs: då ser båda sidor cirka {neutralLow}–{neutralHigh} ms, lika mycket, inom de {toleratedRttMs} ms som den här sortens spel tål. Om ena sidan stod värd skulle gästen få {low}–{high} ms.',
  'esports.latency.two_legs':
    'Spela två omgångar, en på vardera sidans server: även en server halvvägs skulle ge cirka {neutralLow}–{neutralHigh} ms, mer än de {toleratedRttMs} ms som den här sortens spel tål, så båda får hemmafördel en gång.',
  'error.PRACTICE_NOT_FOUND': 'Det finns ingen sådan praxis.',
  'error.UNKNOWN_LANGUAGE': 'Välj finska, svenska, engelska eller koreanska.',
  'error.TRANSLATION_OF_ORIGINAL':
    'Det här är praxisens originalspråk: redigera praxisen i stället för att översätta den.',
  'error.EMPTY_TRANSLATION': 'Ange minst en översatt text: rubrik, sammanfattning eller beskrivning.',
  'error.UNKNOWN_SESSION': 'Ett kopplat evenemang finns inte.',
  'error.INVALID_LINK': 'Länkar måste vara webbadresser som börjar med https:// (för länkar även http://).',
  'error.PRACTICE_ALREADY_REPORTED': 'Du har redan anmält den här praxisen.',
  'error.PRACTICE_EDIT_CONFLICT':
    'Någon annan sparade praxisen under tiden. Ladda om den och gör din ändring på nytt.',
  'error.PRACTICE_DECISION_NOT_POSSIBLE': 'Det beslutet är inte möjligt i praxisens nuvarande läge.',
  'mail.practice.hidden.subject': 'Din praxis har dolts: {title}',
  'mail.practice.hidden.body':
    'Din praxis ”{title}” har anmälts {reports} gånger och är dold tills en koordinator har granskat den. Vi hör av oss när beslutet är fattat.\n\n{link}',
  'mail.practice.restored.subject': 'Din praxis syns igen: {title}',
  'mail.practice.restored.body':
    'En koordinator har granskat anmälningarna om ”{title}” och gjort den synlig igen.\n\n{link}',
  'mail.practice.rejected.subject': 'Din praxis publicerades inte: {title}',
  'mail.practice.rejected.body':
    'En koordinator beslutade att inte publicera ”{title}”. Du kan fortfarande se och redigera den.\n\n{link}',
  'mail.practice.published.subject': 'Din praxis är publicerad: {title}',
  'mail.practice.published.body':
    'En koordinator publicerade ”{title}”. Tack för att du delade den!\n\n{link}',
  // Youth exchange (issue 6).
  'error.CONSENT_NOT_NEEDED': 'Ditt konto behöver inte en vårdnadshavares samtycke.',
  'error.CONSENT_LINK_GONE':
    'Den här samtyckeslänken har redan använts eller gått ut. Den unga personen kan skicka en ny.',
  'error.VERIFICATION_REQUIRED':
    'Stadens lag kräver ett verifieringssätt: välj e-post, en undertecknad blankett eller en telefonkontroll av personalen.',
  'error.YOUTH_ONLY': 'Ungdomsutbytet är för unga mellan 13 och 29 år.',
  'error.PROFILE_NOT_FOUND': 'Det finns ingen sådan ungdomsprofil.',
  'error.UNKNOWN_INTEREST': 'Välj intressen från den gemensamma listan (”{field}”).',
  'error.INVALID_AVAILABILITY': 'Fritid behöver en veckodag från 1 till 7 och tider som 16:00 (”{field}”).',
  'error.INVALID_LANGUAGE':
    'Ange språk som koder med två eller tre bokstäver, till exempel fi eller ko (”{field}”).',
  'error.CIRCLE_NOT_FOUND': 'Det finns ingen sådan cirkel.',
  'error.MESSAGE_NOT_FOUND': 'Det finns inget sådant meddelande.',
  'error.NO_FACILITATOR':
    'Varje cirkel behöver en granskad handledare från varje stad, och en stad har ingen.',
  'error.INVALID_CIRCLE': 'Den här cirkeln bryter mot en regel i utbytet: {field}.',
  'error.CIRCLE_ENDED': 'Den här cirkeln har avslutats.',
  'error.OUTSIDE_YOUTH_HOURS':
    'Cirkelns möten hålls på ungas tider i båda städerna: efter skolan på skoldagar, dagtid på helger, aldrig på helgdagar.',
  'error.ROOM_NOT_OPEN': 'En handledare har inte öppnat videorummet än.',
  'youth.meeting.title': 'Cirkelmöte',
  'error.YOUTH_ALREADY_REPORTED': 'Du har redan anmält det här.',
  'error.NOTHING_TO_DECIDE': 'Här finns inget kvar att besluta.',
  'error.ALREADY_IN_CIRCLE': 'Någon i den här cirkeln är redan med i en annan cirkel.',
  'error.KIT_ITEM_NOT_FOUND': 'Det finns inget sådant kort eller någon sådan text.',
  'error.MATCHING_NEEDS_TWO_CITIES': 'Matchningen behöver två olika städer i partnerskapet.',
  'error.HANGUL_REQUIRED': 'Ett frasskort behöver den koreanska frasen i hangul.',
  'error.CONSENT_NOT_FOUND': 'Det finns inget sådant samtycke.',
  'mail.youth.consent.subject': 'Begäran om samtycke till Silta: {child}',
  'mail.youth.consent.body':
    '{child} vill delta i Siltas ungdomsutbyte, där unga i städerna {cities} lär sig varandras språk och kulturer i små cirklar som leds av ungdomsarbetare från båda städerna.\n\nEnligt finsk lag (dataskyddslagen) måste en vårdnadshavare först ge sitt samtycke. Öppna länken inom {hours} timmar för att läsa vad Silta är och vilka uppgifter som sparas, och för att ge eller neka samtycke:\n\n{link}\n\nOm du inte känner den unga personen kan du bortse från meddelandet.',
  'mail.youth.granted.subject': 'Tack: ditt samtycke är registrerat ({child})',
  'mail.youth.granted.body':
    'Du gav samtycke till att {child} deltar i Siltas ungdomsutbyte.\n\nSpara länken: med den ser du vad den unga personen deltar i och kan när som helst återkalla samtycket, vilket stoppar deltagandet genast.\n\n{link}',
  'youth.about':
    'Silta är plattformen för ett partnerskap för livslångt lärande mellan städer. I ungdomsutbytet möts unga från båda städerna i små cirklar med 4–8 deltagare, alltid med en granskad ungdomsarbetare från varje stad som ser varje meddelande. Det finns inga privata chattar med minderåriga, kontaktuppgifter döljs i meddelanden och vem som helst kan anmäla ett meddelande eller en person.',
  'youth.data.account':
    'Konto: namn, e-postadress, födelsedatum (andra ser bara en åldersgrupp som 13–15), stad och språk.',
  'youth.data.profile':
    'Ungdomsprofil: språk man talar och lär sig med nivå, intressen och fritid per vecka.',
  'youth.data.circles':
    'Aktivitet i cirklar: cirklar, skrivna meddelanden (kontaktuppgifter maskerade), anmälningar och blockeringar.',
  'youth.data.consent': 'Detta samtycke: ditt namn, din e-postadress, din relation och hur det verifierades.',
  'youth.data.retention':
    'Cirkelmeddelanden raderas 12 månader efter att cirkeln avslutats. Den unga personen kan när som helst ladda ner alla sina uppgifter eller radera sitt konto.',
  'youth.data.rights':
    'Du kan när som helst återkalla samtycket med länken vi skickar efter ditt beslut; deltagandet upphör genast.',
};
