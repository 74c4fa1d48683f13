import * as migration_20261123_021852_initial from './20261123_021852_initial';

export const migrations = [
  {
    up: migration_20261123_021852_initial.up,
    down: migration_20261123_021852_initial.down,
    name: '20261123_021852_initial'
  },
];
