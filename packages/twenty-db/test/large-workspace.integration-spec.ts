import { checkWorkspaceLayout } from '../src/consistency/services/check-workspace-layout';
import { generateLargeWorkspace } from '../src/seed/large/services/generate-large-workspace';
import { buildFillerObjects } from '../src/seed/large/utils/build-filler-objects.util';
import { readWorkspaceMetadata } from '../src/workspace/services/read-workspace-metadata';
import { useTestDatabase } from '../src/testing';

describe('generateLargeWorkspace', () => {
  const db = useTestDatabase({ empty: true });

  it('should COPY proportional data, rebuild constraints and leave a consistent layout', async () => {
    const phases = new Set<string>();
    const result = await generateLargeWorkspace(db.client, {
      people: 12_000,
      onProgress: ({ phase, done, total }) => {
        phases.add(phase);
        expect(done).toBeLessThanOrEqual(total);
      },
    });
    const count = async (table: string) =>
      Number(
        (
          await db.client.query(
            `SELECT count(*) FROM "${result.schemaName}"."${table}"`,
          )
        ).rows[0].count,
      );

    expect(result.counts).toMatchObject({
      people: 12_000,
      companies: 2_000,
      opportunities: 4_800,
      notes: 6_000,
    });
    expect(await count('person')).toBe(12_000);
    expect(await count('company')).toBe(2_000);
    expect(await count('opportunity')).toBe(4_800);
    expect(await count('note')).toBe(6_000);
    expect(await count('noteTarget')).toBe(result.counts.noteTargets);
    expect([...phases]).toEqual([
      'company',
      'person',
      'opportunity',
      'note',
      'noteTarget',
      'indexes and foreign keys',
    ]);
    expect(await checkWorkspaceLayout(db.client, result.workspaceId)).toEqual(
      [],
    );

    // The rebuilt foreign keys are enforced again.
    await expect(
      db.client.query(
        `INSERT INTO "${result.schemaName}"."person" ("companyId") VALUES ('00000000-0000-0000-0000-000000000001')`,
      ),
    ).rejects.toThrow('violates foreign key constraint');
  }, 120_000);

  describe('with custom objects', () => {
    const wide = useTestDatabase({ empty: true });

    it('should add the custom objects with their tables and keep the layout consistent', async () => {
      const result = await generateLargeWorkspace(wide.client, {
        people: 60,
        customObjects: buildFillerObjects(5),
      });
      const metadata = await readWorkspaceMetadata(
        wide.client,
        result.workspaceId,
      );
      const names = metadata.objects.map((object) => object.nameSingular);

      expect(names).toEqual(
        expect.arrayContaining([
          'person',
          'filler001',
          'filler002',
          'filler003',
          'filler004',
          'filler005',
        ]),
      );
      expect(
        (
          await wide.client.query(
            `SELECT count(*) FROM "${result.schemaName}"."_filler005"`,
          )
        ).rows[0].count,
      ).toBe('0');
      expect(
        await checkWorkspaceLayout(wide.client, result.workspaceId),
      ).toEqual([]);
    }, 120_000);
  });
});
