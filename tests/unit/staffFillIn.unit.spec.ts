import type { CollectionConfig, Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { staffFillIn } from '@cms/access/youngEditors';
import { markedRequired, STAFF_FILL_IN_LABEL } from '@cms/lib/staffFillIn';

/**
 * Issue 20: what staff fill in when they approve (the legal basis, review dates) is shown to
 * a young editor read-only; it must not carry the "required" star for them (it asks nothing
 * of them), while staff, who fill it in, still see it starred. The server's rules don't change.
 */
type Found = { collection: string; path: string; required: boolean; label: unknown };

function staffFields(fields: Field[], collection: string, prefix = ''): Found[] {
  return fields.flatMap((field): Found[] => {
    const path = 'name' in field && field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '');
    const here: Found[] = 'access' in field && field.access === staffFillIn
      ? [{ collection, path, required: 'required' in field && field.required === true, label: field.admin?.components && 'Label' in field.admin.components ? field.admin.components.Label : undefined }]
      : [];
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => staffFields(tab.fields, collection, prefix));
    if ('fields' in field) return [...here, ...staffFields(field.fields, collection, 'name' in field && field.name ? `${path}.` : prefix)];
    return here;
  });
}

const isCollection = (value: unknown): value is CollectionConfig => typeof value === 'object' && value !== null && 'slug' in value && 'fields' in value;

describe('fields staff fill in when they approve', () => {
  it('are starred only for someone who can change them', () => {
    expect(markedRequired(true, false)).toBe(true); // staff
    expect(markedRequired(true, true)).toBe(false); // a young editor: read-only
    expect(markedRequired(false, false)).toBe(false);
    expect(markedRequired(undefined, undefined)).toBe(false);
  });

  it('every one of them, in every collection, has the label that drops the star for a young editor', async () => {
    const collections = Object.values(await import('@cms/collections')).filter(isCollection);
    const found = collections.flatMap((c) => staffFields(c.fields, c.slug));
    expect(found.map((f) => `${f.collection}:${f.path}`).sort()).toEqual([
      'entitlements:lastReviewed', 'entitlements:legalBasis', 'entitlements:nextReview',
      'guide-chapters:lastReviewed', 'guide-chapters:legalBasis', 'guide-chapters:nextReview',
      'guides:chapters.lastReviewed', 'guides:chapters.legalBasis', 'guides:chapters.nextReview',
      'offers:lastReviewed', 'offers:legalBasis', 'offers:nextReview',
    ]);
    for (const f of found) expect(f.label, `${f.collection}:${f.path}`).toBe(STAFF_FILL_IN_LABEL);
    // Still required where they were: staff see the star, and the server still asks for them.
    expect(found.filter((f) => f.required).map((f) => `${f.collection}:${f.path}`).sort()).toEqual([
      'entitlements:lastReviewed', 'entitlements:legalBasis', 'offers:lastReviewed', 'offers:legalBasis',
    ]);
  });
});
