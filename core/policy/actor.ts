import type { Role } from '../roles';

/** Who is acting. `unitPath` is the materialised path of the actor's unit ("/<id>/<id>/"). */
export interface Actor {
  id: string;
  role: Role;
  unitId: string;
  unitPath: string;
}

/** A unit, or anything placed by its unit: the policy only needs the unit path. */
export interface UnitScoped {
  path: string;
}
