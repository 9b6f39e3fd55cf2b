import { PartialDate } from "@/components/ui/partial-date";

type Period = {
  startOn: string | null;
  startInferred: boolean;
  startReasoning: string | null;
  endOn: string | null;
  endInferred: boolean;
  endReasoning: string | null;
};

/** A plan's period at each end's own precision ("2023 – 2027", "1 Dec 2023 – 31 Mar 2024"). */
export function PlanPeriod({
  plan,
  unknown,
  ongoing,
  brief = false,
}: {
  plan: Period;
  unknown: string;
  ongoing: string;
  /** In a list: inferred ends marked, their reasoning left to the plan's page. */
  brief?: boolean;
}) {
  if (!plan.startOn && !plan.endOn) return <span className="text-muted">{unknown}</span>;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1">
      {plan.startOn ? (
        <PartialDate value={plan.startOn} inferred={plan.startInferred} reasoning={plan.startReasoning} brief={brief} />
      ) : (
        <span className="text-muted">?</span>
      )}
      <span aria-hidden="true">–</span>
      {plan.endOn ? (
        <PartialDate value={plan.endOn} inferred={plan.endInferred} reasoning={plan.endReasoning} brief={brief} />
      ) : (
        <span className="text-muted">{ongoing}</span>
      )}
    </span>
  );
}
