import { buildDemoWorkspaceSchema } from '../../../../../../test/fixtures/demo-workspace-schema.fixture';
import { WriteEventsRecorder } from '../write-events.recorder';

describe('WriteEventsRecorder', () => {
  const objects = buildDemoWorkspaceSchema().objects;
  const byName = (name: string) =>
    objects.find((object) => object.nameSingular === name)!;
  const person = byName('person');
  const note = byName('note');

  it('should gather one action on one object into one write, in the order written', () => {
    const recorder = new WriteEventsRecorder();

    recorder.created(person, [{ id: 'p1' }, { id: 'p2' }]);
    recorder.created(note, [{ id: 'n1' }]);
    recorder.created(person, [{ id: 'p3' }]);

    expect(
      recorder
        .recorded()
        .map(({ action, object, events }) => [
          action,
          object.nameSingular,
          events.map(({ recordId }) => recordId),
        ]),
    ).toEqual([
      ['created', 'person', ['p1', 'p2', 'p3']],
      ['created', 'note', ['n1']],
    ]);
  });

  it('should record an update with before, after, updatedFields and diff, and none when nothing changed', () => {
    const recorder = new WriteEventsRecorder();
    const before = { id: 'p1', jobTitle: 'CTO', updatedAt: 'a' };
    const after = { id: 'p1', jobTitle: 'CEO', updatedAt: 'b' };

    recorder.updated(person, before, { ...before, updatedAt: 'b' });
    expect(recorder.recorded()).toEqual([]);

    recorder.updated(person, before, after);
    expect(recorder.recorded()).toEqual([
      {
        action: 'updated',
        object: person,
        events: [
          {
            recordId: 'p1',
            properties: {
              before,
              after,
              updatedFields: ['jobTitle'],
              diff: { jobTitle: { before: 'CTO', after: 'CEO' } },
            },
          },
        ],
      },
    ]);
  });

  it('should pair trashed and restored records with their before by id, skipping ids that did not change', () => {
    const recorder = new WriteEventsRecorder();

    recorder.deleted(
      person,
      [
        { id: 'p1', deletedAt: null },
        { id: 'p2', deletedAt: null },
      ],
      [{ id: 'p2', deletedAt: 't' }],
    );

    expect(recorder.recorded()[0].events).toEqual([
      {
        recordId: 'p2',
        properties: {
          before: { id: 'p2', deletedAt: null },
          after: { id: 'p2', deletedAt: 't' },
          updatedFields: ['deletedAt'],
          diff: { deletedAt: { before: null, after: 't' } },
        },
      },
    ]);
  });

  it('should record destroyed records with before only', () => {
    const recorder = new WriteEventsRecorder();

    recorder.destroyed(person, [{ id: 'p1', jobTitle: 'CTO' }]);

    expect(recorder.recorded()).toEqual([
      {
        action: 'destroyed',
        object: person,
        events: [
          {
            recordId: 'p1',
            properties: { before: { id: 'p1', jobTitle: 'CTO' } },
          },
        ],
      },
    ]);
  });
});
