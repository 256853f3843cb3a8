/**
 * File → New from template…: the bundled examples (one system, six architectures) and an
 * empty design.
 */
import { EMPTY_TEMPLATE_ID, listExamples } from '../../store/examples';
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

/** Props: how to close the picker. */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const studio = useStudio();
  const examples = listExamples();
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
        {examples.map((e) => (
          <button
            key={e.id}
            type="button"
            className="template"
            data-template={e.id}
            onClick={() => pick(e.id)}
          >
            <span className="template__arch">
              {ARCHITECTURE_LABELS[e.architecture] ?? e.architecture}
            </span>
            <span className="template__name">{e.title || e.id}</span>
            <span className="template__file">{e.fileName}</span>
          </button>
        ))}
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
