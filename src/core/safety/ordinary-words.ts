/**
 * Words that follow a network name in ordinary talk ("Instagram photos", "Discord on kiva", "kakao
 * is fun"), in en, fi and sv; such a word is not taken for a handle.
 */
const ordinaryWords = new Set(
  `a an the is are was were be been being am and or but not no yes so to too of on in at for with from by as
  it its it's this that these those there here i me my mine you your yours he she we they them our their his her
  what who how why when where which if then than just also very really much more most some any all every each
  like likes liked love loves hate use uses used using have has had do does did doing can could will would should
  may might must get gets got go goes going went gone make made see seen look looks follow follows followed add
  added message messages msg dm dms chat chats call calls called video videos vid vids photo photos pic pics
  picture pictures post posts posted story stories reel reels live stream streams streaming streamer server
  servers channel channels group groups account accounts acc profile profiles page pages app apps game games
  gaming friend friends link links feed name username id nick handle status update updates notification
  notifications voice text texts filter filters sticker stickers emoji emojis ok okay please thanks thank
  sure now later today tonight tomorrow yesterday again only even still never always ever maybe lol haha
  nitro premium plus pro gold web desktop mobile phone version down up out off over about into after before
  because while since until though although new old big small good bad best better great nice cool fun funny
  boring cute ban banned block blocked report reported delete deleted private public official
  community communities content creator creators user users people person everyone someone nobody
  on oli ja tai mutta ei en et ole olen olet ovat olla ollut se ne tämä tuo nämä nuo minä sinä hän me te he
  mun sun mä sä mulle sulle mulla sulla meidän teidän kanssa myös vain vaan kun jos niin nyt jo vielä aina
  kiva kivaa kivoja hyvä hyvää hauska hauskaa paras parempi tosi aika ihan kans juttu jutut kuva kuvat kuvia
  kuvan video videoita viesti viestit viestejä ryhmä ryhmässä kanava kanavalla tili tilin profiili kaveri
  kaverit kavereita peli pelit pelejä pelata pelataan puhelu soitto tarina tarinat oon oot onko eikä joo
  moi hei heippa kiitos ok okei siellä täällä missä mikä mitä miksi milloin kuka ketä paljon vähän
  är var och eller men inte ja nej det den de detta en ett jag du han hon vi ni dem min mitt mina din
  ditt med på i till från för om så nu bara också kul roligt bra bäst bild bilder videor grupp gruppen konto
  kontot profil vän vänner kompis kompisar spel spelet spela chatt chatten här där vad vem hur varför när
  hej tack sen snart senare sedan idag igår imorgon ikväll också heller
  safe pls plz asap soon lately rarely often sometimes everyday either anyway instead though btw idk rn tbh omg
  lmao xd yet already enough together alone home school class tonight morning evening night week weekend
  huomenna tänään eilen illalla aamulla päivällä myöhemmin heti kohta eniten vähiten kautta takia vuoksi avulla
  joskus usein aina harvoin koulussa kotona porukalla yhdessä myös`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// Endings of inflected words in fi, sv and en ("maistuu", "aamulla", "kuvissa", "streaming").
const inflected =
  /(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|uu|yy|ee|ii|aa|ää|oo|öö|tti|vat|vät|nut|nyt|mme|tte|ing|ed|ly|tion|ness|ment|able|ful|ous|arna|erna|orna|ande|ende|het)$/u;

/**
 * Whether a word after a network name is ordinary language rather than a handle.
 *
 * @example
 * isOrdinaryWord('photos') // true
 * isOrdinaryWord('liisa') // false
 */
export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  // A plural ("drinks", "photos"), though not a name like "Lucas", "Markus" or "Elias".
  const plural = lower.length >= 5 && /[^aiu]s$/u.test(lower);
  return ordinaryWords.has(lower) || plural || (lower.length >= 5 && inflected.test(lower));
}
