/**
 * File → New from template…: the bundled examples (one system, six architectures, plus a
 * stress design) and an empty design. Example titles load in the background.
 */
import { useEffect, useState } from 'react';
import {
  EMPTY_TEMPLATE_ID,
  listExamples,
  loadExample,
  type ExampleEntry,
} from '../../store/examples';
import { runAction } from '../actions/registry';
import { useStudio } from '../studioContext';
import { Modal } from './Modal';

const ARCHITECTURE_LABELS: Record<string, string> = {
  'dsp-pluggable': 'DSP pluggable',
  lpo: 'LPO',
  npo: 'NPO',
  'cpo-a': 'CPO Type A',
  'cpo-b': 'CPO Type B',
  'cpo-c': 'CPO Type C',
};

const ARCHITECTURE_ORDER = Object.keys(ARCHITECTURE_LABELS);

/** Architectures in the order of the comparison (pluggable → CPO C); the rest after. */
function orderOf(entry: ExampleEntry | undefined, fileId: string): number {
  const index = entry ? ARCHITECTURE_ORDER.indexOf(entry.architecture) : -1;
  const rank = index < 0 ? ARCHITECTURE_ORDER.length : index;
  // Stress designs share an architecture with an example; list them after the six.
  return /stress/i.test(fileId) ? 100 + rank : rank;
}

/** Props: how to close the picker. */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const [loaded, setLoaded] = useState<ReadonlyMap<string, ExampleEntry>>(new Map());
  useEffect(() => {
    let isLive = true;
    void Promise.all(listExamples().map((f) => loadExample(f.id))).then((entries) => {
      if (isLive) setLoaded(new Map(entries.flatMap((e) => (e ? [[e.id, e] as const] : []))));
    });
    return () => {
      isLive = false;
    };
  }, []);
  const pick = (id: string) => runAction(studio, `file.new:${id}`, 'menu');
  return (
    <Modal
      title="New from template"
      onClose={onClose}
      wide
      testId="templates-dialog"
      actions={
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <div className="templates">
        {[...listExamples()]
          .sort((a, b) => orderOf(loaded.get(a.id), a.id) - orderOf(loaded.get(b.id), b.id))
          .map((f) => {
            const e = loaded.get(f.id);
            return (
              <button
                key={f.id}
                type="button"
                className="template"
                data-template={f.id}
                onClick={() => pick(f.id)}
              >
                <span className="template__arch">
                  {e ? (ARCHITECTURE_LABELS[e.architecture] ?? e.architecture) : '…'}
                </span>
                <span className="template__name">{e?.title ?? f.id}</span>
                <span className="template__file">{f.fileName}</span>
              </button>
            );
          })}
        <button
          type="button"
          className="template"
          data-template={EMPTY_TEMPLATE_ID}
          onClick={() => pick(EMPTY_TEMPLATE_ID)}
        >
          <span className="template__arch">Empty</span>
          <span className="template__name">Bare board</span>
          <span className="template__file">250 × 200 mm PCB</span>
        </button>
      </div>
    </Modal>
  );
}
