import * as migration_20261125_203347_initial from './20261125_203347_initial';

export const migrations = [
  {
    up: migration_20261125_203347_initial.up,
    down: migration_20261125_203347_initial.down,
    name: '20261125_203347_initial'
  },
];
