/**
 * The edited carrier's own fields: name, kind, stand-off (setCarrierProperties), outline
 * (resizeCarrier) and origin (moveCarrier, which carries everything on it along). Each edit
 * is one command; a refusal shows beside the field.
 */
import { useState } from 'react';
import type { Command } from '../../model/commands/command';
import { moveCarrier, resizeCarrier, setCarrierProperties } from '../../model/commands';
import { CarrierKindSchema, type Carrier, type CarrierKind } from '../../model/schema';
import { useStudio } from '../studioContext';
import { CellInput, numberOrNull } from './CellInput';
import { runEdit } from './runEdit';

/** Props: the carrier. */
export function CarrierFields({ carrier }: { carrier: Carrier }) {
  const studio = useStudio();
  const [message, setMessage] = useState('');
  const run = <P,>(command: Command<P>) => runEdit(studio, command);
  const props = (changes: Parameters<typeof setCarrierProperties>[0]['changes']) =>
    run(setCarrierProperties({ id: carrier.id, changes }));
  const n = (t: string) => numberOrNull(t) ?? Number.NaN;
  const total = carrier.layers.reduce((s, l) => s + l.thicknessMm, 0);
  return (
    <div className="stackup__carrier" data-testid="stackup-carrier">
      <label>
        Name{' '}
        <CellInput
          label="Carrier name"
          value={carrier.name}
          size={16}
          onCommit={(t) => props({ name: t })}
        />
      </label>
      <label>
        Kind
        <select
          aria-label="Carrier kind"
          value={carrier.kind}
          onChange={(e) => setMessage(props({ kind: e.target.value as CarrierKind }))}
        >
          {CarrierKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        Size{' '}
        <CellInput
          label="Carrier width"
          value={String(carrier.widthMm)}
          size={4}
          onCommit={(t) =>
            run(resizeCarrier({ id: carrier.id, widthMm: n(t), depthMm: carrier.depthMm }))
          }
        />
        ×{' '}
        <CellInput
          label="Carrier depth"
          value={String(carrier.depthMm)}
          size={4}
          onCommit={(t) =>
            run(resizeCarrier({ id: carrier.id, widthMm: carrier.widthMm, depthMm: n(t) }))
          }
        />{' '}
        mm
      </label>
      <label>
        Origin{' '}
        <CellInput
          label="Carrier origin x"
          value={String(carrier.originMm.x)}
          size={4}
          onCommit={(t) =>
            run(moveCarrier({ id: carrier.id, originMm: { x: n(t), y: carrier.originMm.y } }))
          }
        />
        ,{' '}
        <CellInput
          label="Carrier origin y"
          value={String(carrier.originMm.y)}
          size={4}
          onCommit={(t) =>
            run(moveCarrier({ id: carrier.id, originMm: { x: carrier.originMm.x, y: n(t) } }))
          }
        />{' '}
        mm
      </label>
      {carrier.onCarrierId !== undefined && (
        <label>
          Stand-off{' '}
          <CellInput
            label="Carrier stand-off"
            value={String(carrier.standoffMm)}
            size={4}
            onCommit={(t) => props({ standoffMm: n(t) })}
          />{' '}
          mm
        </label>
      )}
      <span className="stackup__total" data-testid="stackup-total">
        {carrier.layers.length} layers, {Math.round(total * 1000) / 1000} mm
      </span>
      {message && (
        <span className="cell-input__message" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}
