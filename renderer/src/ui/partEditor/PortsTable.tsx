/**
 * The part's ports: id, electrical or optical, lanes, lane rate, modulation, SerDes reach
 * class (electrical ports), the edge of the outline and the offset along it from the edge's
 * midpoint.
 */
import { PortSchema, type Port } from '../../model/partSchema';
import { ModulationSchema, SerdesClassSchema } from '../../model/signalSchema';
import { removeAt, replaceAt } from './listEdit';
import { NumberInput } from './NumberInput';
import { newPort, TABLE_SOURCE_KEYS, type PartDraft } from '../../store/partDraft';
import { RowButtons } from './RowButtons';
import { SourceInput } from './SourceInput';

/** Props of PortsTable. */
export interface PortsTableProps {
  readonly draft: PartDraft;
  readonly onChange: (draft: PartDraft) => void;
}

const EDGES = PortSchema.shape.edge.options;

/** The ports table. */
export function PortsTable({ draft, onChange }: PortsTableProps) {
  const ports = draft.ports;
  const setPorts = (next: Port[]) => onChange({ ...draft, ports: next });
  const setPort = (i: number, change: Partial<Port>) =>
    setPorts(replaceAt(ports, i, { ...(ports[i] as Port), ...change }));
  function setSerdes(i: number, value: string) {
    const { serdesClass: _old, ...rest } = ports[i] as Port;
    setPorts(
      replaceAt(
        ports,
        i,
        value === '' ? rest : { ...rest, serdesClass: SerdesClassSchema.parse(value) },
      ),
    );
  }
  return (
    <fieldset className="part-editor__section" aria-label="Ports">
      <legend>Ports</legend>
      <table className="part-editor__table" data-testid="part-ports">
        <thead>
          <tr>
            <th>Id</th>
            <th>Kind</th>
            <th>Lanes</th>
            <th>Gb/s per lane</th>
            <th>Modulation</th>
            <th>SerDes</th>
            <th>Edge</th>
            <th>Offset mm</th>
            <th />
          </tr>
          {ports.length > 0 && (
            <tr className="part-editor__sources">
              <th colSpan={2}>sources</th>
              {TABLE_SOURCE_KEYS.ports.slice(0, 2).map((key) => (
                <th key={key}>
                  <SourceInput
                    field={key}
                    sources={draft.sources}
                    onChange={(sources) => onChange({ ...draft, sources })}
                  />
                </th>
              ))}
              <th colSpan={3} />
              <th>
                <SourceInput
                  field="ports.offsetMm"
                  sources={draft.sources}
                  onChange={(sources) => onChange({ ...draft, sources })}
                />
              </th>
              <th />
            </tr>
          )}
        </thead>
        <tbody>
          {ports.map((port, i) => (
            <tr key={i}>
              <td>
                <input
                  className="part-editor__text"
                  aria-label={`Port ${i + 1} id`}
                  value={port.id}
                  onChange={(e) => setPort(i, { id: e.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={`Port ${i + 1} kind`}
                  value={port.kind}
                  onChange={(e) =>
                    setPort(i, { kind: e.target.value === 'optical' ? 'optical' : 'electrical' })
                  }
                >
                  <option value="electrical">electrical</option>
                  <option value="optical">optical</option>
                </select>
              </td>
              <td>
                <NumberInput
                  label={`Port ${i + 1} lanes`}
                  value={port.lanes}
                  onChange={(v) => setPort(i, { lanes: v ?? Number.NaN })}
                />
              </td>
              <td>
                <NumberInput
                  label={`Port ${i + 1} lane rate`}
                  value={port.laneRateGbps}
                  onChange={(v) => setPort(i, { laneRateGbps: v ?? Number.NaN })}
                />
              </td>
              <td>
                <select
                  aria-label={`Port ${i + 1} modulation`}
                  value={port.modulation}
                  onChange={(e) =>
                    setPort(i, { modulation: ModulationSchema.parse(e.target.value) })
                  }
                >
                  {ModulationSchema.options.map((m) => (
                    <option key={m} value={m}>
                      {m}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`Port ${i + 1} SerDes class`}
                  value={port.serdesClass ?? ''}
                  onChange={(e) => setSerdes(i, e.target.value)}
                >
                  <option value="">—</option>
                  {SerdesClassSchema.options.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`Port ${i + 1} edge`}
                  value={port.edge}
                  onChange={(e) =>
                    setPort(i, { edge: PortSchema.shape.edge.parse(e.target.value) })
                  }
                >
                  {EDGES.map((edge) => (
                    <option key={edge} value={edge}>
                      {edge}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <NumberInput
                  label={`Port ${i + 1} offset`}
                  value={port.offsetMm}
                  onChange={(v) => setPort(i, { offsetMm: v ?? Number.NaN })}
                />
              </td>
              <RowButtons what={`port ${port.id}`} onRemove={() => setPorts(removeAt(ports, i))} />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="part-editor__table-foot">
        <button type="button" onClick={() => setPorts([...ports, newPort(ports)])}>
          Add port
        </button>
      </div>
    </fieldset>
  );
}
