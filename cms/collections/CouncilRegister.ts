import type { CollectionAfterChangeHook, CollectionConfig } from 'payload';
import type { CouncilRegister as RegisteredCouncil } from '@cms/payload-types';
import { anyone, platformEditors } from '@cms/access';
import { withSiteRebuild } from '@cms/collections/coWriting';
import { matches, ONS_CODE } from '@content/model/patterns';
import { cmsOptions, COUNCIL_TYPE, REGION } from '@content/model/vocabularies';

/**
 * A council on the platform not yet linked to the register is linked to its entry when the
 * entry is added (by the ONS code they share). From then on the link is stored: only a
 * platform admin changes it (`Authorities`), whatever happens to either ONS code.
 */
const linkCouncil: CollectionAfterChangeHook<RegisteredCouncil> = async ({ doc, req }) => {
  await req.payload.update({
    collection: 'authorities',
    where: { and: [{ onsCode: { equals: doc.onsCode } }, { registeredCouncil: { exists: false } }] },
    data: { registeredCouncil: doc.id },
    depth: 0,
    overrideAccess: true,
    // The register's own change rebuilds every site.
    context: { seeding: true },
    req,
  });
  return doc;
};

/**
 * The register of councils: every council the platform knows, whether or not it runs a
 * site here (a council on the platform is in it under the same ONS code). Practice
 * spotlights and indicator figures refer to it, so a council is named one way everywhere
 * and the library can be browsed by region and type. Platform editors keep it.
 */
export const CouncilRegister: CollectionConfig = withSiteRebuild({
  slug: 'council-register',
  labels: { singular: 'Registered council', plural: 'Register of councils' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'onsCode', 'type', 'region'], group: 'Settings' },
  access: { read: anyone, create: platformEditors, update: platformEditors, delete: platformEditors },
  defaultSort: 'name',
  hooks: { afterChange: [linkCouncil] },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'As the council calls itself, e.g. "London Borough of Merton".' } },
    {
      name: 'onsCode',
      label: 'ONS code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) => (matches(ONS_CODE, value) ? true : ONS_CODE.editorMessage),
    },
    { type: 'row', fields: [
      { name: 'type', type: 'select', required: true, options: cmsOptions(COUNCIL_TYPE) },
      { name: 'region', type: 'select', required: true, options: cmsOptions(REGION) },
    ] },
    { name: 'isDemo', type: 'checkbox', defaultValue: false, admin: { description: 'A fictional council of the demo content.' } },
  ],
});
