/** REST resource of the stages' deadlines. */
package vn.thidua.commendation.deadline.api;
