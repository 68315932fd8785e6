/** Pages of notifications: the inbox, the unread count in the header, and the administrators' e-mail settings. */
package vn.thidua.notification.web;
