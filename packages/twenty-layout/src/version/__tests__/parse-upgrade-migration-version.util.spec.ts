import { parseUpgradeMigrationVersion } from '../parse-upgrade-migration-version.util';

describe(parseUpgradeMigrationVersion.name, () => {
  it('should read the release from an upgrade command name', () => {
    expect(
      parseUpgradeMigrationVersion(
        '2.12.0_DropIsCustomFromObjectAndFieldMetadataFastInstanceCommand_1780579070012',
      ),
    ).toBe('2.12.0');
  });

  it.each(['AddUpgradeMigrationsTable1775485169179', '2.12_Command', ''])(
    'should find no release in %p',
    (name) => {
      expect(parseUpgradeMigrationVersion(name)).toBeNull();
    },
  );
});
