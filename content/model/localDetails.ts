/**
 * The one rule that makes a national entitlement one council's offer page: the council's local
 * details applied to it. Production runs it (`cms/lib/exportSnapshot.ts`, on what the CMS has
 * published) and so do the content checks (`./contentFiles` → `cms/seed/readContent.ts`
 * `councilOffers`, on the files in `content/`), so what the checks test is what the site shows.
 *
 * Each field the council has set (not blank) replaces the national one: the summary, the
 * steps, who to ask, what to do if refused, the notes on who can get it. A local amount (one
 * with a type) replaces the national amount, but the national figure it is compared with
 * (`nationalMinimum`, `nationalBasis`) always stays the entitlement's, and so does the
 * entitlement's note on the amount unless the council wrote its own. The council's note goes
 * at the end of the body under "In <council name>", in the body's own format (Markdown in
 * the files, Lexical in the CMS), so the caller says how to append it.
 */
import type { AmountType, Period } from './amount';

/** A council's local details of one entitlement, as both the content files and the CMS give them (lists as plain strings). */
export type LocalDetails = {
  summary?: string | null;
  amount?: { type?: AmountType | null; value?: number | null; period?: Period | null; note?: string | null } | null;
  howToGet?: readonly string[] | null;
  whoToAsk?: string | null;
  ifRefused?: string | null;
  eligibilityNotes?: string | null;
  note?: string | null;
};

/** What the rule reads of an entitlement (an entry in the snapshot's or the content files' shape). */
export type NationalEntitlement = {
  summary: string;
  amount: { type: AmountType; value?: number | null; period?: Period | null; note?: string | null; nationalMinimum?: number | null; nationalBasis?: string | null };
  howToGet: string[];
  whoToAsk: string;
  ifRefused: string;
  eligibility: { notes?: string | null };
  body: unknown;
};

/** The heading the council's note goes under. */
export const localNoteHeading = (council: string) => `In ${council}`;

/** A text the council set, or null when it left it blank. */
const set = (value: string | null | undefined): string | null => value?.trim() || null;

/**
 * `entitlement` as `council`'s offer page: of kind `national`, with `local` applied (see above).
 * `appendNote` adds the council's note to the body under its heading, in the body's format.
 */
export function applyLocalDetails<E extends NationalEntitlement>(
  entitlement: E,
  local: LocalDetails | null | undefined,
  { council, appendNote }: { council: string; appendNote: (body: E['body'], heading: string, note: string) => E['body'] },
): Omit<E, 'kind'> & { kind: 'national'; localNote: string | null } {
  const note = set(local?.note);
  const amount = local?.amount;
  return {
    ...entitlement,
    kind: 'national',
    summary: set(local?.summary) ?? entitlement.summary,
    amount: amount?.type
      ? {
          ...entitlement.amount,
          type: amount.type,
          value: amount.value ?? null,
          period: amount.period ?? null,
          note: set(amount.note) ?? set(entitlement.amount.note),
        }
      : entitlement.amount,
    howToGet: local?.howToGet?.length ? [...local.howToGet] : entitlement.howToGet,
    whoToAsk: set(local?.whoToAsk) ?? entitlement.whoToAsk,
    ifRefused: set(local?.ifRefused) ?? entitlement.ifRefused,
    eligibility: { ...entitlement.eligibility, notes: set(local?.eligibilityNotes) ?? entitlement.eligibility.notes },
    body: note ? appendNote(entitlement.body, localNoteHeading(council), note) : entitlement.body,
    localNote: note,
  };
}
