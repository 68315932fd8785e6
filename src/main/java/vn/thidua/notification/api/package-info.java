/** REST resources of notifications: the caller's inbox, and the e-mail settings for administrators. */
package vn.thidua.notification.api;
