/**
 * A message's text: one text, or one per plural category (Intl.PluralRules) of the number given
 * as `count`, so "1 node" and "2 nodes" come from one message. `other` is always there; a
 * language without plural forms, like Korean, gives only that or a plain text.
 */
export type PluralText = { readonly other: string } & Partial<
  Readonly<Record<Intl.LDMLPluralRule, string>>
>;
export type MessageText = string | PluralText;
