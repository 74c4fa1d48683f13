'use client';
import { FormSubmit, SaveDraftButton, useConfig, useDocumentInfo, useForm, useFormFields, useLocale } from '@payloadcms/ui';
import { formatAdminURL } from 'payload/shared';
import { useCallback, useState } from 'react';

/** The states from which a writer sends a draft for review. */
const SUBMITTABLE = new Set(['draft', 'changes-requested', 'published']);

/**
 * "Save draft" and, beside it, one "Submit for review" button: it saves the draft as
 * "In review", and the server checks it with the publish rules first (`checkSubmission`),
 * answering in plain words naming each field to fix ("How to get it: step 2 is empty.").
 * Shown while the draft is the writer's (a draft, or changes were asked for).
 */
export function SubmitForReview() {
  const {
    config: {
      routes: { api },
    },
  } = useConfig();
  const { id, collectionSlug, setUnpublishedVersionCount } = useDocumentInfo();
  const { code: locale } = useLocale();
  const { submit } = useForm();
  const state = useFormFields(([fields]) => fields.reviewState?.value);
  const [busy, setBusy] = useState(false);
  const current = typeof state === 'string' ? state : 'draft';

  const submitForReview = useCallback(async () => {
    if (!collectionSlug) return;
    setBusy(true);
    try {
      const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`;
      await submit({
        action: formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id ? `/${id}` : ''}${search}` }),
        method: id ? 'PATCH' : 'POST',
        overrides: { _status: 'draft', reviewState: 'in-review' },
        skipValidation: true,
      });
      setUnpublishedVersionCount((count) => count + 1);
    } finally {
      setBusy(false);
    }
  }, [api, collectionSlug, id, locale, submit, setUnpublishedVersionCount]);

  return (
    <>
      <SaveDraftButton />
      {SUBMITTABLE.has(current) ? (
        // FormSubmit, like Payload's own Save and Publish: not clickable while the form is
        // loading, saving or refreshing its state, when `submit` would do nothing and say nothing.
        <FormSubmit buttonStyle="primary" size="medium" type="button" disabled={busy} onClick={() => void submitForReview()} buttonId="action-submit-for-review">
          Submit for review
        </FormSubmit>
      ) : null}
    </>
  );
}
