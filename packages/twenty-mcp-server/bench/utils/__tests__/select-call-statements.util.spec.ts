import { selectCallStatements } from '../select-call-statements.util';

describe('selectCallStatements', () => {
  it('should keep the statements sent while the call was in flight, in order, without timestamps', () => {
    expect(
      selectCallStatements(
        [
          { text: 'SELECT before', at: 99 },
          { text: 'SELECT lookup', at: 100 },
          { text: 'SELECT tool', values: [1], at: 105 },
          { text: 'INSERT audit', at: 111 },
        ],
        100,
        110,
      ),
    ).toEqual([
      { text: 'SELECT lookup' },
      { text: 'SELECT tool', values: [1] },
    ]);
  });

  it('should keep a statement without a timestamp', () => {
    expect(selectCallStatements([{ text: 'SELECT 1' }], 0, 1)).toEqual([
      { text: 'SELECT 1' },
    ]);
  });
});
