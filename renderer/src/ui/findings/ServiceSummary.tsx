/**
 * Serviceability score with its breakdown (engine/service): 100 minus each deduction, with
 * the deduction's one-line explanation, and the expected failures and repair spend per year.
 */
import type { ServiceResult } from '../../engine/service/serviceTypes';

/** Props: the serviceability result. */
export function ServiceSummary({ service }: { service: ServiceResult }) {
  return (
    <div data-testid="service-summary">
      <h4>
        Serviceability score <span data-testid="service-score">{service.score}</span> / 100
      </h4>
      <ul>
        {service.breakdown.map((d) => (
          <li key={d.id} title={d.explanation}>
            −{d.points} / {d.maxPoints} {d.id}: {d.explanation}
          </li>
        ))}
      </ul>
      <p>
        {service.failuresPerYear.toFixed(3)} failures/yr, repair spend{' '}
        {Math.round(service.repairSpendUsdPerYear).toLocaleString()} USD/yr, downtime{' '}
        {service.downtimeHoursPerYear.toFixed(2)} h/yr
      </p>
    </div>
  );
}
