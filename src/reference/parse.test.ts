import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PER_DELIVERY_ROWS,
  perDeliveryCsv,
  TRADE_REGISTER_ROWS,
  tradeRegisterCsv,
} from '../../test/support/sipri.ts';
import { AppError } from '../errors.ts';
import { parseSipriCsv } from './index.ts';

function dealOf(deals: ReturnType<typeof parseSipriCsv>['deals'], designation: string) {
  const deal = deals.find((candidate) => candidate.designation === designation);
  assert.ok(deal, `no deal for ${designation}`);
  return deal;
}

function rejects(content: Buffer, pattern: RegExp): void {
  assert.throws(
    () => parseSipriCsv(content, 'sipri.csv'),
    (error: unknown) => error instanceof AppError && pattern.test(error.message),
  );
}

describe('parseSipriCsv on the Trade Register', () => {
  const parsed = parseSipriCsv(tradeRegisterCsv(TRADE_REGISTER_ROWS), 'register.csv');

  it('reads the shape, the generated date and one deal per row', () => {
    assert.equal(parsed.shape, 'trade-register');
    assert.equal(parsed.generated, '2025-03-13');
    assert.equal(parsed.deals.length, TRADE_REGISTER_ROWS.length);
  });

  it('decodes Latin-1 names and maps them to ISO3', () => {
    const deal = dealOf(parsed.deals, 'VAB');
    assert.equal(deal.recipientName, "Côte d'Ivoire");
    assert.equal(deal.recipient, 'CIV');
    assert.equal(deal.supplier, 'FRA');
  });

  it('reads the ? flags of order year, number ordered and number delivered', () => {
    const vab = dealOf(parsed.deals, 'VAB');
    assert.equal(vab.orderYearEstimated, true);
    assert.equal(vab.quantityOrderedEstimated, false);
    assert.equal(vab.deliveries[0]?.estimated, false);
    const rafale = dealOf(parsed.deals, 'Rafale');
    assert.equal(rafale.orderYearEstimated, false);
    assert.deepEqual(
      rafale.deliveries.map((delivery) => delivery.estimated),
      [true, true, true],
    );
  });

  it('joins a record that a raw line break in Comments cut in two', () => {
    const rafale = dealOf(parsed.deals, 'Rafale');
    assert.equal(rafale.comments, 'EUR7.9 b deal; first batch\ndelivered from Merignac');
    assert.equal(rafale.tivDelivered, 1800);
    assert.equal(dealOf(parsed.deals, 'S-400').recipient, 'IND');
  });

  it('joins a Comments field broken over several lines', () => {
    const row =
      'Poland,South Korea,2022,,180,,K2,tank,28,,2023,New,first line\nsecond line\nthird; with a semicolon,10,1800,280';
    const [deal] = parseSipriCsv(tradeRegisterCsv([row]), 'register.csv').deals;
    assert.equal(deal?.comments, 'first line\nsecond line\nthird; with a semicolon');
    assert.equal(deal?.tivDelivered, 280);
  });

  it('reads a quoted Comments field holding a comma and a line break', () => {
    const row =
      'Poland,South Korea,2022,,180,,K2,tank,28,,2023,New,"quoted, with a comma\nand a break",10,1800,280';
    const [deal] = parseSipriCsv(tradeRegisterCsv([row]), 'register.csv').deals;
    assert.equal(deal?.comments, 'quoted, with a comma\nand a break');
  });

  it('lists the delivery years, with per-year figures only where there is one year', () => {
    const rafale = dealOf(parsed.deals, 'Rafale');
    assert.deepEqual(rafale.deliveries, [
      { year: 2020, quantity: null, tiv: null, estimated: true },
      { year: 2021, quantity: null, tiv: null, estimated: true },
      { year: 2022, quantity: null, tiv: null, estimated: true },
    ]);
    assert.deepEqual(dealOf(parsed.deals, 'K2').deliveries, [
      { year: 2023, quantity: 28, tiv: 280, estimated: false },
    ]);
  });

  it('codes non-state groups, organisations, unknown suppliers and historical states', () => {
    const drones = dealOf(parsed.deals, 'Samad-3');
    assert.equal(drones.recipient, 'non-state:Houthis');
    assert.equal(drones.supplier, 'unknown');
    assert.equal(dealOf(parsed.deals, 'E-3A AWACS').recipient, 'org:NATO');
    assert.equal(dealOf(parsed.deals, 'MiG-25').supplier, 'SUN');
  });

  it('takes the category from the weapon description', () => {
    assert.equal(dealOf(parsed.deals, 'Rafale').category, 'aircraft');
    assert.equal(dealOf(parsed.deals, 'S-400').category, 'air-defence');
    assert.equal(dealOf(parsed.deals, 'K2').category, 'armoured-vehicles');
  });

  it('derives deal ids that stay the same across exports and differ between deals', () => {
    const again = parseSipriCsv(
      tradeRegisterCsv(TRADE_REGISTER_ROWS.slice(1), '1 Jan 2026 1:00:00 AM'),
      'new.csv',
    );
    assert.equal(dealOf(again.deals, 'Rafale').dealId, dealOf(parsed.deals, 'Rafale').dealId);
    assert.equal(new Set(parsed.deals.map((deal) => deal.dealId)).size, parsed.deals.length);
    const twice = parseSipriCsv(
      tradeRegisterCsv([TRADE_REGISTER_ROWS[0]!, TRADE_REGISTER_ROWS[0]!]),
      'twice.csv',
    );
    assert.notEqual(twice.deals[0]?.dealId, twice.deals[1]?.dealId);
  });
});

describe('parseSipriCsv on the per-delivery export', () => {
  const parsed = parseSipriCsv(perDeliveryCsv(PER_DELIVERY_ROWS), 'deliveries.csv');

  it('groups the rows of one SIPRI deal id into one deal with its deliveries', () => {
    assert.equal(parsed.shape, 'per-delivery');
    assert.equal(parsed.generated, '2026-02-12');
    assert.equal(parsed.rowCount, 6);
    assert.deepEqual(
      parsed.deals.map((deal) => deal.dealId),
      ['101', '102', '103', '104'],
    );
    const rafale = dealOf(parsed.deals, 'Rafale');
    assert.deepEqual(rafale.deliveries, [
      { year: 2020, quantity: 10, tiv: 500, estimated: false },
      { year: 2021, quantity: 16, tiv: 800, estimated: true },
      { year: 2022, quantity: 10, tiv: 500, estimated: true },
    ]);
    assert.equal(rafale.quantityDelivered, 36);
    assert.equal(rafale.tivDelivered, 1800);
    assert.equal(rafale.tivPerUnit, 50);
  });

  it('drops the trailing semicolon and reads Local production', () => {
    assert.equal(dealOf(parsed.deals, 'T-55').localProduction, true);
    assert.equal(dealOf(parsed.deals, 'Rafale').localProduction, false);
    assert.equal(dealOf(parsed.deals, 'T-55').recipient, 'CIV');
  });

  it('takes the category from the Armament category column', () => {
    assert.equal(dealOf(parsed.deals, 'S-400').category, 'air-defence');
    assert.equal(dealOf(parsed.deals, 'AH-64E').category, 'aircraft');
  });

  it('keeps an empty number delivered as null', () => {
    assert.equal(dealOf(parsed.deals, 'AH-64E').deliveries[0]?.quantity, null);
    assert.equal(dealOf(parsed.deals, 'AH-64E').tivDelivered, 100);
  });
});

describe('parseSipriCsv on bad input', () => {
  it('rejects a CSV that is not a SIPRI export', () => {
    rejects(Buffer.from('name,price\nwidget,3\n'), /sipri\.csv: not a SIPRI arms transfers export/);
  });

  it('rejects a header that differs from SIPRI', () => {
    const content = tradeRegisterCsv(TRADE_REGISTER_ROWS);
    const broken = Buffer.from(content.toString('latin1').replace(',Number ordered,', ',Units,'), 'latin1');
    rejects(broken, /line 12: the header does not match .*column 5 is "Units", expected "Number ordered"/);
  });

  it('rejects a file cut short in the middle of a record, naming the line', () => {
    rejects(
      tradeRegisterCsv([...TRADE_REGISTER_ROWS, 'Poland,United States,2018,,2,,Patriot']),
      /line 21: has 7 fields/,
    );
  });

  it('rejects a TIV that is not a number, naming line and column', () => {
    rejects(
      perDeliveryCsv([
        '101,France,India,Rafale,FGA aircraft,Aircraft,2016,No,10,No,2020,No,New,50,fifty,500,No',
      ]),
      /line 13: column "TIV deal unit" is not a number: "fifty"/,
    );
  });

  it('rejects an unknown country and an export without deals', () => {
    rejects(
      tradeRegisterCsv(['Atlantis,France,2019,,4,,VAB,APC,4,,2020,New,,0.5,2,2']),
      /unknown country "Atlantis"/,
    );
    rejects(perDeliveryCsv([]), /holds no deals/);
  });

  it('rejects one deal id used for two different deals', () => {
    rejects(
      perDeliveryCsv([
        PER_DELIVERY_ROWS[0]!,
        '101,Russia,India,Rafale,FGA aircraft,Aircraft,2016,No,16,Yes,2021,No,New,50,50,800,No',
      ]),
      /line 14: deal 101 is France -> India on an earlier line but Russia -> India here/,
    );
  });
});
