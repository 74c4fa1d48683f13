'use client';
import { FieldLabel } from '@payloadcms/ui';
import type { FieldLabelClientProps } from 'payload';
import { markedRequired } from '@cms/lib/staffFillIn';

/**
 * The label of a field staff fill in when they approve (`staffFillIn`): Payload's own, with
 * the required star only for someone who can change the field (Payload hands a field's
 * label its `readOnly`, worked out from the field's access for this person and document).
 */
export function StaffFillInLabel({ field, path, readOnly }: FieldLabelClientProps & { readOnly?: boolean }) {
  const label = field && 'label' in field && field.label !== false ? field.label : undefined;
  const required = field && 'required' in field ? field.required : undefined;
  return <FieldLabel label={label} path={path} required={markedRequired(required, readOnly)} />;
}
