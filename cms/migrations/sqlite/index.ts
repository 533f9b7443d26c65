import * as migration_20261125_190458_initial from './20261125_190458_initial';

export const migrations = [
  {
    up: migration_20261125_190458_initial.up,
    down: migration_20261125_190458_initial.down,
    name: '20261125_190458_initial'
  },
];
