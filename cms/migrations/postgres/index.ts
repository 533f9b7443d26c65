import * as migration_20261125_164201_initial from './20261125_164201_initial';

export const migrations = [
  {
    up: migration_20261125_164201_initial.up,
    down: migration_20261125_164201_initial.down,
    name: '20261125_164201_initial'
  },
];
