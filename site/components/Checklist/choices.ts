/**
 * The checklist's choices, shared by the page and its script: what to print (`show`) and the
 * offers ticked (`o`), as the address holds them (`?show=chosen&o=staying-put&o=…`).
 */
export const SHOW = ['all', 'money', 'chosen'] as const;
export type Show = (typeof SHOW)[number];
export const SHOW_PARAM = 'show';
export const PICK_PARAM = 'o';

/** The choices in an address's query; unknown values are ignored. */
export function parseChoices(params: URLSearchParams): { show: Show; picked: string[] } {
  const show = params.get(SHOW_PARAM);
  return {
    show: (SHOW as readonly string[]).includes(show ?? '') ? (show as Show) : 'all',
    picked: params.getAll(PICK_PARAM).filter((slug) => /^[a-z0-9-]+$/.test(slug)),
  };
}

/** The choices as a query string: nothing for the default (everything, nothing ticked). */
export function choicesToQuery(show: Show, picked: readonly string[]): string {
  const params = new URLSearchParams();
  if (show !== 'all') params.set(SHOW_PARAM, show);
  for (const slug of picked) params.append(PICK_PARAM, slug);
  return params.toString();
}
