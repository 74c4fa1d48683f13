/**
 * The checker with JavaScript: fills the questions from the URL, then on every change works
 * out each offer with `@site/lib/eligibility`, hides what is ruled out (the CSS already does
 * this without a script), marks what might apply, counts the results, and keeps the answers
 * in the URL so the link can be shared. Nothing leaves the browser.
 */
import { eligibilityFromAttributes, livingFromAttributes } from '@site/components/Checker/filterRules';
import {
  answersToQuery,
  checkOffer,
  combine,
  hasAnswers,
  livingVerdict,
  NONE,
  PARAM,
  parseAnswers,
  type Answers,
  type Eligibility,
  type LivingElsewhere,
} from '@site/lib/eligibility';
import { pageTranslator } from '@site/i18n/browser';

const root = document.querySelector<HTMLElement>('[data-checker]');
const form = root?.querySelector<HTMLFormElement>('[data-checker-form]');

if (root && form) {
  const t = pageTranslator(root);
  const offerCount = Number(root.dataset.count);
  const status = root.querySelector<HTMLElement>('[data-checker-status]')!;
  const summary = root.querySelector<HTMLElement>('[data-checker-summary]')!;
  const summaryList = root.querySelector<HTMLElement>('[data-checker-answers]')!;
  const share = root.querySelector<HTMLElement>('[data-checker-share]')!;
  const link = root.querySelector<HTMLInputElement>('[data-checker-link]')!;
  const nothing = root.querySelector<HTMLElement>('[data-checker-nothing]')!;
  const noMoney = root.querySelector<HTMLElement>('[data-checker-no-money]');
  const areas = [...root.querySelectorAll<HTMLElement>('[data-checker-area]')];
  // What the checker says for each situation ticked (the filters' CSS does the same without script).
  const situations = [...root.querySelectorAll<HTMLElement>('[data-checker-situation]')];
  const rulesOf = (item: HTMLElement) => ({
    item,
    maybe: item.querySelector<HTMLElement>('[data-checker-maybe]'),
    eligibility: eligibilityFromAttributes(item.dataset) as Eligibility,
    living: livingFromAttributes(item.dataset) as LivingElsewhere,
  });
  const offers = [...root.querySelectorAll<HTMLElement>('[data-checker-offer]')].map(rulesOf);
  // "Money you could get": the same rules, so the same verdicts; not counted twice.
  const money = [...root.querySelectorAll<HTMLElement>('[data-checker-money]')].map(rulesOf);

  /**
   * Shows or hides one offer for these answers, and marks what might apply. "You might get
   * this" is for a question not answered; an offer that may not follow someone who lives
   * elsewhere says "ask your PA" instead (the CSS shows that note, with or without script).
   */
  function judge(offer: ReturnType<typeof rulesOf>, answers: Answers) {
    const rules = checkOffer(offer.eligibility, answers);
    const living = livingVerdict(offer.living, answers);
    const verdict = combine([rules, living]);
    offer.item.hidden = verdict === 'no';
    const onlyAskPa = rules === 'yes' && living === 'maybe' && answers.live === 'elsewhere';
    if (offer.maybe) offer.maybe.hidden = verdict !== 'maybe' || onlyAskPa;
    return verdict;
  }

  /** The answers as the URL holds them, put back into the form. */
  function restore(): void {
    const params = new URLSearchParams(location.search);
    const query = new URLSearchParams(answersToQuery(parseAnswers(params)));
    for (const input of form!.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
      input.checked = query.getAll(input.name).includes(input.value);
    }
  }

  /** Each answered question with what the reader chose, in the page's words (shown and printed). */
  function showAnswers(): void {
    const items = [...form!.querySelectorAll('fieldset')].flatMap((fieldset) => {
      const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) =>
        fieldset.querySelector(`label[for="${input.id}"]`)?.textContent?.trim(),
      );
      if (!chosen.length) return [];
      const item = document.createElement('li');
      const question = document.createElement('strong');
      question.textContent = fieldset.querySelector('[data-checker-question]')?.textContent ?? '';
      item.append(question, ` ${chosen.join('; ')}`);
      return [item];
    });
    summaryList.replaceChildren(...items);
    summary.hidden = items.length === 0;
  }

  /** The form's answers as the query string the form submits without JavaScript (it has no file fields). */
  function formParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form!)) if (typeof value === 'string') params.append(name, value);
    return params;
  }

  let announce: number | undefined;
  function update(): void {
    const answers = parseAnswers(formParams());
    const query = answersToQuery(answers);
    let yes = 0;
    let maybe = 0;
    for (const offer of offers) {
      const verdict = judge(offer, answers);
      if (verdict === 'yes') yes += 1;
      if (verdict === 'maybe') maybe += 1;
    }
    const moneyShown = money.filter((item) => judge(item, answers) !== 'no').length;
    if (noMoney) noMoney.hidden = moneyShown > 0 || money.length === 0;
    for (const area of areas) {
      area.hidden = !area.querySelector('[data-checker-offer]:not([hidden])');
    }
    nothing.hidden = yes + maybe > 0;
    for (const situation of situations) {
      situation.hidden = !answers.circumstances?.some((circumstance) => circumstance === situation.dataset.checkerSituation);
    }

    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    history.replaceState(history.state, '', url);
    link.value = new URL(`${location.pathname}${query ? `?${query}` : ''}`, location.href).href;
    showAnswers();

    let text = t('checker.status.all', { count: offerCount });
    if (hasAnswers(answers)) {
      text = t('checker.status.count', { count: yes });
      if (maybe) text += ` ${t('checker.status.maybe', { count: maybe })}`;
    }
    // A short pause so a screen reader hears the count once, after a run of quick changes.
    window.clearTimeout(announce);
    announce = window.setTimeout(() => {
      status.textContent = text;
    }, 250);
  }

  // "None of these" and the circumstances cannot both be ticked (GOV.UK exclusive checkbox).
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'checkbox' && input.name === PARAM.circumstances && input.checked) {
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${PARAM.circumstances}"]`)) {
        if (box !== input && (input.value === NONE || box.value === NONE)) box.checked = false;
      }
    }
    update();
  });
  // With the script, answers never need sending: "Make a link" is for readers without it.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    root.querySelector<HTMLElement>('#results-title')?.focus();
  });

  root.querySelector('[data-checker-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link.value);
      status.textContent = t('checker.share.copied');
    } catch {
      // No clipboard (an insecure connection, an old browser): select the link to copy by hand.
      link.focus();
      link.select();
      status.textContent = t('checker.share.copyFailed');
    }
  });
  root.querySelector('[data-checker-print]')!.addEventListener('click', () => window.print());

  // The printed checklist's date: today, by the reader's clock (without the script, a line to write it on).
  // The record's dates are calendar days in UTC: today's, by the reader's clock, as that day.
  const today = () => {
    const now = new Date();
    return t('checker.printSheet.today', { today: new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())) });
  };
  const dated = root.querySelector<HTMLElement>('[data-checker-date]');
  if (dated) {
    dated.textContent = today();
    window.addEventListener('beforeprint', () => {
      dated.textContent = today();
    });
  }

  share.hidden = false;
  restore();
  update();
  // Back and forward restore the form after the script ran: start again from what shows.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) update();
  });
}
