import { EXPOSURE_OPERATIONS } from '../../constants/exposure-operations.const';
import { type McpObjectExposure } from '../../types/mcp-object-exposure.type';
import { ExposureRow } from './exposure-row';

export const ExposureTable = ({
  objects,
  onSaved,
  onAnnounce,
}: {
  objects: McpObjectExposure[];
  onSaved: (object: McpObjectExposure) => void;
  onAnnounce: (message: string) => void;
}) => {
  if (objects.length === 0) {
    return <p className="empty-state">No object matches the search.</p>;
  }

  return (
    <div className="card card-flush">
      <table className="table table-exposure table-stack">
        <caption className="visually-hidden">
          Objects and the operations AI clients may use on them
        </caption>
        <thead>
          <tr>
            <th scope="col">Object</th>
            {EXPOSURE_OPERATIONS.map((operation) => (
              <th scope="col" key={operation.key} className="cell-check">
                {operation.label}
              </th>
            ))}
            <th scope="col">Fields</th>
            <th scope="col">
              <span className="visually-hidden">State and actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {objects.map((object) => (
            <ExposureRow
              key={object.objectId}
              object={object}
              onSaved={onSaved}
              onAnnounce={onAnnounce}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
};
