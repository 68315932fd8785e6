/**
 * The award registry (sổ vàng) and its lookup: every granted award, searched by name with diacritics ignored, by unit
 * (a unit of today finds the awards of the units whose history it inherited), year, award type and movement, paged
 * in SQL and exported to XLSX; a nominee's history; the decisions and their awards. The registry is semi-public
 * inside the Front: a caller sees the awards and decisions of the units in their scope (with the units those
 * inherited) and of the units above them ({@link vn.thidua.commendation.registry.RegistryScope}).
 */
package vn.thidua.commendation.registry;
