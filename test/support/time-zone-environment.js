const { TestEnvironment } = require('jest-environment-node');

/**
 * Jest's node environment in a fixed time zone: the project's
 * `testEnvironmentOptions.timeZone` becomes the process's `TZ` before a test
 * file runs. Node takes a new `TZ` at once (dates, `Intl`, and the programs a
 * test starts), so one jest run can hold projects in different zones, sharing
 * its workers: each file sets the zone of its own project.
 *
 * @example
 * // jest.config.js
 * { testEnvironment: '<rootDir>/test/support/time-zone-environment.js', testEnvironmentOptions: { timeZone: 'Pacific/Auckland' } }
 */
class TimeZoneEnvironment extends TestEnvironment {
  constructor(config, context) {
    const zone = config.projectConfig.testEnvironmentOptions.timeZone;
    if (typeof zone !== 'string' || zone === '') throw new Error('time-zone-environment: set testEnvironmentOptions.timeZone');
    // Before the environment copies process.env into the test's own `process`.
    process.env.TZ = zone;
    super(config, context);
  }
}

module.exports = TimeZoneEnvironment;
