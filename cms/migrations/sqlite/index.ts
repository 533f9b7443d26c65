import * as migration_20261125_175707_initial from './20261125_175707_initial';

export const migrations = [
  {
    up: migration_20261125_175707_initial.up,
    down: migration_20261125_175707_initial.down,
    name: '20261125_175707_initial'
  },
];
