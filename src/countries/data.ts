/**
 * The country table as facts, one state a line:
 * `ISO3|numeric|name|other names|demonyms|capitals|flags`, lists separated by `;`, flag `h` = historical.
 * Codes are ISO 3166-1 (current states) and ISO 3166-3 (historical). States without an ISO code use the
 * user-assigned X range: XKX Kosovo (the code the EU and IMF use), XBI Biafra, XKT Katanga, XNC Northern Cyprus.
 * Where ISO kept a code for the unified state (YEM for North Yemen, VNM for South Vietnam) the old name is a
 * name of the successor, as ISO has it.
 */
export const COUNTRY_TABLE = `
AFG|004|Afghanistan|Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan;Afghani|Kabul|
ALA|248|Aland Islands|Åland|Alander||
ALB|008|Albania|Republic of Albania|Albanian|Tirana|
DZA|012|Algeria|People's Democratic Republic of Algeria|Algerian|Algiers|
ASM|016|American Samoa||American Samoan||
AND|020|Andorra|Principality of Andorra|Andorran|Andorra la Vella|
AGO|024|Angola|Republic of Angola|Angolan|Luanda|
AIA|660|Anguilla||Anguillian||
ATA|010|Antarctica||||
ATG|028|Antigua and Barbuda|Antigua|Antiguan;Barbudan|Saint John's|
ARG|032|Argentina|Argentine Republic|Argentine;Argentinian;Argentinean|Buenos Aires|
ARM|051|Armenia|Republic of Armenia|Armenian|Yerevan|
ABW|533|Aruba||Aruban||
AUS|036|Australia|Commonwealth of Australia|Australian|Canberra|
AUT|040|Austria|Republic of Austria|Austrian|Vienna|
AZE|031|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri|Baku|
BHS|044|Bahamas|Commonwealth of The Bahamas|Bahamian|Nassau|
BHR|048|Bahrain|Kingdom of Bahrain|Bahraini|Manama|
BGD|050|Bangladesh|People's Republic of Bangladesh|Bangladeshi|Dhaka|
BRB|052|Barbados||Barbadian;Bajan|Bridgetown|
BLR|112|Belarus|Republic of Belarus;Byelorussia;Belorussia|Belarusian;Belarussian;Byelorussian|Minsk|
BEL|056|Belgium|Kingdom of Belgium|Belgian|Brussels|
BLZ|084|Belize||Belizean|Belmopan|
BEN|204|Benin|Republic of Benin;Dahomey|Beninese|Porto-Novo|
BMU|060|Bermuda||Bermudian||
BTN|064|Bhutan|Kingdom of Bhutan|Bhutanese|Thimphu|
BOL|068|Bolivia|Plurinational State of Bolivia|Bolivian|La Paz;Sucre|
BES|535|Bonaire, Sint Eustatius and Saba|Caribbean Netherlands;Bonaire|||
BIH|070|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnia|Bosnian;Herzegovinian|Sarajevo|
BWA|072|Botswana|Republic of Botswana|Botswanan;Motswana;Batswana|Gaborone|
BVT|074|Bouvet Island||||
BRA|076|Brazil|Federative Republic of Brazil;Brasil|Brazilian|Brasilia|
IOT|086|British Indian Ocean Territory|Chagos Islands;Diego Garcia|||
BRN|096|Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan|
BGR|100|Bulgaria|Republic of Bulgaria|Bulgarian|Sofia|
BFA|854|Burkina Faso|Burkina;Upper Volta|Burkinabe;Burkinabè|Ouagadougou|
BDI|108|Burundi|Republic of Burundi|Burundian|Gitega;Bujumbura|
CPV|132|Cabo Verde|Cape Verde|Cape Verdean;Cabo Verdean|Praia|
KHM|116|Cambodia|Kingdom of Cambodia;Kampuchea;Khmer Republic|Cambodian|Phnom Penh|
CMR|120|Cameroon|Republic of Cameroon|Cameroonian|Yaounde|
CAN|124|Canada||Canadian|Ottawa|
CYM|136|Cayman Islands||Caymanian||
CAF|140|Central African Republic|CAR;Central African Empire|Central African|Bangui|
TCD|148|Chad|Republic of Chad|Chadian|N'Djamena|
CHL|152|Chile|Republic of Chile|Chilean|Santiago|
CHN|156|China|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Peking|
CXR|162|Christmas Island||||
CCK|166|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands|||
COL|170|Colombia|Republic of Colombia|Colombian|Bogota|
COM|174|Comoros|Union of the Comoros|Comoran;Comorian|Moroni|
COG|178|Congo|Republic of the Congo;Republic of Congo;Congo-Brazzaville;Congo Brazzaville|Congolese|Brazzaville|
COD|180|DR Congo|Democratic Republic of the Congo;Democratic Republic of Congo;DRC;DR of Congo;Congo-Kinshasa;Congo Kinshasa;Zaire|Zairean|Kinshasa|
COK|184|Cook Islands||Cook Islander||
CRI|188|Costa Rica|Republic of Costa Rica|Costa Rican|San Jose|
CIV|384|Cote d'Ivoire|Côte d'Ivoire;Ivory Coast;Republic of Cote d'Ivoire|Ivorian|Yamoussoukro;Abidjan|
HRV|191|Croatia|Republic of Croatia;Hrvatska|Croatian;Croat|Zagreb|
CUB|192|Cuba|Republic of Cuba|Cuban|Havana|
CUW|531|Curacao|Curaçao|Curacaoan||
CYP|196|Cyprus|Republic of Cyprus|Cypriot;Greek Cypriot|Nicosia|
CZE|203|Czechia|Czech Republic|Czech|Prague|
DNK|208|Denmark|Kingdom of Denmark|Danish;Dane|Copenhagen|
DJI|262|Djibouti|Republic of Djibouti|Djiboutian|Djibouti City|
DMA|212|Dominica|Commonwealth of Dominica||Roseau|
DOM|214|Dominican Republic|Dominican Rep.|Dominican|Santo Domingo|
ECU|218|Ecuador|Republic of Ecuador|Ecuadorian;Ecuadorean|Quito|
EGY|818|Egypt|Arab Republic of Egypt;United Arab Republic|Egyptian|Cairo|
SLV|222|El Salvador|Salvador|Salvadoran;Salvadorean|San Salvador|
GNQ|226|Equatorial Guinea|Eq. Guinea|Equatorial Guinean;Equatoguinean|Malabo|
ERI|232|Eritrea|State of Eritrea|Eritrean|Asmara|
EST|233|Estonia|Republic of Estonia|Estonian|Tallinn|
SWZ|748|Eswatini|eSwatini;Swaziland;Kingdom of Eswatini|Swazi;Liswati|Mbabane|
ETH|231|Ethiopia|Federal Democratic Republic of Ethiopia;Abyssinia|Ethiopian|Addis Ababa|
FLK|238|Falkland Islands|Falklands;Malvinas;Falkland Is.|Falkland Islander||
FRO|234|Faroe Islands|Faroes|Faroese||
FJI|242|Fiji|Republic of Fiji|Fijian|Suva|
FIN|246|Finland|Republic of Finland|Finnish;Finn|Helsinki|
FRA|250|France|French Republic|French|Paris|
GUF|254|French Guiana|Guyane|French Guianese||
PYF|258|French Polynesia|Tahiti|French Polynesian;Tahitian||
ATF|260|French Southern Territories|French Southern and Antarctic Lands;Fr. S. Antarctic Lands|||
GAB|266|Gabon|Gabonese Republic|Gabonese|Libreville|
GMB|270|Gambia|The Gambia;Republic of The Gambia|Gambian|Banjul|
GEO|268|Georgia|Sakartvelo|Georgian|Tbilisi|
DEU|276|Germany|Federal Republic of Germany;FRG;West Germany;Deutschland|German|Berlin;Bonn|
GHA|288|Ghana|Republic of Ghana|Ghanaian|Accra|
GIB|292|Gibraltar||Gibraltarian||
GRC|300|Greece|Hellenic Republic;Hellas|Greek;Hellenic|Athens|
GRL|304|Greenland|Kalaallit Nunaat|Greenlandic;Greenlander||
GRD|308|Grenada||Grenadian|Saint George's|
GLP|312|Guadeloupe||Guadeloupean||
GUM|316|Guam||Guamanian||
GTM|320|Guatemala|Republic of Guatemala|Guatemalan|Guatemala City|
GGY|831|Guernsey||||
GIN|324|Guinea|Republic of Guinea;Guinea-Conakry|Guinean|Conakry|
GNB|624|Guinea-Bissau|Guinea Bissau;Republic of Guinea-Bissau|Bissau-Guinean|Bissau|
GUY|328|Guyana|Co-operative Republic of Guyana|Guyanese|Georgetown|
HTI|332|Haiti|Republic of Haiti|Haitian|Port-au-Prince|
HMD|334|Heard Island and McDonald Islands||||
VAT|336|Holy See|Vatican;Vatican City|Vatican||
HND|340|Honduras|Republic of Honduras|Honduran|Tegucigalpa|
HKG|344|Hong Kong||Hongkonger||
HUN|348|Hungary||Hungarian|Budapest|
ISL|352|Iceland||Icelandic;Icelander|Reykjavik|
IND|356|India|Republic of India;Bharat|Indian|New Delhi;Delhi|
IDN|360|Indonesia|Republic of Indonesia|Indonesian|Jakarta|
IRN|364|Iran|Islamic Republic of Iran;Persia|Iranian;Persian|Tehran;Teheran|
IRQ|368|Iraq|Republic of Iraq|Iraqi|Baghdad|
IRL|372|Ireland|Republic of Ireland;Eire|Irish|Dublin|
IMN|833|Isle of Man||Manx||
ISR|376|Israel|State of Israel|Israeli|Jerusalem|
ITA|380|Italy|Italian Republic;Italia|Italian|Rome|
JAM|388|Jamaica||Jamaican|Kingston|
JPN|392|Japan|Nippon|Japanese|Tokyo|
JEY|832|Jersey||||
JOR|400|Jordan|Hashemite Kingdom of Jordan|Jordanian|Amman|
KAZ|398|Kazakhstan|Republic of Kazakhstan;Kazakstan|Kazakh;Kazakhstani|Astana;Nur-Sultan|
KEN|404|Kenya|Republic of Kenya|Kenyan|Nairobi|
KIR|296|Kiribati||I-Kiribati|Tarawa|
PRK|408|North Korea|Democratic People's Republic of Korea;DPRK;DPR Korea;Korea, DPR|North Korean|Pyongyang|
KOR|410|South Korea|Republic of Korea;ROK;Korea;Korea, Republic of|South Korean;Korean|Seoul|
KWT|414|Kuwait|State of Kuwait|Kuwaiti|Kuwait City|
KGZ|417|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani;Kirghiz|Bishkek|
LAO|418|Laos|Lao PDR;Lao People's Democratic Republic;Lao|Laotian;Lao|Vientiane|
LVA|428|Latvia|Republic of Latvia|Latvian|Riga|
LBN|422|Lebanon|Lebanese Republic|Lebanese|Beirut|
LSO|426|Lesotho|Kingdom of Lesotho|Basotho;Mosotho|Maseru|
LBR|430|Liberia|Republic of Liberia|Liberian|Monrovia|
LBY|434|Libya|State of Libya;Libyan Arab Jamahiriya|Libyan|Tripoli|
LIE|438|Liechtenstein||Liechtensteiner|Vaduz|
LTU|440|Lithuania|Republic of Lithuania|Lithuanian|Vilnius|
LUX|442|Luxembourg|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger|Luxembourg City|
MAC|446|Macao|Macau|Macanese||
MDG|450|Madagascar|Republic of Madagascar|Malagasy|Antananarivo|
MWI|454|Malawi|Republic of Malawi|Malawian|Lilongwe|
MYS|458|Malaysia||Malaysian|Kuala Lumpur;Putrajaya|
MDV|462|Maldives|Republic of Maldives|Maldivian|Male|
MLI|466|Mali|Republic of Mali|Malian|Bamako|
MLT|470|Malta|Republic of Malta|Maltese|Valletta|
MHL|584|Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro|
MTQ|474|Martinique||Martinican||
MRT|478|Mauritania|Islamic Republic of Mauritania|Mauritanian|Nouakchott|
MUS|480|Mauritius|Republic of Mauritius|Mauritian|Port Louis|
MYT|175|Mayotte||Mahoran||
MEX|484|Mexico|United Mexican States|Mexican|Mexico City|
FSM|583|Micronesia|Federated States of Micronesia|Micronesian|Palikir|
MDA|498|Moldova|Republic of Moldova;Moldavia|Moldovan|Chisinau|
MCO|492|Monaco|Principality of Monaco|Monegasque||
MNG|496|Mongolia||Mongolian|Ulaanbaatar;Ulan Bator|
MNE|499|Montenegro||Montenegrin|Podgorica|
MSR|500|Montserrat||Montserratian||
MAR|504|Morocco|Kingdom of Morocco|Moroccan|Rabat|
MOZ|508|Mozambique|Republic of Mozambique|Mozambican|Maputo|
MMR|104|Myanmar|Burma;Republic of the Union of Myanmar|Burmese|Naypyidaw;Nay Pyi Taw;Rangoon;Yangon|
NAM|516|Namibia|Republic of Namibia;South West Africa|Namibian|Windhoek|
NRU|520|Nauru|Republic of Nauru|Nauruan|Yaren|
NPL|524|Nepal||Nepalese;Nepali|Kathmandu|
NLD|528|Netherlands|Kingdom of the Netherlands;Holland;The Netherlands|Dutch|Amsterdam;The Hague|
NCL|540|New Caledonia||New Caledonian||
NZL|554|New Zealand|Aotearoa|New Zealander|Wellington|
NIC|558|Nicaragua|Republic of Nicaragua|Nicaraguan|Managua|
NER|562|Niger|Republic of the Niger;Republic of Niger|Nigerien|Niamey|
NGA|566|Nigeria|Federal Republic of Nigeria|Nigerian|Abuja|
NIU|570|Niue||Niuean||
NFK|574|Norfolk Island||||
MKD|807|North Macedonia|Republic of North Macedonia;Macedonia;FYROM;Former Yugoslav Republic of Macedonia|Macedonian;North Macedonian|Skopje|
MNP|580|Northern Mariana Islands|Northern Marianas|||
NOR|578|Norway|Kingdom of Norway|Norwegian|Oslo|
OMN|512|Oman|Sultanate of Oman|Omani|Muscat|
PAK|586|Pakistan|Islamic Republic of Pakistan|Pakistani|Islamabad|
PLW|585|Palau|Republic of Palau|Palauan|Ngerulmud|
PSE|275|Palestine|State of Palestine;Palestinian Territories;Palestinian Authority|Palestinian|Ramallah|
PAN|591|Panama|Republic of Panama|Panamanian|Panama City|
PNG|598|Papua New Guinea|PNG|Papua New Guinean|Port Moresby|
PRY|600|Paraguay|Republic of Paraguay|Paraguayan|Asuncion|
PER|604|Peru|Republic of Peru|Peruvian|Lima|
PHL|608|Philippines|Republic of the Philippines;The Philippines|Philippine;Filipino|Manila|
PCN|612|Pitcairn|Pitcairn Islands|Pitcairn Islander||
POL|616|Poland|Republic of Poland;Polska|Polish;Pole|Warsaw|
PRT|620|Portugal|Portuguese Republic|Portuguese|Lisbon|
PRI|630|Puerto Rico||Puerto Rican||
QAT|634|Qatar|State of Qatar|Qatari|Doha|
REU|638|Reunion|Réunion|Reunionese||
ROU|642|Romania|Rumania;Roumania|Romanian|Bucharest|
RUS|643|Russia|Russian Federation|Russian|Moscow|
RWA|646|Rwanda|Republic of Rwanda|Rwandan|Kigali|
BLM|652|Saint Barthelemy|Saint Barthélemy;St Barts|||
SHN|654|Saint Helena, Ascension and Tristan da Cunha|Saint Helena|Saint Helenian||
KNA|659|Saint Kitts and Nevis|St Kitts and Nevis;Saint Christopher and Nevis|Kittitian;Nevisian|Basseterre|
LCA|662|Saint Lucia|St Lucia|Saint Lucian|Castries|
MAF|663|Saint Martin|Saint-Martin;Collectivity of Saint Martin|||
SPM|666|Saint Pierre and Miquelon||||
VCT|670|Saint Vincent and the Grenadines|Saint Vincent;St Vincent;St Vincent and the Grenadines|Vincentian|Kingstown|
WSM|882|Samoa|Independent State of Samoa;Western Samoa|Samoan|Apia|
SMR|674|San Marino||Sammarinese|San Marino City|
STP|678|Sao Tome and Principe|São Tomé and Príncipe;Sao Tome|Santomean|Sao Tome City|
SAU|682|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian|Riyadh|
SEN|686|Senegal|Republic of Senegal|Senegalese|Dakar|
SRB|688|Serbia|Republic of Serbia|Serbian;Serb|Belgrade|
SYC|690|Seychelles|Republic of Seychelles|Seychellois|Victoria|
SLE|694|Sierra Leone|Republic of Sierra Leone|Sierra Leonean|Freetown|
SGP|702|Singapore|Republic of Singapore|Singaporean||
SXM|534|Sint Maarten||||
SVK|703|Slovakia|Slovak Republic|Slovak;Slovakian|Bratislava|
SVN|705|Slovenia|Republic of Slovenia|Slovenian;Slovene|Ljubljana|
SLB|090|Solomon Islands|Solomon Is.;Solomons|Solomon Islander|Honiara|
SOM|706|Somalia|Federal Republic of Somalia|Somali;Somalian|Mogadishu|
ZAF|710|South Africa|Republic of South Africa;RSA|South African|Pretoria;Cape Town|
SGS|239|South Georgia and the South Sandwich Islands|South Georgia|||
SSD|728|South Sudan|Republic of South Sudan;S. Sudan|South Sudanese|Juba|
ESP|724|Spain|Kingdom of Spain;Espana|Spanish;Spaniard|Madrid|
LKA|144|Sri Lanka|Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan|Colombo;Sri Jayawardenepura Kotte|
SDN|729|Sudan|Republic of the Sudan;The Sudan|Sudanese|Khartoum|
SUR|740|Suriname|Surinam;Republic of Suriname|Surinamese|Paramaribo|
SJM|744|Svalbard and Jan Mayen|Svalbard|||
SWE|752|Sweden|Kingdom of Sweden;Sverige|Swedish;Swede|Stockholm|
CHE|756|Switzerland|Swiss Confederation;Schweiz;Suisse|Swiss|Bern;Berne|
SYR|760|Syria|Syrian Arab Republic|Syrian|Damascus|
TWN|158|Taiwan|Republic of China;ROC;Chinese Taipei;Formosa|Taiwanese|Taipei|
TJK|762|Tajikistan|Republic of Tajikistan;Tadzhikistan|Tajik;Tajikistani|Dushanbe|
TZA|834|Tanzania|United Republic of Tanzania;Tanganyika|Tanzanian|Dodoma;Dar es Salaam|
THA|764|Thailand|Kingdom of Thailand;Siam|Thai|Bangkok|
TLS|626|Timor-Leste|East Timor;Timor Leste;Democratic Republic of Timor-Leste|Timorese;East Timorese|Dili|
TGO|768|Togo|Togolese Republic|Togolese|Lome|
TKL|772|Tokelau||Tokelauan||
TON|776|Tonga|Kingdom of Tonga|Tongan|Nuku'alofa|
TTO|780|Trinidad and Tobago|Trinidad|Trinidadian;Tobagonian|Port of Spain|
TUN|788|Tunisia|Tunisian Republic|Tunisian|Tunis|
TUR|792|Turkiye|Türkiye;Turkey;Republic of Turkiye;Republic of Turkey|Turkish;Turk|Ankara|
TKM|795|Turkmenistan||Turkmen;Turkmenistani|Ashgabat|
TCA|796|Turks and Caicos Islands|Turks and Caicos|||
TUV|798|Tuvalu||Tuvaluan|Funafuti|
UGA|800|Uganda|Republic of Uganda|Ugandan|Kampala|
UKR|804|Ukraine|The Ukraine|Ukrainian|Kyiv;Kiev|
ARE|784|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Abu Dhabi|
GBR|826|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton|London|
USA|840|United States|US;U.S.;USA;U.S.A.;United States of America;America|American|Washington;Washington DC;Washington D.C.|
UMI|581|United States Minor Outlying Islands||||
URY|858|Uruguay|Oriental Republic of Uruguay|Uruguayan|Montevideo|
UZB|860|Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbekistani|Tashkent|
VUT|548|Vanuatu|Republic of Vanuatu|Ni-Vanuatu|Port Vila|
VEN|862|Venezuela|Bolivarian Republic of Venezuela|Venezuelan|Caracas|
VNM|704|Viet Nam|Vietnam;Socialist Republic of Vietnam;South Vietnam;Republic of Vietnam|Vietnamese|Hanoi|
VGB|092|British Virgin Islands|Virgin Islands (British)|||
VIR|850|US Virgin Islands|Virgin Islands (U.S.);United States Virgin Islands|||
WLF|876|Wallis and Futuna||||
ESH|732|Western Sahara|Sahrawi Arab Democratic Republic;SADR;W. Sahara|Sahrawi;Saharawi||
YEM|887|Yemen|Republic of Yemen;North Yemen;Yemen Arab Republic|Yemeni|Sanaa;Sana'a|
ZMB|894|Zambia|Republic of Zambia;Northern Rhodesia|Zambian|Lusaka|
ZWE|716|Zimbabwe|Republic of Zimbabwe;Rhodesia;Southern Rhodesia|Zimbabwean;Rhodesian|Harare;Salisbury|
XKX||Kosovo|Republic of Kosovo|Kosovar;Kosovan|Pristina|
XNC||Northern Cyprus|Turkish Republic of Northern Cyprus;TRNC;North Cyprus|Turkish Cypriot||
SUN|810|Soviet Union|USSR;U.S.S.R.;Union of Soviet Socialist Republics|Soviet||h
YUG||Yugoslavia|Socialist Federal Republic of Yugoslavia;SFRY;Federal Republic of Yugoslavia;FRY|Yugoslav;Yugoslavian||h
SCG||Serbia and Montenegro|State Union of Serbia and Montenegro|||h
DDR|278|East Germany|German Democratic Republic;GDR|East German||h
CSK|200|Czechoslovakia|Czechoslovak Socialist Republic;CSSR|Czechoslovak;Czechoslovakian||h
YMD|720|South Yemen|People's Democratic Republic of Yemen;PDRY;Democratic Yemen|South Yemeni||h
VDR||North Vietnam|Democratic Republic of Vietnam;Democratic Republic of Viet Nam|North Vietnamese||h
ANT|530|Netherlands Antilles||||h
XBI||Biafra|Republic of Biafra|Biafran||h
XKT||Katanga|State of Katanga|Katangese||h
`;
