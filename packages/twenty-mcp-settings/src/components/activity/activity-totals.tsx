import { type CountTotal } from '../../utils/sum-counts-by.util';

const TotalsList = ({
  title,
  totals,
  note,
}: {
  title: string;
  totals: CountTotal[];
  note?: string;
}) => (
  <div className="activity-totals-group">
    <h3 className="activity-totals-title">{title}</h3>
    {note && <p className="field-hint">{note}</p>}
    {totals.length === 0 ? (
      <p className="field-hint">None.</p>
    ) : (
      <dl className="activity-totals-list">
        {totals.map(({ key, count }) => (
          <div key={key} className="activity-total">
            <dt>{key}</dt>
            <dd>{count.toLocaleString('en-US')}</dd>
          </div>
        ))}
      </dl>
    )}
  </div>
);

export const ActivityTotals = ({
  byAction,
  byOutcome,
  byPrincipal,
  principalNote,
}: {
  byAction: CountTotal[];
  byOutcome: CountTotal[];
  byPrincipal: CountTotal[];
  principalNote: string;
}) => (
  <div className="activity-totals">
    <TotalsList title="By tool or action" totals={byAction} />
    <TotalsList title="By outcome" totals={byOutcome} />
    <TotalsList
      title="By token or principal"
      totals={byPrincipal}
      note={principalNote}
    />
  </div>
);
