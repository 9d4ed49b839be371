import { InternalError } from '@careledger/runtime';

export interface OrderedUnit {
  readonly name: string;
  readonly dependsOn: readonly string[];
}

/**
 * The units in an order where each runs after everything it depends on (ties kept in registry order, so the
 * order is stable). A duplicate name, a dependency on no unit, or a cycle is a defect in the registry: it fails at
 * start-up, before any data is touched.
 */
export function deriveOrder<T extends OrderedUnit>(units: readonly T[]): T[] {
  const byName = new Map<string, T>();
  for (const unit of units) {
    if (byName.has(unit.name)) throw new InternalError('projections.registry', `projection '${unit.name}' is registered twice`, { projection: unit.name });
    byName.set(unit.name, unit);
  }
  for (const unit of units) {
    for (const dependency of unit.dependsOn) {
      if (!byName.has(dependency)) {
        throw new InternalError('projections.registry', `projection '${unit.name}' depends on '${dependency}', which is not registered`, { projection: unit.name, dependency });
      }
    }
  }
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (unit: T, path: readonly string[]) => {
    const seen = state.get(unit.name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(unit.name)), unit.name];
      throw new InternalError('projections.registry', `projections depend on each other in a cycle: ${cycle.join(' -> ')}`, { cycle });
    }
    state.set(unit.name, 'visiting');
    for (const dependency of unit.dependsOn) visit(byName.get(dependency)!, [...path, unit.name]);
    state.set(unit.name, 'done');
    ordered.push(unit);
  };
  for (const unit of units) visit(unit, []);
  return ordered;
}
