import * as migration_20261125_161104_initial from './20261125_161104_initial';

export const migrations = [
  {
    up: migration_20261125_161104_initial.up,
    down: migration_20261125_161104_initial.down,
    name: '20261125_161104_initial'
  },
];
