import type { Access } from 'payload';

/** Public reference data (areas, glossary terms, indicators, media): anyone may read it. */
export const anyone: Access = () => true;
