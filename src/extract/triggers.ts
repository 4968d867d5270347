/**
 * Status triggers: the words that say a transfer is talked about, approved, ordered, delivered or cancelled,
 * or that arms are produced; and the cue words that take a trigger back (negation, denial, speculation).
 */

import type { TransferStatus } from '../model/index.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** How a trigger word reads. */
export interface TriggerWord {
  status: TransferStatus;
  /** Who the grammatical subject of an active verb is: the buyer, the seller, or either. */
  subject: 'recipient' | 'supplier' | 'either';
  /** A noun ("delivery", "contract"): takes its reading from a verb beside it. */
  noun?: boolean;
  /** A verb whose theme may stand before it without a passive ("arrived", "landed", "took off"). */
  intransitive?: boolean;
  /** An event that happened at one time (a signing), so a present perfect dates it to the article. */
  event?: boolean;
}

function entries(words: string, word: TriggerWord): [string, TriggerWord][] {
  return words.split(' ').map((w) => [w, word]);
}

const TRANSFER_TRIGGERS = new Map<string, TriggerWord>([
  ...entries('negotiate negotiating negotiated negotiation negotiations talks', {
    status: 'negotiating',
    subject: 'either',
  }),
  ...entries('offer offered offers offering pledge pledged pledges pledging promised promises', {
    status: 'negotiating',
    subject: 'supplier',
  }),
  ...entries(
    'interested interest keen keener seeking seeks sought considering considers requested request wants selected selects chose choice shortlisted',
    {
      status: 'negotiating',
      subject: 'recipient',
    },
  ),
  ...entries(
    'approve approved approves approving approval authorised authorized authorises authorizes authorising authorizing cleared notified notifying notification',
    {
      status: 'approved',
      subject: 'supplier',
      event: true,
    },
  ),
  ...entries(
    'sign signed signs signing inked sealed concluded clinched finalised finalized agreed awarded won secured',
    {
      status: 'ordered',
      subject: 'either',
      event: true,
    },
  ),
  ...entries('order ordered orders ordering', { status: 'ordered', subject: 'recipient', event: true }),
  ...entries('contract contracts deal deals agreement', { status: 'ordered', subject: 'either', noun: true }),
  ...entries(
    'buy buys bought buying purchase purchased purchases purchasing procure procured procuring procurement',
    {
      status: 'ordered',
      subject: 'recipient',
    },
  ),
  ...entries('sell sells sold selling sale sales', { status: 'ordered', subject: 'supplier' }),
  ...entries(
    'deliver delivers delivered delivering supply supplied supplies supplying provide provided provides providing transfer transferred transfers sent send sends ship shipped ships dispatched export exported exports handed brought equip equipping donate donated donates donating gifted',
    {
      status: 'delivered',
      subject: 'supplier',
    },
  ),
  ...entries('delivery deliveries shipment shipments consignment', {
    status: 'delivered',
    subject: 'either',
    noun: true,
  }),
  ...entries(
    'receive received receives receiving obtain obtained obtains obtaining acquire acquired acquires acquiring acquisition inducted inducts induct induction commissioned',
    {
      status: 'delivered',
      subject: 'recipient',
    },
  ),
  ...entries('arrive arrived arrives arriving arrival landed land reach reached', {
    status: 'delivered',
    subject: 'recipient',
    intransitive: true,
  }),
  ...entries(
    'cancel cancelled canceled cancels cancelling canceling cancellation scrap scrapped scraps abandon abandoned dropped halt halted halts suspend suspended suspends blocked refused refuses froze frozen withdrew terminated terminates revoked revokes',
    {
      status: 'cancelled',
      subject: 'either',
      event: true,
    },
  ),
]);

/** The transfer trigger that a token is, or undefined. */
export function transferTrigger(token: Token): TriggerWord | undefined {
  return TRANSFER_TRIGGERS.get(token.lower);
}

/** Words that make the next trigger a negated one ("has not received", "never supplied"). */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'without', 'nor', 'neither', 'cannot']);

/** Words that deny a report: a sentence that holds one states no transfer. */
export const DENIALS = wordSet(
  'deny denied denies denying denial rejected rejects reject refuted refutes refute baseless unfounded unsubstantiated groundless untrue fabricated dismissed dismisses disinformation',
);

/** Words that mark a report as an allegation: it counts only where nobody in the article denies it. */
export const ALLEGATIONS = wordSet(
  'alleged allegedly allegation allegations claims claimed purported reportedly reports rumours rumors',
);

/** Words that mark speculation by observers, not a party's stated plan. */
export const SPECULATION = wordSet(
  'speculated believe believes likely unlikely observers analysts might could may possibly perhaps rumoured rumored predict predicts expect forecast if option options allowed allows',
);

/** Words that make a cancellation a threat, not a fact ("warned of repercussions, including cancelling sales"). */
export const THREATS = wordSet('warned warns threatened threatens threat repercussions risk');

/** Words that put the trigger in the future or in an intention ("will deliver", "plans to buy"). */
export const FUTURE_MARKERS = new Set([
  'will',
  "'ll",
  'would',
  'shall',
  'to',
  'plan',
  'plans',
  'planning',
  'planned',
  'intends',
  'intend',
  'aims',
  'set',
  'going',
  'expected',
  'scheduled',
  'due',
  'soon',
]);

/** Verbs that mark a plain wish or attempt to buy: the buyer's side of talks. */
export const INTENTIONS = wordSet(
  'plan plans planning intends intend wants want tried tries seeks sought looking hopes hoped aims interested keen keener considering sought seeking',
);

/** Production triggers and the status they give. */
export type ProductionTrigger = 'make' | 'start' | 'end' | 'plant';

const PRODUCTION_TRIGGERS = new Map<string, ProductionTrigger>([
  ...'produce produces produced producing production manufacture manufactures manufactured manufacturing assemble assembles assembled assembling assembly build builds building'
    .split(' ')
    .map((w): [string, ProductionTrigger] => [w, 'make']),
  ...'factory plant plants facility'.split(' ').map((w): [string, ProductionTrigger] => [w, 'plant']),
]);

/** The production trigger that a token is, or undefined. */
export function productionTrigger(token: Token): ProductionTrigger | undefined {
  // "co-production", "co-produce": production with a partner.
  return PRODUCTION_TRIGGERS.get(token.lower.startsWith('co-') ? token.lower.slice(3) : token.lower);
}

/** Words that start production ("began production", "launched"). */
export const STARTS = wordSet(
  'started starts began begins begun launched launches opened opens commissioned inaugurated newly operating operations realised realized currently now',
);

/** Words that end production. */
export const ENDS = wordSet('stopped ceased halted ended discontinued stop cease pause closed');
