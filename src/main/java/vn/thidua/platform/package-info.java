/**
 * What every feature shares: the base entity and the database (data source, Flyway migrations), the audit log,
 * business errors and how the web and REST layers show them, the language and formats of the user interface,
 * security headers, and the health check. Nothing here knows about a feature.
 */
package vn.thidua.platform;
