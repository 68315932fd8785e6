/**
 * Org units of the Fatherland Front's committees (province, district, commune, residential area) and their
 * levels. Levels are rows of configuration, not code; units carry validity dates because the structure changes.
 */
package vn.thidua.organization;
