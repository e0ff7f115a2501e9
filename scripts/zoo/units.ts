/** The zoo's units, in the order the issue lists them. */
import { biroOrganisasi, dinkesBanyumas, disnakertrans, rsudKaranganyar } from './units-regional.js';
import { kecamatanCibinong, kejariMagelang, kppnMalang, puskesmasKembaran } from './units-vertical.js';
import type { UnitSpec } from './unit.js';

export const UNITS: UnitSpec[] = [disnakertrans, dinkesBanyumas, rsudKaranganyar, kejariMagelang, kppnMalang, kecamatanCibinong, puskesmasKembaran, biroOrganisasi];
