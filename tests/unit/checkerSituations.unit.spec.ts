import { describe, expect, it } from 'vitest';
import { filterCss, situationCss } from '@site/components/Checker/filterRules';
import { TICKED_CIRCUMSTANCES } from '@site/lib/eligibility';

describe('what the checker says for a situation ticked (issue 20, part 2), without JavaScript', () => {
  it('hides each situation’s answer unless its own box is ticked', () => {
    const css = situationCss();
    for (const circumstance of TICKED_CIRCUMSTANCES) {
      expect(css).toContain(`.checker:not(:has(#c-${circumstance}:checked)) [data-checker-situation="${circumstance}"]{display:none}`);
    }
  });

  it('is part of the filters’ CSS, whatever the offers', () => {
    expect(filterCss([])).toContain(situationCss());
  });
});
