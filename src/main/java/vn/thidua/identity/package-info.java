/**
 * Who is calling: user accounts, passwords and login lockout, roles held at org units for a period, the one
 * authentication mechanism (form login for pages, HTTP Basic for the API) and its identity store, and the pages
 * for login and the user's own account.
 */
package vn.thidua.identity;
