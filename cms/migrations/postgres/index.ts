import * as migration_20261125_183720_initial from './20261125_183720_initial';

export const migrations = [
  {
    up: migration_20261125_183720_initial.up,
    down: migration_20261125_183720_initial.down,
    name: '20261125_183720_initial'
  },
];
