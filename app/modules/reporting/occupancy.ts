import { percentOf, totalOf } from "./figures";

type DayCounts = {
  flexReserved: number;
  flexCapacity: number;
  fixedAssigned: number;
  fixedTotal: number;
  checkIns: number;
  open: boolean;
};
type AreaCounts = { reserved: number; capacity: number; assigned: number; desks: number };

/**
 * What the occupancy page shows besides the counts: the share of flex spots reserved and of
 * fixed desks assigned, per day, per area and over the whole period (the period's reservations
 * against the spots there were on its open days: a closed Sunday is not an empty day), and the
 * check-ins in total.
 */
export function occupancyFigures<D extends DayCounts, A extends AreaCounts>(days: readonly D[], areas: readonly A[]) {
  const open = days.filter((day) => day.open);
  return {
    days: days.map((day) => ({
      ...day,
      flexPercent: percentOf(day.flexReserved, day.flexCapacity),
      fixedPercent: percentOf(day.fixedAssigned, day.fixedTotal),
    })),
    areas: areas.map((area) => ({
      ...area,
      reservedPercent: percentOf(area.reserved, area.capacity),
      assignedPercent: percentOf(area.assigned, area.desks),
    })),
    period: {
      flexPercent: percentOf(totalOf(open, "flexReserved"), totalOf(open, "flexCapacity")),
      fixedPercent: percentOf(totalOf(open, "fixedAssigned"), totalOf(open, "fixedTotal")),
      checkIns: totalOf(days, "checkIns"),
    },
  };
}
