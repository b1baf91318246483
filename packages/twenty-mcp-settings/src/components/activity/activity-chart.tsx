import { useId } from 'react';

import { AUDIT_OUTCOMES } from '../../constants/audit-outcomes.const';
import { type ActivityPoint } from '../../utils/build-activity-series.util';

const HEIGHT = 100;
const SLOT = 10;
const GAP = 1;
// Fewer buckets than this are drawn at the right of this many slots, so a
// single day is a bar, not a block.
const MIN_SLOTS = 24;

const BUCKET_FORMATS = {
  hour: new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
  day: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }),
};

const describePoint = (point: ActivityPoint, bucket: 'hour' | 'day') => {
  const parts = AUDIT_OUTCOMES.filter(({ value }) => point.counts[value]).map(
    ({ value, label }) => `${point.counts[value]} ${label.toLowerCase()}`,
  );

  return `${BUCKET_FORMATS[bucket].format(new Date(point.start))}: ${point.total} ${point.total === 1 ? 'event' : 'events'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
};

// Events per hour or day as stacked bars, one colour per outcome. The SVG
// has no text and no style attribute (the page's CSP allows neither inline
// style nor script); the numbers are in the table below it.
export const ActivityChart = ({
  points,
  bucket,
}: {
  points: ActivityPoint[];
  bucket: 'hour' | 'day';
}) => {
  const titleId = useId();

  if (points.length === 0) {
    return <p className="empty-state">No events match these filters.</p>;
  }

  const max = Math.max(...points.map((point) => point.total));
  const total = points.reduce((sum, point) => sum + point.total, 0);
  const slots = Math.max(points.length, MIN_SLOTS);
  const offset = slots - points.length;
  const width = slots * SLOT;
  const format = BUCKET_FORMATS[bucket];

  return (
    <figure className="activity-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="activity-chart-caption">
        {total.toLocaleString('en-US')} {total === 1 ? 'event' : 'events'} per{' '}
        {bucket} from {format.format(new Date(points[0].start))} to{' '}
        {format.format(new Date(points[points.length - 1].start))}; the highest{' '}
        {bucket} had {max.toLocaleString('en-US')}.
      </figcaption>
      <svg
        className="activity-chart-svg"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {points.map((point, index) => {
          let top = HEIGHT;

          return (
            <g key={point.start} data-total={point.total}>
              <title>{describePoint(point, bucket)}</title>
              {AUDIT_OUTCOMES.map(({ value }) => {
                const count = point.counts[value] ?? 0;
                const height = (count / max) * HEIGHT;

                top -= height;

                return count > 0 ? (
                  <rect
                    key={value}
                    className={`activity-bar activity-bar-${value}`}
                    x={(offset + index) * SLOT + GAP}
                    y={top}
                    width={SLOT - 2 * GAP}
                    height={height}
                  />
                ) : null;
              })}
            </g>
          );
        })}
      </svg>
      <ul className="activity-legend">
        {AUDIT_OUTCOMES.map(({ value, label }) => (
          <li key={value}>
            <span
              className={`activity-swatch activity-bar-${value}`}
              aria-hidden="true"
            />
            {label}
          </li>
        ))}
      </ul>
      <details className="activity-numbers">
        <summary>Show the numbers</summary>
        <table className="table">
          <caption className="visually-hidden">Events per {bucket}</caption>
          <thead>
            <tr>
              <th scope="col">{bucket === 'hour' ? 'Hour' : 'Day'}</th>
              {AUDIT_OUTCOMES.map(({ value, label }) => (
                <th scope="col" key={value}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points
              .filter((point) => point.total > 0)
              .map((point) => (
                <tr key={point.start}>
                  <th scope="row">{format.format(new Date(point.start))}</th>
                  {AUDIT_OUTCOMES.map(({ value }) => (
                    <td key={value}>{point.counts[value] ?? 0}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
};
