import type { Access } from 'payload';
import { isPlatformEditor } from '@cms/access/roles';

/**
 * National content every council's site shares (areas, the glossary, practice spotlights,
 * search words): platform editors and admins.
 */
export const platformEditors: Access = ({ req: { user } }) => isPlatformEditor(user);
