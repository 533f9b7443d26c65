import * as migration_20261125_132852_initial from './20261125_132852_initial';

export const migrations = [
  {
    up: migration_20261125_132852_initial.up,
    down: migration_20261125_132852_initial.down,
    name: '20261125_132852_initial'
  },
];
