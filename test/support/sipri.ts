/** Small SIPRI exports written for the tests, in both of SIPRI's shapes. */

const METADATA = [
  'Transfers of major conventional arms from All countries  to All countries . Deals with deliveries made for the year range',
  "A '?' in a column indicates uncertain data.",
  "An empty field for 'Number ordered' indicates that data is not yet available.",
  'SIPRI trend-indicator values (TIVs) are in millions.',
  "An empty field for 'SIPRI TIV for total order' indicates that data is not available.",
  "A '0' for 'SIPRI TIV of delivered weapons' indicates a small volume.",
  'Figures may not add up to stated totals due to the conventions of rounding.',
  'For the method see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.',
  '',
  'Source: SIPRI Arms Transfers Database (c) SIPRI.',
];

export const TRADE_REGISTER_HEADER =
  'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';

/** A Trade Register as SIPRI writes it: Latin-1, LF, one raw line break inside a Comments field. */
export function tradeRegisterCsv(rows: readonly string[], generated = '13 Mar 2025 10:02:49 AM'): Buffer {
  const lines = [...METADATA, `Data generated: ${generated}`, TRADE_REGISTER_HEADER, ...rows];
  return Buffer.from(`${lines.join('\n')}\n`, 'latin1');
}

/** Rows of a small Trade Register: 2020-2023 deliveries among a few states, a group and an organisation. */
export const TRADE_REGISTER_ROWS = [
  "Côte d'Ivoire,France,2019,?,4,,VAB,APC,4,,2020,Second hand,Aid,0.5,2,2",
  'India,France,2016,,36,,Rafale,FGA aircraft,36,?,2020; 2021; 2022,New,EUR7.9 b deal; first batch\ndelivered from Merignac,50,1800,1800',
  'India,Russia,2018,,5,,S-400,SAM system,2,,2021; 2022,New,,300,1500,600',
  'Houthi rebels (Yemen)*,unknown supplier(s),2021,?,10,?,Samad-3,UAV,10,?,2022,New,,1,10,10',
  'NATO**,United States,2019,,1,,E-3A AWACS,AEW&C aircraft,1,,2023,Second hand,,100,100,100',
  'Poland,South Korea,2022,,180,,K2,tank,28,,2023,New,,10,1800,280',
  'Armenia,Soviet Union,1988,?,10,?,MiG-25,fighter aircraft,10,,1989,New,,20,200,200',
];

export const PER_DELIVERY_HEADER =
  'SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production';

/** A per-delivery export as SIPRI writes it: UTF-8, CRLF, a stray `;` ending every line. */
export function perDeliveryCsv(rows: readonly string[], generated = '12 Feb 2026 12:26:12 PM'): Buffer {
  const lines = [...METADATA, `Data generated: ${generated}`, PER_DELIVERY_HEADER, ...rows];
  return Buffer.from(lines.map((line) => `${line};`).join('\r\n'), 'utf8');
}

/** Rows of a small per-delivery export: the Rafale deal over three years, two more deals. */
export const PER_DELIVERY_ROWS = [
  '101,France,India,Rafale,FGA aircraft,Aircraft,2016,No,10,No,2020,No,New,50,50,500,No',
  '101,France,India,Rafale,FGA aircraft,Aircraft,2016,No,16,Yes,2021,No,New,50,50,800,No',
  '101,France,India,Rafale,FGA aircraft,Aircraft,2016,No,10,No,2022,Yes,New,50,50,500,No',
  '102,Russia,India,S-400,SAM system,Air-defence systems,2018,No,2,No,2021,No,New,300,300,600,No',
  "103,Angola,Côte d'Ivoire,T-55,tank,Armoured vehicles,2002,Yes,2,No,2021,No,Second hand,1.25,0.5,1,Yes",
  '104,United States,Poland,AH-64E,combat helicopter,Aircraft,2024,No,,,2024,Yes,New,25,25,100,No',
];
