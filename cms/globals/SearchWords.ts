import type { GlobalConfig } from 'payload';
import { anyone } from '@cms/access/anyone';
import { platformEditors } from '@cms/access/platformEditors';
import { scheduleGlobalRebuild } from '@cms/hooks/scheduleSiteRebuild';

/**
 * What young people type, mapped to the site's own words, for search: slang, everyday
 * words and whole phrases ("broke", "can't pay my rent", "prison"). Kept by staff; started
 * from the glossary's aliases. An *urgent* entry (danger, self-harm, nowhere to sleep)
 * puts the urgent-help page first. Public: it is part of the built site's search.
 */
export const SearchWords: GlobalConfig = {
  slug: 'search-words',
  label: 'Search words',
  admin: { group: 'Settings', description: 'What people type, and the words on this site it should find. Saving rebuilds the site.' },
  access: { read: anyone, update: platformEditors },
  hooks: { afterChange: [scheduleGlobalRebuild] },
  fields: [
    {
      name: 'entries',
      type: 'array',
      labels: { singular: 'Entry', plural: 'Entries' },
      fields: [
        {
          name: 'says',
          label: 'What people type (one per line)',
          type: 'textarea',
          required: true,
        },
        { name: 'means', label: 'Words on this site to search for', type: 'text', required: true },
        { name: 'urgent', label: 'Urgent: show urgent help first', type: 'checkbox', defaultValue: false },
      ],
    },
  ],
};
