import * as migration_20261125_140045_initial from './20261125_140045_initial';

export const migrations = [
  {
    up: migration_20261125_140045_initial.up,
    down: migration_20261125_140045_initial.down,
    name: '20261125_140045_initial'
  },
];
