import * as migration_20261123_012200_initial from './20261123_012200_initial';

export const migrations = [
  {
    up: migration_20261123_012200_initial.up,
    down: migration_20261123_012200_initial.down,
    name: '20261123_012200_initial'
  },
];
