import * as migration_20261125_185620_initial from './20261125_185620_initial';

export const migrations = [
  {
    up: migration_20261125_185620_initial.up,
    down: migration_20261125_185620_initial.down,
    name: '20261125_185620_initial'
  },
];
