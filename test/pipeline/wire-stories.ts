/** Texts written for the near-duplicate tests: one wire story, a lightly edited copy, another story on the deal. */

export const WIRE_STORY = `Norway has signed a contract for 54 K9 self-propelled howitzers from South Korea's Hanwha Aerospace, the defence ministry in Oslo said on Thursday.

The deal, worth about 4.5 billion crowns, covers the guns, support vehicles and a training package. The first batch of 12 howitzers is expected in 2026, with the rest following over three years.

Norway already operates 24 K9 guns, which it ordered in 2017 to replace its ageing M109 artillery. Officials said the new order would allow the army to equip a second artillery battalion in the north of the country.

Hanwha has sold the K9 to nine countries, including Poland, Finland, Estonia and Australia, making it one of the most widely exported artillery systems of the past decade.`;

/** The wire story as another site ran it: a new first line, a few words changed, the last paragraph cut. */
export const EDITED_COPY = `OSLO (Wire) - Norway has signed a contract for 54 K9 self-propelled howitzers from South Korean group Hanwha Aerospace, the Norwegian defence ministry said on Thursday.

The deal, worth roughly 4.5 billion crowns, covers the guns, support vehicles and a training package. The first batch of 12 howitzers is due in 2026, with the rest following over three years.

Norway already operates 24 K9 guns, which it ordered in 2017 to replace its old M109 artillery. Officials said the new order would let the army equip a second artillery battalion in the north of the country.`;

/** A different article about the same deal: same names and numbers, its own sentences. */
export const OTHER_STORY = `Hanwha Aerospace shares rose on Friday after the South Korean company confirmed a Norwegian order for 54 K9 howitzers.

Analysts in Seoul said the contract, the second from Oslo after an order for 24 guns in 2017, strengthens Hanwha's position in Nordic markets where Finland and Estonia also field the system.

The company expects deliveries to Norway to start in 2026. It is competing for further artillery contracts in Romania and Vietnam, according to people familiar with the bids.`;
