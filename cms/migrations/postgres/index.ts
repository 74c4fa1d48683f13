import * as migration_20261123_012205_initial from './20261123_012205_initial';

export const migrations = [
  {
    up: migration_20261123_012205_initial.up,
    down: migration_20261123_012205_initial.down,
    name: '20261123_012205_initial'
  },
];
