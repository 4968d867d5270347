/**
 * Where production takes place: a state or town after "in" ("a plant in Hyderabad", "in Zalaegerszeg,
 * Hungary", "in central Lithuania"), the subject state, the local partner of a joint venture, the maker's home.
 * The party list knows states and capitals only; plants stand in industrial towns, so a short list of such
 * towns (not capitals) gives their state.
 */
import type { PartyMention } from './parties.ts';
import { plantNounAt } from './production-cues.ts';
import type { Frame } from './sentence.ts';
import type { Token } from './tokens.ts';
import { productionTrigger } from './triggers.ts';
import { wordSet } from './words.ts';

function towns(code: string, names: string): [string, string][] {
  return names.split(',').map((name) => [name.trim().toLowerCase(), code]);
}

/** Industrial towns with arms plants, by state; one- or two-word names, lower-cased. */
const TOWNS = new Map<string, string>([
  ...towns(
    'IND',
    'Hyderabad,Pune,Bengaluru,Bangalore,Chennai,Kanpur,Nagpur,Lucknow,Mumbai,Kolkata,Jabalpur,Nashik,Avadi,Tiruchirappalli,Medak,Korwa,Amethi,Ahmedabad,Vadodara,Dhirubhai Ambani',
  ),
  ...towns('PAK', 'Karachi,Lahore,Kamra,Wah,Taxila,Rawalpindi'),
  ...towns(
    'TUR',
    'Istanbul,Izmir,Kirikkale,Kırıkkale,Konya,Eskisehir,Eskişehir,Sakarya,Tarsus,Bursa,Kayseri',
  ),
  ...towns(
    'USA',
    'Fort Worth,Marietta,Greenville,Huntsville,Tucson,Scranton,St. Louis,Mesa,Seattle,Groton,Pascagoula,Anniston,Middletown,Orlando,Palmdale',
  ),
  ...towns(
    'RUS',
    'Kazan,Izhevsk,Tula,Nizhny Tagil,Ulan-Ude,Komsomolsk,Yelabuga,Alabuga,Kurgan,Kovrov,Omsk,Rostov,Saratov,Smolensk,Irkutsk,Novosibirsk,Severodvinsk,Yekaterinburg,Perm,Votkinsk',
  ),
  ...towns('UKR', 'Kharkiv,Kharkov,Lviv,Dnipro,Zaporizhzhia,Mykolaiv,Odesa,Odessa,Zhytomyr'),
  ...towns(
    'DEU',
    'Unterluss,Unterlüß,Munich,Kassel,Kiel,Bremen,Hamburg,Augsburg,Dusseldorf,Düsseldorf,Troisdorf,Schrobenhausen,Ulm,Oberndorf',
  ),
  ...towns(
    'FRA',
    'Bourges,Roanne,Toulouse,Bordeaux,Marignane,Lorient,Cherbourg,Satory,Tarbes,Mérignac,Merignac',
  ),
  ...towns(
    'GBR',
    'Barrow,Barrow-in-Furness,Glasgow,Govan,Rosyth,Preston,Warton,Samlesbury,Belfast,Telford,Yeovil,Glascoed,Bolton',
  ),
  ...towns(
    'ITA',
    'Turin,Torino,Genoa,Genova,La Spezia,Varese,Cameri,Monfalcone,Colleferro,Brescia,Naples,Napoli',
  ),
  ...towns('ESP', 'Seville,Sevilla,Getafe,Cartagena,Ferrol,Cadiz,Cádiz,Oviedo,Trubia,Granada'),
  ...towns(
    'POL',
    'Stalowa Wola,Gliwice,Mielec,Swidnik,Świdnik,Radom,Bydgoszcz,Gdansk,Gdańsk,Gdynia,Siemianowice,Skarzysko,Skarżysko-Kamienna,Labedy,Łabędy,Nowa Deba,Nowa Dęba,Krakow,Kraków',
  ),
  ...towns('CZE', 'Uherský Brod,Uhersky Brod,Vlasim,Vlašim,Sternberk,Šternberk,Novy Jicin,Nový Jičín'),
  ...towns('SVK', 'Detva,Trencin,Trenčín,Banska Bystrica,Banská Bystrica,Dubnica'),
  ...towns('ROU', 'Cugir,Brasov,Brașov,Mizil,Plopeni'),
  ...towns('BGR', 'Kazanlak,Kazanlık,Karlovo,Sopot'),
  ...towns('SRB', 'Kragujevac,Cacak,Čačak,Uzice,Užice,Valjevo,Lucani,Lučani'),
  ...towns('HUN', 'Zalaegerszeg,Gyor,Győr,Varpalota,Várpalota,Kiskunfelegyhaza,Kiskunfélegyháza'),
  ...towns('LTU', 'Baisogala,Radviliskis,Radviliškis,Kaunas,Klaipeda,Klaipėda'),
  ...towns('SWE', 'Linkoping,Linköping,Karlskoga,Karlskrona,Ornskoldsvik,Örnsköldsvik,Eskilstuna,Gothenburg'),
  ...towns('NOR', 'Raufoss,Kongsberg,Lovund'),
  ...towns('FIN', 'Hameenlinna,Hämeenlinna,Lapua,Vihtavuori'),
  ...towns('KOR', 'Changwon,Busan,Sacheon,Geoje,Ulsan,Gumi,Daejeon'),
  ...towns('JPN', 'Nagoya,Kobe,Nagasaki,Komaki'),
  ...towns('CHN', "Shenyang,Chengdu,Xian,Xi'an,Harbin,Shanghai,Wuhan,Dalian,Guangzhou,Baotou,Nanchang"),
  ...towns('ISR', 'Haifa,Lod,Ashdod,Yehud,Rehovot,Netanya'),
  ...towns('IRN', 'Isfahan,Shiraz,Parchin,Esfahan'),
  ...towns('SAU', 'Jeddah,Al-Kharj,Al Kharj,Dammam'),
  ...towns('ARE', 'Dubai,Al Ain'),
  ...towns('EGY', 'Helwan,Alexandria,Heliopolis'),
  ...towns(
    'BRA',
    'Sao Jose dos Campos,São José dos Campos,Gaviao Peixoto,Gavião Peixoto,Itaguai,Itaguaí,Sete Lagoas',
  ),
  ...towns('AUS', 'Adelaide,Melbourne,Brisbane,Ipswich,Benalla,Mulwala,Geelong'),
  ...towns('CAN', 'London Ontario,Montreal,Halifax,Vancouver,Le Gardeur,Repentigny'),
  ...towns('ZAF', 'Boksburg,Somerset West,Johannesburg,Kempton Park'),
  ...towns('ARM', 'Abovyan,Gyumri'),
  ...towns('AZE', 'Sumgait,Sumqayit'),
  ...towns('KAZ', 'Almaty,Petropavl'),
  ...towns('IDN', 'Bandung,Surabaya,Malang'),
  ...towns('MYS', 'Lumut,Rawang'),
  ...towns('TWN', 'Taichung,Kaohsiung'),
]);

const NONE: ReadonlySet<number> = new Set();
const LOCAL = wordSet('locally domestically indigenously');

const DIRECTIONS = wordSet(
  'central northern southern eastern western north south east west northeastern northwestern southeastern southwestern',
);

/** The state of the place named after "in" or "near" (a state, a town of the list, "in central X", "in Town, X"). */
export function placeIn(frame: Frame, tokens: readonly Token[]): string | null {
  const states = frame.parties.filter((p) => p.kind !== 'company');
  const direct = states.find((p) => p.role === 'in' || afterIn(tokens, p));
  if (direct) return direct.code;
  const { first, last } = frame.sentence;
  for (let i = first; i < last - 1; i++) {
    if (!/^(in|near|at)$/.test(tokens[i]!.lower)) continue;
    const at = tokens[i + 1]!.lower === 'the' ? i + 2 : i + 1;
    const town = at < last ? townAt(tokens, at, last) : null;
    if (town) return town;
  }
  return null;
}

/** "in central Lithuania", "in Zalaegerszeg, Hungary": a state that the words before put in "in". */
function afterIn(tokens: readonly Token[], p: PartyMention): boolean {
  let i = p.first - 1;
  if (DIRECTIONS.has(tokens[i]?.lower ?? '')) return tokens[i - 1]?.lower === 'in';
  if (tokens[i]?.lower !== ',') return false;
  for (i -= 1; i >= p.first - 5 && i >= 0; i--) {
    const token = tokens[i]!;
    if (token.lower === 'in' || token.lower === 'near') return true;
    if (!/^\p{Lu}/u.test(token.text)) return false;
  }
  return false;
}

/** "the Kazan plant", "its Changwon factory": a town of the list named on the plant. */
function townOnPlant(frame: Frame, tokens: readonly Token[]): string | null {
  const { first, last } = frame.sentence;
  for (let i = first + 1; i < last; i++) {
    if (productionTrigger(tokens[i]!) !== 'plant') continue;
    const town = townAt(tokens, i - 1, last) ?? (i - 2 >= first ? townAt(tokens, i - 2, i) : null);
    if (town) return town;
  }
  return null;
}

/** The state of a town of the list that starts at token i, or null. */
function townAt(tokens: readonly Token[], i: number, end: number): string | null {
  const one = tokens[i]!;
  if (!/^\p{Lu}/u.test(one.text)) return null;
  const two = i + 1 < end ? `${one.lower} ${tokens[i + 1]!.lower}` : '';
  return TOWNS.get(two) ?? TOWNS.get(one.lower) ?? null;
}

/** Where production happens: "in Armenia" (or a town, "in central Lithuania"), the subject state, a "Saudi-made" drone. */
export function placeOf(frame: Frame, tokens: readonly Token[], trigger: number): string | null {
  const inPlace = placeIn(frame, tokens);
  if (inPlace) return inPlace;
  const local = localPartner(frame, trigger);
  if (local) return local;
  const states = frame.parties.filter((p) => p.kind !== 'company');
  const subject = states.filter((p) => p.first < trigger && p.role !== 'from' && p.role !== 'to').pop();
  if (subject && (subject.role === 'plain' || subject.role === 'possessive') && subject.kind !== 'demonym')
    return subject.code;
  const made = states.find((p) => p.role === 'made');
  if (made) return made.code;
  // "the Polish plant", "its Minsk plant": the state named on the plant is where it makes.
  const plant = states.find((p) => p.last < tokens.length && productionTrigger(tokens[p.last]!) === 'plant');
  if (plant) return plant.code;
  const town = townOnPlant(frame, tokens);
  if (town) return town;
  // "produced locally by Bumar": the maker's home is the place.
  if (
    !frame.parties.some((p) => p.role === 'to') &&
    localWord(tokens, frame.sentence.first, frame.sentence.last)
  )
    return frame.parties.find((p) => p.kind === 'company' && p.role !== 'from')?.code ?? null;
  return null;
}

/**
 * "Israel's Elbit and Adani build drones": of two makers from different states, the one whose state the
 * sentence does not name as foreign ("Israel's", "the Israeli") is the local partner, where it makes.
 */
function localPartner(frame: Frame, trigger: number): string | null {
  const before = frame.parties.filter((p) => p.first < trigger);
  const makers = before.filter((p) => p.kind === 'company');
  if (new Set(makers.map((p) => p.code)).size < 2) return null;
  const marks = before.filter((p) => p.kind !== 'company');
  // "Poland signed with Raytheon and PGZ": a state that is a party in its own right, not a maker's mark.
  if (marks.some((p) => !makers.some((m) => m.first - p.last <= 1 && m.first >= p.last))) return null;
  const marked = new Set(marks.map((p) => p.code));
  const unmarked = [...new Set(makers.map((p) => p.code))].filter((code) => !marked.has(code));
  return unmarked.length === 1 ? unmarked[0]! : null;
}

/**
 * "Nammo opened a plant for artillery shells", "PT Pindad assembles": a company that runs a plant or is the
 * subject of the production verb, where the article gives no place, makes at home. A maker working for a named buyer ("to build four fire units for Poland") is a seller, not a place.
 */
export function makerHome(frame: Frame, tokens: readonly Token[], trigger: number): string | null {
  if (frame.parties.some((p) => p.role === 'to')) return null;
  const plant = namesPlant(tokens, frame.sentence.first, frame.sentence.last);
  const maker = frame.parties.find(
    (p) =>
      p.kind === 'company' && p.role === 'plain' && p.first < trigger && (plant || trigger - p.last <= 1),
  );
  return maker?.code ?? null;
}

function namesPlant(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (productionTrigger(tokens[i]!) === 'plant' || plantNounAt(tokens, i, NONE)) return true;
  }
  return false;
}

function localWord(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (LOCAL.has(tokens[i]!.lower)) return true;
  return false;
}
