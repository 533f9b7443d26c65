import * as migration_20261125_140054_initial from './20261125_140054_initial';

export const migrations = [
  {
    up: migration_20261125_140054_initial.up,
    down: migration_20261125_140054_initial.down,
    name: '20261125_140054_initial'
  },
];
