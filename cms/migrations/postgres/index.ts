import * as migration_20261125_175711_initial from './20261125_175711_initial';

export const migrations = [
  {
    up: migration_20261125_175711_initial.up,
    down: migration_20261125_175711_initial.down,
    name: '20261125_175711_initial'
  },
];
