/**
 * Deadlines of the review chain's stages. A non-persistent timer runs on every instance every few minutes; a lease
 * in the database lets one instance per round do the work (persistent timers stop for good when their instance
 * dies). The round hands over the dossiers held by units a reform has closed and closes the public comment periods
 * that have ended, both through the transition table as the application's own steps, and reminds the units holding
 * dossiers that have stayed in a state longer than its configured days. The round takes the time as an argument, so
 * tests run it at any moment.
 */
package vn.thidua.commendation.deadline;
