import * as migration_20261125_170151_initial from './20261125_170151_initial';

export const migrations = [
  {
    up: migration_20261125_170151_initial.up,
    down: migration_20261125_170151_initial.down,
    name: '20261125_170151_initial'
  },
];
