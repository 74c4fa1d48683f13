import * as migration_20261123_021856_initial from './20261123_021856_initial';

export const migrations = [
  {
    up: migration_20261123_021856_initial.up,
    down: migration_20261123_021856_initial.down,
    name: '20261123_021856_initial'
  },
];
