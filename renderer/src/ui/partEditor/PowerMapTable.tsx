/**
 * Where the part dissipates its power within its heat-source layers: uniformly, in named
 * rectangles (x, y from the lower-left corner of the unrotated outline, mm), or on a grid
 * of cells (W per cell, row by row from y = 0). The map must add up to the total power; a
 * button sets the total to the map's sum.
 */
import { normalizeNumber } from '../../model/numbers';
import type { PowerBlock, PowerMap } from '../../model/partSchema';
import { GridCells } from './GridCells';
import { removeAt, replaceAt } from './listEdit';
import { NumberInput } from './NumberInput';
import { newBlock, type PartDraft } from '../../store/partDraft';
import { RowButtons } from './RowButtons';
import { SourceInput } from './SourceInput';

/** Props of PowerMapTable. */
export interface PowerMapTableProps {
  readonly draft: PartDraft;
  readonly onChange: (draft: PartDraft) => void;
}

const RECT = ['x', 'y', 'width', 'depth'] as const;

function mapTotal(map: PowerMap | undefined): number {
  if (map === undefined) return Number.NaN;
  const values = map.kind === 'blocks' ? map.blocks.map((b) => b.powerW) : map.cellsW;
  return normalizeNumber(values.reduce((s, w) => s + w, 0));
}

/** The power-map editor. */
export function PowerMapTable({ draft, onChange }: PowerMapTableProps) {
  const map = draft.powerMap;
  const setMap = (powerMap: PowerMap | undefined) => {
    const { powerMap: _old, ...rest } = draft;
    onChange(powerMap === undefined ? rest : { ...rest, powerMap });
  };
  const blocks = map?.kind === 'blocks' ? map.blocks : [];
  const setBlocks = (next: PowerBlock[]) =>
    setMap(next.length === 0 ? undefined : { kind: 'blocks', blocks: next });
  const setBlock = (i: number, change: Partial<PowerBlock>) =>
    setBlocks(replaceAt(blocks, i, { ...(blocks[i] as PowerBlock), ...change }));
  const total = mapTotal(map);
  function setKind(kind: string) {
    if (kind === 'uniform') setMap(undefined);
    else if (kind === 'blocks')
      setMap({ kind: 'blocks', blocks: [{ ...newBlock(draft, 1), powerW: draft.powerW }] });
    else setMap({ kind: 'grid', nx: 2, ny: 2, cellsW: Array(4).fill(draft.powerW / 4) });
  }
  return (
    <fieldset className="part-editor__section" aria-label="Power map">
      <legend>Power map</legend>
      <div className="part-editor__field">
        <span className="part-editor__label">Dissipation</span>
        <select
          aria-label="Power map kind"
          data-testid="part-powermap-kind"
          value={map?.kind ?? 'uniform'}
          onChange={(e) => setKind(e.target.value)}
        >
          <option value="uniform">uniform over the heat-source layers</option>
          <option value="blocks">named blocks</option>
          <option value="grid">grid of cells</option>
        </select>
        <SourceInput
          field="powerMap"
          sources={draft.sources}
          onChange={(sources) => onChange({ ...draft, sources })}
        />
      </div>
      {map?.kind === 'grid' && <GridCells map={map} onChange={setMap} />}
      {map?.kind === 'blocks' && (
        <table className="part-editor__table" data-testid="part-blocks">
          <thead>
            <tr>
              <th>Block</th>
              <th>x mm</th>
              <th>y mm</th>
              <th>width mm</th>
              <th>depth mm</th>
              <th>Power W</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {blocks.map((block, i) => (
              <tr key={i}>
                <td>
                  <input
                    className="part-editor__text"
                    aria-label={`Block ${i + 1} name`}
                    value={block.name}
                    onChange={(e) => setBlock(i, { name: e.target.value })}
                  />
                </td>
                {RECT.map((k) => (
                  <td key={k}>
                    <NumberInput
                      label={`Block ${i + 1} ${k}`}
                      value={block.rectMm[k]}
                      onChange={(v) =>
                        setBlock(i, { rectMm: { ...block.rectMm, [k]: v ?? Number.NaN } })
                      }
                    />
                  </td>
                ))}
                <td>
                  <NumberInput
                    label={`Block ${i + 1} power`}
                    value={block.powerW}
                    onChange={(v) => setBlock(i, { powerW: v ?? Number.NaN })}
                  />
                </td>
                <RowButtons
                  what={`block ${i + 1}`}
                  onRemove={() => setBlocks(removeAt(blocks, i))}
                />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {map !== undefined && (
        <div className="part-editor__table-foot">
          {map.kind === 'blocks' && (
            <button
              type="button"
              onClick={() => setBlocks([...blocks, newBlock(draft, blocks.length + 1)])}
            >
              Add block
            </button>
          )}
          <span
            data-testid="part-powermap-total"
            className={total === draft.powerW ? '' : 'part-editor__warn'}
          >
            Map total {total} W of {draft.powerW} W
          </span>
          {total !== draft.powerW && Number.isFinite(total) && (
            <button type="button" onClick={() => onChange({ ...draft, powerW: total })}>
              Set total power to {total} W
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}
