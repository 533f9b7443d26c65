import * as migration_20261125_183702_initial from './20261125_183702_initial';

export const migrations = [
  {
    up: migration_20261125_183702_initial.up,
    down: migration_20261125_183702_initial.down,
    name: '20261125_183702_initial'
  },
];
