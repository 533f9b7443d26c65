import * as migration_20261125_161100_initial from './20261125_161100_initial';

export const migrations = [
  {
    up: migration_20261125_161100_initial.up,
    down: migration_20261125_161100_initial.down,
    name: '20261125_161100_initial'
  },
];
