/** Backing bean of the administrators' page of stage deadlines. */
package vn.thidua.commendation.deadline.web;
