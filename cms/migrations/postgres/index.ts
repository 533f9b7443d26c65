import * as migration_20261125_203356_initial from './20261125_203356_initial';

export const migrations = [
  {
    up: migration_20261125_203356_initial.up,
    down: migration_20261125_203356_initial.down,
    name: '20261125_203356_initial'
  },
];
