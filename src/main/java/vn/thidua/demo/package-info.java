/**
 * Demo data: loaded at the first start when the embedded database is used (or when {@code thidua.demo=true}),
 * never on a production database. Without it, the first start creates the administrator with a random password.
 */
package vn.thidua.demo;
