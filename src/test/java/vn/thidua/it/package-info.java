/**
 * Container tests: the built WAR on a real Payara Micro (Arquillian, one server per test class), against H2 or
 * PostgreSQL, driven from outside over HTTP and in headless Chromium, as users and API clients would.
 */
package vn.thidua.it;
