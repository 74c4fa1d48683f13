/**
 * The checklist with JavaScript: puts back the choices the address holds, keeps them in the
 * address as the reader changes them (so a link brings the same list back), ticks what the
 * checker's answers leave in when opened from the checker with them, says how many
 * offers will be printed, and adds a Print button. What is left out is CSS's job (`:has()` in
 * Checklist.astro), with or without this script; the script also marks those items
 * `data-out`, for browsers without `:has()`.
 */
import { pageTranslator } from '@site/i18n/browser';
import { choicesToQuery, parseChoices, PICK_PARAM, SHOW_PARAM, type Show } from '@site/components/Checklist/choices';
import { eligibilityFromAttributes, livingFromAttributes } from '@site/components/Checker/filterRules';
import { checkOffer, hasAnswers, parseAnswers } from '@site/lib/eligibility';

const root = document.querySelector<HTMLElement>('[data-checklist]');
const form = document.querySelector<HTMLFormElement>('[data-checklist-form]');

if (root && form) {
  const t = pageTranslator(root);
  const status = root.querySelector<HTMLElement>('[data-checklist-status]')!;
  const items = [...root.querySelectorAll<HTMLElement>('[data-checklist-item]')];
  const areas = [...root.querySelectorAll<HTMLElement>('[data-checklist-area]')];
  const boxes = () => [...root.querySelectorAll<HTMLInputElement>(`input[name="${PICK_PARAM}"]`)];
  const shown = () => (form.querySelector<HTMLInputElement>(`input[name="${SHOW_PARAM}"]:checked`)?.value ?? 'all') as Show;

  /**
   * The choices the address holds; or, opened from the checker with its answers
   * (`?age=19&live=here…`), the offers those answers leave in (yes or maybe) ticked, and
   * "Only the ones I tick".
   */
  const restore = () => {
    const params = new URLSearchParams(location.search);
    const answers = parseAnswers(params);
    const fromChecker = hasAnswers(answers) && !params.has(SHOW_PARAM) && !params.has(PICK_PARAM);
    const { show, picked } = fromChecker ? { show: 'chosen' as const, picked: [] } : parseChoices(params);
    for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${SHOW_PARAM}"]`)) radio.checked = radio.value === show;
    for (const item of items) {
      const box = item.querySelector<HTMLInputElement>(`input[name="${PICK_PARAM}"]`);
      if (!box) continue;
      box.checked = fromChecker
        ? checkOffer(eligibilityFromAttributes(item.dataset), answers, livingFromAttributes(item.dataset)) !== 'no'
        : picked.includes(box.value);
    }
  };

  const update = () => {
    const show = shown();
    const picked = boxes().filter((box) => box.checked).map((box) => box.value);
    const printed = items.filter((item) => {
      if (show === 'money') return item.hasAttribute('data-money');
      if (show === 'chosen') return item.querySelector<HTMLInputElement>('input')?.checked ?? false;
      return true;
    });
    // The same as the CSS's `:has()` rules, for browsers without them: left out on paper.
    for (const item of items) item.toggleAttribute('data-out', !printed.includes(item));
    for (const area of areas) area.toggleAttribute('data-out', !area.querySelector('[data-checklist-item]:not([data-out])'));
    status.textContent = t('checklist.status', { count: printed.length });
    const query = choicesToQuery(show, picked);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  root.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  const print = root.querySelector<HTMLButtonElement>('[data-checklist-print]')!;
  print.hidden = false;
  root.querySelector<HTMLElement>('[data-checklist-no-script]')!.hidden = true;
  print.addEventListener('click', () => window.print());
  restore();
  update();
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) update();
  });
}
