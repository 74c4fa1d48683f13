import type { TextareaField } from 'payload';
import { LIMITS } from '@content/model/patterns';

/** Most readers see only this, often on a phone: short and plain, checked for length on save. */
export function summaryField(maxLength: number = LIMITS.summary, overrides: Partial<TextareaField> = {}): TextareaField {
  return {
    name: 'summary',
    type: 'textarea',
    required: true,
    maxLength,
    admin: {
      description: `One or two short sentences in plain English (at most ${maxLength} characters). Aim for words a 12-year-old knows.`,
    },
    ...overrides,
  } as TextareaField;
}
