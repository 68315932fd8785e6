/**
 * Pages of movements: the list of the movements the user takes part in, and one movement's page where its
 * launching unit's officers edit it, its indicators and targets, and from where everyone opens a unit's result
 * report for a period. The beans only call {@link vn.thidua.movement.MovementService}; it decides who may do what.
 */
package vn.thidua.movement.web;
