/**
 * Eligibility rules for an award, one class per rule, chosen per award type from its settings and checked on plain
 * facts (the nominee's award history and open cases), so each rule is tested without a database. The Law on
 * Emulation and Commendation (06/2022/QH15) sets the principles: one achievement earns one award, and nobody is
 * awarded while a discipline, inspection or complaint about them is pending.
 */
package vn.thidua.commendation.eligibility;
